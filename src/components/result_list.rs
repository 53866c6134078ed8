//! The result count, the sort order, the results, and an empty state that says which filter
//! to drop.

use crate::app::{use_app, use_go};
use crate::components::result_item::ResultItem;
use crate::wording::counted;
use ashraf_core::index::Relaxation;
use ashraf_core::query::{Sort, ViewState};
use leptos::prelude::*;

/// Results rendered at first, and added by each "Show more": a screenful or two, so that
/// each keystroke redraws little even when thousands of articles match.
const PAGE: usize = 20;

#[component]
pub fn ResultList() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let total = app.index.corpus().articles.len();
    let on_sort = move |ev| {
        let mut next = app.state.get_untracked().explorer();
        next.sort = Sort::from_param(&event_target_value(&ev)).unwrap_or_default();
        go(next, false);
    };
    let sort_options = Sort::ALL
        .into_iter()
        .map(|s| view! { <option value=s.param()>{s.label()}</option> })
        .collect_view();
    // Results are rendered a page at a time: with thousands of articles, rendering every hit
    // on each keystroke would block the page for seconds. A new search starts at one page.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        app.results.track();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });
    // The documents on screen, keyed: an article that stays among the results keeps its
    // element, and only its highlights and link follow the search (issue 7: a keystroke that
    // changed the whole list redrew every item from scratch).
    let shown_docs = Memo::new(move |_| {
        let limit = shown.get();
        app.results.with(|r| {
            r.hits
                .iter()
                .take(limit)
                .map(|hit| hit.doc)
                .collect::<Vec<_>>()
        })
    });
    let rest = Memo::new(move |_| {
        app.results
            .with(|r| r.hits.len())
            .saturating_sub(shown.get())
    });
    let more = move || {
        let rest = rest.get();
        (rest > 0).then(|| {
            let next = rest.min(PAGE);
            view! {
                <button type="button" class="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show {next} more ({rest} not shown)")}
                </button>
            }
        })
    };
    let nothing_found = Memo::new(move |_| app.results.with(|r| r.hits.is_empty()));
    let list = move || {
        if nothing_found.get() {
            let state = app.state.get().explorer();
            return view! { <EmptyState state/> }.into_any();
        }
        view! {
            <ol class="result-list">
                <For each=move || shown_docs.get() key=|doc| *doc let:doc>
                    <ResultItem doc/>
                </For>
            </ol>
            {more}
        }
        .into_any()
    };
    view! {
        <div class="results-bar">
            <h2 id="results-heading" class="result-count" aria-live="polite">
                {move || {
                    let shown = app.results.with(|r| r.hits.len());
                    if shown == total {
                        counted(total, "article")
                    } else {
                        format!("{} of {total}", counted(shown, "article"))
                    }
                }}
            </h2>
            <crate::components::synonym_toggle::SynonymToggle/>
            <label class="sort">
                "Sort "
                <select prop:value=move || app.state.with(|s| s.sort.param()) on:change=on_sort>
                    {sort_options}
                </select>
            </label>
        </div>
        {list}
        <crate::schedule::AfterFirstPaint><crate::components::naming_chart::NamingChart/></crate::schedule::AfterFirstPaint>
    }
}

#[component]
fn EmptyState(state: ViewState) -> impl IntoView {
    let app = use_app();
    let suggestions = app.results.with_untracked(|r| r.relaxations.clone());
    let items = suggestions
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(relaxation, n)| {
            let mut relaxed = state.clone();
            let what = match relaxation {
                Relaxation::Query => {
                    relaxed.q.clear();
                    format!("the search “{}”", state.q)
                }
                Relaxation::Facet(kind) => {
                    relaxed.filters.clear_facet(kind);
                    format!("the filter “{}”", kind.label())
                }
                Relaxation::Dates => {
                    relaxed.filters.date_from = None;
                    relaxed.filters.date_to = None;
                    "the date range".to_owned()
                }
            };
            view! {
                <li><a href=app.href(&relaxed)>{format!("Drop {what}")}</a>
                    {format!(" — {}", counted(n, "article"))}</li>
            }
        })
        .collect_view();
    let clear_all = app.href(&ViewState::default());
    view! {
        <div class="empty-state">
            <p class="empty-title">"No article matches all of these conditions."</p>
            <ul>{items}</ul>
            <p><a href=clear_all>"Start over with all articles"</a></p>
        </div>
    }
}
