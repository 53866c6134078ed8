//! The user's own articles: one stored record per imported article (or per imported copy of an
//! article already in the corpus). Records are validated whenever they are read (from the
//! browser's storage, a backup or a corpus file), merged into the bundled corpus before it is
//! indexed, and written out again as a backup, a corpus.json subset or CSV.
//!
//! Pure data handling, no ingest: the app uses this module without the `ingest` feature.

use crate::csv_text::{push_row, Quoting};
use crate::model::*;
use crate::query::date_span;
use serde::{Deserialize, Serialize};

/// Version of [`UserRecord`]; a stored record of another version is skipped with a notice.
pub const RECORD_VERSION: u32 = 1;
/// `format` of a backup file (all of the user's records in one JSON file).
pub const BACKUP_FORMAT: &str = "ashraf-explorer-backup";
/// Longest id accepted in a record (ids end up in URLs and storage keys).
const MAX_ID_CHARS: usize = 200;
/// Largest file the import (and the corpus build) accepts: the real pages are under 50 KB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Why a file of `bytes` is refused: "file is 7.2 MiB; files over 5 MiB are refused …".
pub fn too_large(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    format!(
        "file is {:.1} MiB; files over {} MiB are refused (a saved news page is well under 1 MiB)",
        bytes as f64 / MIB,
        MAX_IMPORT_BYTES as f64 / MIB
    )
}

/// Evidence text of values the user typed in the review step.
pub const ENTERED_BY_USER: &str = "entered by you when importing";

/// One imported article with everything that refers to it, self-contained so that it can be
/// stored, backed up and merged on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserRecord {
    pub schema_version: u32,
    /// The imported file (name and size), or "pasted text".
    pub source: SourceFile,
    /// Set when the text is a copy of this article (an id of the corpus): it is then shown
    /// among that article's copies instead of as an article of its own.
    #[serde(default)]
    pub copy_of: Option<String>,
    pub article: Article,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    /// Events this article mentions, with only this article's mentions.
    pub events: Vec<Event>,
    /// The outlets the article refers to (its outlet, republishers).
    pub outlets: Vec<Outlet>,
    /// The people, organisations and places the article names.
    pub entities: Entities,
}

/// A backup: every record, in storage order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub schema_version: u32,
    pub records: Vec<UserRecord>,
}

impl UserRecord {
    /// The storage key.
    pub fn id(&self) -> &str {
        &self.article.id
    }

    /// Checks that the record is internally consistent: every offset inside its paragraph,
    /// every quote verbatim, every id it uses defined. The message names the article.
    pub fn validate(&self) -> Result<(), String> {
        let a = &self.article;
        let name = a.id.chars().take(60).collect::<String>();
        let fail = |what: String| Err(format!("article “{name}”: {what}"));
        if self.schema_version != RECORD_VERSION {
            return fail(format!(
                "record version {} (this app reads version {RECORD_VERSION})",
                self.schema_version
            ));
        }
        if a.id.is_empty() || a.id.chars().count() > MAX_ID_CHARS || a.id.contains(char::is_control)
        {
            return fail("missing or unusable id".into());
        }
        if a.title.trim().is_empty() {
            return fail("no title".into());
        }
        if a.paragraphs.is_empty() || a.paragraphs.iter().all(|p| p.trim().is_empty()) {
            return fail("no text".into());
        }
        if let Some(d) = &a.date {
            if date_span(d).is_none() {
                return fail(format!("date “{d}” is not YYYY, YYYY-MM or YYYY-MM-DD"));
            }
        }
        let para = |i: usize| a.paragraphs.get(i);
        let in_paragraph = |i: usize, start: usize, end: usize| {
            para(i).is_some_and(|p| start <= end && p.get(start..end).is_some())
        };
        for q in &self.quotes {
            let end = q.start.saturating_add(q.text.len());
            if q.article != a.id
                || !in_paragraph(q.paragraph, q.start, end)
                || para(q.paragraph).and_then(|p| p.get(q.start..end)) != Some(q.text.as_str())
            {
                return fail(format!(
                    "quote “{}” is not verbatim in its paragraph",
                    q.id.chars().take(60).collect::<String>()
                ));
            }
        }
        for m in &a.mentions {
            if !in_paragraph(m.paragraph, m.start, m.end) {
                return fail(format!("mention of “{}” is outside the text", m.entity));
            }
        }
        for c in &self.claims {
            if c.article != a.id || para(c.paragraph).is_none() {
                return fail("a claim refers to another article or paragraph".into());
            }
        }
        for e in &self.events {
            if e.mentions
                .iter()
                .any(|m| m.article != a.id || para(m.paragraph).is_none())
            {
                return fail(format!("event “{}” refers to another article", e.id));
            }
        }
        let outlet_known = |id: &String| self.outlets.iter().any(|o| &o.id == id);
        if let Some(o) = a
            .outlet
            .iter()
            .chain(&a.republishers)
            .find(|o| !outlet_known(o))
        {
            return fail(format!("outlet “{o}” is not described in the record"));
        }
        let e = &self.entities;
        let known: std::collections::HashSet<&str> = e
            .people
            .iter()
            .chain(&e.organizations)
            .map(|x| x.id.as_str())
            .chain(e.places.iter().map(|p| p.id.as_str()))
            .collect();
        let entity_known = |id: &String| known.contains(id.as_str());
        let used = a
            .people
            .iter()
            .chain(&a.organizations)
            .chain(&a.places)
            .chain(a.mentions.iter().map(|m| &m.entity));
        for id in used {
            if !entity_known(id) {
                return fail(format!("entity “{id}” is not described in the record"));
            }
        }
        if self.copy_of.as_deref().is_some_and(str::is_empty) {
            return fail("empty copy reference".into());
        }
        Ok(())
    }
}

/// Reads one stored record (JSON text), validated.
pub fn parse_record(json: &str) -> Result<UserRecord, String> {
    let record: UserRecord =
        serde_json::from_str(json).map_err(|e| format!("not readable: {e}"))?;
    record.validate()?;
    Ok(record)
}

/// Reads a backup file, every record validated; nothing is returned when any record is bad.
pub fn parse_backup(json: &str) -> Result<Vec<UserRecord>, String> {
    let backup: Backup =
        serde_json::from_str(json).map_err(|e| format!("not a backup file: {e}"))?;
    if backup.format != BACKUP_FORMAT {
        return Err(format!("not a backup file (format “{}”)", backup.format));
    }
    if backup.schema_version != RECORD_VERSION {
        return Err(format!(
            "backup version {} (this app reads version {RECORD_VERSION})",
            backup.schema_version
        ));
    }
    for r in &backup.records {
        r.validate()?;
    }
    let mut ids: Vec<&str> = backup.records.iter().map(UserRecord::id).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("the article id “{}” occurs twice", w[0]));
    }
    Ok(backup.records)
}

/// A backup file made of stored records (their JSON text as stored, so that a restore gives
/// back exactly the same records).
pub fn backup_json(records: &[&str]) -> String {
    let mut out = format!(
        "{{\"format\":\"{BACKUP_FORMAT}\",\"schema_version\":{RECORD_VERSION},\"records\":["
    );
    for (i, r) in records.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r);
    }
    out.push_str("]}");
    out
}

/// Merges the user's records into the corpus. A copy is added to the copies of the article it
/// copies; everything else becomes an article of its own, marked `user_import`. Returns a
/// notice for every record that could not be merged as stored.
pub fn merge_records(corpus: &mut Corpus, records: &[UserRecord]) -> Vec<String> {
    let mut notices = Vec::new();
    for r in records {
        let a = &r.article;
        if corpus.sources.iter().all(|s| s.file != r.source.file) {
            corpus.sources.push(r.source.clone());
        }
        if let Some(target) = r.copy_of.as_deref() {
            if let Some(original) = corpus.articles.iter_mut().find(|x| x.id == target) {
                original.copies.push(ArticleCopy {
                    file: r.source.file.clone(),
                    position: 0,
                    line: 1,
                    republisher: None,
                    heading: (!a.title_inferred).then(|| a.title.clone()),
                    paragraphs: a.paragraphs.clone(),
                    date: a.date.clone(),
                    user_import: true,
                });
                continue;
            }
            notices.push(format!(
                "“{}” was imported as a copy of an article that is no longer in the corpus; it is shown as an article of its own.",
                a.title
            ));
        }
        if corpus.articles.iter().any(|x| x.id == a.id) {
            notices.push(format!(
                "“{}” was skipped: an article with the id “{}” is already in the corpus.",
                a.title, a.id
            ));
            continue;
        }
        for o in &r.outlets {
            if corpus.outlet(&o.id).is_none() {
                corpus.outlets.push(o.clone());
            }
        }
        let e = &mut corpus.entities;
        add_new(&mut e.people, &r.entities.people, |x| &x.id);
        add_new(&mut e.organizations, &r.entities.organizations, |x| &x.id);
        add_new(&mut e.places, &r.entities.places, |x| &x.id);
        for ev in &r.events {
            match corpus.events.iter_mut().find(|x| x.id == ev.id) {
                Some(known) => known.mentions.extend(ev.mentions.iter().cloned()),
                None => corpus.events.push(ev.clone()),
            }
        }
        corpus.quotes.extend(r.quotes.iter().cloned());
        corpus.claims.extend(r.claims.iter().cloned());
        let mut article = a.clone();
        article.user_import = true;
        corpus.articles.push(article);
    }
    notices
}

/// Appends the items of `new` whose id `list` does not hold yet (an article may name
/// thousands: one set of the ids, not a search per item).
fn add_new<T: Clone>(list: &mut Vec<T>, new: &[T], id: impl Fn(&T) -> &String) {
    let mut known: std::collections::HashSet<String> = list.iter().map(|x| id(x).clone()).collect();
    for x in new {
        if known.insert(id(x).clone()) {
            list.push(x.clone());
        }
    }
}

/// The articles `ids` (in that order) with everything they refer to, as a valid corpus: what
/// "Export JSON" writes.
pub fn subset(corpus: &Corpus, ids: &[String]) -> Corpus {
    let articles: Vec<Article> = ids
        .iter()
        .filter_map(|id| corpus.article(id).cloned())
        .collect();
    let has = |id: &str| articles.iter().any(|a| a.id == id);
    let quotes: Vec<Quote> = corpus
        .quotes
        .iter()
        .filter(|q| has(&q.article))
        .cloned()
        .collect();
    let claims: Vec<Claim> = corpus
        .claims
        .iter()
        .filter(|c| has(&c.article))
        .cloned()
        .collect();
    let events = corpus
        .events
        .iter()
        .filter_map(|e| {
            let mentions: Vec<EventMention> = e
                .mentions
                .iter()
                .filter(|m| has(&m.article))
                .cloned()
                .collect();
            (!mentions.is_empty()).then(|| Event {
                mentions,
                ..e.clone()
            })
        })
        .collect();
    let outlet_used = |id: &str| {
        articles.iter().any(|a| {
            a.outlet.as_deref() == Some(id)
                || a.republishers.iter().any(|r| r == id)
                || a.copies
                    .iter()
                    .any(|c| c.republisher.as_deref() == Some(id))
        })
    };
    let used: std::collections::HashSet<&str> = articles
        .iter()
        .flat_map(|a| {
            a.people
                .iter()
                .chain(&a.organizations)
                .chain(&a.places)
                .map(String::as_str)
                .chain(a.mentions.iter().map(|m| m.entity.as_str()))
        })
        .chain(quotes.iter().filter_map(|q| q.speaker_id.as_deref()))
        .chain(
            claims
                .iter()
                .flat_map(|c| [c.from_place.as_deref(), c.to_place.as_deref()])
                .flatten(),
        )
        .collect();
    let entity_used = |id: &str| used.contains(id);
    let e = &corpus.entities;
    Corpus {
        schema_version: SCHEMA_VERSION,
        sources: corpus
            .sources
            .iter()
            .filter(|s| {
                articles
                    .iter()
                    .any(|a| a.copies.iter().any(|c| c.file == s.file))
            })
            .cloned()
            .collect(),
        outlets: corpus
            .outlets
            .iter()
            .filter(|o| outlet_used(&o.id))
            .cloned()
            .collect(),
        entities: Entities {
            people: e
                .people
                .iter()
                .filter(|x| entity_used(&x.id))
                .cloned()
                .collect(),
            organizations: e
                .organizations
                .iter()
                .filter(|x| entity_used(&x.id))
                .cloned()
                .collect(),
            places: e
                .places
                .iter()
                .filter(|x| entity_used(&x.id))
                .cloned()
                .collect(),
        },
        articles,
        quotes,
        claims,
        events,
    }
}

/// One line per article: what "Export CSV" writes (RFC 4180, with a header line).
pub fn to_csv(corpus: &Corpus) -> String {
    const HEADER: &[&str] = &[
        "id",
        "title",
        "title_inferred",
        "outlet",
        "outlet_kind",
        "byline",
        "date",
        "date_precision",
        "republishers",
        "copies",
        "quotes",
        "claims",
        "people",
        "organizations",
        "places",
        "your_import",
        "text",
    ];
    let mut out = String::new();
    push_row(
        &mut out,
        HEADER.iter().map(|h| h.to_string()),
        Quoting::WhenNeeded,
    );
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| corpus.entity_name(id).unwrap_or(id).to_owned())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let outlet_name = |id: &str| corpus.outlet(id).map_or(id, |o| o.name.as_str()).to_owned();
    for a in &corpus.articles {
        let outlet = a.outlet.as_deref().and_then(|id| corpus.outlet(id));
        let count = |n: usize| n.to_string();
        push_row(
            &mut out,
            [
                a.id.clone(),
                a.title.clone(),
                a.title_inferred.to_string(),
                outlet.map_or(String::new(), |o| o.name.clone()),
                outlet.map_or(String::new(), |o| o.kind.label().to_owned()),
                a.byline.join("; "),
                a.date.clone().unwrap_or_default(),
                a.date_precision.label().to_owned(),
                a.republishers
                    .iter()
                    .map(|r| outlet_name(r))
                    .collect::<Vec<_>>()
                    .join("; "),
                count(a.copies.len()),
                count(corpus.quotes.iter().filter(|q| q.article == a.id).count()),
                count(corpus.claims.iter().filter(|c| c.article == a.id).count()),
                names(&a.people),
                names(&a.organizations),
                names(&a.places),
                a.user_import.to_string(),
                a.paragraphs.join("\n\n"),
            ],
            Quoting::WhenNeeded,
        );
    }
    out
}

/// What the user may correct before saving an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Review {
    pub title: String,
    /// Outlet name; empty for "not stated".
    pub outlet: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or empty for unknown.
    pub date: String,
    /// The authors' names separated by commas, or empty when no byline is given.
    #[serde(default)]
    pub byline: String,
}

impl Review {
    /// The values as the ingest found them, to prefill the form.
    pub fn of(record: &UserRecord) -> Review {
        let a = &record.article;
        Review {
            title: a.title.clone(),
            outlet: a
                .outlet
                .as_deref()
                .and_then(|id| record.outlets.iter().find(|o| o.id == id))
                .map_or(String::new(), |o| o.name.clone()),
            date: a.date.clone().unwrap_or_default(),
            byline: a.byline.join(", "),
        }
    }
}

/// Applies the user's corrections. A changed value is marked as entered by the user; an
/// unchanged one keeps its evidence (and its "inferred" mark). `known` are outlets the user may
/// name (those of the corpus); another name becomes an outlet of kind "your own import".
pub fn apply_review(
    record: &mut UserRecord,
    review: &Review,
    known: &[Outlet],
) -> Result<(), String> {
    let before = Review::of(record);
    let title = strip_controls(review.title.trim());
    if title.is_empty() {
        return Err("the title cannot be empty".into());
    }
    let a = &mut record.article;
    if title != before.title {
        a.title = title;
        a.title_inferred = false;
    }
    let date = review.date.trim();
    if date != before.date {
        if date.is_empty() {
            a.date = None;
            a.date_precision = DatePrecision::Unknown;
            a.date_evidence = None;
        } else {
            if date_span(date).is_none() {
                return Err(format!(
                    "“{date}” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
                ));
            }
            a.date = Some(date.to_owned());
            a.date_precision = match date.len() {
                4 => DatePrecision::Year,
                7 => DatePrecision::Month,
                _ => DatePrecision::Day,
            };
            a.date_evidence = Some(ENTERED_BY_USER.to_owned());
        }
    }
    let byline = strip_controls(review.byline.trim());
    if byline != before.byline {
        a.byline = byline
            .split([',', ';'])
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty())
            .collect();
        a.byline_evidence = (!a.byline.is_empty()).then(|| ENTERED_BY_USER.to_owned());
    }
    let outlet = strip_controls(review.outlet.trim());
    if outlet != before.outlet {
        a.outlet_evidence = None;
        if outlet.is_empty() {
            a.outlet = None;
        } else {
            let found = known
                .iter()
                .chain(&record.outlets)
                .find(|o| o.name.eq_ignore_ascii_case(&outlet))
                .cloned();
            let o = found.unwrap_or_else(|| Outlet {
                id: format!("user-outlet-{}", id_slug(&outlet)),
                name: outlet.clone(),
                kind: OutletKind::UserImport,
                home_page: None,
                note: Some("Named by you when importing.".into()),
            });
            a.outlet = Some(o.id.clone());
            a.outlet_evidence = Some(ENTERED_BY_USER.to_owned());
            if !record.outlets.iter().any(|x| x.id == o.id) {
                record.outlets.push(o);
            }
        }
        let used: Vec<String> = a.outlet.iter().chain(&a.republishers).cloned().collect();
        record.outlets.retain(|o| used.contains(&o.id));
    }
    Ok(())
}

/// A request to the import worker (sent as JSON with the bundled corpus text and, for
/// `ingest`, the file's bytes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct WorkerRequest {
    /// "ingest", "drafts" (the review of stored records, to edit them), "save", "restore" or
    /// "export".
    pub op: String,
    /// ingest: the file name (shown as the source).
    #[serde(default)]
    pub name: String,
    /// The user's stored records (ingest, export: merged first), the records to review
    /// (drafts), or the drafts to save.
    #[serde(default)]
    pub records: Vec<String>,
    /// save: one per draft, in order; `None` leaves a draft out.
    #[serde(default)]
    pub reviews: Vec<Option<Review>>,
    /// export: article ids, in order.
    #[serde(default)]
    pub ids: Vec<String>,
    /// export: "json" or "csv".
    #[serde(default)]
    pub format: String,
    /// restore: the backup file's text.
    #[serde(default)]
    pub text: String,
}

/// The import worker's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct WorkerReply {
    #[serde(default)]
    pub error: Option<String>,
    /// ingest: what the review step shows, one per record.
    #[serde(default)]
    pub drafts: Vec<Draft>,
    /// ingest: the drafts as records; save / restore: the records to store.
    #[serde(default)]
    pub records: Vec<String>,
    /// export: the file's content.
    #[serde(default)]
    pub output: String,
}

/// What the review step shows about one imported article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Draft {
    pub review: Review,
    pub title_inferred: bool,
    pub outlet_evidence: Option<String>,
    pub date_label: String,
    pub date_evidence: Option<String>,
    #[serde(default)]
    pub byline_evidence: Option<String>,
    /// What the saved page says about itself, each with where it says it (empty for text).
    #[serde(default)]
    pub page_facts: Vec<PageFact>,
    /// Title of the article this text is a copy of.
    pub copy_of: Option<String>,
    pub paragraphs: usize,
    pub quotes: usize,
    pub claims: usize,
    pub people: Vec<String>,
    pub places: Vec<String>,
    /// The start of the text, to recognise it.
    pub excerpt: String,
}

impl Draft {
    pub fn of(record: &UserRecord, base: &Corpus) -> Draft {
        let a = &record.article;
        let e = &record.entities;
        let name = |id: &String| {
            e.people
                .iter()
                .chain(&e.organizations)
                .find(|x| &x.id == id)
                .map(|x| x.name.clone())
                .or_else(|| {
                    e.places
                        .iter()
                        .find(|p| &p.id == id)
                        .map(|p| p.name.clone())
                })
                .unwrap_or_else(|| id.clone())
        };
        Draft {
            review: Review::of(record),
            title_inferred: a.title_inferred,
            outlet_evidence: a.outlet_evidence.clone(),
            date_label: a.date_precision.label().to_owned(),
            date_evidence: a.date_evidence.clone(),
            byline_evidence: a.byline_evidence.clone(),
            page_facts: a.page.clone(),
            copy_of: record
                .copy_of
                .as_deref()
                .and_then(|id| base.article(id))
                .map(|o| o.title.clone()),
            paragraphs: a.paragraphs.len(),
            quotes: record.quotes.len(),
            claims: record.claims.len(),
            people: a.people.iter().map(name).collect(),
            places: a.places.iter().map(name).collect(),
            excerpt: a
                .paragraphs
                .first()
                .map(|p| p.chars().take(200).collect())
                .unwrap_or_default(),
        }
    }
}

/// Removes control characters and the bidirectional overrides / isolates that could make a
/// line display in another order than it is stored (line breaks and tabs become spaces).
pub fn strip_controls(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Lower-case ASCII words joined by '-' (at most eight), "x" when nothing is left.
pub fn id_slug(text: &str) -> String {
    let s: String = text
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "x".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Corpus {
        Corpus::from_json(include_str!("../../../public/data/corpus.json")).unwrap()
    }

    #[test]
    fn csv_escapes_and_keeps_formulas_as_text() {
        let mut c = bundled();
        c.articles.truncate(1);
        c.articles[0].title = "=HYPERLINK(\"x\"), \"quoted\"\nline".into();
        let csv = to_csv(&c);
        let mut lines = csv.split("\r\n");
        assert!(lines.next().unwrap().starts_with("id,title,title_inferred"));
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nline\""),
            "{csv}"
        );
    }

    #[test]
    fn a_subset_is_a_valid_corpus_and_backups_round_trip() {
        let c = bundled();
        let ids: Vec<String> = c.articles.iter().take(2).map(|a| a.id.clone()).collect();
        let sub = subset(&c, &ids);
        assert_eq!(sub.articles.len(), 2);
        let json = serde_json::to_string(&sub).unwrap();
        let back = Corpus::from_json(&json).unwrap();
        assert!(back.quotes.iter().all(|q| ids.contains(&q.article)));
        assert!(back
            .articles
            .iter()
            .flat_map(|a| a.places.iter())
            .all(|p| back.place(p).is_some()));
        assert!(parse_backup(&backup_json(&[])).unwrap().is_empty());
        assert!(
            parse_backup("{\"format\":\"other\",\"schema_version\":1,\"records\":[]}")
                .unwrap_err()
                .contains("not a backup")
        );
        assert!(parse_record("{\"schema_version\":1}")
            .unwrap_err()
            .contains("not readable"));
    }

    #[test]
    fn controls_and_bidi_are_stripped() {
        assert_eq!(strip_controls("a\u{202e}b\u{2066}c\nd\u{0}"), "abc d");
        assert_eq!(id_slug("Ça va, MEK!"), "a-va-mek");
        assert_eq!(id_slug("—"), "x");
    }
}
