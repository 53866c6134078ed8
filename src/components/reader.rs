//! The reader: one article with its marks, its provenance, and previous / next within the
//! current results.

use crate::app::use_app;
use crate::components::copy_compare::CopyCompare;
use crate::components::paragraph::{Mark, MarkKind, Paragraph};
use crate::components::provenance_panel::ProvenancePanel;
use crate::components::reader_drift::ReaderDrift;
use crate::components::speaker_found::speaker_found;
use crate::load::document;
use crate::wording::counted;
use ashraf_core::index::SearchQuery;
use ashraf_core::model::{Article, Corpus};
use leptos::prelude::*;
use std::collections::HashMap;

#[component]
pub fn Reader() -> impl IntoView {
    let app = use_app();
    // Re-render only when the article, the search or the focused quote changes.
    let key = Memo::new(move |_| {
        app.state.with(|s| {
            let query = (s.q.clone(), s.literal);
            (s.article.clone(), query, s.quote.clone())
        })
    });
    move || {
        let (article_id, _, quote) = key.get();
        let doc = article_id.and_then(|id| app.index.doc_of(&id))?;
        let article = app.index.article(doc)?.clone();
        // The same query as the results: a typed alias also marks the entity's other names.
        let query = app.state.with_untracked(|s| app.index.query(s));
        // The lens blocks below the article, type-erased to keep the reader's code small.
        let lens = view! {
            {(article.copies.len() > 1).then(|| view! { <CopyCompare article=article.clone()/> })}
            <ReaderDrift article=article.id.clone()/>
        }
        .into_any();
        Some(
            view! {
                <div class="reader">
                    <ReaderNav doc/>
                    <ArticleBody article=article.clone() query focused_quote=quote/>
                    <ProvenancePanel article/>
                    {lens}
                </div>
            }
            .into_any(),
        )
    }
}

#[component]
fn ReaderNav(doc: usize) -> impl IntoView {
    let app = use_app();
    move || {
        let state = app.state.get();
        let back = app.href(&state.explorer());
        let (position, total, prev, next) = app.results.with(|r| {
            let position = r.hits.iter().position(|h| h.doc == doc);
            let neighbour = |step: isize| {
                position
                    .and_then(|p| p.checked_add_signed(step))
                    .and_then(|p| r.hits.get(p))
                    .and_then(|h| app.index.article(h.doc))
                    .map(|a| (app.href(&state.reading(&a.id)), a.title.clone()))
            };
            (position, r.hits.len(), neighbour(-1), neighbour(1))
        });
        let link = |target: Option<(String, String)>, text: &'static str, rel: &'static str| {
            match target {
                Some((href, title)) => {
                    view! { <a class="step" href=href rel=rel title=title>{text}</a> }.into_any()
                }
                None => view! { <span class="step disabled" aria-disabled="true">{text}</span> }
                    .into_any(),
            }
        };
        view! {
            <nav class="reader-nav" aria-label="Results">
                <a class="back" href=back>{format!("← Results ({})", counted(total, "article"))}</a>
                <span class="position">
                    {match position {
                        Some(p) => format!("{} of {total}", p + 1),
                        None => "Not in the current results".to_owned(),
                    }}
                </span>
                {link(prev, "‹ Previous", "prev")}
                {link(next, "Next ›", "next")}
            </nav>
        }
    }
}

/// Class and tooltip of every entity id, for mention marks.
fn entity_marks(corpus: &Corpus) -> HashMap<&str, (&'static str, String)> {
    let e = &corpus.entities;
    let describe = |name: &str, description: &Option<String>| match description {
        Some(d) => format!("{name} — {d}"),
        None => name.to_owned(),
    };
    e.people
        .iter()
        .map(|x| {
            (
                x.id.as_str(),
                ("m-person", describe(&x.name, &x.description)),
            )
        })
        .chain(
            e.organizations
                .iter()
                .map(|x| (x.id.as_str(), ("m-org", describe(&x.name, &x.description)))),
        )
        .chain(e.places.iter().map(|x| {
            (
                x.id.as_str(),
                ("m-place", describe(&x.name, &x.description)),
            )
        }))
        .collect()
}

#[component]
fn ArticleBody(
    article: Article,
    query: SearchQuery,
    focused_quote: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let corpus = app.index.corpus();
    let entities = entity_marks(corpus);
    let quotes: Vec<_> = corpus
        .quotes
        .iter()
        .filter(|q| q.article == article.id)
        .collect();
    let outlet = article
        .outlet
        .as_deref()
        .and_then(|id| corpus.outlet(id))
        .map_or("Outlet not stated".to_owned(), |o| o.name.clone());
    let mut focused_paragraph = None;
    let paragraphs = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(number, text)| {
            let mut note = None;
            let mut marks: Vec<Mark> = article
                .mentions
                .iter()
                .filter(|m| m.paragraph == number)
                .filter_map(|m| {
                    let (class, title) = entities.get(m.entity.as_str())?;
                    Some(Mark {
                        range: m.start..m.end,
                        kind: MarkKind::Mention {
                            class,
                            title: title.clone(),
                        },
                    })
                })
                .collect();
            for quote in quotes.iter().filter(|q| q.paragraph == number) {
                // Prefer the recorded offset; fall back to finding the words.
                let at_offset = text.get(quote.start..quote.start + quote.text.len())
                    == Some(quote.text.as_str());
                let Some(start) = at_offset
                    .then_some(quote.start)
                    .or_else(|| text.find(&quote.text))
                else {
                    continue;
                };
                let focused = focused_quote.as_deref() == Some(quote.id.as_str());
                let speaker = match &quote.affiliation {
                    Some(a) => format!("Quote: {} ({a})", quote.speaker),
                    None => format!("Quote: {}", quote.speaker),
                };
                if focused {
                    focused_paragraph = Some(number);
                    // Below the paragraph: who said the marked quote, and how that was found.
                    note = Some(view! {
                        <div class="quote-note">
                            <p>{speaker.clone()}</p>
                            {speaker_found(quote)}
                        </div>
                    });
                }
                marks.push(Mark {
                    range: start..start + quote.text.len(),
                    kind: MarkKind::Quote {
                        id: quote.id.clone(),
                        title: speaker,
                        focused,
                    },
                });
            }
            marks.extend(query.match_ranges(text).into_iter().map(|range| Mark {
                range,
                kind: MarkKind::SearchHit,
            }));
            view! { <Paragraph number text=text.clone() marks/> {note} }
        })
        .collect_view();
    // The quoted paragraph, or one named by the link's hash (`#p-3`, from the timeline and the
    // claims tables), marked and brought into view once this render is in the DOM.
    let hash_target = || {
        let hash = web_sys::window()?.location().hash().ok()?;
        let id = hash.strip_prefix("#p-")?;
        id.parse::<usize>().ok()
    };
    if let Some(number) = focused_paragraph.or_else(hash_target) {
        let mark = focused_paragraph.is_none();
        request_animation_frame(move || {
            if let Some(p) = document().and_then(|d| d.get_element_by_id(&format!("p-{number}"))) {
                if mark {
                    let _ = p.class_list().add_1("para-target");
                }
                p.scroll_into_view();
            }
        });
    }
    let title_hits = query.match_ranges(&article.title);
    view! {
        <article class="article" aria-labelledby="article-title">
            <header class="article-header">
                <p class="kicker">
                    <span>{outlet}</span>
                    <span>{article.date.clone().unwrap_or_else(|| "undated".to_owned())}</span>
                </p>
                <h1 id="article-title" dir="auto">
                    <crate::components::snippet::Highlighted text=article.title.clone() ranges=title_hits/>
                </h1>
                {article.title_inferred.then(|| view! {
                    <p class="badge">"inferred title — the source prints none"</p>
                })}
                {(!article.byline.is_empty()).then(|| view! {
                    <p class="byline">{format!("By {}", article.byline.join(", "))}</p>
                })}
                <p class="legend" aria-label="Marks used in the text">
                    <span class="m m-person">"person"</span>
                    <span class="m m-org">"organisation"</span>
                    <span class="m m-place">"place"</span>
                    <span class="quote">"quote"</span>
                    {(!query.is_empty()).then(|| view! { <mark>"search match"</mark> })}
                </p>
            </header>
            <div class="article-text">{paragraphs}</div>
        </article>
    }
}
