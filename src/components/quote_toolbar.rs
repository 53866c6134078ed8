//! The wall's heading: how many quotes are shown out of how many, where they come from, the
//! order, and the exports of exactly the visible quotes.

use crate::app::{use_app, use_go};
use crate::components::quote_tools::use_wall;
use ashraf_core::query::WallOrder;
use ashraf_core::quote_wall::WallView;
use leptos::prelude::*;

#[component]
pub fn QuoteToolbar(shown: Memo<WallView>) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let ctx = use_wall();
    let total = ctx.wall.corpus().quotes.len();
    let narrowed = Memo::new(move |_| app.state.with(|s| !s.q.is_empty() || !s.filters.is_empty()));
    let on_order = move |ev| {
        let mut next = app.state.get_untracked();
        next.wall.order = WallOrder::from_param(&event_target_value(&ev)).unwrap_or_default();
        go(next, false);
    };
    let export = move |json: bool| {
        let ctx = ctx.clone();
        move |_| {
            let visible = shown.with_untracked(WallView::visible);
            let n = visible.len();
            if json {
                let text = ctx.wall.json(&visible);
                ctx.download(
                    &format!("ashraf-quotes-{n}.json"),
                    "application/json",
                    &text,
                );
            } else {
                let text = ctx.wall.csv(&visible);
                ctx.download(
                    &format!("ashraf-quotes-{n}.csv"),
                    "text/csv;charset=utf-8",
                    &text,
                );
            }
        }
    };
    let none = move || shown.with(|v| v.shown == 0);
    let clear_scope = {
        let app = app.clone();
        move || {
            let mut all = app.state.get();
            all.q.clear();
            all.filters = Default::default();
            app.href(&all)
        }
    };
    let options = WallOrder::ALL
        .into_iter()
        .map(|order| {
            let label = match order {
                WallOrder::Date => "Date",
                WallOrder::Speaker => "Speaker",
                WallOrder::Outlet => "Outlet",
            };
            view! {
                <option value=order.param()
                    selected=move || app.state.with(|s| s.wall.order == order)>{label}</option>
            }
        })
        .collect_view();
    view! {
        <div class="wall-bar">
            <h1 id="wall-title">"Quote wall"</h1>
            <p class="result-count" aria-live="polite">
                {move || shown.with(|v| match v.shown {
                    1 => format!("1 quote of {}", v.in_scope),
                    n => format!("{n} quotes of {}", v.in_scope),
                })}
            </p>
            <label class="sort">
                "Order and group by "
                <select on:change=on_order>{options}</select>
            </label>
            <div class="wall-exports" role="group" aria-label="Export the quotes shown">
                <button type="button" disabled=none on:click=export(false)>"Export CSV"</button>
                <button type="button" disabled=none on:click=export(true)>"Export JSON"</button>
            </div>
        </div>
        <p class="wall-scope muted">
            {move || if narrowed.get() {
                view! {
                    "Quotes of the articles matching the explorer's search and filters. "
                    <a href=clear_scope()>"Use all articles"</a>
                }.into_any()
            } else {
                format!("The corpus's {total} direct quotations, verbatim, each with who said it and where it was published.").into_any()
            }}
        </p>
    }
}
