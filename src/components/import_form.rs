//! Import: paste text or choose / drop .txt, .html or .json files, one or many. The ingest runs
//! in the import worker, a file at a time with a progress bar and a Cancel; the result goes to
//! the review step before anything is stored.

use crate::app::use_loaded;
use crate::components::import_review::ImportReview;
use ashraf_core::user::{too_large, Draft, WorkerRequest, MAX_IMPORT_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where a batch of files stands: file `done` of `total` is being read, named `current`.
#[derive(Clone, Debug, PartialEq)]
struct Progress {
    done: usize,
    total: usize,
    current: String,
}

/// What a batch gave: the drafts and records to review, and the files not imported with why.
#[derive(Clone, Default)]
struct Batch {
    drafts: Vec<Draft>,
    records: Vec<String>,
    problems: Vec<String>,
}

#[component]
pub fn ImportForm() -> impl IntoView {
    let loaded = use_loaded();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let progress = RwSignal::new(None::<Progress>);
    let cancel = RwSignal::new(false);
    let pending = RwSignal::new(None::<Batch>);
    let pasted = RwSignal::new(String::new());
    // Each input in turn through the worker. The records found so far go with every request,
    // so that the files of one batch get distinct ids and copies among them are recognised.
    let ingest = StoredValue::new(move |inputs: Vec<Input>| {
        let loaded = loaded.clone();
        busy.set(true);
        cancel.set(false);
        error.set(None);
        leptos::task::spawn_local(async move {
            let total = inputs.len();
            let mut batch = Batch::default();
            let mut read = 0;
            for (i, input) in inputs.into_iter().enumerate() {
                if cancel.get_untracked() {
                    break;
                }
                let name = input.name();
                progress.set(Some(Progress {
                    done: i,
                    total,
                    current: name.clone(),
                }));
                read += 1;
                let bytes = match input {
                    Input::File(file) => read_file(&file).await,
                    Input::Text(_, bytes) => Ok(bytes),
                };
                let outcome = match bytes {
                    Ok(bytes) => {
                        let request = WorkerRequest {
                            op: "ingest".into(),
                            name: name.clone(),
                            records: loaded
                                .records
                                .iter()
                                .chain(&batch.records)
                                .cloned()
                                .collect(),
                            ..WorkerRequest::default()
                        };
                        crate::user_worker::call(&request, &loaded.corpus_text, Some(&bytes)).await
                    }
                    Err(e) => Err(e),
                };
                match outcome {
                    Ok(reply) => match reply.error {
                        Some(e) => batch.problems.push(e),
                        None if reply.drafts.is_empty() => batch
                            .problems
                            .push(format!("{name}: no article text was found")),
                        None => {
                            batch.drafts.extend(reply.drafts);
                            batch.records.extend(reply.records);
                        }
                    },
                    Err(e) => batch.problems.push(e),
                }
            }
            if read < total {
                batch.problems.push(format!(
                    "Cancelled: {} of {total} files were not read.",
                    total - read
                ));
            }
            progress.set(None);
            busy.set(false);
            if batch.drafts.is_empty() {
                error.set(Some(batch.problems.join(" ")));
            } else {
                pending.set(Some(batch));
            }
        });
    });
    let on_file = move |event: leptos::ev::Event| {
        let files = take_chosen_files(&event);
        if !files.is_empty() {
            ingest.with_value(|f| f(files.into_iter().map(Input::File).collect()));
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
        ingest.with_value(|f| {
            f(vec![Input::Text(
                format!("pasted text {stamp}"),
                text.into_bytes(),
            )])
        });
    };
    let on_close = Callback::new(move |_: ()| pending.set(None));
    view! {
        <section class="import-panel" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            {move || match pending.get() {
                Some(b) => view! { <ImportReview drafts=b.drafts records=b.records problems=b.problems on_close/> }.into_any(),
                None => view! {
                    <div class="import-inputs">
                        <div class="import-file">
                            <label for="import-file-input">"Files (.txt, .html or .json in the corpus.json format, up to 5 MiB each)"</label>
                            <input id="import-file-input" type="file" class="drop-zone" multiple
                                accept=".txt,.text,.html,.htm,.xhtml,.json,text/plain,text/html,application/json"
                                prop:disabled=busy on:change=on_file/>
                            <p class="muted">"Choose one or many files (pages saved with “Save page as…”), or drop them on the field."</p>
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
            <div class="import-status" role="status">
                {move || progress.get().map(|p| view! {
                    <progress max=p.total value=p.done></progress>
                    <span class="import-progress-text" dir="auto">
                        {if p.total > 1 {
                            format!("Reading file {} of {}: {}", p.done + 1, p.total, p.current)
                        } else {
                            format!("Reading {}…", p.current)
                        }}
                    </span>
                    {(p.total > 1).then(|| view! {
                        <button type="button" class="secondary" prop:disabled=move || cancel.get()
                            on:click=move |_| cancel.set(true)>
                            {move || if cancel.get() { "Stopping after this file…" } else { "Cancel" }}
                        </button>
                    })}
                })}
            </div>
            {move || error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
        </section>
    }
}

/// One thing to import: a chosen file, or pasted text with the name it is stored under.
enum Input {
    File(web_sys::File),
    Text(String, Vec<u8>),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(f) => f.name(),
            Input::Text(name, _) => name.clone(),
        }
    }
}

/// Every file chosen in a file input's change event, in the order given. The input is emptied,
/// so that choosing the same files again fires another change.
fn take_chosen_files(event: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files();
    let out = files
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    out
}

/// The first file chosen in a file input's change event (the input is emptied). Written out
/// rather than as the first of `take_chosen_files`, which costs 0.5 KiB brotli of first-load code.
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
        return Err(format!("{}: {}", file.name(), too_large(size)));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{}” could not be read.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
