//! Ingest benchmark: builds the corpus from the seed pages several times and prints the time
//! for the whole set and per article. Runs natively and as WebAssembly (wasm32-wasip1 under
//! Node's WASI, see `scripts/bench-ingest`), so the figures compare the same code in both.
//!
//!   cargo run -p ashraf-core --release --bin ingest-bench -- data

use ashraf_core::ingest::{build_corpus, read_folder, Knowledge};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

const RUNS: usize = 20;

fn main() -> ExitCode {
    let data = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data".to_string());
    match run(Path::new(&data)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ingest-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(data: &Path) -> Result<(), String> {
    let knowledge = Knowledge::read_folder(data)?;
    let files = read_folder(&data.join("seeds"))?;
    let mut times = Vec::with_capacity(RUNS);
    let mut articles = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let corpus = build_corpus(&files, &knowledge).map_err(|e| e.to_string())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        articles = corpus.articles.len();
    }
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    let target = if cfg!(target_family = "wasm") {
        "wasm32"
    } else {
        "native"
    };
    println!(
        "ingest {target}: {} pages, {articles} articles: median {median:.1} ms for all ({:.2} ms per article), min {:.1} ms over {RUNS} runs",
        files.len(),
        median / articles.max(1) as f64,
        times[0]
    );
    Ok(())
}
