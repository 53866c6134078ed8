//! Import: paste text or choose / drop a .txt, .html or .json file. The ingest runs in the
//! import worker; its result goes to the review step before anything is stored.

use crate::app::use_loaded;
use crate::components::import_review::ImportReview;
use ashraf_core::user::{Draft, WorkerRequest, MAX_IMPORT_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn ImportForm() -> impl IntoView {
    let loaded = use_loaded();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<(Vec<Draft>, Vec<String>)>);
    let pasted = RwSignal::new(String::new());
    let ingest = StoredValue::new(move |name: String, bytes: Vec<u8>| {
        let loaded = loaded.clone();
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let request = WorkerRequest {
                op: "ingest".into(),
                name,
                records: loaded.records.clone(),
                ..WorkerRequest::default()
            };
            match crate::user_worker::call(&request, &loaded.corpus_text, Some(&bytes)).await {
                Ok(reply) => match reply.error {
                    Some(e) => error.set(Some(e)),
                    None if reply.drafts.is_empty() => {
                        error.set(Some("No article text was found.".into()))
                    }
                    None => pending.set(Some((reply.drafts, reply.records))),
                },
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    });
    let on_file = move |event: leptos::ev::Event| {
        let file = take_chosen_file(&event);
        if let Some(file) = file {
            leptos::task::spawn_local(async move {
                match read_file(&file).await {
                    Ok(bytes) => ingest.with_value(|f| f(file.name(), bytes)),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let on_paste = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            error.set(Some("Paste the text of an article first.".into()));
            return;
        }
        let stamp: String = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default()
            .chars()
            .take(16)
            .collect();
        ingest.with_value(|f| f(format!("pasted text {stamp}"), text.into_bytes()));
    };
    let on_close = Callback::new(move |_: ()| pending.set(None));
    view! {
        <section class="import-panel" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            {move || match pending.get() {
                Some((drafts, records)) => view! { <ImportReview drafts records on_close/> }.into_any(),
                None => view! {
                    <div class="import-inputs">
                        <div class="import-file">
                            <label for="import-file-input">"A file (.txt, .html or .json in the corpus.json format, up to 5 MiB)"</label>
                            <input id="import-file-input" type="file" class="drop-zone"
                                accept=".txt,.text,.html,.htm,.json,text/plain,text/html,application/json"
                                prop:disabled=busy on:change=on_file/>
                            <p class="muted">"Choose a file or drop it on the field."</p>
                        </div>
                        <form class="import-paste" on:submit=on_paste>
                            <label for="import-text">"Or paste the text of an article"</label>
                            <textarea id="import-text" rows="8" prop:value=pasted
                                on:input=move |e| pasted.set(event_target_value(&e))></textarea>
                            <button type="submit" prop:disabled=busy>"Read the pasted text"</button>
                        </form>
                    </div>
                }.into_any(),
            }}
            <p class="import-status" role="status">{move || busy.get().then_some("Reading the article…")}</p>
            {move || error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
        </section>
    }
}

/// The file chosen in a file input's change event. The input is emptied, so that choosing the
/// same file again fires another change.
pub fn take_chosen_file(event: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The bytes of a chosen file, refusing files over the limit before reading them.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(format!(
            "“{}” is {size} bytes; files larger than {MAX_IMPORT_BYTES} bytes (5 MiB) are refused.",
            file.name()
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{}” could not be read.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
