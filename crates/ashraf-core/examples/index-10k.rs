//! Native timing and memory of the search index at scale: a synthetic corpus of N articles
//! (default 10,000) recombined from the real one, then parse + index time, the heap the index
//! keeps, and per-search times (p50/p95) for the benchmark's 12 searches and for typing
//! "camp ashraf" key by key. The index is built as the browser would, in steps of
//! [`CHUNK`] articles: the longest step and the final `finish` are shown too. corpus.json is
//! also read as the browser reads it, with `CorpusReader`: the total and the longest call.
//!
//!   cargo run --release -p ashraf-core --example index-10k [-- N]

use ashraf_core::corpus_reader::CorpusReader;
use ashraf_core::index::{Index, IndexBuilder};
use ashraf_core::model::Corpus;
use ashraf_core::query::{FacetKind, ViewState};
use ashraf_core::synth::{benchmark_queries, synthesize};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Articles per `IndexBuilder::add_articles` step.
const CHUNK: usize = 250;

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Median and 95th percentile.
fn percentiles(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.95))
}

fn time_searches(index: &Index, states: &[ViewState], rounds: usize) -> (Duration, Duration) {
    let mut times = Vec::new();
    for _ in 0..rounds {
        for state in states {
            let started = Instant::now();
            black_box(index.search(black_box(state)));
            times.push(started.elapsed());
        }
    }
    percentiles(times)
}

/// The two naming tables the app draws below the results, for each search's results.
fn time_naming(index: &Index, states: &[ViewState], rounds: usize) -> (Duration, Duration) {
    let results: Vec<_> = states.iter().map(|s| index.search(s)).collect();
    let mut times = Vec::new();
    for _ in 0..rounds {
        for found in &results {
            let started = Instant::now();
            for kind in [FacetKind::GroupName, FacetKind::CampName] {
                black_box(index.naming_table(black_box(&found.hits), kind));
            }
            times.push(started.elapsed());
        }
    }
    percentiles(times)
}

/// Units of work per `CorpusReader::read` call, as in the app (src/load.rs).
const READ_AT_ONCE: usize = 8;

/// corpus.json read as the browser reads it, a few times: the shortest total time and the
/// shortest of the longest single calls (the least disturbed by other work on the machine).
fn time_reader(json: &str) -> Result<(Duration, Duration), String> {
    let (mut best_total, mut best_longest) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        let started = Instant::now();
        let mut reader = CorpusReader::new(json);
        let mut longest = started.elapsed();
        loop {
            let step = Instant::now();
            let read = reader.read(READ_AT_ONCE)?;
            longest = longest.max(step.elapsed());
            if read == 0 {
                break;
            }
        }
        black_box(reader.finish()?);
        best_total = best_total.min(started.elapsed());
        best_longest = best_longest.min(longest);
    }
    Ok((best_total, best_longest))
}

fn main() -> Result<(), String> {
    let n: usize = match std::env::args().nth(1) {
        Some(arg) => arg.parse().map_err(|e| format!("N: {e}"))?,
        None => 10_000,
    };
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let real = Corpus::from_json(&text)?;
    let json = serde_json::to_string(&synthesize(&real, n, 1)?).map_err(|e| e.to_string())?;
    drop(real);

    let (read_total, longest_read) = time_reader(&json)?;

    let before = LIVE.load(Ordering::Relaxed);
    let started = Instant::now();
    let corpus = Corpus::from_json(&json)?;
    let parsed = started.elapsed();
    let corpus_bytes = LIVE.load(Ordering::Relaxed) - before;
    let started = Instant::now();
    let mut builder = IndexBuilder::new(corpus);
    let mut longest_step = Duration::ZERO;
    loop {
        let step = Instant::now();
        if builder.add_articles(CHUNK) == 0 {
            break;
        }
        longest_step = longest_step.max(step.elapsed());
    }
    let finishing = Instant::now();
    let index = builder.finish();
    let finished = finishing.elapsed();
    let indexed = started.elapsed();
    let index_bytes = LIVE.load(Ordering::Relaxed) - before - corpus_bytes;

    println!("{n} articles, corpus.json {:.1} MiB", mib(json.len()));
    println!(
        "parse {parsed:.2?}, index {indexed:.2?} (longest step of {CHUNK} articles \
         {longest_step:.2?}, finish {finished:.2?})"
    );
    println!(
        "read a slice at a time (read({READ_AT_ONCE}) calls): {read_total:.2?} in all, \
         longest call {longest_read:.2?} (best of 5)"
    );
    println!(
        "heap: corpus {:.1} MiB, index beyond the corpus {:.1} MiB",
        mib(corpus_bytes),
        mib(index_bytes)
    );

    let states: Vec<ViewState> = benchmark_queries()
        .map(|q| ViewState::from_query_string(q).0)
        .collect();
    let typing: Vec<ViewState> = (1..="camp ashraf".len())
        .map(|k| ViewState::from_query_string(&format!("q={}", &"camp+ashraf"[..k])).0)
        .collect();
    let (p50, p95) = time_searches(&index, &states, 10);
    println!("12 searches: p50 {p50:.2?}, p95 {p95:.2?} per search");
    let (p50, p95) = time_searches(&index, &typing, 10);
    println!("typing \"camp ashraf\": p50 {p50:.2?}, p95 {p95:.2?} per search");
    let (p50, p95) = time_naming(&index, &states, 10);
    println!("naming tables of the 12 searches' results: p50 {p50:.2?}, p95 {p95:.2?} per search");
    Ok(())
}
