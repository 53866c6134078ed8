//! Notices about the user's own articles: stored records that were skipped, storage that
//! could not be read, and the result of the last import, delete or restore.

use crate::app::{use_loaded, use_user_data};
use leptos::prelude::*;

#[component]
pub fn UserNotices() -> impl IntoView {
    let loaded = use_loaded();
    let flash = use_user_data().flash;
    let skipped = RwSignal::new(loaded.notices.clone());
    view! {
        <div class="notices user-notices" role="status">
            <Show when=move || skipped.with(|n| !n.is_empty())>
                <div class="notice notice-warning">
                    <ul>{move || skipped.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" class="notice-dismiss" on:click=move |_| skipped.set(Vec::new())>"Dismiss"</button>
                </div>
            </Show>
            {move || flash.get().map(|message| view! {
                <div class="notice">
                    <p>{message}</p>
                    <button type="button" class="notice-dismiss" on:click=move |_| flash.set(None)>"Dismiss"</button>
                </div>
            })}
        </div>
    }
}
