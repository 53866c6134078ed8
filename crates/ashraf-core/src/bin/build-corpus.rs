//! Regenerates `public/data/corpus.json` from the raw pages in `data/seeds/` and the data files
//! in `data/`. Run from the repository root:
//!
//!   cargo run -p ashraf-core --release --bin build-corpus            # write the corpus
//!   cargo run -p ashraf-core --release --bin build-corpus -- --check # fail if the committed file is stale
//!   cargo run -p ashraf-core --release --bin build-corpus -- --similarity # copy-detection figures
//!
//! Nothing is written unless every input is valid.

use ashraf_core::ingest::{
    build_corpus, copy_similarities, read_folder, Knowledge, COPY_THRESHOLD,
};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

const OUTPUT: &str = "public/data/corpus.json";

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    match run(Path::new("."), check) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-corpus: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path, check: bool) -> Result<String, String> {
    let data = root.join("data");
    let knowledge = Knowledge::read_folder(&data)?;
    let files = read_folder(&data.join("seeds"))?;
    if std::env::args().any(|a| a == "--similarity") {
        let mut lines = vec![format!(
            "copy threshold {COPY_THRESHOLD}; segment pairs sharing more than 5 % of shingles:"
        )];
        for (a, b, v) in copy_similarities(&files, &knowledge).map_err(|e| e.to_string())? {
            if v > 0.05 {
                lines.push(format!(
                    "  {v:.2}  {a} ~ {b}{}",
                    if v >= COPY_THRESHOLD {
                        "  (copies)"
                    } else {
                        ""
                    }
                ));
            }
        }
        return Ok(lines.join("\n"));
    }
    let started = Instant::now();
    let corpus = build_corpus(&files, &knowledge).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let mut json = serde_json::to_string(&corpus).map_err(|e| e.to_string())?;
    json.push('\n');
    let out = root.join(OUTPUT);
    let summary = format!(
        "{} pages → {} articles ({} copies merged), {} quotes ({} with unknown speaker), {} entities, {} claims, {} events; {} bytes; ingest took {:.1} ms",
        corpus.sources.len(),
        corpus.articles.len(),
        corpus.articles.iter().map(|a| a.copies.len().saturating_sub(1)).sum::<usize>(),
        corpus.quotes.len(),
        corpus.quotes.iter().filter(|q| q.speaker == "unknown").count(),
        corpus.entities.people.len() + corpus.entities.organizations.len() + corpus.entities.places.len(),
        corpus.claims.len(),
        corpus.events.len(),
        json.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    if check {
        let committed = std::fs::read_to_string(&out).unwrap_or_default();
        if committed != json {
            return Err(format!("{OUTPUT} is stale: run `cargo run -p ashraf-core --release --bin build-corpus` and commit it"));
        }
        return Ok(format!("{OUTPUT} is up to date: {summary}"));
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // Write to a temporary file and rename, so a failure never leaves a partial corpus.
    let tmp = out.with_extension("json.tmp");
    std::fs::write(&tmp, &json).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &out).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(format!("wrote {OUTPUT}: {summary}"))
}
