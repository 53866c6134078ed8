//! A typed date bound (`from` or `to`: YYYY, YYYY-MM or YYYY-MM-DD) of the current filters.
//! Text that is not a date clears the bound and says so in a notice.

use crate::app::{use_app, use_go};
use ashraf_core::query::{parse_date_bound, Notice, ViewState};
use leptos::prelude::*;

#[component]
pub fn DateBoundInput(
    /// `true` for the start bound (`from`), `false` for the end (`to`).
    is_from: bool,
    id: &'static str,
    /// The state to change, from the current one (e.g. back to the explorer, or the same view).
    target: fn(&ViewState) -> ViewState,
) -> impl IntoView {
    let app = use_app();
    let go = use_go();
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
        if parsed.is_none() && !typed.trim().is_empty() {
            let param = if is_from { "from" } else { "to" };
            let notice = Notice::new(
                param,
                &typed,
                "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            );
            app.notices.update(|n| n.push(notice));
        }
        let mut next = app.state.with_untracked(target);
        if is_from {
            next.filters.date_from = parsed;
        } else {
            next.filters.date_to = parsed;
        }
        go(next, false);
    };
    view! {
        <label for=id>{if is_from { "From" } else { "To" }}</label>
        <input id=id type="text" placeholder="YYYY-MM-DD" prop:value=value on:change=on_change/>
    }
}
