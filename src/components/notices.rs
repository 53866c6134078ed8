//! Small, dismissible notices about URL parameters that were dropped.

use crate::app::use_app;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let notices = use_app().notices;
    view! {
        <div class="notices" role="status">
            <Show when=move || notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || {
                            notices
                                .get()
                                .into_iter()
                                .map(|n| view! { <li>{n.to_string()}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" class="notice-dismiss" on:click=move |_| notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            </Show>
        </div>
    }
}
