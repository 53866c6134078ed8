//! One facet: its values as checkboxes with live counts. Several values of a facet combine
//! with OR; the counts say how many results each value would give with the other filters.

use crate::app::{use_app, use_go};
use ashraf_core::index::FacetValue;
use ashraf_core::query::FacetKind;
use leptos::prelude::*;

/// Values shown before "Show all".
const SHOWN_AT_FIRST: usize = 6;

#[component]
pub fn FacetGroup(kind: FacetKind, values: Vec<FacetValue>) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let expanded = RwSignal::new(false);
    let total = values.len();
    let items = values
        .into_iter()
        .enumerate()
        .map(|(position, value)| {
            let go = go.clone();
            let FacetValue { value, label, .. } = value;
            let id = format!("f-{}-{position}", kind.param());
            let live_count = {
                let value = value.clone();
                Memo::new(move |_| {
                    app.results.with(|r| {
                        r.facets
                            .iter()
                            .find(|f| f.kind == kind)
                            .and_then(|f| f.values.iter().find(|v| v.value == value))
                            .map_or(0, |v| v.count)
                    })
                })
            };
            let checked = {
                let value = value.clone();
                Memo::new(move |_| app.state.with(|s| s.filters.is_selected(kind, &value)))
            };
            let toggle = move |_| {
                let mut next = app.state.get_untracked().explorer();
                next.filters.toggle(kind, &value);
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
        <fieldset class="facet" data-facet=kind.param()>
            <legend>{kind.label()}</legend>
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
