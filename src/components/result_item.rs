//! One result: title, provenance line, snippet.

use crate::app::use_app;
use crate::components::snippet::Highlighted;
use crate::wording::plural;
use ashraf_core::index::SearchQuery;
use leptos::prelude::*;

/// Length of a result's snippet in characters.
const SNIPPET_CHARS: usize = 220;

#[component]
pub fn ResultItem(doc: usize, query: SearchQuery) -> impl IntoView {
    result_item(doc, query)
}

fn result_item(doc: usize, query: SearchQuery) -> Option<impl IntoView> {
    let app = use_app();
    let index = app.index.clone();
    let article = index.article(doc)?;
    let corpus = index.corpus();
    let href = app.href(&app.state.get_untracked().reading(&article.id));
    let title_hits = query.match_ranges(&article.title);
    let outlet = match article.outlet.as_deref() {
        Some(id) => corpus.outlet(id).map_or(id.to_owned(), |o| {
            format!("{} ({})", o.name, o.kind.label())
        }),
        None => "Outlet not stated".to_owned(),
    };
    let republished = article
        .republishers
        .iter()
        .filter(|r| article.outlet.as_ref() != Some(*r))
        .map(|id| corpus.outlet(id).map_or(id.as_str(), |o| o.name.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    // Counted once at build: scanning every quote per result cost a pass over 36k quotes
    // for each of up to 50 results per keystroke at 10,000 articles.
    let quotes = index.quote_count(doc);
    let date = article.date.clone().unwrap_or_else(|| "undated".to_owned());
    let snippet = index.snippet(doc, &query, SNIPPET_CHARS);
    Some(view! {
        <li class="result">
            <h3 class="result-title">
                <a href=href>
                    <Highlighted text=article.title.clone() ranges=title_hits/>
                </a>
                {article.title_inferred.then(|| view! {
                    <span class="badge" title="No title is printed in the source; this one describes the text">"inferred title"</span>
                })}
                {article.user_import.then(|| view! { <crate::components::user_badge::UserBadge/> })}
            </h3>
            <p class="result-meta">
                <span class="outlet">{outlet}</span>
                <span>{date}</span>
                {(!article.byline.is_empty()).then(|| view! { <span>{article.byline.join(", ")}</span> })}
                {(!republished.is_empty()).then(|| view! { <span>{format!("republished by {republished}")}</span> })}
                {(quotes > 0).then(|| view! { <span>{format!("{quotes} quote{}", plural(quotes))}</span> })}
            </p>
            {snippet.map(|s| view! {
                <p class="snippet">
                    {s.cut_before.then_some("… ")}
                    <Highlighted text=s.text ranges=s.highlights/>
                    {s.cut_after.then_some(" …")}
                </p>
            })}
        </li>
    })
}
