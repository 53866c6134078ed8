//! One facet: its values as checkboxes with live counts. Several values of a facet combine
//! with OR; the counts say how many results each value would give with the other filters.
//! The explorer's facets and the quote wall's share it; each says where its counts come from
//! and what a click changes through a [`FacetSource`].

use crate::app::{use_app, use_go};
use ashraf_core::query::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

/// Values shown before "Show all".
const SHOWN_AT_FIRST: usize = 6;

/// The live count of a value (its position in the list, and the value); read reactively.
pub type CountOf = Arc<dyn Fn(usize, &str) -> usize + Send + Sync>;
/// Whether a value is chosen in a state.
pub type IsSelected = Arc<dyn Fn(&ViewState, &str) -> bool + Send + Sync>;
/// The state after choosing or un-choosing the value.
pub type Toggle = Arc<dyn Fn(&ViewState, &str) -> ViewState + Send + Sync>;

/// Where a facet's live counts come from and what choosing a value does.
pub struct FacetSource {
    pub count: CountOf,
    pub is_selected: IsSelected,
    pub toggle: Toggle,
}

#[component]
pub fn FacetGroup(
    /// Name of the URL parameter (`data-facet`, and element ids with `id_prefix`).
    param: &'static str,
    legend: &'static str,
    /// Unique among the facets on the page.
    id_prefix: String,
    /// Every value and its label, in a fixed order.
    values: Vec<(String, String)>,
    source: FacetSource,
) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let expanded = RwSignal::new(false);
    let total = values.len();
    // One memo per group for the counts and one for the ticks, each value reading its own
    // entry: a keystroke that leaves a group's counts alone (the filters never change while
    // typing) then wakes one memo, not one per value (issue 7).
    let keys: Arc<[String]> = values.iter().map(|(value, _)| value.clone()).collect();
    let counts = {
        let (count, keys) = (source.count.clone(), keys.clone());
        Memo::new(move |_| {
            keys.iter()
                .enumerate()
                .map(|(position, value)| count(position, value))
                .collect::<Vec<_>>()
        })
    };
    let ticks = {
        let (is_selected, keys) = (source.is_selected.clone(), keys.clone());
        Memo::new(move |_| {
            app.state.with(|s| {
                keys.iter()
                    .map(|value| is_selected(s, value))
                    .collect::<Vec<_>>()
            })
        })
    };
    let items = values
        .into_iter()
        .enumerate()
        .map(|(position, (value, label))| {
            let go = go.clone();
            let id = format!("{id_prefix}-{position}");
            let live_count =
                Memo::new(move |_| counts.with(|c| c.get(position).copied().unwrap_or(0)));
            let checked = Memo::new(move |_| ticks.with(|t| t.get(position) == Some(&true)));
            let toggle: Arc<dyn Fn() + Send + Sync> = {
                let toggle = source.toggle.clone();
                Arc::new(move || go(app.state.with_untracked(|s| toggle(s, &value)), false))
            };
            let row = move || {
                let toggle = toggle.clone();
                view! {
                    <li class:empty=move || live_count.get() == 0>
                        <input type="checkbox" id=id.clone() prop:checked=move || checked.get()
                            disabled=move || live_count.get() == 0 && !checked.get()
                            on:change=move |_| toggle()/>
                        <label for=id.clone()>
                            <span class="value-label">{label.clone()}</span>
                            <span class="count">{move || live_count.get()}</span>
                        </label>
                    </li>
                }
            };
            // Values past the first few are built when shown ("Show all", or chosen): the
            // longest lists have dozens, and building them hidden was half of the first
            // screen's elements (1,067 elements, 787 without them).
            if position < SHOWN_AT_FIRST {
                row().into_any()
            } else {
                // A memo, so that ticking a shown value does not build its row again.
                let shown = Memo::new(move |_| expanded.get() || checked.get());
                (move || shown.get().then(row.clone())).into_any()
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" data-facet=param>
            <legend>{legend}</legend>
            <ul class="facet-values">{items}</ul>
            {(total > SHOWN_AT_FIRST).then(|| view! {
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { "Show fewer".to_owned() } else { format!("Show all {total}") }}
                </button>
            })}
        </fieldset>
    }
}
