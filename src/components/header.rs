//! The top bar: the app's name (a link to the unfiltered explorer), search, offline state.
//! Also installs the global keyboard shortcuts.

use crate::app::use_app;
use crate::components::offline_indicator::OfflineIndicator;
use crate::components::search_box::{focus_search, SearchBox};
use ashraf_core::query::{View, ViewState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let current = Memo::new(move |_| state.with(|s| s.view));
    let home = app.href(&ViewState::default());
    let link = move |view: View, label: &'static str| {
        let href = view_href(&app, view);
        view! {
            <a class="nav-link" href=href
                aria-current=move || (current.get() == view).then_some("page")>{label}</a>
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-mark" aria-hidden="true"></span>
                "Ashraf Explorer"
            </a>
            <SearchBox/>
            <nav class="site-nav" aria-label="Views">
                {link(View::Map, "Map")}
                {link(View::Wall, "Quotes")}
                {link(View::Timeline, "Timeline")}
                {link(View::Claims, "Claims")}
                {link(View::Import, "Your articles")}
            </nav>
            <OfflineIndicator/>
        </header>
    }
}

/// A link to `view` with the current search and filters.
fn view_href(app: &crate::app::AppState, view: View) -> impl Fn() -> String + 'static {
    let app = app.clone();
    move || {
        let mut s = app.state.get().explorer();
        s.view = view;
        app.href(&s)
    }
}

/// `/` focuses the search box from anywhere except while typing in a field.
pub fn install_shortcuts() {
    let handle = window_event_listener(ev::keydown, |event| {
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.is_content_editable()
            });
        if !typing {
            event.prevent_default();
            focus_search();
        }
    });
    on_cleanup(move || handle.remove());
}
