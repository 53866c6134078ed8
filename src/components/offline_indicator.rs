//! Says so when the browser is offline (the app keeps working from its stored copy).

use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let online = RwSignal::new(
        web_sys::window()
            .map(|w| w.navigator().on_line())
            .unwrap_or(true),
    );
    let on = window_event_listener(ev::online, move |_| online.set(true));
    let off = window_event_listener(ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <p class="offline" role="status" hidden=move || online.get()>
            "Offline — using the copy stored on this device"
        </p>
    }
}
