//! The filter panel: one group per facet, and the date range. Collapsed by default on phones.

use crate::app::{use_app, use_go};
use crate::components::date_bound_input::DateBoundInput;
use crate::components::facet_group::{FacetGroup, FacetSource};
use crate::components::filter_panel::FilterPanel;
use crate::schedule::AfterFirstPaint;
use ashraf_core::query::FacetKind;
use ashraf_core::query::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FacetPanel() -> impl IntoView {
    let app = use_app();
    let active = Memo::new(move |_| app.state.with(|s| s.filters.active().count()));
    // The panel's frame keeps its place; the lists fill it once the results have painted.
    view! {
        <FilterPanel aria_label="Filters" summary="Filters" active=Signal::from(active)>
            <AfterFirstPaint><FacetLists/></AfterFirstPaint>
        </FilterPanel>
    }
}

#[component]
fn FacetLists() -> impl IntoView {
    let app = use_app();
    // Every value of every facet, in a fixed order (by size over the whole corpus), so that
    // checkboxes never move or lose focus while the live counts change.
    let everything = app.index.search(&ViewState::default());
    let groups = everything
        .facets
        .into_iter()
        .filter(|f| !f.values.is_empty())
        .map(|facet| {
            let kind = facet.kind;
            let values: Vec<(String, String)> =
                facet.values.into_iter().map(|v| (v.value, v.label)).collect();
            // A task per group: the biggest take several milliseconds each.
            view! {
                <AfterFirstPaint>
                    <FacetGroup param=kind.param() legend=kind.label() id_prefix=format!("f-{}", kind.param())
                        values=values.clone() source=explorer_facet(kind)/>
                </AfterFirstPaint>
            }
        })
        .collect_view();
    let months: Vec<String> = everything.months.into_iter().map(|(m, _)| m).collect();
    view! {
        <DateRange months/>
        {groups}
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
            <div class="date-bounds">
                <DateBoundInput is_from=true id="date-from" target=ViewState::explorer/>
                <DateBoundInput is_from=false id="date-to" target=ViewState::explorer/>
            </div>
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
