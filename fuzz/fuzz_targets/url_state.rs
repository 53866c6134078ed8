//! Any query string: parsing never panics, its notices are printable, and the state survives
//! a round trip through its own URL form unchanged (a shared link reproduces the view).
#![no_main]

use ashraf_core::query::ViewState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (state, notices) = ViewState::from_query_string(text);
    for notice in &notices {
        let _ = notice.to_string();
    }
    let url = state.to_query_string();
    let (again, notices_again) = ViewState::from_query_string(&url);
    assert_eq!(again, state, "round trip of {url:?}");
    assert!(
        notices_again.is_empty(),
        "own URL {url:?} gave notices {notices_again:?}"
    );
});
