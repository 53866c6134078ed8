//! Ingest of the five seed pages into a corpus (segment, metadata, copies, entities, quotes,
//! claims, events). `cargo bench -p ashraf-core --bench ingest`

use ashraf_core::ingest::{build_corpus, read_folder, InputFile, Knowledge};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::Path;

fn seeds() -> Vec<InputFile> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/seeds"));
    read_folder(dir).expect("data/seeds readable")
}

fn ingest(c: &mut Criterion) {
    let files = seeds();
    let knowledge = Knowledge::bundled().expect("data files parse");
    c.bench_function("ingest 5 seed pages", |b| {
        b.iter(|| build_corpus(black_box(&files), &knowledge).expect("seeds ingest"))
    });
}

criterion_group!(benches, ingest);
criterion_main!(benches);
