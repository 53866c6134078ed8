//! The import worker: runs the corpus ingest on the user's documents off the main thread, so
//! the app's main module stays small and the page never blocks. Built by Trunk as a worker
//! (`data-type="worker"` in index.html).
//!
//! Protocol: it posts "ready" once started; each message is an array
//! `[request JSON, bundled corpus.json text, file bytes (Uint8Array) or undefined]` and gets one
//! reply, a `WorkerReply` as JSON text. All logic is `ashraf_core::ingest::handle_request`.

use ashraf_core::ingest::{handle_request, Knowledge};
use ashraf_core::user::{WorkerReply, WorkerRequest};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let knowledge = Knowledge::bundled();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = answer(&event.data(), knowledge.as_ref());
        let text = serde_json::to_string(&reply).unwrap_or_else(|_| {
            "{\"error\":\"the import worker could not write its answer\"}".to_owned()
        });
        let _ = reply_scope.post_message(&JsValue::from_str(&text));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

fn answer(data: &JsValue, knowledge: Result<&Knowledge, &String>) -> WorkerReply {
    let fail = |error: String| WorkerReply {
        error: Some(error),
        ..WorkerReply::default()
    };
    let knowledge = match knowledge {
        Ok(k) => k,
        Err(e) => return fail(format!("the import's data files are damaged: {e}")),
    };
    let parts = Array::from(data);
    let Some(request) = parts.get(0).as_string() else {
        return fail("malformed request".into());
    };
    let request: WorkerRequest = match serde_json::from_str(&request) {
        Ok(r) => r,
        Err(e) => return fail(format!("malformed request: {e}")),
    };
    let corpus = parts.get(1).as_string().unwrap_or_default();
    let bytes = parts
        .get(2)
        .dyn_into::<Uint8Array>()
        .map(|b| b.to_vec())
        .unwrap_or_default();
    handle_request(&request, &corpus, &bytes, knowledge)
}
