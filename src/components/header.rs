//! The top bar: the app's name (a link to the unfiltered explorer), search, offline state.
//! Also installs the global keyboard shortcuts.

use crate::app::use_app;
use crate::components::offline_indicator::OfflineIndicator;
use crate::components::search_box::{focus_search, SearchBox};
use ashraf_core::query::ViewState;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    view! {
        <header class="site-header">
            <a class="brand" href=app.href(&ViewState::default())>
                <span class="brand-mark" aria-hidden="true"></span>
                "Ashraf Explorer"
            </a>
            <SearchBox/>
            <a class="nav-map" href={
                let app = app.clone();
                move || {
                let mut s = app.state.get().explorer();
                s.view = ashraf_core::query::View::Map;
                app.href(&s)
            }}>"Map"</a>
            <a class="nav-import" href=move || {
                let mut s = app.state.get().explorer();
                s.view = ashraf_core::query::View::Import;
                app.href(&s)
            }>"Your articles"</a>
            <OfflineIndicator/>
        </header>
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
