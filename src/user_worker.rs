//! The import worker (crates/ingest-worker, built by Trunk as `ingest-worker_loader.js`): the
//! corpus ingest runs there, off the main thread and outside the main module. One worker is
//! started on first use and kept; requests are answered one at a time.

use ashraf_core::user::{parse_record, WorkerReply, WorkerRequest};
use js_sys::{Array, Promise, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Relative, so it resolves against the document base (sub-path deploys).
const WORKER_URL: &str = "ingest-worker_loader.js";

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Sends one request; `corpus` is the bundled corpus.json text, `bytes` the file to ingest.
pub async fn call(
    request: &WorkerRequest,
    corpus: &str,
    bytes: Option<&[u8]>,
) -> Result<WorkerReply, String> {
    let worker = match WORKER.with(|w| w.borrow().clone()) {
        Some(worker) => worker,
        None => {
            let worker = Worker::new(WORKER_URL)
                .map_err(|_| "the import worker could not be started".to_owned())?;
            let ready = next_message(&worker);
            ready.await?;
            WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
            worker
        }
    };
    let text = serde_json::to_string(request).map_err(|e| e.to_string())?;
    let message = Array::of3(
        &JsValue::from_str(&text),
        &JsValue::from_str(corpus),
        &bytes.map_or(JsValue::UNDEFINED, |b| Uint8Array::from(b).into()),
    );
    let answer = next_message(&worker);
    worker
        .post_message(&message)
        .map_err(|_| "the import worker could not be reached".to_owned())?;
    let reply = answer.await;
    if reply.is_err() {
        // A worker that failed is not reused.
        worker.terminate();
        WORKER.with(|w| *w.borrow_mut() = None);
    }
    serde_json::from_str(&reply?).map_err(|e| format!("the import worker answered badly: {e}"))
}

/// Sends a request whose reply is records to keep (save, restore) and stores them all in one
/// transaction; the number stored. Nothing is stored when any part fails.
pub async fn store_records(request: &WorkerRequest, corpus: &str) -> Result<usize, String> {
    let reply = call(request, corpus, None).await?;
    if let Some(e) = reply.error {
        return Err(e);
    }
    let keyed = reply
        .records
        .into_iter()
        .map(|json| parse_record(&json).map(|r| (r.article.id, json)))
        .collect::<Result<Vec<_>, _>>()?;
    crate::storage::put_all(&keyed).await?;
    Ok(keyed.len())
}

/// The next message of the worker (as text), or an error when the worker fails.
fn next_message(worker: &Worker) -> impl std::future::Future<Output = Result<String, String>> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            event.prevent_default();
            let _ = reject.call0(&JsValue::NULL);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    async move {
        JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| {
                "the import worker stopped (its files may be missing from this site)".to_owned()
            })
    }
}
