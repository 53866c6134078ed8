//! Extraction benchmark: imports every saved page of a development set the way a user's import
//! does (`import_document`, the worker's code) and scores what comes out against the page's
//! expected article text and metadata, as `extraction-dev/README.md` describes: 4-token shingles
//! of `\w+` tokens, per-page precision and recall averaged over pages, F1 of the two means; title
//! exact after folding case and punctuation; byline when one contains the other; date by its
//! `YYYY-MM-DD`; site name folded-exact. Also counts fields given where the page has none.
//!
//!   cargo run --release -p ashraf-core --bin extract-bench -- --pages ../shared/extraction-dev/pages [--list]
//!
//! Skips with a message (exit 0) when the folder is absent: the set is not part of the project.

mod common;

use ashraf_core::ingest::{import_document, Knowledge};
use ashraf_core::model::Corpus;
use common::fold;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    common::bench_main("extract-bench", false, |pages, _, list| run(pages, list))
}

/// What one page's import gave, beside what was expected.
struct Outcome {
    name: String,
    error: Option<String>,
    ms: f64,
    /// Share of true positives among extracted / expected shingles (None: nothing to divide by).
    precision: Option<f64>,
    recall: Option<f64>,
    fields: Vec<(&'static str, Field)>,
    /// What was given and expected for each field not right, for `--list`.
    notes: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    /// Expected and given, and they agree.
    Right,
    /// Expected, given, disagreeing.
    Wrong,
    /// Expected, not given.
    Missing,
    /// Not expected (the page has none) but given.
    Invented,
    /// Neither expected nor given.
    Absent,
}

const FIELDS: [&str; 4] = ["title", "byline", "date", "site"];

fn run(pages: &Path, list: bool) -> Result<(), String> {
    let knowledge = Knowledge::bundled().map_err(|e| e.to_string())?;
    let base = Corpus::default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(pages)
        .map_err(|e| format!("{}: {e}", pages.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    dirs.sort();
    let mut outcomes = Vec::new();
    for dir in &dirs {
        outcomes.push(score_page(dir, &base, &knowledge)?);
    }
    if list {
        for o in &outcomes {
            let f = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.2}"));
            let marks = &o.notes;
            println!(
                "{:<32} P {} R {} {:>6.1} ms {}{}",
                o.name,
                f(o.precision),
                f(o.recall),
                o.ms,
                marks.join(", "),
                o.error
                    .as_ref()
                    .map_or(String::new(), |e| format!(" refused: {e}"))
            );
        }
    }
    let mean = |xs: Vec<f64>| xs.iter().sum::<f64>() / xs.len().max(1) as f64;
    let p = mean(outcomes.iter().filter_map(|o| o.precision).collect());
    let r = mean(outcomes.iter().filter_map(|o| o.recall).collect());
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let refused = outcomes.iter().filter(|o| o.error.is_some()).count();
    let mut ms: Vec<f64> = outcomes.iter().map(|o| o.ms).collect();
    ms.sort_by(f64::total_cmp);
    let median = ms.get(ms.len() / 2).copied().unwrap_or(0.0);
    let max = ms.last().copied().unwrap_or(0.0);
    println!(
        "extraction: {} pages, body F1 {f1:.3} (precision {p:.3}, recall {r:.3}), {refused} refused; median {median:.1} ms per page, slowest {max:.1} ms",
        outcomes.len()
    );
    let mut line = Vec::new();
    for (i, name) in FIELDS.iter().enumerate() {
        let count = |want: Field| {
            outcomes
                .iter()
                .filter(|o| o.fields.get(i).is_some_and(|(_, f)| *f == want))
                .count()
        };
        let expected = count(Field::Right) + count(Field::Wrong) + count(Field::Missing);
        line.push(format!(
            "{name} {}/{expected} right ({:.0} %), {} wrong, {} missing, {} where the page has none",
            count(Field::Right),
            100.0 * count(Field::Right) as f64 / expected.max(1) as f64,
            count(Field::Wrong),
            count(Field::Missing),
            count(Field::Invented)
        ));
    }
    println!("metadata: {}", line.join("; "));
    Ok(())
}

fn score_page(dir: &Path, base: &Corpus, knowledge: &Knowledge) -> Result<Outcome, String> {
    let read = |f: &str| std::fs::read(dir.join(f)).map_err(|e| format!("{}: {e}", dir.display()));
    let source = read("source.html")?;
    let expected = String::from_utf8_lossy(&read("expected.txt")?).into_owned();
    let meta: Value = serde_json::from_slice(&read("expected-metadata.json")?)
        .map_err(|e| format!("{}: expected-metadata.json: {e}", dir.display()))?;
    let name = dir
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let start = Instant::now();
    let result = import_document("source.html", &source, base, knowledge);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let want = |k: &str| {
        meta.get(k)
            .and_then(Value::as_str)
            .filter(|v| !v.trim().is_empty())
            .map(str::to_owned)
    };
    let (body, got, error) = match result {
        Ok(records) => {
            let body: Vec<&str> = records
                .iter()
                .flat_map(|r| r.article.paragraphs.iter().map(String::as_str))
                .collect();
            let first = records.first().map(|r| &r.article);
            let fact = |field: &str| {
                first
                    .and_then(|a| a.page.iter().find(|f| f.field == field))
                    .map(|f| f.value.clone())
            };
            let title = first.filter(|a| !a.title_inferred).map(|a| a.title.clone());
            let byline = fact("byline").or_else(|| {
                first
                    .filter(|a| !a.byline.is_empty())
                    .map(|a| a.byline.join(", "))
            });
            let date = first.and_then(|a| a.date.clone());
            let site = fact("site_name");
            (body.join("\n"), [title, byline, date, site], None)
        }
        Err(e) => (String::new(), [None, None, None, None], Some(e.to_string())),
    };
    let (tp, fp, fn_) = overlap(&shingles(&body), &shingles(&expected));
    let precision = (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64);
    let recall = (tp + fn_ > 0).then(|| tp as f64 / (tp + fn_) as f64);
    let expected_fields = [
        want("title"),
        want("byline"),
        want("publishedTime"),
        want("siteName"),
    ];
    let mut notes = Vec::new();
    let fields = FIELDS
        .iter()
        .zip(expected_fields.iter().zip(got.iter()))
        .map(|(name, (e, g))| {
            let verdict = match (e, g) {
                (None, None) => Field::Absent,
                (None, Some(_)) => Field::Invented,
                (Some(_), None) => Field::Missing,
                (Some(e), Some(g)) if agrees(name, e, g) => Field::Right,
                _ => Field::Wrong,
            };
            if !matches!(verdict, Field::Right | Field::Absent) {
                let show = |v: &Option<String>| {
                    v.as_deref()
                        .map_or("none".to_string(), |v| format!("“{v}”"))
                };
                notes.push(format!("{name} {} (expected {})", show(g), show(e)));
            }
            (*name, verdict)
        })
        .collect();
    Ok(Outcome {
        name,
        error,
        ms,
        precision,
        recall,
        fields,
        notes,
    })
}

fn agrees(field: &str, expected: &str, got: &str) -> bool {
    let (e, g) = (fold(expected), fold(got));
    match field {
        "byline" => !e.is_empty() && !g.is_empty() && (e.contains(&g) || g.contains(&e)),
        "date" => expected.get(..10).is_some_and(|d| got.starts_with(d)),
        _ => e == g,
    }
}

/// `\w+` tokens (letters, marks, digits, underscore).
fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Combining marks not counted as alphabetic by `char::is_alphanumeric`.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C)
}

fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(s);
    let mut counts = HashMap::new();
    for w in t.windows(4) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// (shared, extracted only, expected only), counted with multiplicity.
fn overlap(
    got: &HashMap<Vec<&str>, usize>,
    want: &HashMap<Vec<&str>, usize>,
) -> (usize, usize, usize) {
    let mut tp = 0;
    for (s, &n) in got {
        tp += n.min(want.get(s).copied().unwrap_or(0));
    }
    let total_got: usize = got.values().sum();
    let total_want: usize = want.values().sum();
    (tp, total_got - tp, total_want - tp)
}
