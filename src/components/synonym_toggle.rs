//! Whether a search for one name also finds the entity's other names (`syn=off` turns it
//! off), and which names were searched, with how many articles use each. The aliases come
//! from the corpus (`data/entities.json`), never from this file.

use crate::app::{use_app, use_go};
use crate::wording::plural;
use leptos::prelude::*;

#[component]
pub fn SynonymToggle() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let shown = Memo::new(move |_| app.state.with(|s| !s.q.trim().is_empty() || s.literal));
    let on_change = move |ev| {
        let mut next = app.state.get_untracked().explorer();
        next.literal = !event_target_checked(&ev);
        go(next, false);
    };
    let note = move || {
        app.results.with(|r| {
            r.synonyms
                .iter()
                .map(|used| {
                    let (found, unused): (Vec<_>, Vec<_>) =
                        used.aliases.iter().partition(|a| a.articles > 0);
                    let names = found.len();
                    let found = found
                        .iter()
                        .map(|a| {
                            let n = a.articles;
                            format!("{} ({n} article{})", a.alias, plural(n))
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    let rest = (!unused.is_empty())
                        .then(|| format!("; not in the corpus: {} more", unused.len()));
                    view! {
                        <li>
                            <details>
                                <summary>
                                    <q>{used.typed.clone()}</q>
                                    {format!(" names {}: searched as {names} names", used.entity)}
                                </summary>
                                {found}{rest}
                            </details>
                        </li>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };
    move || {
        shown.get().then(|| {
            view! {
                <div class="synonyms">
                    <label class="syn-toggle">
                        <input type="checkbox" prop:checked=move || app.state.with(|s| !s.literal)
                            on:change=on_change.clone()/>
                        " Also find other names of the same group, person or place"
                    </label>
                    <ul class="syn-note">{note}</ul>
                </div>
            }
            .into_any()
        })
    }
}
