//! Index build and queries (typical searches and facet combinations) on the real corpus and on
//! a synthetic corpus of 1,000 articles recombined from it (`ashraf_core::synth`).
//! `cargo bench -p ashraf-core --bench query`

use ashraf_core::index::Index;
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use ashraf_core::synth::{benchmark_queries, synthesize};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

fn corpora() -> Vec<(&'static str, Corpus)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
    let text = std::fs::read_to_string(path).expect("public/data/corpus.json exists");
    let real = Corpus::from_json(&text).expect("corpus parses");
    let synth = synthesize(&real, 1000, 1).expect("the corpus has paragraphs");
    vec![("real", real), ("synthetic-1000", synth)]
}

fn index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index build");
    // The synthetic build takes about 0.3 s: fewer samples keep the run short.
    group.sample_size(10);
    for (name, corpus) in corpora() {
        let json = serde_json::to_string(&corpus).expect("serialises");
        group.bench_function(BenchmarkId::new("parse + index", name), |b| {
            b.iter(|| Index::new(Corpus::from_json(black_box(&json)).expect("parses")))
        });
    }
    group.finish();
}

fn query_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    for (name, corpus) in corpora() {
        let index = Index::new(corpus);
        let states: Vec<ViewState> = benchmark_queries()
            .map(|q| ViewState::from_query_string(q).0)
            .collect();
        group.bench_function(
            BenchmarkId::new("12 searches and facet combinations", name),
            |b| {
                b.iter(|| {
                    for state in &states {
                        black_box(index.search(black_box(state)));
                    }
                })
            },
        );
        let typing: Vec<ViewState> = (1..="camp ashraf".len())
            .map(|n| ViewState::from_query_string(&format!("q={}", &"camp+ashraf"[..n])).0)
            .collect();
        group.bench_function(
            BenchmarkId::new("typing \"camp ashraf\" (11 searches)", name),
            |b| {
                b.iter(|| {
                    for state in &typing {
                        black_box(index.search(black_box(state)));
                    }
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, index_build, query_benches);
criterion_main!(benches);
