//! Words of a compared text with what changed marked: `<del>` for words only in the first,
//! `<ins>` for words only in the second, each with a hidden label for screen readers.

use ashraf_core::compare::WordChange;
use leptos::prelude::*;

#[component]
pub fn WordDiff(words: Vec<WordChange>) -> impl IntoView {
    words
        .into_iter()
        .enumerate()
        .map(|(i, change)| {
            let gap = if i == 0 { "" } else { " " };
            match change {
                WordChange::Same(text) => format!("{gap}{text}").into_any(),
                WordChange::Removed(text) => view! {
                    {gap}<del><span class="visually-hidden">"removed: "</span>{text}</del>
                }
                .into_any(),
                WordChange::Added(text) => view! {
                    {gap}<ins><span class="visually-hidden">"added: "</span>{text}</ins>
                }
                .into_any(),
            }
        })
        .collect_view()
}
