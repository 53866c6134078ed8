//! Two copies of one article side by side as one list of changes: sentences cut, added or
//! reworded (changed words marked inline), the headline, and unchanged stretches folded.

use crate::app::use_app;
use crate::components::word_diff::WordDiff;
use crate::wording::counted;
use ashraf_core::compare::{compare_copies, diff_words, SentenceChange};
use ashraf_core::model::{Article, ArticleCopy as Copy};
use leptos::prelude::*;

#[component]
pub fn CopyCompare(article: Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.index.corpus();
    let copies = StoredValue::new(article.copies);
    let describe = |n: usize, copy: &Copy| {
        let host = copy
            .republisher
            .as_deref()
            .and_then(|id| corpus.outlet(id))
            .map_or("host site not identified", |o| o.name.as_str());
        let date = copy.date.as_deref().unwrap_or("undated");
        format!(
            "Copy {n}: {host}, {date} ({}, segment {})",
            copy.file,
            copy.position + 1
        )
    };
    let labels: Vec<String> = copies.with_value(|c| {
        c.iter()
            .enumerate()
            .map(|(i, copy)| describe(i + 1, copy))
            .collect()
    });
    let first = RwSignal::new(0_usize);
    let second = RwSignal::new(1_usize);
    let picker = move |id: &'static str, label: &'static str, pick: RwSignal<usize>| {
        let options = labels
            .iter()
            .enumerate()
            .map(|(i, l)| view! { <option value=i.to_string()>{l.clone()}</option> })
            .collect_view();
        view! {
            <label for=id>{label}</label>
            <select id=id prop:value=move || pick.get().to_string()
                on:change=move |ev| pick.set(event_target_value(&ev).parse().unwrap_or(0))>
                {options}
            </select>
        }
    };
    let pickers = view! {
        <div class="cmp-pick">
            {picker("cmp-a", "Compare", first)}
            {picker("cmp-b", "with", second)}
        </div>
    };
    let result = move || {
        let (a, b) = (first.get(), second.get());
        if a == b {
            return view! { <p class="muted">"Pick two different copies."</p> }.into_any();
        }
        copies.with_value(|c| match (c.get(a), c.get(b)) {
            (Some(x), Some(y)) => comparison(a + 1, x, b + 1, y).into_any(),
            _ => ().into_any(),
        })
    };
    view! {
        <section class="lens-block copy-compare" aria-labelledby="cmp-heading">
            <h2 id="cmp-heading">"Compare the copies"</h2>
            <p class="muted">"Sentence by sentence; quote styles, spacing and case are not counted as differences."</p>
            {pickers}
            <div aria-live="polite">{result}</div>
        </section>
    }
    .into_any()
}

fn comparison(na: usize, a: &Copy, nb: usize, b: &Copy) -> AnyView {
    let cmp = compare_copies(&a.paragraphs, &b.paragraphs);
    let count = |f: fn(&SentenceChange) -> bool| cmp.count(f);
    let same = count(|x| matches!(x, SentenceChange::Same(_)));
    let removed = count(|x| matches!(x, SentenceChange::Removed(_)));
    let added = count(|x| matches!(x, SentenceChange::Added(_)));
    let changed = count(|x| matches!(x, SentenceChange::Changed(_)));
    let headline = match (&a.heading, &b.heading) {
        (Some(x), Some(y)) if x == y => {
            view! { "the same in both: " <q>{x.clone()}</q> }.into_any()
        }
        (Some(x), Some(y)) => {
            view! { "changed: " <span class="cmp-words"><WordDiff words=diff_words(x, y)/></span> }
                .into_any()
        }
        (Some(x), None) => {
            view! { {format!("printed only in copy {na}: ")} <q>{x.clone()}</q> }.into_any()
        }
        (None, Some(y)) => {
            view! { {format!("printed only in copy {nb}: ")} <q>{y.clone()}</q> }.into_any()
        }
        (None, None) => "printed in neither".into_any(),
    };
    // Runs of unchanged sentences fold into one line that opens on demand.
    let mut items = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, items: &mut Vec<_>| {
        if !run.is_empty() {
            let n = run.len();
            let text = std::mem::take(run).join(" ");
            items.push(
                view! {
                    <li class="cmp-same">
                        <details>
                            <summary>{counted(n, "unchanged sentence")}</summary>
                            <p>{text}</p>
                        </details>
                    </li>
                }
                .into_any(),
            );
        }
    };
    for change in cmp.changes {
        match change {
            SentenceChange::Same(s) => run.push(s),
            SentenceChange::Removed(s) => {
                flush(&mut run, &mut items);
                items.push(
                    view! {
                        <li class="cmp-removed">
                            <span class="cmp-tag">{format!("Only in copy {na}")}</span>
                            <del>{s}</del>
                        </li>
                    }
                    .into_any(),
                );
            }
            SentenceChange::Added(s) => {
                flush(&mut run, &mut items);
                items.push(
                    view! {
                        <li class="cmp-added">
                            <span class="cmp-tag">{format!("Only in copy {nb}")}</span>
                            <ins>{s}</ins>
                        </li>
                    }
                    .into_any(),
                );
            }
            SentenceChange::Changed(words) => {
                flush(&mut run, &mut items);
                items.push(
                    view! {
                        <li class="cmp-changed">
                            <span class="cmp-tag">"Reworded"</span>
                            <span class="cmp-words"><WordDiff words/></span>
                        </li>
                    }
                    .into_any(),
                );
            }
        }
    }
    flush(&mut run, &mut items);
    view! {
        <p class="cmp-summary">
            <span>{format!("{same} sentences the same")}</span>
            <span>{format!("{removed} only in copy {na}")}</span>
            <span>{format!("{added} only in copy {nb}")}</span>
            <span>{format!("{changed} reworded")}</span>
        </p>
        <p class="cmp-headline"><strong>"Headline: "</strong>{headline}</p>
        <ol class="cmp-changes">{items}</ol>
    }
    .into_any()
}
