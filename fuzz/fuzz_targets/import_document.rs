//! Any bytes as a file the user imports (the worker's `import_document`), as `.html`, `.txt` or
//! `.json` by the first byte: it never panics, and every record it returns is valid (`validate`:
//! quotes and mentions verbatim at char boundaries) with an id the base corpus does not have.
#![no_main]

use ashraf_core::ingest::{import_document, Knowledge};
use ashraf_core::model::Corpus;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| Knowledge::bundled().expect("the bundled data files parse"))
}

fn base() -> &'static Corpus {
    static BASE: OnceLock<Corpus> = OnceLock::new();
    BASE.get_or_init(|| {
        Corpus::from_json(include_str!("../../public/data/corpus.json"))
            .expect("the committed corpus parses")
    })
}

fuzz_target!(|input: &[u8]| {
    let (name, bytes) = match input.split_first() {
        Some((b, rest)) if b % 3 == 1 => ("fuzz.txt", rest),
        Some((b, rest)) if b % 3 == 2 => ("fuzz.json", rest),
        Some((_, rest)) => ("fuzz.html", rest),
        None => ("fuzz.html", input),
    };
    let Ok(records) = import_document(name, bytes, base(), knowledge()) else {
        return;
    };
    for r in &records {
        r.validate().expect("import_document returns valid records");
        assert!(base().article(r.id()).is_none(), "a new id");
    }
});
