//! The app shell: loading, the router, the shared state and the choice of view.
//!
//! Routing is by query string only (`?view=…&article=…&q=…`), never by path, so that the app
//! works from any sub-path of any static host and a deep link never needs a server rewrite.
//! To add a view: a variant in `ashraf_core::query::View` and an arm in [`CurrentView`].

use crate::components::explorer::Explorer;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::components::reader::Reader;
use crate::load::{load_corpus, remove_boot_screen, set_boot_message, Loaded};
use ashraf_core::index::{Index, SearchResults};
use ashraf_core::query::{Notice, View, ViewState};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Everything the views share, provided through context.
#[derive(Clone)]
pub struct AppState {
    pub index: Arc<Index>,
    /// The view state read from the URL, with unknown articles / values dropped.
    pub state: Memo<ViewState>,
    /// Results of the current search and filters (independent of the open article).
    pub results: Memo<SearchResults>,
    /// Parameters dropped from the URL, until the user dismisses them.
    pub notices: RwSignal<Vec<Notice>>,
    /// The search being typed, ahead of the URL: results follow every keystroke, the URL is
    /// written when typing pauses (see `search_box`). Any navigation drops it.
    pub typed: RwSignal<Option<String>>,
    /// The view state of the URL alone.
    url_state: Memo<ViewState>,
    /// The document path the app lives at; links change only the query string.
    path: Arc<str>,
}

impl AppState {
    /// The view state as the URL has it (without a search still being typed).
    pub fn committed_state(&self) -> ViewState {
        self.url_state.try_get_untracked().unwrap_or_default()
    }

    pub fn href(&self, state: &ViewState) -> String {
        let query = state.to_query_string();
        if query.is_empty() {
            self.path.to_string()
        } else {
            format!("{}?{query}", self.path)
        }
    }
}

pub fn use_app() -> AppState {
    // Provided by `Ready` before any view exists; a missing context is a programming error
    // caught by every e2e test, not something data can cause.
    expect_context::<AppState>()
}

/// Navigates to `state`. `replace` keeps typing from filling the history.
pub fn use_go() -> impl Fn(ViewState, bool) + Clone + 'static {
    let navigate = use_navigate();
    let app = use_app();
    move |state: ViewState, replace: bool| {
        navigate(
            &app.href(&state),
            NavigateOptions {
                replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        )
    }
}

/// Rebuilding the corpus after the user's articles changed, provided by [`App`] (it outlives
/// the views, which are rebuilt with the new index).
#[derive(Clone, Copy)]
pub struct UserData {
    load: RwSignal<Load>,
    /// A message about the last change ("Saved …"), shown after the rebuild.
    pub flash: RwSignal<Option<String>>,
}

impl UserData {
    /// Reloads the stored articles and rebuilds the index, then shows `flash`.
    pub fn reload(self, flash: String) {
        let text = self.load.with_untracked(|l| match l {
            Load::Ready(loaded) => Some(loaded.corpus_text.clone()),
            _ => None,
        });
        leptos::task::spawn_local(async move {
            match load_corpus(text).await {
                Ok(loaded) => {
                    self.flash.set(Some(flash));
                    self.load.set(Load::Ready(Arc::new(loaded)));
                }
                Err(message) => self.flash.set(Some(message)),
            }
        });
    }
}

pub fn use_user_data() -> UserData {
    expect_context::<UserData>()
}

/// The loaded corpus with the user's records (for the import, export and backup views).
pub fn use_loaded() -> Arc<Loaded> {
    expect_context::<Arc<Loaded>>()
}

#[derive(Clone)]
enum Load {
    Loading,
    Ready(Arc<Loaded>),
    Failed(String),
}

#[component]
pub fn App() -> impl IntoView {
    let load = RwSignal::new(Load::Loading);
    provide_context(UserData {
        load,
        flash: RwSignal::new(None),
    });
    set_boot_message("Loading the articles…");
    leptos::task::spawn_local(async move {
        load.set(match load_corpus(None).await {
            Ok(loaded) => Load::Ready(Arc::new(loaded)),
            Err(message) => Load::Failed(message),
        });
    });
    // An error replaces the static first screen at once; a loaded corpus replaces it once its
    // first screen is complete (see `CompletesFirstScreen` in `Ready`).
    Effect::new(move |_| {
        if matches!(load.get(), Load::Failed(_)) {
            remove_boot_screen();
        }
    });
    move || match load.get() {
        // The static first screen from index.html is still showing.
        Load::Loading => ().into_any(),
        Load::Ready(loaded) => view! { <Router><Ready loaded/></Router> }.into_any(),
        Load::Failed(message) => view! { <LoadError message/> }.into_any(),
    }
}

#[component]
fn LoadError(message: String) -> impl IntoView {
    view! {
        <main class="load-error" role="alert">
            <h1>"The articles could not be loaded"</h1>
            <p>{message}</p>
            <p>"Check your connection and reload the page. If it keeps failing, the site's data file may be damaged."</p>
            <button type="button" on:click=|_| reload()>"Reload"</button>
        </main>
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

#[component]
fn Ready(loaded: Arc<Loaded>) -> impl IntoView {
    let index = loaded.index.clone();
    provide_context(loaded.clone());
    let location = use_location();
    let path: Arc<str> = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
        .into();
    let parse = {
        let index = index.clone();
        move |search: &str| {
            let (mut state, mut notices) = ViewState::from_query_string(search);
            notices.extend(index.sanitize(&mut state));
            notices.extend(ashraf_core::quote_wall::sanitize(
                index.corpus(),
                &mut state,
            ));
            (state, notices)
        }
    };
    let typed = RwSignal::new(None::<String>);
    let url_state = Memo::new({
        let parse = parse.clone();
        move |_| location.search.with(|s| parse(s).0)
    });
    let state = Memo::new(move |_| match typed.get() {
        Some(q) => url_state.with(|s| s.searching(&q)),
        None => url_state.get(),
    });
    // A navigation (a link, back / forward, the typed search written to the URL) replaces
    // what was being typed.
    Effect::new(move |previous: Option<()>| {
        location.search.track();
        if previous.is_some() {
            typed.set(None);
        }
    });
    let search_state = Memo::new(move |_| state.with(ViewState::explorer));
    let results = Memo::new({
        let index = index.clone();
        move |_| search_state.with(|s| index.search(s))
    });
    let notices = RwSignal::new(Vec::new());
    let app = AppState {
        index,
        state,
        results,
        notices,
        typed,
        url_state,
        path,
    };
    provide_context(app.clone());

    // A URL with unusable parameters: tell the user, then show the cleaned URL.
    let navigate = use_navigate();
    Effect::new(move |_| {
        let (clean, dropped) = location.search.with(|s| parse(s));
        if !dropped.is_empty() {
            notices.set(dropped);
            navigate(
                &app.href(&clean),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
        }
    });
    crate::components::header::install_shortcuts();

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_content>"Skip to content"</a>
        <Header/>
        <Notices/>
        <crate::components::user_notices::UserNotices/>
        <main id="main" tabindex="-1" data-index-ms=format!("{:.1}", loaded.index_ms)>
            <crate::schedule::CompletesFirstScreen><CurrentView/></crate::schedule::CompletesFirstScreen>
        </main>
    }
}

/// Moves focus to the main content. Done by hand: the router handles `#main` links as
/// navigation and would not move the focus.
fn skip_to_content(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    let main = crate::load::document()
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

#[component]
fn CurrentView() -> impl IntoView {
    let app = use_app();
    let view = Memo::new(move |_| app.state.with(|s| s.view));
    move || match view.get() {
        View::Explorer => view! { <Explorer/> }.into_any(),
        View::Reader => view! { <Reader/> }.into_any(),
        View::Map => view! { <crate::components::map::map_view::MapView/> }.into_any(),
        View::Timeline => view! { <crate::components::timeline_view::TimelineView/> }.into_any(),
        View::Claims => view! { <crate::components::claims_view::ClaimsView/> }.into_any(),
        View::Wall => view! { <crate::components::quote_wall::QuoteWallView/> }.into_any(),
        View::Import => view! { <crate::components::import_view::ImportView/> }.into_any(),
    }
}
