//! Export of the current results (corpus.json format or CSV), and backup / restore of the
//! user's imported articles. Files are made in the import worker and downloaded from a Blob.

use crate::app::{use_app, use_loaded, use_user_data};
use crate::components::import_form::{read_file, take_chosen_file};
use crate::wording::plural;
use ashraf_core::user::{backup_json, WorkerRequest};
use leptos::prelude::*;

#[component]
pub fn ExportPanel() -> impl IntoView {
    let app = use_app();
    let loaded = use_loaded();
    let user = use_user_data();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| app.results.with(|r| r.hits.len()));
    let download = move |text: &str, name: &str, mime: &str| {
        if crate::download::save_file(name, mime, text).is_err() {
            error.set(Some(format!("The browser could not save {name}.")));
        }
    };
    let export = {
        let loaded = loaded.clone();
        move |format: &'static str| {
            let ids: Vec<String> = app.results.with_untracked(|r| {
                r.hits
                    .iter()
                    .filter_map(|h| app.index.article(h.doc).map(|a| a.id.clone()))
                    .collect()
            });
            let request = WorkerRequest {
                op: "export".into(),
                records: loaded.records.clone(),
                ids,
                format: format.into(),
                ..WorkerRequest::default()
            };
            let loaded = loaded.clone();
            busy.set(true);
            error.set(None);
            leptos::task::spawn_local(async move {
                let reply = crate::user_worker::call(&request, &loaded.corpus_text, None).await;
                busy.set(false);
                match reply.map(|r| (r.error, r.output)) {
                    Ok((None, output)) if format == "csv" => {
                        download(&output, "ashraf-explorer-articles.csv", "text/csv")
                    }
                    Ok((None, output)) => {
                        download(&output, "ashraf-explorer-articles.json", "application/json")
                    }
                    Ok((Some(e), _)) | Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let export_csv = export.clone();
    let backup = {
        let loaded = loaded.clone();
        move |_| {
            let records: Vec<&str> = loaded.records.iter().map(String::as_str).collect();
            download(
                &backup_json(&records),
                "ashraf-explorer-backup.json",
                "application/json",
            );
        }
    };
    let has_records = !loaded.records.is_empty();
    let on_restore = move |event: leptos::ev::Event| {
        let file = take_chosen_file(&event);
        let Some(file) = file else { return };
        let loaded = loaded.clone();
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = async {
                let bytes = read_file(&file).await?;
                let request = WorkerRequest {
                    op: "restore".into(),
                    text: String::from_utf8(bytes)
                        .map_err(|_| "the backup is not UTF-8 text".to_owned())?,
                    ..WorkerRequest::default()
                };
                crate::user_worker::store_records(&request, &loaded.corpus_text).await
            }
            .await;
            busy.set(false);
            match result {
                Ok(n) => user.reload(format!(
                    "Restored {n} article{} from the backup.",
                    plural(n)
                )),
                Err(e) => error.set(Some(format!("Nothing was restored: {e}"))),
            }
        });
    };
    view! {
        <section class="export-panel" aria-labelledby="export-heading">
            <h2 id="export-heading">"Export and back up"</h2>
            <p>{move || format!("Export the {} article{} of the current search and filters:", count.get(), plural(count.get()))}</p>
            <div class="export-actions">
                <button type="button" prop:disabled=busy on:click=move |_| export("json")>"Export JSON (corpus.json format)"</button>
                <button type="button" prop:disabled=busy on:click=move |_| export_csv("csv")>"Export CSV"</button>
            </div>
            <p>"A backup holds all your imported articles in one file; restoring it brings them back into this or another browser."</p>
            <div class="export-actions">
                <button type="button" prop:disabled=move || busy.get() || !has_records on:click=backup>"Download a backup"</button>
                <label class="file-button" for="restore-input">"Restore a backup"</label>
                <input id="restore-input" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_restore/>
            </div>
            {move || error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
        </section>
    }
}
