//! The wall's filter panel: words inside the quotes, the date range (the explorer's, shared),
//! and speaker, affiliation, outlet and article with live counts. Closed at first on phones.

use crate::app::{use_app, use_go};
use crate::components::date_bound_input::DateBoundInput;
use crate::components::facet_group::{FacetGroup, FacetSource};
use crate::components::filter_panel::FilterPanel;
use ashraf_core::query::{ViewState, MAX_QUERY_CHARS};
use ashraf_core::quote_wall::WallView;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn QuoteFilters(shown: Memo<WallView>) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    // The values in a fixed order (the counts change, the checkboxes never move).
    let groups = shown.with_untracked(|v| {
        v.facets
            .iter()
            .enumerate()
            .filter(|(_, (_, values))| !values.is_empty())
            .map(|(n, (facet, values))| {
                let facet = *facet;
                let values: Vec<(String, String)> = values
                    .iter()
                    .map(|v| (v.value.clone(), v.label.clone()))
                    .collect();
                let source = FacetSource {
                    count: Arc::new(move |position, _| {
                        shown.with(|v| {
                            v.facets
                                .get(n)
                                .and_then(|(_, values)| values.get(position))
                                .map_or(0, |v| v.count)
                        })
                    }),
                    is_selected: Arc::new(move |s, value| facet.is_selected(s, value)),
                    toggle: Arc::new(move |s, value| {
                        let mut next = s.clone();
                        facet.toggle(&mut next, value);
                        next
                    }),
                };
                view! {
                    <FacetGroup param=facet.param() legend=facet.label() id_prefix=format!("wf-{n}")
                        values source/>
                }
            })
            .collect_view()
    });
    let said = RwSignal::new(app.state.with_untracked(|s| s.wall.said.clone()));
    // Follow the URL (back / forward, links) without fighting the typing.
    Effect::new(move |_| {
        let now = app.state.with(|s| s.wall.said.clone());
        if now != said.get_untracked() {
            said.set(now);
        }
    });
    let on_said = {
        let go = go.clone();
        move |ev| {
            let text = event_target_value(&ev);
            said.set(text.clone());
            let mut next = app.state.get_untracked();
            // The first keystroke is a history entry; the next ones refine it.
            let replace = !next.wall.said.is_empty();
            next.wall.said = text;
            go(next, replace);
        }
    };
    let active = Memo::new(move |_| {
        app.state.with(|s| {
            let w = &s.wall;
            w.speakers.len()
                + w.affiliations.len()
                + w.articles.len()
                + usize::from(!w.said.is_empty())
        })
    });
    view! {
        <FilterPanel class="wall-filters" aria_label="Quote filters" summary="Filter the quotes"
            active=Signal::from(active)>
                <div class="facet wall-said">
                    <label for="wall-said">"Words in the quote"</label>
                    <input id="wall-said" type="search" autocomplete="off" spellcheck="false"
                        maxlength=MAX_QUERY_CHARS placeholder="e.g. relocate"
                        prop:value=move || said.get() on:input=on_said/>
                </div>
                <fieldset class="facet facet-dates">
                    <legend>"Date of the article"</legend>
                    <div class="date-bounds">
                        <DateBoundInput is_from=true id="wall-from" target=ViewState::clone/>
                        <DateBoundInput is_from=false id="wall-to" target=ViewState::clone/>
                    </div>
                </fieldset>
                {groups}
        </FilterPanel>
    }
}
