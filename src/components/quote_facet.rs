//! One of the wall's facets (speaker, affiliation, outlet, article): checkboxes with the number
//! of quotes each value would show under the other filters.

use crate::app::{use_app, use_go};
use ashraf_core::quote_wall::{WallFacet, WallView};
use leptos::prelude::*;

/// Values shown before "Show all".
const SHOWN_AT_FIRST: usize = 6;

#[component]
pub fn QuoteFacet(
    facet: WallFacet,
    /// Position of the facet, for unique element ids.
    n: usize,
    /// Every value and its label, in a fixed order.
    values: Vec<(String, String)>,
    shown: Memo<WallView>,
) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let expanded = RwSignal::new(false);
    let total = values.len();
    let items = values
        .into_iter()
        .enumerate()
        .map(|(position, (value, label))| {
            let go = go.clone();
            let id = format!("wf-{n}-{position}");
            let live_count = Memo::new(move |_| {
                shown.with(|v| {
                    v.facets
                        .get(n)
                        .and_then(|(_, values)| values.get(position))
                        .map_or(0, |v| v.count)
                })
            });
            let checked = {
                let value = value.clone();
                Memo::new(move |_| app.state.with(|s| facet.is_selected(s, &value)))
            };
            let toggle = move |_| {
                let mut next = app.state.get_untracked();
                facet.toggle(&mut next, &value);
                go(next, false);
            };
            let hidden = move || position >= SHOWN_AT_FIRST && !expanded.get() && !checked.get();
            view! {
                <li hidden=hidden class:empty=move || live_count.get() == 0>
                    <input type="checkbox" id=id.clone() prop:checked=move || checked.get()
                        disabled=move || live_count.get() == 0 && !checked.get()
                        on:change=toggle/>
                    <label for=id>
                        <span class="value-label">{label}</span>
                        <span class="count">{move || live_count.get()}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" data-facet=facet.param()>
            <legend>{facet.label()}</legend>
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
