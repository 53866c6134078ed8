//! The search box. Typing searches as you go; the text lives in the URL (`q`).

use crate::app::{use_app, use_go};
use crate::load::document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const SEARCH_INPUT_ID: &str = "search";

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
    let search = move |q: String| {
        let current = app.state.get_untracked();
        // The first keystroke of a new search is a history entry; the next ones refine it.
        let next = current.searching(&q);
        let replace = next.view == current.view && !current.q.is_empty();
        go(next, replace);
    };
    let on_input = {
        let search = search.clone();
        move |ev| {
            let q = event_target_value(&ev);
            text.set(q.clone());
            search(q);
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            text.set(String::new());
            search(String::new());
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
            />
            <p class="search-hint">"Words match their beginnings; use \"quotes\" for an exact phrase. Esc clears."</p>
        </form>
    }
}
