//! The same quotation in other sources: every wording side by side, the words that differ
//! from the first wording marked (computed by `ashraf_core::drift`).

use crate::components::quote_tools::use_wall;
use crate::components::word_diff::WordDiff;
use ashraf_core::compare::WordChange;
use ashraf_core::quote_wall::date_label;
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn QuoteDrift(i: usize) -> impl IntoView {
    let wall = use_wall().wall;
    let group = wall.drift(i)?.clone();
    let this = wall.quote(i)?.id.clone();
    let rows = group
        .quotes
        .iter()
        .enumerate()
        .filter_map(|(n, id)| {
            let q = wall.position(id)?;
            let article = wall.article_of(q)?;
            let words = match n.checked_sub(1).and_then(|v| group.variants.get(v)) {
                None => EitherOf3::A(view! { <span class="drift-ref">"first wording: "</span>{wall.quote(q)?.text.clone()} }),
                Some((_, changes)) if changes.iter().all(|c| matches!(c, WordChange::Same(_))) => {
                    EitherOf3::B(view! { <span class="drift-ref">"same words: "</span>{wall.quote(q)?.text.clone()} })
                }
                Some((_, changes)) => EitherOf3::C(view! { <WordDiff words=changes.clone()/> }),
            };
            let current = *id == this;
            Some(view! {
                <li class:current=current>
                    <p class="drift-source">
                        <span class="outlet">{wall.outlet_of(q)}</span>
                        {format!(" · {} · ", date_label(article))}
                        <cite>{article.title.clone()}</cite>
                        {current.then_some(" (this card)")}
                    </p>
                    <p class="drift-words">{words}</p>
                </li>
            })
        })
        .collect_view();
    Some(view! {
        <details class="drift">
            <summary>{format!("Carried by {} sources: compare the wordings", group.sources)}</summary>
            <p class="drift-legend muted">
                "Against the first wording: " <del>"struck"</del> " words are missing, "
                <ins>"underlined"</ins> " words are added."
            </p>
            <ol class="drift-list">{rows}</ol>
        </details>
    })
}
