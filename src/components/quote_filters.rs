//! The wall's filter panel: words inside the quotes, the date range (the explorer's, shared),
//! and speaker, affiliation, outlet and article with live counts. Closed at first on phones.

use crate::app::{use_app, use_go};
use crate::components::facet_group::{FacetGroup, FacetSource};
use ashraf_core::query::{parse_date_bound, Notice, MAX_QUERY_CHARS};
use ashraf_core::quote_wall::WallView;
use leptos::prelude::*;
use std::sync::Arc;

const NARROW_SCREEN: &str = "(max-width: 47.99rem)";

#[component]
pub fn QuoteFilters(shown: Memo<WallView>) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let narrow = web_sys::window()
        .and_then(|w| w.match_media(NARROW_SCREEN).ok().flatten())
        .is_some_and(|m| m.matches());
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
    let date_input = move |is_from: bool| {
        let go = go.clone();
        let value = move || {
            app.state.with(|s| {
                let bound = if is_from {
                    &s.filters.date_from
                } else {
                    &s.filters.date_to
                };
                bound.clone().unwrap_or_default()
            })
        };
        let on_change = move |ev| {
            let typed = event_target_value(&ev);
            let parsed = parse_date_bound(&typed);
            let param = if is_from { "from" } else { "to" };
            if parsed.is_none() && !typed.trim().is_empty() {
                let notice = Notice::new(
                    param,
                    &typed,
                    "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
                );
                app.notices.update(|n| n.push(notice));
            }
            let mut next = app.state.get_untracked();
            if is_from {
                next.filters.date_from = parsed;
            } else {
                next.filters.date_to = parsed;
            }
            go(next, false);
        };
        let (id, label) = if is_from {
            ("wall-from", "From")
        } else {
            ("wall-to", "To")
        };
        view! {
            <label for=id>{label}</label>
            <input id=id type="text" placeholder="YYYY-MM-DD" prop:value=value on:change=on_change/>
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
        <aside class="facets wall-filters" aria-label="Quote filters">
            <details open=!narrow>
                <summary>
                    "Filter the quotes"
                    <span class="summary-count">
                        {move || match active.get() {
                            0 => String::new(),
                            n => format!(" ({n} active)"),
                        }}
                    </span>
                </summary>
                <div class="facet wall-said">
                    <label for="wall-said">"Words in the quote"</label>
                    <input id="wall-said" type="search" autocomplete="off" spellcheck="false"
                        maxlength=MAX_QUERY_CHARS placeholder="e.g. relocate"
                        prop:value=move || said.get() on:input=on_said/>
                </div>
                <fieldset class="facet facet-dates">
                    <legend>"Date of the article"</legend>
                    <div class="date-bounds">{date_input(true)}{date_input(false)}</div>
                </fieldset>
                {groups}
            </details>
        </aside>
    }
}
