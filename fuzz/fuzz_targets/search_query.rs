//! Any URL state over the real corpus: sanitising and searching never panic, and every match
//! range and snippet highlight falls on char boundaries of the text it marks.
#![no_main]

use ashraf_core::index::{Index, SearchQuery};
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let text = include_str!("../../public/data/corpus.json");
        Index::new(Corpus::from_json(text).expect("the committed corpus parses"))
    })
}

fuzz_target!(|text: &str| {
    let index = index();
    let (mut state, _) = ViewState::from_query_string(text);
    let _ = index.sanitize(&mut state);
    let results = index.search(&state);
    let query = SearchQuery::parse(&state.q);
    for hit in results.hits.iter().take(3) {
        if let Some(snippet) = index.snippet(hit.doc, &query, 160) {
            for range in &snippet.highlights {
                assert!(
                    snippet.text.get(range.clone()).is_some(),
                    "{range:?} in {snippet:?}"
                );
            }
        }
        let article = index.article(hit.doc).expect("hit of a known document");
        for paragraph in &article.paragraphs {
            for range in query.match_ranges(paragraph) {
                assert!(
                    paragraph.get(range.clone()).is_some(),
                    "{range:?} in {paragraph:?}"
                );
            }
        }
    }
});
