//! One quote on the wall: the words (as text, with the word-search matches marked), who said
//! them, where and when they were published, other sources carrying them, and its actions.

use crate::app::{use_app, use_go};
use crate::components::quote_drift::QuoteDrift;
use crate::components::quote_tools::use_wall;
use crate::components::snippet::Highlighted;
use crate::components::speaker_found::speaker_found;
use ashraf_core::query::ViewState;
use ashraf_core::quote_wall::{date_label, said_ranges, speaker_key};
use leptos::prelude::*;

/// Quotes longer than this (in characters) start collapsed.
const LONG_QUOTE: usize = 220;

#[component]
pub fn QuoteCard(
    /// Index into `corpus.quotes`.
    i: usize,
    /// The wall's word search, to mark in the text.
    said: String,
    /// Shown in the speaker panel too (element ids must stay unique).
    #[prop(optional)]
    in_panel: bool,
) -> impl IntoView {
    quote_card(i, said, in_panel)
}

fn quote_card(i: usize, said: String, in_panel: bool) -> Option<impl IntoView> {
    let app = use_app();
    let go = use_go();
    let ctx = use_wall();
    let wall = ctx.wall.clone();
    let quote = wall.quote(i)?.clone();
    let article = wall.article_of(i)?;
    let state = app.state.get_untracked();
    let mut in_context = state.reading(&article.id);
    in_context.quote = Some(quote.id.clone());
    let in_context = app.href(&in_context);
    let permalink = ViewState {
        quote: Some(quote.id.clone()),
        ..ViewState::default().quote_wall()
    };
    let permalink = app.href(&permalink);
    let key = speaker_key(&quote).to_owned();
    let name = wall.speaker_name(&key);
    // The entity's name beside a description such as "detailed 2009 report".
    let also = (quote.speaker_id.is_some() && name != quote.speaker).then(|| format!(" ({name})"));
    let open_speaker = move |_| {
        let mut next = app.state.get_untracked();
        next.wall.who = Some(key.clone());
        go(next, false);
    };
    let long = quote.text.chars().count() > LONG_QUOTE;
    let expanded = RwSignal::new(!long);
    let text_id = format!("{}qt-{}", if in_panel { "sp-" } else { "" }, quote.id);
    let ranges = said_ranges(&said, &quote.text);
    let citation = wall.citation(i);
    let copy_citation = {
        let ctx = ctx.clone();
        move |_| ctx.copy("Citation", citation.clone())
    };
    let copy_link = move |_| {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        ctx.copy("Link", format!("{origin}{permalink}"))
    };
    let drift = wall.drift(i).is_some().then(|| view! { <QuoteDrift i/> });
    Some(view! {
        <li class="quote-card" data-quote-id=quote.id.clone()>
            <blockquote class="quote-text" dir="auto" class:collapsed=move || !expanded.get() id=text_id.clone()>
                <Highlighted text=quote.text.clone() ranges/>
            </blockquote>
            {long.then(|| view! {
                <button type="button" class="link-button quote-expand" aria-controls=text_id
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { "Show less" } else { "Show the whole quote" }}
                </button>
            })}
            <p class="quote-who">
                <button type="button" class="link-button quote-speaker"
                    title="All quotes of this speaker" on:click=open_speaker>
                    {quote.speaker.clone()}
                </button>
                {also}
                <span class="quote-affiliation">
                    {quote.affiliation.clone().unwrap_or_else(|| "no affiliation on record".to_owned())}
                </span>
            </p>
            <p class="quote-source result-meta">
                <span class="outlet">{wall.outlet_of(i)}</span>
                <span>{date_label(article)}</span>
                <cite>{article.title.clone()}</cite>
                {article.title_inferred.then(|| view! {
                    <span class="badge" title="No title is printed in the source; this one describes the text">"inferred title"</span>
                })}
            </p>
            {speaker_found(&quote)}
            {drift}
            <div class="quote-actions">
                <a href=in_context>"In context"</a>
                <button type="button" on:click=copy_citation>"Copy citation"</button>
                <button type="button" on:click=copy_link>"Copy link"</button>
            </div>
        </li>
    })
}
