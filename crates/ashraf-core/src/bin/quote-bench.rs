//! Quote benchmark: imports the clean text of annotated articles the way a user's import of a
//! `.txt` file does (`import_document`) and scores the quotations, their speakers and the people
//! found against hand annotations, by `extraction-dev/README.md`'s method: quote texts matched
//! after folding quote styles, the shorter covering at least 80 % of the longer; a speaker is
//! right when the last word of the annotated speaker is a word of the one found; a person found
//! is right when its name is one of the annotated names or forms as written.
//!
//!   cargo run --release -p ashraf-core --bin quote-bench -- --pages ../shared/extraction-dev/pages \
//!       [--annotations data/annotations] [--list]
//!
//! Two sets are scored apart: the pages that carry `expected-quotes.json` (the development set)
//! and the project's own annotations (`<annotations>/quotes/NAME.json` and
//! `<annotations>/people/NAME.json` for pages `NAME` of the same folder). Skips with a message
//! (exit 0) when the pages folder is absent: it is not part of the project.

mod common;

use ashraf_core::ingest::{import_document, Knowledge};
use ashraf_core::model::Corpus;
use common::fold;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Deserialize)]
struct QuoteFile {
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    text: String,
    speaker: String,
}

#[derive(Deserialize)]
struct PeopleFile {
    people: Vec<GoldPerson>,
}

#[derive(Deserialize)]
struct GoldPerson {
    name: String,
    #[serde(default)]
    as_written: Vec<String>,
}

#[derive(Default)]
struct Tally {
    pages: usize,
    gold: usize,
    found: usize,
    matched: usize,
    speaker_right: usize,
    people_found: usize,
    people_right: usize,
    people_gold: usize,
    people_recalled: usize,
    ms: Vec<f64>,
    bytes: usize,
}

fn main() -> ExitCode {
    common::bench_main("quote-bench", true, run)
}

fn run(pages: &Path, annotations: Option<&Path>, list: bool) -> Result<(), String> {
    let knowledge = Knowledge::bundled()?;
    let base = Corpus::default();
    let mut dev = Tally::default();
    let mut own = Tally::default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(pages)
        .map_err(|e| format!("{}: {e}", pages.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.txt").is_file())
        .collect();
    dirs.sort();
    for dir in &dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dev_file = dir.join("expected-quotes.json");
        let own_quotes = annotations.map(|a| a.join("quotes").join(format!("{name}.json")));
        let own_people = annotations.map(|a| a.join("people").join(format!("{name}.json")));
        let (tally, quotes_file) = if dev_file.is_file() {
            (&mut dev, Some(dev_file))
        } else if own_quotes.as_ref().is_some_and(|p| p.is_file()) {
            (&mut own, own_quotes)
        } else {
            continue;
        };
        let gold: Option<QuoteFile> = quotes_file.map(|f| read_json(&f)).transpose()?;
        let people: Option<PeopleFile> = own_people
            .filter(|p| p.is_file())
            .map(|f| read_json(&f))
            .transpose()?;
        score(dir, &name, gold, people, &base, &knowledge, tally, list)?;
    }
    report("development pages (expected-quotes.json)", &dev);
    if annotations.is_some() {
        report("the project's own annotations", &own);
    }
    Ok(())
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[allow(clippy::too_many_arguments)]
fn score(
    dir: &Path,
    name: &str,
    gold: Option<QuoteFile>,
    people: Option<PeopleFile>,
    base: &Corpus,
    knowledge: &Knowledge,
    t: &mut Tally,
    list: bool,
) -> Result<(), String> {
    let text = std::fs::read(dir.join("expected.txt")).map_err(|e| format!("{name}: {e}"))?;
    t.bytes += text.len();
    let started = Instant::now();
    let records = import_document(&format!("{name}.txt"), &text, base, knowledge);
    t.ms.push(started.elapsed().as_secs_f64() * 1000.0);
    t.pages += 1;
    let records = match records {
        Ok(r) => r,
        Err(e) => {
            println!("  {name}: refused: {e}");
            Vec::new()
        }
    };
    let found: Vec<(String, String)> = records
        .iter()
        .flat_map(|r| r.quotes.iter())
        .map(|q| (q.text.clone(), q.speaker.clone()))
        .collect();
    if let Some(gold) = gold {
        t.gold += gold.quotes.len();
        t.found += found.len();
        let mut used = vec![false; found.len()];
        for g in &gold.quotes {
            let hit = (0..found.len()).find(|&i| !used[i] && same_quote(&g.text, &found[i].0));
            let Some(i) = hit else {
                if list {
                    println!("  {name} missed: {:?} ({})", g.text, g.speaker);
                }
                continue;
            };
            used[i] = true;
            t.matched += 1;
            if speaker_agrees(&g.speaker, &found[i].1) {
                t.speaker_right += 1;
            } else if list {
                println!(
                    "  {name} speaker: {:?} → {:?} (annotated {:?})",
                    g.text, found[i].1, g.speaker
                );
            }
        }
        for (i, (text, speaker)) in found.iter().enumerate() {
            if !used[i] && list {
                println!("  {name} extra: {text:?} ({speaker})");
            }
        }
    }
    if let Some(people) = people {
        // An entity counts by its name or, for the dictionary's, any alias ("Obama").
        let names: Vec<Vec<String>> = records
            .iter()
            .flat_map(|r| r.entities.people.iter())
            .map(|e| {
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| fold(n))
                    .collect()
            })
            .collect();
        let forms: Vec<Vec<String>> = people
            .people
            .iter()
            .map(|p| {
                std::iter::once(&p.name)
                    .chain(p.as_written.iter())
                    .flat_map(|s| {
                        let f = fold(&strip_possessive(s));
                        // "Mr. Clinton" is also written "Clinton".
                        let untitled = f
                            .split_once(' ')
                            .filter(|(t, _)| TITLES.contains(t))
                            .map(|(_, rest)| rest.to_string());
                        std::iter::once(f).chain(untitled)
                    })
                    .collect()
            })
            .collect();
        t.people_gold += forms.len();
        t.people_found += names.len();
        let agree = |n: &Vec<String>, f: &Vec<String>| n.iter().any(|x| f.contains(x));
        for n in &names {
            if forms.iter().any(|f| agree(n, f)) {
                t.people_right += 1;
            } else if list {
                println!("  {name} person not annotated: {:?}", n.first());
            }
        }
        for (p, f) in people.people.iter().zip(&forms) {
            if names.iter().any(|n| agree(n, f)) {
                t.people_recalled += 1;
            } else if list {
                println!("  {name} person missed: {:?}", p.name);
            }
        }
    }
    Ok(())
}

/// Titles an annotated form may start with.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "president",
    "senator",
    "sen",
    "rep",
    "gov",
    "sir",
    "prof",
    "professor",
    "judge",
    "mayor",
    "minister",
    "secretary",
    "ambassador",
    "general",
    "gen",
];

fn report(label: &str, t: &Tally) {
    if t.pages == 0 {
        println!("quotes on {label}: no annotated pages found");
        return;
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let mut ms = t.ms.clone();
    ms.sort_by(f64::total_cmp);
    let median = ms.get(ms.len() / 2).copied().unwrap_or(0.0);
    let per_10k = ms.iter().sum::<f64>() / (t.bytes.max(1) as f64) * 10_000.0;
    if t.gold > 0 {
        println!(
            "quotes on {label}: {} pages, {} quotations: precision {:.3} ({}/{}), recall {:.3}, right speaker {:.3} ({}/{} found)",
            t.pages,
            t.gold,
            ratio(t.matched, t.found),
            t.matched,
            t.found,
            ratio(t.matched, t.gold),
            ratio(t.speaker_right, t.matched),
            t.speaker_right,
            t.matched
        );
    }
    if t.people_gold > 0 {
        println!(
            "people on {label}: precision {:.3} ({}/{} found), recall {:.3} ({}/{} annotated)",
            ratio(t.people_right, t.people_found),
            t.people_right,
            t.people_found,
            ratio(t.people_recalled, t.people_gold),
            t.people_recalled,
            t.people_gold
        );
    }
    println!("  import time: median {median:.1} ms per article, {per_10k:.1} ms per 10 kB of text");
}

/// The same quotation: after folding, one contains the other and the shorter has at least 80 %
/// of the longer's characters.
fn same_quote(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.contains(&short) && short.len() * 5 >= long.len() * 4
}

/// The annotated speaker's last word is one of the found speaker's words.
fn speaker_agrees(gold: &str, found: &str) -> bool {
    let found = fold(&strip_possessive(found));
    let last = fold(gold);
    let Some(last) = last.split(' ').next_back().filter(|w| !w.is_empty()) else {
        return false;
    };
    found.split(' ').any(|w| w == last)
}

fn strip_possessive(s: &str) -> String {
    s.trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string()
}
