//! Which articles a summary view (timeline, claims) covers: the explorer's search and filters
//! apply, so the view says how many articles that leaves and offers to clear them.

use crate::app::use_app;
use ashraf_core::query::{View, ViewState};
use leptos::prelude::*;

#[component]
pub fn ScopeNote(
    view: View,
    /// Articles the view covers.
    count: Signal<usize>,
    /// True when the view ignores the date range (the timeline, which highlights it instead).
    ignores_dates: bool,
) -> impl IntoView {
    let app = use_app();
    let total = app.index.corpus().articles.len();
    // The state without search and filters (the timeline keeps its range), when any apply.
    let clear = Memo::new(move |_| {
        app.state.with(|s| {
            let dates = s.filters.date_from.is_some() || s.filters.date_to.is_some();
            let facets = s.filters.active().next().is_some();
            let filtered = !s.q.trim().is_empty() || facets || (dates && !ignores_dates);
            filtered.then(|| {
                let mut clear = ViewState {
                    view,
                    ..ViewState::default()
                };
                if ignores_dates {
                    clear.filters.date_from = s.filters.date_from.clone();
                    clear.filters.date_to = s.filters.date_to.clone();
                }
                app.href(&clear)
            })
        })
    });
    let words = if ignores_dates {
        ""
    } else {
        " (with the date range)"
    };
    view! {
        <p class="scope-note" role="status">
            {move || match clear.get() {
                None => format!("All {total} articles."),
                Some(_) => format!(
                    "{} of {total} articles: the explorer's search and filters{words} apply. ",
                    count.get()
                ),
            }}
            {move || clear.get().map(|href| view! { <a href=href>"Show all articles"</a> })}
        </p>
    }
}
