//! Command-line import: the browser's import (the same `import_document`) run over files on disk.
//! Prints a backup file on standard output, which the app's "Restore from backup" reads, and one
//! line per file on standard error (what was imported, or why not).
//!
//!   cargo run --release -p ashraf-core --bin import -- [--base public/data/corpus.json] PATH... > mine.json
//!
//! A PATH may be a folder: its files are imported in name order. Each file is checked against
//! the base corpus and the files before it, so ids do not clash and copies are recognised.
//! Exits non-zero only when nothing could be imported.

use ashraf_core::ingest::{import_document, Knowledge};
use ashraf_core::model::Corpus;
use ashraf_core::user::{
    merge_records, too_large, Backup, UserRecord, BACKUP_FORMAT, MAX_IMPORT_BYTES, RECORD_VERSION,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: import [--base CORPUS.json] PATH...";

fn main() -> ExitCode {
    let mut base_path = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--base" => match args.next() {
                Some(p) => base_path = Some(PathBuf::from(p)),
                None => return fail("--base needs a corpus.json file"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    if paths.is_empty() {
        return fail(USAGE);
    }
    let mut base = match &base_path {
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| Corpus::from_json(&t))
        {
            Ok(c) => c,
            Err(e) => return fail(&format!("{}: {e}", p.display())),
        },
        None => Corpus::default(),
    };
    let knowledge = match Knowledge::bundled() {
        Ok(k) => k,
        Err(e) => return fail(&e),
    };
    let mut records: Vec<UserRecord> = Vec::new();
    let mut failed = 0;
    for file in expand(&paths) {
        match import_file(&file, &base, &knowledge) {
            Ok(new) => {
                for r in &new {
                    eprintln!("{}: {}", file.display(), summary(r));
                }
                merge_records(&mut base, &new);
                records.extend(new);
            }
            Err(e) => {
                failed += 1;
                eprintln!("{}: not imported: {e}", file.display());
            }
        }
    }
    eprintln!(
        "import: {} article(s) from {} file(s), {failed} file(s) not imported",
        records.len(),
        records
            .iter()
            .map(|r| &r.source.file)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
    if records.is_empty() {
        return ExitCode::FAILURE;
    }
    let backup = Backup {
        format: BACKUP_FORMAT.to_owned(),
        schema_version: RECORD_VERSION,
        records,
    };
    match serde_json::to_string_pretty(&backup) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("import: {message}");
    ExitCode::FAILURE
}

/// The files named, folders replaced by their files in name order.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file())
                .collect();
            inner.sort();
            out.extend(inner);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn import_file(
    path: &Path,
    base: &Corpus,
    knowledge: &Knowledge,
) -> Result<Vec<UserRecord>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(too_large(size));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    import_document(&name, &bytes, base, knowledge).map_err(|e| e.to_string())
}

/// "“Title” (2011-12-19, Reuters), 12 paragraphs, 3 quotes".
fn summary(r: &UserRecord) -> String {
    let a = &r.article;
    let mut facts = Vec::new();
    facts.push(a.date.clone().unwrap_or_else(|| "undated".into()));
    let outlet = a
        .outlet
        .as_ref()
        .and_then(|id| r.outlets.iter().find(|o| &o.id == id));
    facts.push(outlet.map_or_else(|| "outlet unknown".into(), |o| o.name.clone()));
    if !a.byline.is_empty() {
        facts.push(format!("by {}", a.byline.join(", ")));
    }
    let copy = r
        .copy_of
        .as_ref()
        .map_or(String::new(), |c| format!(", a copy of {c}"));
    format!(
        "“{}”{} ({}), {} paragraphs, {} quotes{copy}",
        a.title,
        if a.title_inferred {
            " [title written by the import]"
        } else {
            ""
        },
        facts.join(", "),
        a.paragraphs.len(),
        r.quotes.len()
    )
}
