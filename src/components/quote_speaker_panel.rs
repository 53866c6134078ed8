//! The speaker panel (`who=`): every quote of one speaker across outlets, regardless of the
//! filters, their affiliation and the articles they appear in.

use crate::app::{use_app, use_go};
use crate::components::quote_card::QuoteCard;
use crate::components::quote_tools::use_wall;
use crate::wording::plural;
use ashraf_core::quote_wall::date_label;
use leptos::prelude::*;

#[component]
pub fn QuoteSpeakerPanel() -> impl IntoView {
    let app = use_app();
    let who = Memo::new(move |_| app.state.with(|s| s.wall.who.clone()));
    move || who.get().map(|key| view! { <SpeakerPanel key/> })
}

#[component]
fn SpeakerPanel(key: String) -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let wall = use_wall().wall;
    let quotes = wall.by_speaker(&key);
    let name = wall.speaker_name(&key);
    let corpus = wall.corpus();
    let description = corpus
        .entities
        .people
        .iter()
        .chain(&corpus.entities.organizations)
        .find(|e| e.id == key)
        .and_then(|e| e.description.clone());
    let mut affiliations: Vec<&str> = Vec::new();
    for q in quotes.iter().filter_map(|&i| wall.quote(i)) {
        let a = q
            .affiliation
            .as_deref()
            .unwrap_or("no affiliation on record");
        if !affiliations.contains(&a) {
            affiliations.push(a);
        }
    }
    let affiliations = affiliations.join("; ");
    let mut articles: Vec<(String, String)> = Vec::new();
    for &i in &quotes {
        if let Some(a) = wall.article_of(i) {
            if !articles.iter().any(|(id, _)| *id == a.id) {
                articles.push((
                    a.id.clone(),
                    format!("{} — {}, {}", a.title, wall.outlet_of(i), date_label(a)),
                ));
            }
        }
    }
    let state = app.state.get_untracked();
    let article_links = articles
        .into_iter()
        .map(|(id, label)| view! { <li><a href=app.href(&state.reading(&id))>{label}</a></li> })
        .collect_view();
    // The same cards as the wall, so every quote keeps its actions.
    let quote_items = quotes
        .iter()
        .map(|&i| view! { <QuoteCard i said=String::new() in_panel=true/> })
        .collect_view();
    let count = quotes.len();
    let close = {
        let go = go.clone();
        move |_| {
            let mut next = app.state.get_untracked();
            next.wall.who = None;
            go(next, false);
        }
    };
    let only = {
        let key = key.clone();
        move |_| {
            let mut next = app.state.get_untracked();
            next.wall.speakers.clear();
            next.wall.speakers.insert(key.clone());
            next.wall.who = None;
            go(next, false);
        }
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // Opened from a card: move the focus here so keyboard and screen-reader users follow.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section class="speaker-panel" aria-labelledby="speaker-title">
            <div class="speaker-head">
                <h2 id="speaker-title" tabindex="-1" node_ref=heading>{name}</h2>
                <button type="button" class="notice-dismiss" on:click=close>"Close"</button>
            </div>
            {description.map(|d| view! { <p class="muted">{d}</p> })}
            <dl>
                <dt>"Affiliation"</dt>
                <dd>{affiliations}</dd>
                <dt>{format!("Quoted {count} time{} in", plural(count))}</dt>
                <dd><ul>{article_links}</ul></dd>
            </dl>
            <button type="button" class="link-button" on:click=only>"Show only this speaker on the wall"</button>
            <h3>"All quotes"</h3>
            <ul class="quote-cards speaker-quotes">{quote_items}</ul>
        </section>
    }
}
