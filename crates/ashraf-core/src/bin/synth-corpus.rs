//! Writes a synthetic corpus.json of N articles recombined from the real one (see
//! `ashraf_core::synth`), for benchmarks at scale. Deterministic for a given seed.
//!
//!   cargo run -p ashraf-core --release --bin synth-corpus -- 10000 [target/synth/corpus-10000.json] [--seed 1]

use ashraf_core::model::Corpus;
use ashraf_core::synth::synthesize;
use std::path::PathBuf;
use std::process::ExitCode;

const REAL: &str = "public/data/corpus.json";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut positional = Vec::new();
    let mut seed = 1_u64;
    let mut input = PathBuf::from(REAL);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => {
                seed = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seed needs a number")?;
            }
            "--in" => input = args.next().ok_or("--in needs a path")?.into(),
            _ => positional.push(arg),
        }
    }
    let n: usize = positional
        .first()
        .and_then(|s| s.parse().ok())
        .filter(|n| *n > 0)
        .ok_or("usage: synth-corpus N [OUT] [--seed S] [--in corpus.json]")?;
    let out = positional
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("target/synth/corpus-{n}.json")));
    let text = std::fs::read_to_string(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    let real = Corpus::from_json(&text)?;
    let corpus = synthesize(&real, n, seed)?;
    let json = serde_json::to_string(&corpus).map_err(|e| e.to_string())? + "\n";
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&out, &json).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {} articles, {} quotes, {:.1} MB",
        out.display(),
        corpus.articles.len(),
        corpus.quotes.len(),
        json.len() as f64 / 1e6
    );
    Ok(())
}
