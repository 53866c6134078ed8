//! One result: title, provenance line, snippet.

use crate::app::use_app;
use crate::components::snippet::Highlighted;
use crate::wording::counted;
use leptos::prelude::*;

/// Length of a result's snippet in characters.
const SNIPPET_CHARS: usize = 220;

/// Kept while its article stays among the results (the list is keyed by document): what
/// depends on the search (the link, the highlights, the snippet) follows it; the rest is
/// built once.
#[component]
pub fn ResultItem(doc: usize) -> impl IntoView {
    result_item(doc)
}

fn result_item(doc: usize) -> Option<impl IntoView> {
    let app = use_app();
    let index = app.index.clone();
    let article = index.article(doc)?;
    let corpus = index.corpus();
    let (state, results) = (app.state, app.results);
    let href = {
        let (app, id) = (app.clone(), article.id.clone());
        move || state.with(|s| app.href(&s.reading(&id)))
    };
    let title = article.title.clone();
    let title_hits = {
        let title = title.clone();
        Memo::new(move |_| results.with(|r| r.query.match_ranges(&title)))
    };
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
    // Memos: an unchanged snippet or title (the next letter of a word already matched) leaves
    // the page alone.
    let snippet = {
        let index = index.clone();
        Memo::new(move |_| results.with(|r| index.snippet(doc, &r.query, SNIPPET_CHARS)))
    };
    Some(view! {
        <li class="result">
            <h3 class="result-title" dir="auto">
                <a href=href>
                    {move || view! { <Highlighted text=title.clone() ranges=title_hits.get()/> }}
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
                {(quotes > 0).then(|| view! { <span>{counted(quotes, "quote")}</span> })}
            </p>
            {move || snippet.get().map(|s| view! {
                <p class="snippet" dir="auto">
                    {s.cut_before.then_some("… ")}
                    <Highlighted text=s.text ranges=s.highlights/>
                    {s.cut_after.then_some(" …")}
                </p>
            })}
        </li>
    })
}
