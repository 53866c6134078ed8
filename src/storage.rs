//! The user's imported articles in the browser's IndexedDB: one record per article (its JSON
//! text, key = article id) in the object store `user-articles` of the database `ashraf-explorer`.
//! Writes happen in one transaction, so a failed import or restore (quota exceeded, storage
//! blocked) changes nothing.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "ashraf-explorer";
const DB_VERSION: u32 = 1;
const STORE: &str = "user-articles";

/// A stored value: the key, and the JSON text or why it is not text.
pub type Stored = (String, Result<String, String>);

/// Every stored record, in key order.
pub async fn load_all() -> Result<Vec<Stored>, String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readonly)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let keys = wait(&store.get_all_keys().map_err(describe)?).await?;
    let values = wait(&store.get_all().map_err(describe)?).await?;
    db.close();
    let keys = Array::from(&keys);
    let values = Array::from(&values);
    Ok(keys
        .iter()
        .zip(values.iter())
        .map(|(k, v)| {
            let key = k.as_string().unwrap_or_else(|| format!("{k:?}"));
            let value = v.as_string().ok_or_else(|| "not text".to_owned());
            (key, value)
        })
        .collect())
}

/// Stores records (id, JSON) all together or not at all.
pub async fn put_all(records: &[(String, String)]) -> Result<(), String> {
    write(|store| {
        for (id, json) in records {
            store
                .put_with_key(&JsValue::from_str(json), &JsValue::from_str(id))
                .map_err(describe)?;
        }
        Ok(())
    })
    .await
}

pub async fn delete(id: &str) -> Result<(), String> {
    write(|store| {
        store
            .delete(&JsValue::from_str(id))
            .map(drop)
            .map_err(describe)
    })
    .await
}

async fn write(
    fill: impl FnOnce(&web_sys::IdbObjectStore) -> Result<(), String>,
) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    if let Err(e) = fill(&store) {
        let _ = tx.abort();
        db.close();
        return Err(e);
    }
    let done = committed(&tx).await;
    db.close();
    done
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser gives the site no storage (IndexedDB is unavailable)")?;
    let request = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(describe)?;
    let upgrading = request.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(wait(&request).await?.unchecked_into())
}

/// The result of a request, or its error as a message.
async fn wait(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            event.prevent_default();
            let error = failed
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(describe)
}

/// Waits until a write transaction is committed; an abort (quota exceeded …) is an error.
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = failed.error().map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        // An error also aborts the transaction; report it once, from the abort.
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(drop).map_err(describe)
}

/// A storage error as a sentence a user can act on.
fn describe(error: JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => "the browser's storage for this site is full. Delete some of your articles or free space on the device, then try again".to_owned(),
        Some(e) => format!("the browser's storage refused ({}: {})", e.name(), e.message()),
        None => "the browser's storage failed".to_owned(),
    }
}
