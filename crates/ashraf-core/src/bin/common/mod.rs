//! What the benchmarks of the development pages share: their command line and the folding of
//! text before comparing it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parses `--pages DIR [--annotations DIR] [--list]` (`--annotations` only where `annotations`
/// is allowed), skips with a message (success) when the pages folder is absent, and runs the
/// benchmark with the folders and the list flag, naming the benchmark in every message.
pub fn bench_main(
    name: &str,
    annotations_allowed: bool,
    run: impl FnOnce(&Path, Option<&Path>, bool) -> Result<(), String>,
) -> ExitCode {
    let usage = if annotations_allowed {
        "--pages DIR [--annotations DIR] [--list]"
    } else {
        "--pages DIR [--list]"
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut pages, mut annotations, mut list) = (None, None, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--pages" => pages = it.next().map(PathBuf::from),
            "--annotations" if annotations_allowed => annotations = it.next().map(PathBuf::from),
            "--list" => list = true,
            other => {
                eprintln!("{name}: unknown argument “{other}” ({usage})");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(pages) = pages else {
        eprintln!("{name}: --pages DIR is required");
        return ExitCode::FAILURE;
    };
    if !pages.is_dir() {
        println!(
            "{name}: skipped, no development pages at {}",
            pages.display()
        );
        return ExitCode::SUCCESS;
    }
    match run(&pages, annotations.as_deref(), list) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Lower case, letters and digits only, single spaces (quote styles and punctuation fold away).
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
