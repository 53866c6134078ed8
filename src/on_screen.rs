//! Whether an element is on screen (an IntersectionObserver), so that parts below the fold can
//! skip work the user would not see.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// True while `target` (or the part of the page within `margin` of the viewport, a CSS margin
/// such as "400px") is visible. Starts false; without IntersectionObserver it is always true.
pub fn use_on_screen<E>(target: NodeRef<E>, margin: &'static str) -> ReadSignal<bool>
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (on_screen, set_on_screen) = signal(false);
    // The observer and its callback live as long as the component that asked.
    let observer =
        StoredValue::new_local(None::<(IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(element) = target.get() else {
            return;
        };
        let Some(element) = element.dyn_ref::<web_sys::Element>().cloned() else {
            return;
        };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The latest entry is the current state.
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
            {
                set_on_screen.set(entry.is_intersecting());
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(margin);
        match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
            Ok(o) => {
                o.observe(&element);
                observer.set_value(Some((o, callback)));
            }
            // No observer: always count as on screen, so nothing is ever left stale.
            Err(_) => set_on_screen.set(true),
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some((observer, _)) = o.take() {
                observer.disconnect();
            }
        })
    });
    on_screen
}
