//! The filter panel: one group per facet, and the date range. Collapsed by default on phones.

use crate::app::{use_app, use_go};
use crate::components::facet_group::{FacetGroup, FacetSource};
use ashraf_core::query::FacetKind;
use ashraf_core::query::{Notice, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// Below this width the panel starts closed, so results come first on a phone.
const NARROW_SCREEN: &str = "(max-width: 47.99rem)";

#[component]
pub fn FacetPanel() -> impl IntoView {
    let app = use_app();
    // Every value of every facet, in a fixed order (by size over the whole corpus), so that
    // checkboxes never move or lose focus while the live counts change.
    let everything = app.index.search(&ViewState::default());
    let narrow = web_sys::window()
        .and_then(|w| w.match_media(NARROW_SCREEN).ok().flatten())
        .is_some_and(|m| m.matches());
    let groups = everything
        .facets
        .into_iter()
        .filter(|f| !f.values.is_empty())
        .map(|facet| {
            let kind = facet.kind;
            let values = facet.values.into_iter().map(|v| (v.value, v.label)).collect();
            view! {
                <FacetGroup param=kind.param() legend=kind.label() id_prefix=format!("f-{}", kind.param())
                    values source=explorer_facet(kind)/>
            }
        })
        .collect_view();
    let months: Vec<String> = everything.months.into_iter().map(|(m, _)| m).collect();
    let active = Memo::new(move |_| app.state.with(|s| s.filters.active().count()));
    view! {
        <aside class="facets" aria-label="Filters">
            <details open=!narrow>
                <summary>
                    "Filters"
                    <span class="summary-count">
                        {move || match active.get() {
                            0 => String::new(),
                            n => format!(" ({n} active)"),
                        }}
                    </span>
                </summary>
                <DateRange months/>
                {groups}
            </details>
        </aside>
    }
}

/// Date bounds, and the months of the corpus with their live counts.
#[component]
fn DateRange(months: Vec<String>) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let set_bounds = {
        let go = go.clone();
        move |from: Option<String>, to: Option<String>| {
            let mut next = app.state.get_untracked().explorer();
            next.filters.date_from = from;
            next.filters.date_to = to;
            go(next, false);
        }
    };
    let bound_input = {
        let set_bounds = set_bounds.clone();
        move |is_from: bool| {
            let set_bounds = set_bounds.clone();
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
                let parsed = ashraf_core::query::parse_date_bound(&typed);
                if parsed.is_none() && !typed.trim().is_empty() {
                    let param = if is_from { "from" } else { "to" };
                    let notice = Notice::new(
                        param,
                        &typed,
                        "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
                    );
                    app.notices.update(|n| n.push(notice));
                }
                let (from, to) = app
                    .state
                    .with_untracked(|s| (s.filters.date_from.clone(), s.filters.date_to.clone()));
                if is_from {
                    set_bounds(parsed, to);
                } else {
                    set_bounds(from, parsed);
                }
            };
            let (id, label) = if is_from {
                ("date-from", "From")
            } else {
                ("date-to", "To")
            };
            view! {
                <label for=id>{label}</label>
                <input id=id type="text" placeholder="YYYY-MM-DD"
                    prop:value=value on:change=on_change/>
            }
        }
    };
    let month_items = months
        .into_iter()
        .map(|month| {
            let set_bounds = set_bounds.clone();
            let dated = month != "undated";
            let count = {
                let month = month.clone();
                move || {
                    app.results.with(|r| {
                        r.months
                            .iter()
                            .find(|(m, _)| *m == month)
                            .map_or(0, |(_, n)| *n)
                    })
                }
            };
            let selected = {
                let month = month.clone();
                move || {
                    app.state.with(|s| {
                        s.filters.date_from.as_deref() == Some(month.as_str())
                            && s.filters.date_to.as_deref() == Some(month.as_str())
                    })
                }
            };
            let label = if dated {
                month.clone()
            } else {
                "Undated".to_owned()
            };
            let toggle = {
                let selected = selected.clone();
                move |_| {
                    if selected() {
                        set_bounds(None, None);
                    } else {
                        set_bounds(Some(month.clone()), Some(month.clone()));
                    }
                }
            };
            view! {
                <li>
                    <button type="button" class="month" disabled=!dated
                        aria-pressed=move || selected().to_string() on:click=toggle>
                        <span>{label}</span>
                        <span class="count">{count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet facet-dates">
            <legend>"Date"</legend>
            <ul class="months">{month_items}</ul>
            <div class="date-bounds">{bound_input(true)}{bound_input(false)}</div>
        </fieldset>
    }
}

/// An explorer facet: counts from the current results; a click filters the explorer.
fn explorer_facet(kind: FacetKind) -> FacetSource {
    let results = use_app().results;
    FacetSource {
        count: Arc::new(move |_, value| {
            results.with(|r| {
                r.facets
                    .iter()
                    .find(|f| f.kind == kind)
                    .and_then(|f| f.values.iter().find(|v| v.value == value))
                    .map_or(0, |v| v.count)
            })
        }),
        is_selected: Arc::new(move |s, value| s.filters.is_selected(kind, value)),
        toggle: Arc::new(move |s, value| {
            let mut next = s.explorer();
            next.filters.toggle(kind, value);
            next
        }),
    }
}
