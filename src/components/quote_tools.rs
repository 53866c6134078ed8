//! The quote wall's shared state and its two browser services: the clipboard and file
//! downloads (`crate::download`).

use ashraf_core::quote_wall::QuoteWall;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// What the wall's cards share, through context.
#[derive(Clone)]
pub struct WallContext {
    pub wall: Arc<QuoteWall>,
    /// The last copy or export, said in a live region; `true` when it needs attention.
    pub status: RwSignal<Option<(String, bool)>>,
}

pub fn use_wall() -> WallContext {
    // Provided by the wall view before any card exists.
    expect_context::<WallContext>()
}

impl WallContext {
    /// Copies `text` and says how it went; a refusal shows the text so it can be copied by hand.
    pub fn copy(&self, what: &'static str, text: String) {
        let status = self.status;
        leptos::task::spawn_local(async move {
            if write_clipboard(&text).await {
                let message = format!("{what} copied to the clipboard.");
                status.set(Some((message.clone(), false)));
                // The confirmation goes away unless something newer replaced it.
                set_timeout(
                    move || {
                        if status.with_untracked(|s| s.as_ref().is_some_and(|(m, _)| *m == message))
                        {
                            status.set(None);
                        }
                    },
                    Duration::from_secs(5),
                );
            } else {
                status.set(Some((
                    format!("The browser did not allow copying. Select the {} and copy it yourself: {text}", what.to_lowercase()),
                    true,
                )));
            }
        });
    }

    /// Saves `text` as a file and says so.
    pub fn download(&self, name: &str, mime: &str, text: &str) {
        let done = crate::download::save_file(name, mime, text).is_ok();
        self.status.set(Some(if done {
            (format!("Saved {name}."), false)
        } else {
            (format!("The browser could not save {name}."), true)
        }));
    }
}

async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Outside a secure context there is no clipboard object at all.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
