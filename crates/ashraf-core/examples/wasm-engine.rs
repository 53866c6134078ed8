//! The search engine alone, as a plain WebAssembly module (no wasm-bindgen), so that the
//! browser benchmark (`scripts/bench-browser.mjs`) can time `Corpus::from_json` + `Index::new`
//! and `Index::search` in Chromium side by side with MiniSearch, on the same page and data.
//! Never part of the app.
//!
//!   cargo build --release -p ashraf-core --example wasm-engine --target wasm32-unknown-unknown
//!
//! Exports: `alloc(len)` gives a buffer to write UTF-8 into; `load(ptr, len)` parses a
//! corpus.json and indexes it (1 on success); `search(ptr, len)` runs a URL query string
//! (`q=…&place=…`: hits, live facet counts, months) and returns the number of hits.

use ashraf_core::index::Index;
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use std::cell::RefCell;

thread_local! {
    static INDEX: RefCell<Option<Index>> = const { RefCell::new(None) };
}

/// A buffer of `len` bytes that the caller fills and then passes to `load` or `search`, which
/// take ownership of it.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len);
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

fn take(ptr: *mut u8, len: usize) -> String {
    // SAFETY: `ptr` comes from `alloc(len)` and the caller wrote `len` bytes into it.
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    String::from_utf8_lossy(&bytes).into_owned()
}

#[no_mangle]
pub extern "C" fn load(ptr: *mut u8, len: usize) -> u32 {
    let text = take(ptr, len);
    match Corpus::from_json(&text) {
        Ok(corpus) => {
            INDEX.with(|i| *i.borrow_mut() = Some(Index::new(corpus)));
            1
        }
        Err(_) => 0,
    }
}

#[no_mangle]
pub extern "C" fn search(ptr: *mut u8, len: usize) -> u32 {
    let query = take(ptr, len);
    let (state, _) = ViewState::from_query_string(&query);
    INDEX.with(|i| {
        i.borrow().as_ref().map_or(0, |index| {
            let results = std::hint::black_box(index.search(&state));
            results.hits.len() as u32
        })
    })
}
