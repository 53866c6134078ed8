//! Giving the browser a turn between pieces of long work, so that no single task holds the
//! main thread for long (issue 7: no task over 50 ms after the first paint). Indexing runs in
//! slices, and the secondary parts of the first screen render after it has painted.

use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Work done between two turns of the browser: well under the 50 ms of a long task, even on a
/// phone four times slower than a desktop.
const SLICE_MS: f64 = 8.0;

/// Times slices of long work: after about [`SLICE_MS`] of it, the browser gets a turn.
pub struct SliceClock {
    started: f64,
}

impl SliceClock {
    pub fn start() -> SliceClock {
        SliceClock {
            started: crate::load::now_ms(),
        }
    }

    /// Whether the current slice has used its time.
    pub fn due(&self) -> bool {
        crate::load::now_ms() - self.started >= SLICE_MS
    }

    /// Gives the browser a turn, then starts a new slice.
    pub async fn next_slice(&mut self) {
        yield_to_browser().await;
        self.started = crate::load::now_ms();
    }
}

/// Resolves in a new task: `scheduler.yield()` where the browser has it (the work then stays
/// ahead of other queued tasks), otherwise a zero-delay timer.
pub async fn yield_to_browser() {
    let promise = scheduler_yield().unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _reject| {
            let scheduled = web_sys::window()
                .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
                .unwrap_or(false);
            if !scheduled {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }
        })
    });
    let _ = JsFuture::from(promise).await;
}

fn scheduler_yield() -> Option<js_sys::Promise> {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).ok()?;
    let yield_now = js_sys::Reflect::get(&scheduler, &"yield".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    yield_now.call0(&scheduler).ok()?.dyn_into().ok()
}

/// Set once the app's first screen has painted; from then on [`AfterFirstPaint`] renders at
/// once.
static FIRST_SCREEN_PAINTED: AtomicBool = AtomicBool::new(false);

/// Set once the app's first screen is complete and the static one (`#boot`) is gone; from then
/// on [`CompletesFirstScreen`] renders at once.
static FIRST_SCREEN_BUILT: AtomicBool = AtomicBool::new(false);

/// The last part of the app's first screen: rendered in a task after the parts around it (the
/// header, the notices), so that building the first screen is split in two tasks of about
/// half the time (issue 7: in one task it was the longest of the start, about 20 ms of CPU
/// on a desktop and past 50 ms on a slow one). Until it is rendered, the static first screen
/// stays and `web/boot.css` keeps what the app has built hidden; then the static screen goes.
/// A rebuild later (after an import) renders at once.
#[component]
pub fn CompletesFirstScreen(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(FIRST_SCREEN_BUILT.load(Ordering::Relaxed));
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            yield_to_browser().await;
            ready.set(true);
        });
    }
    Effect::new(move |_| {
        if ready.get() {
            FIRST_SCREEN_BUILT.store(true, Ordering::Relaxed);
            crate::load::remove_boot_screen();
        }
    });
    move || ready.get().then(|| children())
}

/// Renders its children in a task of their own after the app's first screen has painted, so
/// the results are not held back by secondary parts (the filter lists, the naming charts).
/// Nested, each level waits for a task of its own (each filter group after the panel).
/// Whatever holds it must keep its place on the page (no layout shift when they appear).
#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(FIRST_SCREEN_PAINTED.load(Ordering::Relaxed));
    if !ready.get_untracked() {
        after_next_paint(move || {
            // Rendered before the flag is set: parts inside this one that wait too get tasks
            // of their own.
            ready.set(true);
            FIRST_SCREEN_PAINTED.store(true, Ordering::Relaxed);
        });
    }
    move || ready.get().then(|| children())
}

/// Runs `f` in a task after the next frame: what the current task changed has painted by then.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}
