//! Fetching and preparing the bundled corpus.

use ashraf_core::index::Index;
use ashraf_core::model::Corpus;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Relative, so it resolves against the document base URL and sub-path deploys work.
pub const CORPUS_URL: &str = "data/corpus.json";

/// The loaded and indexed corpus, and how long indexing took (shown for transparency).
pub struct Loaded {
    pub index: Arc<Index>,
    pub index_ms: f64,
}

pub async fn load_corpus() -> Result<Loaded, String> {
    let text = fetch_text(CORPUS_URL).await?;
    set_boot_message("Indexing the articles…");
    let started = now_ms();
    let corpus = Corpus::from_json(&text)?;
    let index = Arc::new(Index::new(corpus));
    Ok(Loaded {
        index,
        index_ms: now_ms() - started,
    })
}

/// Downloads a text file of the site (a relative URL, so it follows the document base), with a
/// message naming the file when it cannot be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("could not download {url} (network error)"))?
        .dyn_into()
        .map_err(|_| "unexpected fetch result".to_owned())?;
    if !response.ok() {
        return Err(format!(
            "could not download {url} (HTTP {})",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response")?)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| format!("could not read {url}"))?;
    Ok(text)
}

/// Milliseconds from the page's time origin (0 when the browser gives no clock).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The static first screen in index.html stays up while the corpus loads; its text says what
/// is happening.
pub fn set_boot_message(message: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id("boot-message")) {
        element.set_text_content(Some(message));
    }
}

/// Removes the static first screen once the app's own screen is rendered.
pub fn remove_boot_screen() {
    if let Some(element) = document().and_then(|d| d.get_element_by_id("boot")) {
        element.remove();
    }
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
