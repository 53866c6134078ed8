//! The search box. Typing searches as you go; the text lives in the URL (`q`).

use crate::app::{use_app, use_go};
use crate::load::document;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const SEARCH_INPUT_ID: &str = "search";

/// How long typing must pause before the search is written to the URL.
const URL_AFTER_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

pub fn focus_search() {
    if let Some(input) = document()
        .and_then(|d| d.get_element_by_id(SEARCH_INPUT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let text = RwSignal::new(app.state.with_untracked(|s| s.q.clone()));
    // Follow the URL (back / forward, chips, links) without fighting the user's typing.
    Effect::new(move |_| {
        let q = app.state.with(|s| s.q.clone());
        if q != text.get_untracked() {
            text.set(q);
        }
    });
    // Each keystroke searches at once; the URL (a history entry) is written when typing
    // pauses, on Enter and on leaving the box: writing it on every key cost a third of the
    // time from key to results.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let commit = {
        let app = app.clone();
        move || {
            cancel_pending();
            // Nothing typed, or the page has moved on (the box is gone).
            let Some(Some(q)) = app.typed.try_get_untracked() else {
                return;
            };
            let committed = app.committed_state();
            let next = committed.searching(&q);
            // The first words of a new search are a history entry; the next ones refine it.
            let replace = next.view == committed.view && !committed.q.is_empty();
            go(next, replace);
        }
    };
    let search = {
        let (app, commit) = (app.clone(), commit.clone());
        move |q: String| {
            text.set(q.clone());
            app.typed.set(Some(q));
            cancel_pending();
            let handle = set_timeout_with_handle(commit.clone(), URL_AFTER_PAUSE).ok();
            pending.set_value(handle);
        }
    };
    on_cleanup(cancel_pending);
    let on_input = {
        let search = search.clone();
        move |ev| search(event_target_value(&ev))
    };
    let on_keydown = {
        let commit = commit.clone();
        move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                search(String::new());
                commit();
            }
            "Enter" => commit(),
            _ => {}
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for=SEARCH_INPUT_ID class="visually-hidden">
                "Search titles, article text and quotes"
            </label>
            <input
                id=SEARCH_INPUT_ID
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-keyshortcuts="/"
                placeholder="Search… (press / )"
                maxlength=ashraf_core::query::MAX_QUERY_CHARS
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_keydown
                on:blur=move |_| commit()
            />
            <p class="search-hint">"Words match their beginnings; use \"quotes\" for an exact phrase. Esc clears."</p>
        </form>
    }
}
