//! The synthetic corpora used by the benchmarks are valid corpora: they load, index and
//! search, and every offset in them points where it should.

use ashraf_core::index::Index;
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use ashraf_core::synth::synthesize;
use std::collections::HashSet;

fn real() -> Corpus {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
    let text = std::fs::read_to_string(path).expect("public/data/corpus.json exists");
    Corpus::from_json(&text).expect("the committed corpus parses")
}

#[test]
fn a_synthetic_corpus_round_trips_indexes_and_keeps_its_invariants() {
    let real = real();
    let corpus = synthesize(&real, 300, 1).expect("the real corpus has paragraphs");
    let json = serde_json::to_string(&corpus).expect("serialises");
    let corpus = Corpus::from_json(&json).expect("a synthetic corpus is a corpus.json");
    assert_eq!(corpus.articles.len(), 300);

    let ids: HashSet<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), corpus.articles.len(), "article ids are unique");
    let quote_ids: HashSet<&str> = corpus.quotes.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(quote_ids.len(), corpus.quotes.len(), "quote ids are unique");
    assert!(
        corpus.quotes.len() > 300,
        "quotes come along with their paragraphs"
    );

    let real_paragraphs: HashSet<&str> = real
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter().map(String::as_str))
        .collect();
    let entity_ids: HashSet<&str> = corpus
        .entities
        .people
        .iter()
        .map(|e| e.id.as_str())
        .chain(corpus.entities.organizations.iter().map(|e| e.id.as_str()))
        .chain(corpus.entities.places.iter().map(|e| e.id.as_str()))
        .collect();
    for article in &corpus.articles {
        assert!(
            (3..=15).contains(&article.paragraphs.len()),
            "{}",
            article.id
        );
        for p in &article.paragraphs {
            assert!(
                real_paragraphs.contains(p.as_str()),
                "paragraphs are real ones"
            );
        }
        for m in &article.mentions {
            let text = &article.paragraphs[m.paragraph];
            assert!(text.get(m.start..m.end).is_some_and(|s| !s.is_empty()));
            assert!(entity_ids.contains(m.entity.as_str()));
            let listed = article
                .people
                .iter()
                .chain(&article.organizations)
                .chain(&article.places);
            assert!(listed.clone().any(|e| *e == m.entity));
        }
        if let Some(outlet) = &article.outlet {
            assert!(corpus.outlet(outlet).is_some());
        }
    }
    for q in &corpus.quotes {
        let article = corpus.article(&q.article).expect("quote's article exists");
        let paragraph = &article.paragraphs[q.paragraph];
        assert_eq!(
            paragraph.get(q.start..q.start + q.text.len()),
            Some(q.text.as_str()),
            "{}",
            q.id
        );
    }
    for c in &corpus.claims {
        let article = corpus.article(&c.article).expect("claim's article exists");
        assert!(c.paragraph < article.paragraphs.len());
    }
    for e in &corpus.events {
        for m in &e.mentions {
            let article = corpus.article(&m.article).expect("event's article exists");
            assert!(m.paragraph < article.paragraphs.len());
        }
    }

    let index = Index::new(corpus);
    let (state, _) = ViewState::from_query_string("q=ashraf&place=camp-ashraf");
    let results = index.search(&state);
    assert!(!results.hits.is_empty());
    let all = index.search(&ViewState::default());
    assert_eq!(all.hits.len(), 300);
}
