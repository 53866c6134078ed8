//! Any bytes as a raw page: the ingest never panics, and whatever it accepts keeps the corpus
//! invariants (quotes and mentions are verbatim, at char boundaries, inside their paragraph).
#![no_main]

use ashraf_core::ingest::{build_corpus, InputFile, Knowledge};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| Knowledge::bundled().expect("the bundled data files parse"))
}

fuzz_target!(|bytes: &[u8]| {
    let file = InputFile {
        name: "fuzz.html".to_owned(),
        bytes: bytes.to_vec(),
    };
    let Ok(corpus) = build_corpus(&[file], knowledge()) else {
        return;
    };
    for quote in &corpus.quotes {
        let article = corpus
            .article(&quote.article)
            .expect("quote of a known article");
        let paragraph = &article.paragraphs[quote.paragraph];
        let end = quote.start + quote.text.len();
        assert_eq!(paragraph.get(quote.start..end), Some(quote.text.as_str()));
    }
    for article in &corpus.articles {
        assert!(!article.id.is_empty() && !article.title.is_empty());
        for mention in &article.mentions {
            let paragraph = &article.paragraphs[mention.paragraph];
            assert!(mention.start < mention.end);
            assert!(paragraph.get(mention.start..mention.end).is_some());
        }
    }
});
