//! Building the index in steps (`IndexBuilder`, as the app does between frames) gives the same
//! index as `Index::new`, and `Index::quote_count` counts what a scan of the quotes counts.

use ashraf_core::index::{Index, IndexBuilder, SearchQuery};
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use ashraf_core::synth::{benchmark_queries, synthesize};

fn real() -> Corpus {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
    let text = std::fs::read_to_string(path).expect("public/data/corpus.json exists");
    Corpus::from_json(&text).expect("the committed corpus parses")
}

fn corpora() -> Vec<(&'static str, Corpus)> {
    let real = real();
    let synthetic = synthesize(&real, 300, 1).expect("the real corpus has paragraphs");
    vec![("real", real), ("synthetic-300", synthetic)]
}

fn built_in_chunks(corpus: Corpus, chunk: usize) -> Index {
    let mut builder = IndexBuilder::new(corpus);
    let total = builder.progress().1;
    let mut done = 0;
    loop {
        let added = builder.add_articles(chunk);
        if added == 0 {
            break;
        }
        assert!(added <= chunk);
        done += added;
        assert_eq!(builder.progress(), (done, total));
    }
    assert_eq!(done, total);
    builder.finish()
}

#[test]
fn chunked_builds_search_like_index_new() {
    for (name, corpus) in corpora() {
        let whole = Index::new(corpus.clone());
        for chunk in [1, 3, usize::MAX] {
            let index = built_in_chunks(corpus.clone(), chunk);
            for query in benchmark_queries() {
                let (state, _) = ViewState::from_query_string(query);
                let (expected, got) = (whole.search(&state), index.search(&state));
                assert_eq!(expected, got, "{name}, chunks of {chunk}: {query}");
                assert!(!got.facets.is_empty());
                for hit in got.hits.iter().take(5) {
                    assert_eq!(
                        whole.snippet(hit.doc, &got.query, 220),
                        index.snippet(hit.doc, &got.query, 220),
                        "{name}, chunks of {chunk}: {query}"
                    );
                }
            }
        }
    }
}

#[test]
fn finish_indexes_what_was_not_added_yet() {
    let corpus = real();
    let whole = Index::new(corpus.clone());
    let mut builder = IndexBuilder::new(corpus);
    assert_eq!(builder.add_articles(2), 2);
    assert_eq!(builder.progress().0, 2);
    let index = builder.finish();
    let state = ViewState::default();
    assert_eq!(whole.search(&state), index.search(&state));
    let query = SearchQuery::parse("camp ashraf");
    for doc in 0..index.corpus().articles.len() {
        assert_eq!(
            whole.snippet(doc, &query, 100),
            index.snippet(doc, &query, 100)
        );
    }
}

#[test]
fn an_empty_corpus_builds_in_no_steps() {
    let mut builder = IndexBuilder::new(Corpus::default());
    assert_eq!(builder.progress(), (0, 0));
    assert_eq!(builder.add_articles(10), 0);
    let index = builder.finish();
    assert!(index.search(&ViewState::default()).hits.is_empty());
    assert_eq!(index.quote_count(0), 0);
}

#[test]
fn quote_count_equals_a_scan_of_the_quotes() {
    for (name, corpus) in corpora() {
        let index = Index::new(corpus);
        let corpus = index.corpus();
        let mut quoted = 0;
        for (doc, article) in corpus.articles.iter().enumerate() {
            let scanned = corpus
                .quotes
                .iter()
                .filter(|q| q.article == article.id)
                .count();
            assert_eq!(index.quote_count(doc), scanned, "{name}: {}", article.id);
            quoted += usize::from(scanned > 0);
        }
        assert!(quoted > 0, "{name} has quoted articles");
        assert_eq!(index.quote_count(corpus.articles.len()), 0, "unknown doc");
    }
}
