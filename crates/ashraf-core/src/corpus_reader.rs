//! corpus.json read a slice at a time, for a caller that must give other work a turn between
//! slices (the browser's main thread; issue 7: no task over 50 ms). Every call of
//! [`CorpusReader::read`] does a bounded amount of work, in two stages:
//!
//! 1. The scan: one pass over the bytes of the top-level object that finds where each of its
//!    values is and, for the values that are arrays, where each element is. It follows strings
//!    (with their `\` escapes) and brackets, and checks the bytes between the values (whitespace,
//!    `:`, `,`, the brackets); nothing inside a value. Its state is kept between calls.
//! 2. The reading: serde reads each value from its span, and each list (articles, quotes,
//!    claims, …) an element at a time, which checks them in full. The schema version comes
//!    first, so that a file of another version is refused before anything else is read.
//!
//! The result is the same as [`Corpus::from_json`]'s, and so is the refusal of a file that is
//! not a corpus (tests check both on many damaged files): every byte is either checked by the
//! scan or inside a span that serde reads.

use crate::model::check_schema_version;
use crate::model::Corpus;
use serde::de::{DeserializeOwned, IgnoredAny};

/// The unit of work of [`CorpusReader::read`]: 16 KiB of corpus.json, scanned or read.
/// Natively, about 20 µs of scan or 50 µs of reading; an article (5 KB on average in the
/// 10,000-article benchmark corpus) is one unit.
const UNIT_BYTES: usize = 16 * 1024;

/// The start of every refusal of a file that is not a corpus.
const NOT_A_CORPUS: &str = "not a corpus.json file";

fn refuse(why: impl std::fmt::Display) -> String {
    format!("{NOT_A_CORPUS}: {why}")
}

/// The top-level fields of corpus.json.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    SchemaVersion,
    Sources,
    Outlets,
    Articles,
    Quotes,
    Entities,
    Claims,
    Events,
}

/// The fields by name, in the order of [`Corpus`]. That is also their order in serde's array
/// form of a struct (`[1, [...], ...]`), which `Corpus::from_json` accepts too.
const FIELDS: [(&str, Field); 8] = [
    ("schema_version", Field::SchemaVersion),
    ("sources", Field::Sources),
    ("outlets", Field::Outlets),
    ("articles", Field::Articles),
    ("quotes", Field::Quotes),
    ("entities", Field::Entities),
    ("claims", Field::Claims),
    ("events", Field::Events),
];

/// The order of the reading: the schema version first.
const READING_ORDER: [Field; 8] = [
    Field::SchemaVersion,
    Field::Entities,
    Field::Sources,
    Field::Outlets,
    Field::Articles,
    Field::Quotes,
    Field::Claims,
    Field::Events,
];

impl Field {
    fn name(self) -> &'static str {
        FIELDS
            .iter()
            .find(|(_, field)| *field == self)
            .map_or("?", |(name, _)| name)
    }

    /// Whether it is a list (read an element at a time).
    fn is_list(self) -> bool {
        !matches!(self, Field::SchemaVersion | Field::Entities)
    }
}

/// A byte range of the text, end exclusive.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

/// A top-level value found by the scan.
struct Found {
    span: Span,
    /// When it is an array: the span of each element.
    elements: Option<Vec<Span>>,
}

/// One value or list element to read: of a field, or of a field this app does not read (only
/// checked to be JSON, as serde does with unknown fields).
#[derive(Clone, Copy)]
struct Job {
    field: Option<Field>,
    span: Span,
}

/// Where the scan is in the top-level structure.
#[derive(Clone, Copy, Debug)]
enum State {
    /// Before the top-level `{` (or `[`).
    Start,
    /// Before a field name; `first` right after `{`, where `}` may close the object.
    BeforeKey { first: bool },
    /// In a field name that starts at `start`, up to the `:` after it.
    Key { start: usize },
    /// Before a top-level value.
    BeforeValue,
    /// In a top-level value that is not an array, up to the `,` or the closer after it.
    Value,
    /// In a top-level array, before an element; `first` right after its `[`.
    BeforeElement { first: bool },
    /// In an element that starts at `start`, up to the `,` or `]` after it.
    Element { start: usize },
    /// After a top-level array's `]`, before the `,` or the closer.
    AfterArray,
    /// After the top-level closer: only whitespace may follow.
    End,
}

/// Where a skip over a value is: how deep in brackets, whether in a string, and whether right
/// after a `\` in it.
#[derive(Clone, Copy, Default)]
struct Skip {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl Skip {
    /// Skips bytes from `*pos` up to `limit` and stops after the first byte of `ends` found
    /// outside strings and brackets, which it returns (None: `limit` came first). A closing
    /// bracket that closes nothing and is not in `ends` is refused.
    fn run(
        &mut self,
        bytes: &[u8],
        pos: &mut usize,
        limit: usize,
        ends: &[u8],
    ) -> Result<Option<u8>, String> {
        while let Some(&byte) = bytes.get(*pos).filter(|_| *pos < limit) {
            if self.in_string && !self.escaped && byte != b'"' && byte != b'\\' {
                // Most of the file is text: find the end of the run of plain bytes at once.
                *pos += plain_text_len(bytes.get(*pos..limit).unwrap_or_default());
                continue;
            }
            *pos += 1;
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if byte == b'\\' {
                    self.escaped = true;
                } else if byte == b'"' {
                    self.in_string = false;
                }
                continue;
            }
            match byte {
                b'"' => self.in_string = true,
                b'[' | b'{' => self.depth += 1,
                b']' | b'}' if self.depth > 0 => self.depth -= 1,
                _ if self.depth == 0 && ends.contains(&byte) => return Ok(Some(byte)),
                b']' | b'}' => {
                    return Err(refuse(format!(
                        "unexpected `{}` at byte {}",
                        byte as char,
                        *pos - 1
                    )))
                }
                _ => {}
            }
        }
        Ok(None)
    }
}

/// The scan of the top-level object (see the module's doc), resumable.
struct Scanner {
    /// The next byte to look at.
    pos: usize,
    state: State,
    /// The top-level closer: `}`, or `]` in the array form.
    closer: u8,
    /// Top-level values seen so far (in the array form, that gives the next one's field).
    values: usize,
    /// The field of the value being scanned (None: a field this app does not read).
    field: Option<Field>,
    /// Where the value being scanned starts.
    value_start: usize,
    /// The elements found so far when the value being scanned is an array.
    elements: Option<Vec<Span>>,
    skip: Skip,
    /// The value of each field, by `Field as usize`.
    found: [Option<Found>; 8],
    /// The values of fields this app does not read.
    unknown: Vec<Found>,
}

impl Scanner {
    fn new() -> Scanner {
        Scanner {
            pos: 0,
            state: State::Start,
            closer: b'}',
            values: 0,
            field: None,
            value_start: 0,
            elements: None,
            skip: Skip::default(),
            found: Default::default(),
            unknown: Vec::new(),
        }
    }

    /// Scans up to `budget` more bytes; true once the whole text is scanned.
    fn scan(&mut self, text: &str, budget: usize) -> Result<bool, String> {
        let bytes = text.as_bytes();
        let limit = self.pos.saturating_add(budget).min(bytes.len());
        while self.pos < limit {
            let before = (self.pos, self.state_key());
            self.step(text, limit)?;
            // Every step moves on (a byte, or to a state that does); a guard all the same
            // against a loop that would never end.
            if (self.pos, self.state_key()) == before {
                return Err(refuse(format!("stuck at byte {}", self.pos)));
            }
        }
        match self.state {
            _ if self.pos < bytes.len() => Ok(false),
            State::End => Ok(true),
            _ => Err(refuse(format!(
                "the text ends early (after {} bytes)",
                bytes.len()
            ))),
        }
    }

    /// The state's kind, to tell whether a step moved on.
    fn state_key(&self) -> std::mem::Discriminant<State> {
        std::mem::discriminant(&self.state)
    }

    /// Looks at the byte at `self.pos` (before `limit`), or skips a run of a value's bytes.
    fn step(&mut self, text: &str, limit: usize) -> Result<(), String> {
        let bytes = text.as_bytes();
        let pos = self.pos;
        let Some(&byte) = bytes.get(pos) else {
            return Ok(());
        };
        match self.state {
            State::Key { start } => {
                if self.skip.run(bytes, &mut self.pos, limit, b":")?.is_some() {
                    self.end_key(
                        text,
                        Span {
                            start,
                            end: self.pos - 1,
                        },
                    )?;
                }
            }
            State::Value => {
                let ends = [b',', self.closer];
                if let Some(end) = self.skip.run(bytes, &mut self.pos, limit, &ends)? {
                    let span = trim_end(
                        bytes,
                        Span {
                            start: self.value_start,
                            end: self.pos - 1,
                        },
                    );
                    if span.start == span.end {
                        return Err(refuse(format!("expected a value at byte {}", span.start)));
                    }
                    self.end_value(span);
                    self.after_value(end);
                }
            }
            State::Element { start } => {
                if let Some(end) = self.skip.run(bytes, &mut self.pos, limit, b",]")? {
                    let span = trim_end(
                        bytes,
                        Span {
                            start,
                            end: self.pos - 1,
                        },
                    );
                    if span.start == span.end {
                        return Err(refuse(format!("expected a value at byte {}", span.start)));
                    }
                    if let Some(elements) = &mut self.elements {
                        elements.push(span);
                    }
                    if end == b',' {
                        self.state = State::BeforeElement { first: false };
                    } else {
                        self.end_array();
                    }
                }
            }
            _ if is_whitespace(byte) => self.pos += 1,
            State::Start => {
                self.state = match byte {
                    b'{' => State::BeforeKey { first: true },
                    b'[' => {
                        self.closer = b']';
                        State::BeforeValue
                    }
                    _ => return Err(refuse("it does not hold a JSON object")),
                };
                self.pos += 1;
            }
            State::BeforeKey { first } => match byte {
                b'"' => {
                    self.state = State::Key { start: pos };
                    self.skip = Skip::default();
                }
                b'}' if first => {
                    self.state = State::End;
                    self.pos += 1;
                }
                _ => return Err(refuse(format!("expected a field name at byte {pos}"))),
            },
            State::BeforeValue => {
                if self.closer == b']' {
                    // The array form: the field is the value's place.
                    let Some(&(_, field)) = FIELDS.get(self.values) else {
                        return Err(refuse(format!(
                            "more than {} values in the top-level array",
                            FIELDS.len()
                        )));
                    };
                    self.field = Some(field);
                }
                self.value_start = pos;
                if byte == b'[' {
                    self.elements = Some(Vec::new());
                    self.state = State::BeforeElement { first: true };
                    self.pos += 1;
                } else {
                    self.elements = None;
                    self.state = State::Value;
                    self.skip = Skip::default();
                }
            }
            State::BeforeElement { first } => {
                if byte == b']' {
                    if !first {
                        return Err(refuse(format!("a list ends with `,` at byte {pos}")));
                    }
                    self.pos += 1;
                    self.end_array();
                } else {
                    self.state = State::Element { start: pos };
                    self.skip = Skip::default();
                }
            }
            State::AfterArray => {
                if byte != b',' && byte != self.closer {
                    return Err(refuse(format!(
                        "expected `,` or `{}` at byte {pos}",
                        self.closer as char
                    )));
                }
                self.pos += 1;
                self.after_value(byte);
            }
            State::End => {
                return Err(refuse(format!(
                    "something follows the top-level object, at byte {pos}"
                )))
            }
        }
        Ok(())
    }

    /// A field name is read (serde decodes its escapes, as for `Corpus::from_json`).
    fn end_key(&mut self, text: &str, span: Span) -> Result<(), String> {
        let json = text.get(span.start..span.end).unwrap_or_default();
        let name: String = serde_json::from_str(json)
            .map_err(|e| refuse(format!("field name at byte {}: {e}", span.start)))?;
        self.field = FIELDS
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, field)| field);
        // serde refuses a field given twice (and ignores repeats of unknown ones).
        if let Some(field) = self.field {
            if self.found.get(field as usize).is_some_and(Option::is_some) {
                return Err(refuse(format!("duplicate field `{name}`")));
            }
        }
        self.state = State::BeforeValue;
        Ok(())
    }

    /// A top-level array's `]` is passed.
    fn end_array(&mut self) {
        self.end_value(Span {
            start: self.value_start,
            end: self.pos,
        });
        self.state = State::AfterArray;
    }

    /// A top-level value is scanned: it is kept.
    fn end_value(&mut self, span: Span) {
        let found = Found {
            span,
            elements: self.elements.take(),
        };
        match self
            .field
            .and_then(|field| self.found.get_mut(field as usize))
        {
            Some(slot) => *slot = Some(found),
            None => self.unknown.push(found),
        }
        self.values += 1;
    }

    /// After a top-level value and the `,` or closer that follows it.
    fn after_value(&mut self, end: u8) {
        self.state = match (end, self.closer) {
            (b',', b'}') => State::BeforeKey { first: false },
            (b',', _) => State::BeforeValue,
            _ => State::End,
        };
    }

    /// What the scan found, as the list of what is left to read, in order: the schema version
    /// first, then the entities, the lists element by element, and the values of fields this
    /// app does not read. Makes room in `corpus` for the lists.
    fn plan(&mut self, corpus: &mut Corpus) -> Result<Vec<Job>, String> {
        let jobs_of = |found: &Found| found.elements.as_ref().map_or(1, Vec::len);
        let all_found = self.found.iter().flatten().chain(&self.unknown);
        let mut jobs = Vec::with_capacity(all_found.map(jobs_of).sum());
        for field in READING_ORDER {
            let found = self
                .found
                .get_mut(field as usize)
                .and_then(Option::take)
                .ok_or_else(|| refuse(format!("missing field `{}`", field.name())))?;
            if !field.is_list() {
                jobs.push(Job {
                    field: Some(field),
                    span: found.span,
                });
                continue;
            }
            let elements = found
                .elements
                .ok_or_else(|| refuse(format!("`{}` is not a list", field.name())))?;
            reserve(corpus, field, elements.len());
            jobs.extend(elements.into_iter().map(|span| Job {
                field: Some(field),
                span,
            }));
        }
        for found in self.unknown.drain(..) {
            let spans = found.elements.unwrap_or_else(|| vec![found.span]);
            jobs.extend(spans.into_iter().map(|span| Job { field: None, span }));
        }
        Ok(jobs)
    }
}

/// How many bytes at the start of `bytes` are neither `"` nor `\\` (plain text in a string).
/// Eight bytes at a time: the scan takes a third less time than byte by byte.
fn plain_text_len(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether one of the word's bytes is `byte` (the classic zero-byte test on word ^ byte).
    let has = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    let mut len = 0;
    for chunk in bytes.chunks_exact(8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_ne_bytes(chunk);
        if has(word, b'"') || has(word, b'\\') {
            break;
        }
        len += 8;
    }
    let rest = bytes.get(len..).unwrap_or_default();
    len + rest
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .unwrap_or(rest.len())
}

/// JSON's whitespace (as serde_json reads it).
fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\n' | b'\t' | b'\r')
}

fn trim_end(bytes: &[u8], mut span: Span) -> Span {
    while span.end > span.start && bytes.get(span.end - 1).copied().is_some_and(is_whitespace) {
        span.end -= 1;
    }
    span
}

fn reserve(corpus: &mut Corpus, field: Field, n: usize) {
    match field {
        Field::Sources => corpus.sources.reserve_exact(n),
        Field::Outlets => corpus.outlets.reserve_exact(n),
        Field::Articles => corpus.articles.reserve_exact(n),
        Field::Quotes => corpus.quotes.reserve_exact(n),
        Field::Claims => corpus.claims.reserve_exact(n),
        Field::Events => corpus.events.reserve_exact(n),
        Field::SchemaVersion | Field::Entities => {}
    }
}

/// Reads one value or list element into `corpus`.
fn read_job(text: &str, corpus: &mut Corpus, job: Job) -> Result<(), String> {
    let json = text
        .get(job.span.start..job.span.end)
        .ok_or_else(|| refuse(format!("no value at byte {}", job.span.start)))?;
    match job.field {
        None => parse::<IgnoredAny>(json, "a field this app does not read").map(drop),
        Some(Field::SchemaVersion) => {
            corpus.schema_version = parse(json, "schema_version")?;
            check_schema_version(corpus.schema_version)
        }
        Some(Field::Entities) => {
            corpus.entities = parse(json, "entities")?;
            Ok(())
        }
        Some(Field::Sources) => push(&mut corpus.sources, json, "source"),
        Some(Field::Outlets) => push(&mut corpus.outlets, json, "outlet"),
        Some(Field::Articles) => push(&mut corpus.articles, json, "article"),
        Some(Field::Quotes) => push(&mut corpus.quotes, json, "quote"),
        Some(Field::Claims) => push(&mut corpus.claims, json, "claim"),
        Some(Field::Events) => push(&mut corpus.events, json, "event"),
    }
}

fn parse<T: DeserializeOwned>(json: &str, what: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| refuse(format!("{what}: {e}")))
}

/// Reads the next element of a list; a refusal names it (1-based).
fn push<T: DeserializeOwned>(list: &mut Vec<T>, json: &str, what: &str) -> Result<(), String> {
    let item = parse(json, &format!("{what} {}", list.len() + 1))?;
    list.push(item);
    Ok(())
}

enum Stage {
    Scanning(Box<Scanner>),
    /// The jobs found by the scan, and how many are done.
    Reading {
        jobs: Vec<Job>,
        done: usize,
    },
    /// Refused, for this reason (every later call says it again).
    Failed(String),
}

/// Reads corpus.json in bounded steps: [`new`](Self::new), then [`read`](Self::read) until
/// it returns 0 (giving other work a turn between calls), then [`finish`](Self::finish).
pub struct CorpusReader<'a> {
    text: &'a str,
    stage: Stage,
    corpus: Corpus,
}

impl<'a> CorpusReader<'a> {
    /// Nothing is read yet: that is left to [`read`](Self::read), a slice at a time.
    pub fn new(text: &'a str) -> CorpusReader<'a> {
        CorpusReader {
            text,
            stage: Stage::Scanning(Box::new(Scanner::new())),
            corpus: Corpus::default(),
        }
    }

    /// Does about `max` units of work and returns how many it did, 0 once everything is read
    /// (or when `max` is 0). A unit is 16 KiB of the text: scanned, during the scan; then
    /// read, where each value or list element (an article, a quote, …) counts for its size,
    /// at least one unit. A call reads at least one element, so it does more than `max`
    /// units when an element is longer than that (an event of the 10,000-article corpus is
    /// 400 KB: 25 units, 1 to 2 ms natively).
    pub fn read(&mut self, max: usize) -> Result<usize, String> {
        self.advance(max, UNIT_BYTES)
    }

    /// [`read`](Self::read) with units of `unit_bytes` (tests use small ones, down to a
    /// byte: the scan then stops at every byte).
    fn advance(&mut self, max: usize, unit_bytes: usize) -> Result<usize, String> {
        let done = self.work(max, unit_bytes);
        if let Err(reason) = &done {
            self.stage = Stage::Failed(reason.clone());
        }
        done
    }

    fn work(&mut self, max: usize, unit_bytes: usize) -> Result<usize, String> {
        if max == 0 {
            return Ok(0);
        }
        match &mut self.stage {
            Stage::Failed(reason) => Err(reason.clone()),
            Stage::Scanning(scanner) => {
                let started = scanner.pos;
                let budget = max.saturating_mul(unit_bytes.max(1));
                let finished = scanner.scan(self.text, budget)?;
                let scanned = scanner.pos.saturating_sub(started);
                if finished {
                    let jobs = scanner.plan(&mut self.corpus)?;
                    self.stage = Stage::Reading { jobs, done: 0 };
                }
                // At least 1: there is more to do.
                Ok(scanned.div_ceil(unit_bytes.max(1)).clamp(1, max))
            }
            Stage::Reading { jobs, done } => {
                let mut units = 0;
                while units < max {
                    let Some(&job) = jobs.get(*done) else { break };
                    read_job(self.text, &mut self.corpus, job)?;
                    *done += 1;
                    let len = job.span.end.saturating_sub(job.span.start);
                    units = units.saturating_add(len.div_ceil(unit_bytes.max(1)).max(1));
                }
                Ok(units)
            }
        }
    }

    /// (done, total), for a progress message. During the scan, in bytes of the text (how many
    /// scanned, of how many); then in values and list elements (how many read, of how many:
    /// each article, quote, claim, … counts one). (0, 0) once refused.
    pub fn progress(&self) -> (usize, usize) {
        match &self.stage {
            Stage::Scanning(scanner) => (scanner.pos, self.text.len()),
            Stage::Reading { jobs, done } => (*done, jobs.len()),
            Stage::Failed(_) => (0, 0),
        }
    }

    /// Reads whatever is left and returns the corpus.
    pub fn finish(mut self) -> Result<Corpus, String> {
        while self.read(usize::MAX)? > 0 {}
        Ok(self.corpus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;

    fn read_in_steps(text: &str, step: usize) -> Result<Corpus, String> {
        read_in_units(text, step, UNIT_BYTES)
    }

    /// Reads `text` in steps of `step` units of `unit_bytes` bytes; checks that every step of
    /// the scan stays within its bytes and that the reading comes to an end.
    fn read_in_units(text: &str, step: usize, unit_bytes: usize) -> Result<Corpus, String> {
        let mut reader = CorpusReader::new(text);
        let mut calls = 0;
        loop {
            let before = reader.progress();
            let scanning = matches!(reader.stage, Stage::Scanning(_));
            let did = reader.advance(step, unit_bytes)?;
            if did == 0 {
                break;
            }
            if scanning {
                assert!(did <= step);
                let after = match reader.stage {
                    Stage::Scanning(_) => reader.progress().0,
                    _ => text.len(),
                };
                assert!(after - before.0 <= step.saturating_mul(unit_bytes));
            }
            calls += 1;
            assert!(calls <= 2 * text.len() + 10, "no end in sight");
        }
        let (done, total) = reader.progress();
        assert_eq!(done, total);
        reader.finish()
    }

    fn real_text() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        std::fs::read_to_string(path).expect("corpus.json")
    }

    /// A small corpus with what a scanner may trip over: escaped quotes and backslashes,
    /// brackets, commas and colons in strings, non-ASCII text.
    fn small_corpus() -> Corpus {
        let mut corpus = Corpus::from_json(&real_text()).expect("parses");
        corpus.articles.truncate(2);
        corpus.quotes.truncate(2);
        corpus.claims.truncate(1);
        corpus.events.truncate(1);
        for event in &mut corpus.events {
            event.mentions.truncate(1);
        }
        corpus.sources.truncate(1);
        corpus.outlets.truncate(2);
        corpus.entities.people.truncate(1);
        corpus.entities.organizations.truncate(1);
        corpus.entities.places.truncate(1);
        for article in &mut corpus.articles {
            article.title = r#"He said "no" \ ] } , [ { : \" é 🙂"#.to_owned();
            article.paragraphs.truncate(1);
            for paragraph in &mut article.paragraphs {
                *paragraph = paragraph.chars().take(300).collect();
            }
            for copy in &mut article.copies {
                copy.paragraphs.clear();
            }
            article.mentions.truncate(2);
            article.people.truncate(2);
            article.organizations.truncate(2);
            article.places.truncate(2);
        }
        corpus.articles[0].byline.push("\\\\\"]".to_owned());
        corpus
    }

    /// `text` read in steps (including a byte at a time through the scan) gives what
    /// `Corpus::from_json` gives: the same corpus, or a refusal.
    fn same_as_from_json(text: &str) {
        same_as_from_json_in_steps(text, &[(1, 1), (3, 7), (usize::MAX, UNIT_BYTES)]);
    }

    /// [`same_as_from_json`] with these (units per step, bytes per unit).
    fn same_as_from_json_in_steps(text: &str, steps: &[(usize, usize)]) {
        let expected = Corpus::from_json(text);
        for &(step, unit_bytes) in steps {
            let got = read_in_units(text, step, unit_bytes);
            match (&expected, &got) {
                (Ok(expected), Ok(got)) => assert_eq!(expected, got),
                (Err(_), Err(reason)) => assert!(
                    reason.starts_with(NOT_A_CORPUS)
                        || reason.starts_with("corpus.json has schema version"),
                    "{reason}"
                ),
                _ => panic!(
                    "from_json: {:?}, reader: {:?}, for {text:?}",
                    expected.as_ref().map(|_| "a corpus"),
                    got.as_ref().map(|_| "a corpus")
                ),
            }
        }
    }

    #[test]
    fn read_in_steps_it_is_the_same_corpus() {
        let text = real_text();
        let whole = Corpus::from_json(&text).expect("parses");
        let synthetic = crate::synth::synthesize(&whole, 200, 3).expect("synthesizes");
        let synthetic_text = serde_json::to_string(&synthetic).expect("serializes");
        for step in [1, 7, usize::MAX] {
            assert_eq!(read_in_steps(&text, step), Ok(whole.clone()));
            assert_eq!(read_in_steps(&synthetic_text, step), Ok(synthetic.clone()));
        }
    }

    #[test]
    fn any_step_gives_the_same_corpus() {
        let text = real_text();
        let whole = Corpus::from_json(&text).expect("parses");
        // The scan of the real corpus takes 16 steps of 1 unit: most of these steps stop in
        // the middle of it, at many different places.
        for step in [1, 2, 3, 5, 8, 13, 15, 16, 17, 40, 100, 1000] {
            assert_eq!(read_in_steps(&text, step), Ok(whole.clone()), "step {step}");
        }
        for unit_bytes in [1, 2, 3, 10, 99, 4096] {
            assert_eq!(
                read_in_units(&text, 5, unit_bytes),
                Ok(whole.clone()),
                "units of {unit_bytes} bytes"
            );
        }
    }

    #[test]
    fn layouts_serde_accepts_are_read_alike() {
        let corpus = small_corpus();
        let compact = serde_json::to_string(&corpus).expect("serializes");
        let pretty = serde_json::to_string_pretty(&corpus).expect("serializes");
        same_as_from_json(&compact);
        same_as_from_json(&pretty);
        // Whitespace of every kind between all tokens.
        same_as_from_json(&pretty.replace("\n", "\r\n\t ").replace(": ", " :\n "));
        same_as_from_json(&format!(" \n{compact}\r\n\t "));
        // Keys in another order (a map's keys are sorted), and reversed.
        let value = serde_json::to_value(&corpus).expect("value");
        let sorted = serde_json::to_string(&value).expect("serializes");
        assert!(sorted.starts_with("{\"articles\""));
        same_as_from_json(&sorted);
        let fields: Vec<String> = value
            .as_object()
            .expect("object")
            .iter()
            .map(|(k, v)| format!("{k:?}: {v}"))
            .collect();
        let reversed: Vec<&str> = fields.iter().rev().map(String::as_str).collect();
        same_as_from_json(&format!("{{{}}}", reversed.join(", ")));
        // Empty lists.
        let empty = Corpus {
            schema_version: SCHEMA_VERSION,
            ..Corpus::default()
        };
        let empty_text = serde_json::to_string(&empty).expect("serializes");
        assert_eq!(read_in_steps(&empty_text, 1), Ok(empty));
        same_as_from_json(&empty_text);
        // serde's array form of a struct.
        let array = format!(
            "[{}]",
            FIELDS
                .iter()
                .map(|(name, _)| value[*name].to_string())
                .collect::<Vec<_>>()
                .join(",")
        );
        assert_eq!(read_in_steps(&array, 2), Ok(corpus.clone()));
        same_as_from_json(&array);
        same_as_from_json(&format!("{}, 1]", &array[..array.len() - 1]));
        same_as_from_json(&format!("{},]", &array[..array.len() - 1]));
        same_as_from_json("[]");
        same_as_from_json("[1]");
        // The entities in serde's array form too.
        let mut entities_array = value.clone();
        entities_array["entities"] = serde_json::json!([
            value["entities"]["people"],
            value["entities"]["organizations"],
            value["entities"]["places"]
        ]);
        let entities_array = entities_array.to_string();
        assert_eq!(read_in_steps(&entities_array, 1), Ok(corpus.clone()));
        same_as_from_json(&entities_array);
        // A field name with an escape in it.
        let escaped = compact.replace("\"schema_version\"", "\"schema\\u005fversion\"");
        assert_eq!(read_in_steps(&escaped, 1), Ok(corpus.clone()));
        same_as_from_json(&escaped);
    }

    #[test]
    fn unknown_and_repeated_fields_are_treated_as_serde_treats_them() {
        let compact = serde_json::to_string(&small_corpus()).expect("serializes");
        let with = |extra: &str| format!("{{{extra}{}", &compact[1..]);
        for extra in [
            r#""extra": {"a": [1, "]", {"b": "}"}], "c": null}, "#,
            r#""extra": [1, [2, [3]], "\"", {}], "extra": 2, "#,
            r#""extra": "\ud83d\ude42", "#,
            r#""extra": [], "#,
            // Not JSON, in a field serde ignores: refused all the same.
            r#""extra": [1, 2,], "#,
            r#""extra": [1 2], "#,
            r#""extra": tru, "#,
            r#""extra": , "#,
            r#""extra": "\x", "#,
            r#""extra": 1 2, "#,
            r#""extra": {"a" 1}, "#,
            r#""extra": [1}, "#,
            r#""extra" 1, "#,
            r#"1: 1, "#,
            // A field given twice.
            r#""articles": [], "#,
            r#""schema_version": 1, "#,
            r#""entities": {"people": [], "organizations": [], "places": []}, "#,
        ] {
            same_as_from_json(&with(extra));
        }
        let twice = with(r#""quotes": [], "#);
        assert!(read_in_steps(&twice, 1)
            .unwrap_err()
            .contains("duplicate field `quotes`"));
        // A field missing, or of the wrong kind.
        let value = serde_json::to_value(small_corpus()).expect("value");
        for name in ["schema_version", "articles", "entities", "events"] {
            let mut without = value.clone();
            without.as_object_mut().expect("object").remove(name);
            same_as_from_json(&without.to_string());
            let mut wrong = value.clone();
            wrong[name] = serde_json::json!({"a": 1});
            same_as_from_json(&wrong.to_string());
            wrong[name] = serde_json::json!(null);
            same_as_from_json(&wrong.to_string());
            wrong[name] = serde_json::json!([]);
            same_as_from_json(&wrong.to_string());
        }
    }

    #[test]
    fn what_is_not_an_object_is_refused() {
        let compact = serde_json::to_string(&small_corpus()).expect("serializes");
        for text in [
            "",
            " ",
            "{",
            "}",
            "{}",
            "[",
            "]",
            "null",
            "1",
            "\"corpus\"",
            "[1, 2]",
            "{\"a\"}",
            "{\"a\":}",
            "{,}",
            "{\"a\":1,}",
            "{\"a\":1]",
            "{\"a\":[1]]",
            "{\"a\":[1],,}",
            &format!("\u{feff}{compact}"),
            &format!("{compact}x"),
            &format!("{compact}{compact}"),
            &format!("{compact},"),
            &format!("{compact}\u{c}"),
            &format!("\u{b}{compact}"),
            &compact.replacen(',', ",\u{a0}", 1),
            &compact[..compact.len() - 1],
            &compact.replacen('{', "[", 1),
        ] {
            same_as_from_json(text);
            assert!(Corpus::from_json(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn every_truncation_is_refused() {
        let text = serde_json::to_string_pretty(&small_corpus()).expect("serializes");
        let text = text.trim_end();
        for end in (0..text.len()).filter(|&end| text.is_char_boundary(end)) {
            let cut = &text[..end];
            assert!(read_in_units(cut, 1, 100).is_err());
            assert!(read_in_steps(cut, 1).is_err());
            assert!(Corpus::from_json(cut).is_err());
        }
        same_as_from_json(text);
    }

    /// SplitMix64: a fixed sequence of pseudo-random numbers for the mutations.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) % n.max(1) as u64) as usize
        }
    }

    #[test]
    fn damaged_files_are_read_as_serde_reads_them() {
        let corpus = small_corpus();
        let compact = serde_json::to_string(&corpus).expect("serializes");
        let pretty = serde_json::to_string_pretty(&corpus).expect("serializes");
        let tokens: &[&[u8]] = &[
            b"\"",
            b"\\",
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b" ",
            b"\n",
            b"0",
            b"null",
            b"\\\"",
            b"\"\"",
            b"[]",
            b"{}",
            b"\xc3\xa9",
            b"\x0c",
            b"\x0b",
            b"\xc2\xa0",
        ];
        let mut rng = Rng(7);
        let (mut accepted, mut refused) = (0, 0);
        for round in 0..3000 {
            let mut bytes = if round % 2 == 0 { &compact } else { &pretty }
                .as_bytes()
                .to_vec();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(bytes.len());
                match rng.below(4) {
                    // A bit flipped.
                    0 => bytes[at] ^= 1 << rng.below(8),
                    // A byte removed.
                    1 => {
                        bytes.remove(at);
                    }
                    // A token put in.
                    2 => {
                        let token = tokens[rng.below(tokens.len())];
                        bytes.splice(at..at, token.iter().copied());
                    }
                    // A byte put in from elsewhere in the file.
                    _ => {
                        let byte = bytes[rng.below(bytes.len())];
                        bytes.insert(at, byte);
                    }
                }
            }
            // Only text can be read (the app refuses other bytes before this).
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            // The scan stops at many different places (a byte at a time in other tests).
            same_as_from_json_in_steps(&text, &[(2, 1 + round % 13), (usize::MAX, UNIT_BYTES)]);
            if Corpus::from_json(&text).is_ok() {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
        eprintln!(
            "accepted {accepted}, refused {refused}, {} bytes",
            compact.len()
        );
        // The mutations find both outcomes often.
        assert!(accepted > 200 && refused > 1000, "{accepted} {refused}");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let reason = |text: &str| match read_in_steps(text, 5) {
            Ok(_) => panic!("accepted {}", &text[..text.len().min(80)]),
            Err(reason) => reason,
        };
        assert!(reason("").starts_with("not a corpus.json file"));
        assert!(reason("[1, 2]").starts_with("not a corpus.json file"));
        let text = real_text();
        let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
        value["schema_version"] = serde_json::json!(9);
        let newer = serde_json::to_string(&value).expect("serializes");
        assert!(
            reason(&newer).contains("schema version 9"),
            "{}",
            reason(&newer)
        );
        // Of another version: refused before any article is read.
        let mut reader = CorpusReader::new(&newer);
        while matches!(reader.stage, Stage::Scanning(_)) {
            reader.read(1).expect("scans");
        }
        assert!(reader.read(1).is_err());
        assert!(reader.corpus.articles.is_empty());
        // Refused once, refused again.
        assert!(reader.read(1).is_err());
        // An article that is JSON but not an article names the article.
        value["schema_version"] = serde_json::json!(SCHEMA_VERSION);
        value["articles"][2] = serde_json::json!({"id": 5});
        let broken = serde_json::to_string(&value).expect("serializes");
        assert!(reason(&broken).contains("article 3"), "{}", reason(&broken));
        // Cut short: not JSON at all.
        assert!(reason(&text[..text.len() / 2]).starts_with("not a corpus.json file"));
    }
}
