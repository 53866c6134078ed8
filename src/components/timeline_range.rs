//! The date range of the timeline: typed bounds (any precision), the current range with its
//! number of articles, a link to those articles in the explorer, and a way to clear it. The
//! range lives in the URL (`from` / `to`), shared with the explorer's date filter.

use crate::app::{use_app, use_go};
use crate::wording::plural;
use ashraf_core::timeline::{format_date, range_from_inputs};
use leptos::prelude::*;

#[component]
pub fn TimelineRange() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let from_input = NodeRef::<leptos::html::Input>::new();
    let to_input = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<String>);
    let bounds = Memo::new(move |_| {
        app.state
            .with(|s| (s.filters.date_from.clone(), s.filters.date_to.clone()))
    });
    let apply = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let value =
                |n: NodeRef<leptos::html::Input>| n.get().map(|i| i.value()).unwrap_or_default();
            match range_from_inputs(&value(from_input), &value(to_input)) {
                Ok((from, to)) => {
                    error.set(None);
                    let mut next = app.state.get_untracked();
                    next.filters.date_from = from;
                    next.filters.date_to = to;
                    go(next, false);
                }
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let clear = move |_| {
        error.set(None);
        let mut next = app.state.get_untracked();
        next.filters.date_from = None;
        next.filters.date_to = None;
        go(next, false);
    };
    let status = move || {
        let (from, to) = bounds.get();
        if from.is_none() && to.is_none() {
            return view! {
                <p class="tl-status">"No date range chosen: pick “Start here” and “End here” on the timeline, or type the dates."</p>
            }
            .into_any();
        }
        let words = |d: &Option<String>, open: &str| {
            d.as_deref().map_or_else(|| open.to_owned(), format_date)
        };
        let count = app.results.with(|r| r.hits.len());
        let explorer = app.href(&app.state.get().explorer());
        view! {
            <p class="tl-status">
                {format!(
                    "Range: {} – {} · {count} article{} in the range",
                    words(&from, "the beginning"),
                    words(&to, "the end"),
                    plural(count)
                )}
            </p>
            <p class="tl-actions">
                <a class="tl-show" href=explorer>{format!("Show {} in the explorer", if count == 1 { "it" } else { "them" })}</a>
                <button type="button" class="link-button" on:click=clear.clone()>"Clear the date range"</button>
            </p>
        }
        .into_any()
    };
    view! {
        <section class="tl-range" aria-labelledby="tl-range-heading">
            <h2 id="tl-range-heading" class="visually-hidden">"Date range"</h2>
            <form class="tl-range-form" on:submit=apply novalidate>
                <label>
                    "From"
                    <input node_ref=from_input aria-describedby="tl-range-hint"
                        prop:value=move || bounds.with(|b| b.0.clone().unwrap_or_default())/>
                </label>
                <label>
                    "To"
                    <input node_ref=to_input aria-describedby="tl-range-hint"
                        prop:value=move || bounds.with(|b| b.1.clone().unwrap_or_default())/>
                </label>
                <button type="submit">"Apply range"</button>
                <p id="tl-range-hint" class="muted">"A year (2011), a month (2011-12) or a day (2011-12-21); either may be empty. Articles whose date may fall in the range are included."</p>
            </form>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <div aria-live="polite">{status}</div>
        </section>
    }
}
