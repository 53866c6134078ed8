//! The timeline view: the corpus's dated events and the articles' dates on one axis, for the
//! articles the current search and facets select (the date range is what this view chooses,
//! so it highlights instead of hiding).
//!
//! The axis is plain DOM rebuilt when the search or facets change; the date range only updates
//! classes and `aria-pressed`, so a keyboard user's focus stays on the button they pressed.

use crate::app::{use_app, use_go};
use crate::components::scope_note::ScopeNote;
use crate::components::timeline_dom::{clear, el, link, text_el};
use crate::components::timeline_entry::timeline_entry;
use crate::components::timeline_range::TimelineRange;
use ashraf_core::query::{span_in_bounds, View};
use ashraf_core::timeline::{self, choose_bound, End};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

#[component]
pub fn TimelineView() -> impl IntoView {
    let app = use_app();
    // The articles the search and facets select, whatever the date range.
    let without_dates = Memo::new(move |_| {
        app.state.with(|s| {
            let mut s = s.explorer();
            s.filters.date_from = None;
            s.filters.date_to = None;
            s
        })
    });
    let shown = Memo::new({
        let index = app.index.clone();
        move |_| without_dates.with(|s| index.search(s).hit_flags(index.corpus().articles.len()))
    });
    let root = NodeRef::<leptos::html::Div>::new();
    // Build the axis for the shown articles.
    Effect::new({
        let app = app.clone();
        move |_| {
            let Some(root) = root.get() else { return };
            let docs = shown.get();
            let root: &Element = &root;
            clear(root);
            build(root, &app, &docs);
            mark_range(root, &app.state.get_untracked());
        }
    });
    // Follow the range.
    Effect::new(move |_| {
        let state = app.state.get();
        if let Some(root) = root.get() {
            mark_range(&root, &state);
        }
    });
    let go = use_go();
    let on_click = move |e: ev::MouseEvent| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button[data-end]").ok().flatten());
        let Some(button) = button else { return };
        let end = match button.get_attribute("data-end").as_deref() {
            Some("from") => End::From,
            _ => End::To,
        };
        let date = button.get_attribute("data-date").unwrap_or_default();
        let mut next = app.state.get_untracked();
        let f = &mut next.filters;
        if let Some((from, to)) =
            choose_bound(f.date_from.as_deref(), f.date_to.as_deref(), end, &date)
        {
            f.date_from = from;
            f.date_to = to;
            go(next, false);
        }
    };
    view! {
        <div class="timeline-view">
            <h1>"Timeline"</h1>
            <p class="view-intro">"The events the articles report and the dates of the articles themselves, earliest first. Gaps are marked, not drawn to scale: the events span 1997–2011, most articles fall in one December week."</p>
            <ScopeNote view=View::Timeline count=Signal::derive(move || shown.with(|s| s.iter().filter(|f| **f).count())) ignores_dates=true/>
            <ul class="tl-legend" aria-label="How dates are marked">
                <li><span class="tl-mark prec-day" aria-hidden="true"></span>"exact day printed"</li>
                <li><span class="tl-mark prec-month" aria-hidden="true"></span>"month only"</li>
                <li><span class="tl-mark prec-year" aria-hidden="true"></span>"year only"</li>
                <li><span class="tl-mark prec-estimated" aria-hidden="true"></span>"estimated from the text"</li>
            </ul>
            <TimelineRange/>
            <div node_ref=root on:click=on_click></div>
        </div>
    }
}

fn build(root: &Element, app: &crate::app::AppState, shown: &[bool]) {
    let corpus = app.index.corpus();
    let state = app.state.get_untracked();
    let t = timeline::build(corpus, &|i| shown.get(i).copied().unwrap_or(false));
    if t.hidden_events > 0 {
        let n = t.hidden_events;
        let one = n == 1;
        text_el(
            root,
            "p",
            "muted",
            &format!(
                "{n} event{} not shown: none of the articles reporting {} match the search and filters.",
                if one { "" } else { "s" },
                if one { "it" } else { "them" },
            ),
        );
    }
    if t.entries.is_empty() {
        text_el(
            root,
            "p",
            "tl-empty",
            "No dated event or article matches the search and filters.",
        );
    }
    let ol = el(root, "ol", "tl-axis");
    for entry in &t.entries {
        timeline_entry(&ol, app, &state, entry);
    }
    if !t.undated.is_empty() {
        let section = el(root, "section", "tl-undated");
        text_el(&section, "h2", "", "Articles without a date");
        text_el(
            &section,
            "p",
            "muted",
            "Neither printed with a date nor datable from their text: not on the axis, and left out by any date range.",
        );
        let ul = el(&section, "ul", "");
        for a in t.undated.iter().filter_map(|&i| corpus.articles.get(i)) {
            link(
                &el(&ul, "li", ""),
                &app.href(&state.reading(&a.id)),
                &a.title,
            );
        }
    }
}

/// Marks the entries inside the URL's range and the pressed range buttons.
fn mark_range(root: &Element, state: &ashraf_core::query::ViewState) {
    let (from, to) = (
        state.filters.date_from.as_deref(),
        state.filters.date_to.as_deref(),
    );
    let any = from.is_some() || to.is_some();
    let mut item = root
        .query_selector(".tl-axis")
        .ok()
        .flatten()
        .and_then(|ol| ol.first_element_child());
    while let Some(li) = item {
        let get = |name: &str| li.get_attribute(name).unwrap_or_default();
        let inside = any && span_in_bounds(&get("data-first"), &get("data-last"), from, to);
        let _ = li.class_list().toggle_with_force("in-range", inside);
        let date = get("data-date");
        for (end, bound) in [("from", from), ("to", to)] {
            let selector = format!("button[data-end=\"{end}\"]");
            if let Ok(Some(b)) = li.query_selector(&selector) {
                let pressed = bound == Some(date.as_str());
                let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            }
        }
        item = li.next_element_sibling();
    }
}
