//! One point of the timeline, built as plain DOM (see `timeline_dom`): its date with its
//! precision, the events on it with the sentences and quotes that report them, the articles
//! dated there, and the "Start here" / "End here" buttons (`data-end`, `data-date`), which the
//! view handles with one delegated click listener and keeps pressed / in range from the URL.

use crate::app::AppState;
use crate::components::timeline_dom::{attr, el, link, text, text_el};
use crate::wording::plural;
use ashraf_core::model::{Corpus, DatePrecision};
use ashraf_core::query::ViewState;
use ashraf_core::timeline::{precision_label, Entry, EventItem};
use web_sys::Element;

pub fn precision_class(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "prec-day",
        DatePrecision::Month => "prec-month",
        DatePrecision::Year => "prec-year",
        DatePrecision::Estimated => "prec-estimated",
        DatePrecision::Unknown => "prec-unknown",
    }
}

pub fn outlet_name(corpus: &Corpus, id: Option<&str>) -> String {
    id.map_or_else(
        || "outlet not stated".to_owned(),
        |id| corpus.outlet(id).map_or(id, |o| o.name.as_str()).to_owned(),
    )
}

/// Appends the entry's `<li>` to the axis `<ol>`.
pub fn timeline_entry(ol: &Element, app: &AppState, state: &ViewState, entry: &Entry) {
    let corpus = app.index.corpus();
    let label = entry.label();
    let li = el(
        ol,
        "li",
        &format!("tl-entry {}", precision_class(entry.precision)),
    );
    attr(&li, "data-date", entry.date);
    attr(&li, "data-first", &entry.first);
    attr(&li, "data-last", &entry.last);
    if let Some(gap) = &entry.gap_before {
        text_el(&li, "p", "tl-gap", gap);
    }
    let h = el(&li, "h2", "tl-date");
    attr(&el(&h, "span", "tl-mark"), "aria-hidden", "true");
    attr(&text_el(&h, "time", "", &label), "datetime", entry.date);
    text(&h, " ");
    text_el(&h, "span", "tl-prec", precision_label(entry.precision));

    let body = el(&li, "div", "tl-body");
    for item in &entry.events {
        event(&body, app, corpus, state, item);
    }
    if !entry.articles.is_empty() {
        let box_ = el(&body, "div", "tl-articles");
        text_el(
            &box_,
            "h3",
            "",
            &format!("Articles dated {label} ({})", entry.articles.len()),
        );
        let ul = el(&box_, "ul", "");
        for a in entry
            .articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i))
        {
            let li = el(&ul, "li", "");
            link(&li, &app.href(&state.reading(&a.id)), &a.title);
            text(&li, " ");
            text_el(
                &li,
                "span",
                "muted",
                &outlet_name(corpus, a.outlet.as_deref()),
            );
            if a.date_precision == DatePrecision::Estimated {
                if let Some(e) = &a.date_evidence {
                    text_el(&li, "span", "tl-evidence", &format!("Estimated: {e}"));
                }
            }
        }
    }
    let choose = el(&body, "div", "tl-choose");
    attr(&choose, "role", "group");
    attr(&choose, "aria-label", &format!("Date range: {label}"));
    for (end, words) in [("from", "Start here"), ("to", "End here")] {
        let b = text_el(&choose, "button", "", words);
        attr(&b, "type", "button");
        attr(&b, "data-end", end);
        attr(&b, "data-date", entry.date);
        attr(&b, "aria-pressed", "false");
        text_el(&b, "span", "visually-hidden", &format!(": {label}"));
    }
    text_el(&choose, "span", "tl-in-range", "in the range");
}

fn event(body: &Element, app: &AppState, corpus: &Corpus, state: &ViewState, item: &EventItem) {
    let e = item.event;
    let section = el(body, "section", "tl-event");
    attr(&section, "data-event", &e.id);
    text_el(&section, "h3", "", &e.label);
    text_el(
        &section,
        "p",
        "tl-evidence",
        &format!("How it is dated: {}", e.date_evidence),
    );
    let details = el(&section, "details", "");
    let n = item.mentions.len();
    text_el(
        &details,
        "summary",
        "",
        &format!("Reported in {n} sentence{}", plural(n)),
    );
    let ul = el(&details, "ul", "tl-mentions");
    for m in &item.mentions {
        let li = el(&ul, "li", "");
        text_el(&li, "blockquote", "tl-sentence", &m.mention.text);
        let source = el(&li, "p", "tl-source");
        let reading = state.reading(&m.article.id);
        text(&source, "— ");
        link(
            &source,
            &format!("{}#p-{}", app.href(&reading), m.mention.paragraph),
            &m.article.title,
        );
        text(&source, " ");
        text_el(
            &source,
            "span",
            "muted",
            &format!(
                "({}, paragraph {})",
                outlet_name(corpus, m.article.outlet.as_deref()),
                m.mention.paragraph + 1
            ),
        );
        for q in &m.quotes {
            let mut s = reading.clone();
            s.quote = Some(q.id.clone());
            text(&source, " · ");
            let a = link(&source, &app.href(&s), &format!("quote: {}", q.speaker));
            a.set_class_name("tl-quote");
        }
    }
}
