//! In the reader: quotations of this article that other articles carry too, their variants
//! side by side with the words that differ from this article's marked.

use crate::app::use_app;
use crate::components::word_diff::WordDiff;
use ashraf_core::compare::WordChange;
use ashraf_core::drift::{groups_of_article, variants_against};
use ashraf_core::model::Quote;
use leptos::prelude::*;

#[component]
pub fn ReaderDrift(article: String) -> impl IntoView {
    let app = use_app();
    let corpus = app.index.corpus();
    let mine = groups_of_article(app.index.drift_groups(), corpus, &article);
    if mine.is_empty() {
        return None;
    }
    let state = app.state.get_untracked();
    let source = |q: &Quote| {
        let a = app
            .index
            .doc_of(&q.article)
            .and_then(|d| app.index.article(d));
        let outlet = a
            .and_then(|a| a.outlet.as_deref())
            .and_then(|id| corpus.outlet(id))
            .map_or("Outlet not stated", |o| o.name.as_str());
        let title = a.map_or_else(String::new, |a| a.title.clone());
        (format!("{outlet} — {}", q.speaker), title)
    };
    let items = mine
        .into_iter()
        .map(|(group, quote)| {
            let others = variants_against(group, corpus, quote);
            let copies: usize = std::iter::once(&quote.article)
                .chain(others.iter().map(|(q, _)| &q.article))
                .filter_map(|id| app.index.doc_of(id).and_then(|d| app.index.article(d)))
                .map(|a| a.copies.len().max(1))
                .sum();
            let articles = others.len() + 1;
            let carried = if copies > articles {
                format!("Carried by {articles} sources ({copies} copies)")
            } else {
                format!("Carried by {articles} sources")
            };
            let (here_source, _) = source(quote);
            let variants = others
                .into_iter()
                .map(|(q, words)| {
                    let (line, title) = source(q);
                    let mut target = state.reading(&q.article);
                    target.quote = Some(q.id.clone());
                    let identical = words.iter().all(|w| matches!(w, WordChange::Same(_)));
                    view! {
                        <li class="drift-variant">
                            <p class="drift-source">{line}</p>
                            <blockquote class="cmp-words"><WordDiff words/></blockquote>
                            <p class="drift-meta">
                                {identical.then_some("Same words. ")}
                                <a href=app.href(&target)>{format!("Read it in “{title}”")}</a>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="drift-group">
                    <p class="drift-count"><strong>{carried}</strong></p>
                    <ul class="drift-variants">
                        <li class="drift-variant drift-here">
                            <p class="drift-source">{format!("This article: {here_source}")}</p>
                            <blockquote>{quote.text.clone()}</blockquote>
                        </li>
                        {variants}
                    </ul>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="lens-block quote-drift" aria-labelledby="drift-heading">
                <h2 id="drift-heading">"Quotes other sources carry too"</h2>
                <p class="muted">"Each variant's words are compared with this article's: "
                    <del>"missing there"</del>" and "<ins>"added there"</ins>"."</p>
                <ol class="drift-groups">{items}</ol>
            </section>
        }
        .into_any(),
    )
}
