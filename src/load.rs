//! Fetching and preparing the bundled corpus.

use crate::schedule::{yield_to_browser, SliceClock};
use ashraf_core::corpus_reader::CorpusReader;
use ashraf_core::index::{Index, IndexBuilder};
use ashraf_core::model::Corpus;
use ashraf_core::user::{merge_records, parse_record, UserRecord};
use ashraf_core::utf8_join::{NotUtf8, Utf8Join};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Relative, so it resolves against the document base URL and sub-path deploys work.
pub const CORPUS_URL: &str = "data/corpus.json";

/// The loaded and indexed corpus (bundled articles and the user's own), and how long indexing
/// took (shown for transparency).
pub struct Loaded {
    pub index: Arc<Index>,
    pub index_ms: f64,
    /// The bundled corpus.json as downloaded, kept for rebuilding and for the import worker.
    /// An `Arc<String>`, not `Arc<str>`: making an `Arc<str>` would copy the whole file once more.
    pub corpus_text: Arc<String>,
    /// The user's stored records that could be read, as stored (JSON), in storage order.
    pub records: Vec<String>,
    /// One line per stored record, for the list of the user's articles.
    pub user_items: Vec<UserItem>,
    /// Stored records that were skipped, and storage that could not be read.
    pub notices: Vec<String>,
}

/// One of the user's stored records.
#[derive(Clone)]
pub struct UserItem {
    pub id: String,
    pub title: String,
    pub file: String,
    /// The article it is a copy of (id), when it is one.
    pub copy_of: Option<String>,
}

/// Loads the bundled corpus (downloaded unless `text` is given), merges the user's stored
/// articles into it and builds the index.
pub async fn load_corpus(text: Option<Arc<String>>) -> Result<Loaded, String> {
    let text = match text {
        Some(text) => text,
        None => Arc::new(fetch_text(CORPUS_URL).await?),
    };
    set_boot_message("Indexing the articles…");
    // Each step below is a task of its own (see crate::schedule): the page stays responsive
    // and the boot message paints.
    yield_to_browser().await;
    let started = now_ms();
    let mut corpus = read_corpus(&text).await?;
    let (stored, mut notices) = read_user_records().await;
    let records: Vec<UserRecord> = stored.iter().map(|(_, r)| r.clone()).collect();
    notices.extend(merge_records(&mut corpus, &records));
    let user_items = records
        .iter()
        .map(|r| UserItem {
            id: r.article.id.clone(),
            title: r.article.title.clone(),
            file: r.source.file.clone(),
            copy_of: r.copy_of.clone(),
        })
        .collect();
    yield_to_browser().await;
    let index = Arc::new(build_index(corpus).await);
    // Rendering the first screen starts in a task of its own.
    yield_to_browser().await;
    Ok(Loaded {
        index,
        index_ms: now_ms() - started,
        corpus_text: text,
        records: stored.into_iter().map(|(json, _)| json).collect(),
        user_items,
        notices,
    })
}

/// Reads corpus.json a slice at a time (a scan for where its parts are, then the articles,
/// quotes, … a few at a time), giving the browser a turn between slices.
async fn read_corpus(text: &str) -> Result<Corpus, String> {
    let mut reader = CorpusReader::new(text);
    let mut clock = SliceClock::start();
    while reader.read(READ_AT_ONCE)? > 0 {
        if clock.due() {
            clock.next_slice().await;
        }
    }
    reader.finish()
}

/// Work done between two looks at the clock: 8 units of `CorpusReader::read` (a unit is 16 KiB
/// of the file scanned, or an article, quote, … read), a small part of a slice.
const READ_AT_ONCE: usize = 8;

/// Builds the index a slice of articles at a time, giving the browser a turn between slices,
/// and says how far it has got.
async fn build_index(corpus: Corpus) -> Index {
    let mut builder = IndexBuilder::new(corpus);
    let mut clock = SliceClock::start();
    while builder.add_articles(1) > 0 {
        if clock.due() {
            let (done, total) = builder.progress();
            set_boot_message(&format!("Indexing the articles… {done} of {total}"));
            clock.next_slice().await;
        }
    }
    builder.finish()
}

/// The readable stored records (with their JSON) and a notice for each one that is not.
async fn read_user_records() -> (Vec<(String, UserRecord)>, Vec<String>) {
    let stored = match crate::storage::load_all().await {
        Ok(stored) => stored,
        Err(e) => {
            return (
                Vec::new(),
                vec![format!(
                    "Your imported articles could not be read ({e}); only the bundled articles are shown."
                )],
            )
        }
    };
    let mut records = Vec::new();
    let mut notices = Vec::new();
    for (key, value) in stored {
        let record = value.and_then(|json| {
            let record = parse_record(&json)?;
            if record.id() != key {
                return Err(format!("stored under “{key}” but holds “{}”", record.id()));
            }
            Ok((json, record))
        });
        match record {
            Ok(r) => records.push(r),
            Err(reason) => notices.push(format!(
                "A stored article (“{}”) could not be read and was skipped: {reason}.",
                key.chars().take(80).collect::<String>()
            )),
        }
    }
    (records, notices)
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
    // The bytes as they arrive, not `text()` or `arrayBuffer()`: a JS string would be decoded
    // to UTF-16 and encoded back to UTF-8 on the way into wasm, and either way the whole file
    // would be put together and copied in single tasks (over 100 ms for a 66 MB corpus;
    // issue 7).
    let body = response
        .body()
        .ok_or_else(|| format!("could not read {url}"))?;
    let chunks = read_in_slices(&body)
        .await
        .ok_or_else(|| format!("could not read {url} (the download was cut)"))?;
    join_in_slices(chunks)
        .await
        .map_err(|_| format!("{url} is not UTF-8 text"))
}

/// Reads a response body chunk by chunk into wasm memory, giving the browser a turn between
/// slices of the work. The chunks stay apart: one buffer growing with them copied all of it
/// again at each doubling. None when the stream fails.
async fn read_in_slices(body: &web_sys::ReadableStream) -> Option<Vec<Vec<u8>>> {
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().dyn_into().ok()?;
    let mut chunks = Vec::new();
    let mut clock = SliceClock::start();
    loop {
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok()?;
        if done.as_bool() != Some(false) {
            return Some(chunks);
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        chunks.push(value.to_vec());
        if clock.due() {
            clock.next_slice().await;
        }
    }
}

/// The chunks as one text, checked as UTF-8 a chunk at a time (`Utf8Join`), giving the browser
/// a turn between slices.
async fn join_in_slices(chunks: Vec<Vec<u8>>) -> Result<String, NotUtf8> {
    let mut text = Utf8Join::with_capacity(chunks.iter().map(Vec::len).sum());
    let mut clock = SliceClock::start();
    for chunk in chunks {
        text.push(&chunk)?;
        if clock.due() {
            clock.next_slice().await;
        }
    }
    text.finish()
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
/// Removes the static first screen and tells `public/boot.js` (`ashraf:first-screen`), which
/// then registers the service worker.
pub fn remove_boot_screen() {
    if let Some(element) = document().and_then(|d| d.get_element_by_id("boot")) {
        element.remove();
        let event = web_sys::Event::new("ashraf:first-screen");
        if let (Some(window), Ok(event)) = (web_sys::window(), event) {
            let _ = window.dispatch_event(&event);
        }
    }
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
