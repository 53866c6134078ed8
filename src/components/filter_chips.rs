//! Active filters as removable chips, with "Clear all".

use crate::app::use_app;
use ashraf_core::query::ViewState;
use leptos::prelude::*;

#[component]
pub fn FilterChips() -> impl IntoView {
    let app = use_app();
    move || {
        let state = app.state.get();
        let base = state.explorer();
        let mut chips: Vec<(String, ViewState)> = Vec::new();
        if !base.q.is_empty() {
            chips.push((
                format!("Search: “{}”", base.q),
                ViewState {
                    q: String::new(),
                    ..base.clone()
                },
            ));
        }
        for (kind, value) in base.filters.active() {
            let mut without = base.clone();
            without.filters.remove(kind, value);
            let text = format!("{}: {}", kind.label(), app.index.label(kind, value));
            chips.push((text, without));
        }
        let dates = match (&base.filters.date_from, &base.filters.date_to) {
            (Some(from), Some(to)) if from == to => Some(format!("Date: {from}")),
            (Some(from), Some(to)) => Some(format!("Date: {from} – {to}")),
            (Some(from), None) => Some(format!("Date: from {from}")),
            (None, Some(to)) => Some(format!("Date: until {to}")),
            (None, None) => None,
        };
        if let Some(text) = dates {
            let mut without = base.clone();
            without.filters.date_from = None;
            without.filters.date_to = None;
            chips.push((text, without));
        }
        if chips.is_empty() {
            return None;
        }
        let clear_all = ViewState {
            sort: base.sort,
            ..ViewState::default()
        };
        let items = chips
            .into_iter()
            .map(|(text, without)| {
                let label = format!("Remove filter {text}");
                view! {
                    <li>
                        <a class="chip" href=app.href(&without) aria-label=label>
                            <span>{text}</span>
                            <span class="chip-x" aria-hidden="true">"×"</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="chips">
                <ul aria-label="Active filters">{items}</ul>
                <a class="clear-all" href=app.href(&clear_all)>"Clear all"</a>
            </div>
        })
    }
}
