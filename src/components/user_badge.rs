//! The mark on everything the user imported (results, reader, copies).

use leptos::prelude::*;

#[component]
pub fn UserBadge() -> impl IntoView {
    view! {
        <span class="badge badge-user" title="You imported this; it is stored only in this browser">"Your import"</span>
    }
}
