//! Ashraf Explorer: the browser app. It loads the prepared corpus, indexes it, and shows the
//! views over it; all view state lives in the URL (see `ashraf_core::query`).

mod app;
mod components;
mod download;
mod load;
mod schedule;
mod storage;
mod user_worker;
mod wording;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
