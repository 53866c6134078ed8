//! In-memory search index over the articles: an inverted index of titles and paragraphs with
//! prefix and phrase matching, BM25 relevance, highlighted snippets and facet counts that stay
//! live under the other active filters.

use crate::drift::{drift_groups, DriftGroup};
use crate::model::{Article, Corpus, OutletKind};
use crate::naming::{display_label, names_in_article, NamingRules};
use crate::query::{
    date_span, span_in_bounds, FacetKind, Filters, Notice, Sort, View, ViewState, HAS_QUOTES_NO,
    HAS_QUOTES_YES,
};
use crate::text::{floor_char_boundary, for_each_token, normalize, tokenize, Token};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

/// What the search text asks for. Every clause must match (AND).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// A bare word: matches every word that starts with it.
    Prefix(String),
    /// Words in "double quotes": exactly these words, in this order.
    Phrase(Vec<String>),
    /// Any of these: what the user typed, or another alias of the entity it names.
    AnyOf(Vec<Clause>),
}

impl SearchQuery {
    /// Reads bare words and "quoted phrases" (straight or curly quotes; an unclosed quote runs
    /// to the end). Case, diacritics and punctuation do not matter.
    pub fn parse(text: &str) -> SearchQuery {
        let folded = normalize(text);
        let mut clauses = Vec::new();
        for (i, part) in folded.split('"').enumerate() {
            let words: Vec<String> = tokenize(part).into_iter().map(|t| t.key).collect();
            if i % 2 == 1 {
                if !words.is_empty() {
                    clauses.push(Clause::Phrase(words));
                }
            } else {
                clauses.extend(words.into_iter().map(Clause::Prefix));
            }
        }
        clauses.dedup();
        SearchQuery { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Byte ranges of `text` matched by any clause, sorted and merged.
    pub fn match_ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.token_matches(&tokenize(text))
    }

    fn token_matches(&self, tokens: &[Token]) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        clause_matches(&self.clauses, tokens, &mut ranges);
        merge_ranges(ranges)
    }
}

fn clause_matches(clauses: &[Clause], tokens: &[Token], ranges: &mut Vec<Range<usize>>) {
    for clause in clauses {
        match clause {
            Clause::Prefix(prefix) => ranges.extend(
                tokens
                    .iter()
                    .filter(|t| t.key.starts_with(prefix.as_str()))
                    .map(Token::range),
            ),
            Clause::Phrase(words) => {
                for start in 0..tokens.len() {
                    if phrase_at(tokens, start, words) {
                        ranges.push(tokens[start].start..tokens[start + words.len() - 1].end);
                    }
                }
            }
            Clause::AnyOf(alternatives) => clause_matches(alternatives, tokens, ranges),
        }
    }
}

fn phrase_at(tokens: &[Token], start: usize, words: &[String]) -> bool {
    tokens
        .get(start..start + words.len())
        .is_some_and(|window| window.iter().zip(words).all(|(t, w)| t.key == *w))
}

fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// A clause resolved against the index's terms, to match indexed fields by term id instead
/// of comparing strings.
#[derive(Debug)]
enum TermClause {
    /// Terms starting with the prefix: a range of positions in `Index::sorted`.
    Prefix(Range<u32>),
    /// The term ids of the words; `None` when some word is in no article (nothing matches).
    Phrase(Option<Vec<u32>>),
    AnyOf(Vec<TermClause>),
}

/// [`clause_matches`] over indexed tokens: the same ranges, compared by term id. `rank` gives
/// each term id's position in sorted order.
fn term_clause_matches(
    clauses: &[TermClause],
    tokens: &[FieldToken],
    rank: &[u32],
    ranges: &mut Vec<Range<usize>>,
) {
    for clause in clauses {
        match clause {
            TermClause::Prefix(sorted) => ranges.extend(
                tokens
                    .iter()
                    .filter(|t| {
                        rank.get(t.term as usize)
                            .is_some_and(|r| sorted.contains(r))
                    })
                    .map(FieldToken::range),
            ),
            TermClause::Phrase(Some(ids)) if !ids.is_empty() => {
                for start in 0..tokens.len() {
                    if term_phrase_at(tokens, start, ids) {
                        ranges.push(
                            tokens[start].start as usize
                                ..tokens[start + ids.len() - 1].end as usize,
                        );
                    }
                }
            }
            TermClause::Phrase(_) => {}
            TermClause::AnyOf(alternatives) => {
                term_clause_matches(alternatives, tokens, rank, ranges)
            }
        }
    }
}

/// An unsigned integer in the order of `f32::total_cmp`, for sorting by score with integer keys.
fn score_order(score: f32) -> u32 {
    let bits = score.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 0x8000_0000
    }
}

fn term_phrase_at(tokens: &[FieldToken], start: usize, ids: &[u32]) -> bool {
    tokens
        .get(start..start + ids.len())
        .is_some_and(|window| window.iter().zip(ids).all(|(t, id)| t.term == *id))
}

/// One word of an indexed field: 12 bytes instead of a [`Token`]'s heap-allocated key.
#[derive(Debug, Clone, Copy)]
struct FieldToken {
    /// Position in `Index::terms`.
    term: u32,
    start: u32,
    end: u32,
}

impl FieldToken {
    fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A title or a paragraph of one article, tokenised.
#[derive(Debug)]
struct Field {
    /// `None` for the title, otherwise the paragraph index.
    paragraph: Option<usize>,
    tokens: Box<[FieldToken]>,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    field: u32,
    position: u32,
}

/// Number of facet kinds; a document's facet failures fit in a `u32` bit mask.
const FACETS: usize = FacetKind::ALL.len();

#[derive(Debug)]
struct Doc {
    fields: Vec<Field>,
    /// Number of tokens, for BM25 length normalisation.
    length: usize,
    /// First and last day the article's date may stand for.
    span: Option<(String, String)>,
    /// Its month (`YYYY-MM` or "undated") as a position in `Index::months`.
    month: u32,
    /// Quotations of the article in `corpus.quotes`.
    quotes: u32,
    /// Order of the span's first day among all documents' (equal days equal), 0 when undated.
    date_rank: u32,
    /// Position of the document when all are sorted by title (stable: ties by document).
    title_rank: u32,
}

/// One facet kind's value ids for every document, in one array: a search reads them for every
/// document, and with a small allocation per document and kind it spent most of that time
/// waiting on memory (the empty search at 10,000 articles).
#[derive(Debug)]
struct FacetColumn {
    /// Document `d`'s ids, sorted, are `ids[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    /// Into that kind's [`FacetDict`].
    ids: Vec<u32>,
}

impl FacetColumn {
    fn new() -> FacetColumn {
        FacetColumn {
            starts: vec![0],
            ids: Vec::new(),
        }
    }

    /// Adds the next document's ids.
    fn push(&mut self, ids: &[u32]) {
        self.ids.extend_from_slice(ids);
        self.starts.push(self.ids.len() as u32);
    }

    /// The ids of document `doc` (none for a document not added).
    fn of(&self, doc: usize) -> &[u32] {
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.ids[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// The distinct values of one facet kind, so that documents hold ids and a search counts into
/// a `Vec` instead of a map of strings.
#[derive(Debug, Default)]
struct FacetDict {
    /// Values in first-seen order: an id is a position here (and in `labels`, `sort_keys`).
    values: Vec<String>,
    /// As shown ([`Index::label`]).
    labels: Vec<String>,
    /// Lowercased labels: the order of values with equal counts.
    sort_keys: Vec<String>,
    ids: HashMap<String, u32>,
}

impl FacetDict {
    /// The id of `value`, added with the label `label_of` gives when new.
    fn intern(&mut self, value: String, label_of: impl FnOnce(&str) -> String) -> u32 {
        if let Some(&id) = self.ids.get(&value) {
            return id;
        }
        let id = self.values.len() as u32;
        let label = label_of(&value);
        self.sort_keys.push(label.to_lowercase());
        self.labels.push(label);
        self.ids.insert(value.clone(), id);
        self.values.push(value);
        id
    }

    fn id(&self, value: &str) -> Option<u32> {
        self.ids.get(value).copied()
    }
}

/// One value of a facet with the number of results it would have.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FacetCounts {
    pub kind: FacetKind,
    pub values: Vec<FacetValue>,
}

/// A filter the user could drop, and how many results there would be without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relaxation {
    Query,
    Facet(FacetKind),
    Dates,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `corpus.articles`.
    pub doc: usize,
    pub score: f32,
}

/// One alias of an entity the search was widened to, with the number of articles using it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasUse {
    /// As written in `data/entities.json`.
    pub alias: String,
    pub articles: usize,
}

/// Words of the search that name an entity, and the aliases searched with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynonymUse {
    pub typed: String,
    pub entity: String,
    pub aliases: Vec<AliasUse>,
}

/// Every name of one entity (its name and aliases).
#[derive(Debug)]
struct AliasGroup {
    entity: String,
    aliases: Vec<Alias>,
}

/// One name of an entity, as written and as search keys.
#[derive(Debug)]
struct Alias {
    text: String,
    keys: Vec<String>,
    /// Articles using it, counted the first time a search needs it: a phrase search over
    /// every article, which at 10,000 articles was a third of the time of a search for a name
    /// with aliases (issue 7).
    articles: OnceLock<usize>,
}

/// Articles per outlet using each name of one naming lens, for the outlet × name chart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NamingTable {
    /// (facet value, label as shown), most used first.
    pub names: Vec<(String, String)>,
    /// (outlet label, articles per name in `names` order), by outlet label.
    pub rows: Vec<(String, Vec<usize>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    pub query: SearchQuery,
    /// How the search was widened to other names of the same entity (empty with `syn=off`).
    pub synonyms: Vec<SynonymUse>,
    pub hits: Vec<Hit>,
    pub facets: Vec<FacetCounts>,
    /// Results per month (`YYYY-MM`, or "undated"), ignoring the date bounds.
    pub months: Vec<(String, usize)>,
    /// With no results: how many there would be without each active filter.
    pub relaxations: Vec<(Relaxation, usize)>,
}

impl SearchResults {
    /// One flag per document of an index of `docs` documents: is it among the hits?
    pub fn hit_flags(&self, docs: usize) -> Vec<bool> {
        let mut flags = vec![false; docs];
        for hit in &self.hits {
            if let Some(flag) = flags.get_mut(hit.doc) {
                *flag = true;
            }
        }
        flags
    }
}

/// A short piece of an article around its best match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges into `text` to highlight.
    pub highlights: Vec<Range<usize>>,
    pub paragraph: Option<usize>,
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Label used for articles whose original outlet is not stated.
pub const OUTLET_UNSTATED: &str = "unstated";

#[derive(Debug)]
pub struct Index {
    corpus: Corpus,
    docs: Vec<Doc>,
    /// Every distinct word, in first-seen order: a term id is a position here.
    terms: Vec<String>,
    /// Postings per term id, in (doc, field, position) order.
    postings: Vec<Vec<Posting>>,
    /// Term ids by word, for binary search of prefixes: the terms starting with a prefix are a
    /// contiguous range here.
    sorted: Vec<u32>,
    /// Position of each term id in `sorted`.
    rank: Vec<u32>,
    average_length: f32,
    /// Facet values per kind (same order as `FacetKind::ALL`).
    dicts: [FacetDict; FACETS],
    /// Each document's facet value ids, per kind (same order).
    columns: [FacetColumn; FACETS],
    /// Month ids of `Doc::month`, as strings.
    months: Vec<String>,
    /// Month ids in the order of their strings.
    month_order: Vec<u32>,
    by_id: HashMap<String, usize>,
    aliases: Vec<AliasGroup>,
    /// Quotations carried by several articles: compared pair by pair, so computed once, on
    /// first use (the reader and the quote wall), not at start-up.
    drift: OnceLock<Vec<DriftGroup>>,
}

const BM25_K1: f32 = 1.2;
const BM25_B: f32 = 0.75;
/// A prefix match ("camp" in "campaign") counts less than the whole word.
const PREFIX_WEIGHT: f32 = 0.6;

pub fn outlet_kind_param(kind: OutletKind) -> &'static str {
    match kind {
        OutletKind::WireService => "wire_service",
        OutletKind::Newspaper => "newspaper",
        OutletKind::Magazine => "magazine",
        OutletKind::NewsAgency => "news_agency",
        OutletKind::StateNewsAgency => "state_news_agency",
        OutletKind::Ngo => "ngo",
        OutletKind::Advocacy => "advocacy",
        OutletKind::UnidentifiedSite => "unidentified_site",
        OutletKind::UserImport => "user_import",
    }
}

/// Builds an [`Index`] a few articles at a time, so that the browser can index between
/// frames instead of freezing the page:
///
/// ```
/// # use ashraf_core::{index::IndexBuilder, model::Corpus};
/// let mut builder = IndexBuilder::new(Corpus::default());
/// while builder.add_articles(200) > 0 {
///     let (done, total) = builder.progress();
///     // … show done / total, yield to the event loop …
/// #   assert!(done <= total);
/// }
/// let index = builder.finish();
/// ```
#[derive(Debug)]
pub struct IndexBuilder {
    corpus: Corpus,
    naming: NamingRules,
    /// Quotations per article (`corpus.quotes` by article id).
    quotes: Vec<u32>,
    docs: Vec<Doc>,
    /// Term id of every word seen so far (ids in first-seen order).
    term_ids: HashMap<String, u32>,
    postings: Vec<Vec<Posting>>,
    dicts: [FacetDict; FACETS],
    columns: [FacetColumn; FACETS],
    month_ids: HashMap<String, u32>,
    by_id: HashMap<String, usize>,
}

impl IndexBuilder {
    /// Prepares the build; indexes no article yet. Costs one pass over the articles' ids and
    /// the quotes.
    pub fn new(corpus: Corpus) -> IndexBuilder {
        let by_id: HashMap<String, usize> = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        // Counted by id, so that articles sharing an id both get their quotes.
        let mut per_id: HashMap<&str, u32> = HashMap::new();
        for quote in &corpus.quotes {
            *per_id.entry(quote.article.as_str()).or_default() += 1;
        }
        let quotes = corpus
            .articles
            .iter()
            .map(|a| per_id.get(a.id.as_str()).copied().unwrap_or(0))
            .collect();
        drop(per_id);
        IndexBuilder {
            // The committed naming.json is parsed by a test; without it the name facets are
            // empty.
            naming: NamingRules::bundled().unwrap_or_default(),
            quotes,
            docs: Vec::with_capacity(corpus.articles.len()),
            term_ids: HashMap::new(),
            postings: Vec::new(),
            dicts: Default::default(),
            columns: std::array::from_fn(|_| FacetColumn::new()),
            month_ids: HashMap::new(),
            by_id,
            corpus,
        }
    }

    /// (articles indexed, articles in the corpus).
    pub fn progress(&self) -> (usize, usize) {
        (self.docs.len(), self.corpus.articles.len())
    }

    /// Indexes up to `max` more articles; returns how many it added (0 once all are done).
    pub fn add_articles(&mut self, max: usize) -> usize {
        let first = self.docs.len();
        let last = first.saturating_add(max).min(self.corpus.articles.len());
        for doc_index in first..last {
            let doc = self.add_article(doc_index);
            self.docs.push(doc);
        }
        last - first
    }

    fn add_article(&mut self, doc_index: usize) -> Doc {
        let Self {
            corpus,
            naming,
            quotes,
            term_ids,
            postings,
            dicts,
            columns,
            month_ids,
            ..
        } = self;
        let article = &corpus.articles[doc_index];
        let texts = std::iter::once((None, &article.title)).chain(
            article
                .paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| (Some(i), p)),
        );
        let mut fields = Vec::with_capacity(article.paragraphs.len() + 1);
        let mut length = 0;
        for (field_index, (paragraph, text)) in texts.enumerate() {
            let mut tokens = Vec::new();
            for_each_token(text, |key, start, end| {
                // Look up before inserting: most words repeat a known term.
                let term = match term_ids.get(key) {
                    Some(&id) => id,
                    None => {
                        let id = postings.len() as u32;
                        term_ids.insert(key.to_owned(), id);
                        postings.push(Vec::new());
                        id
                    }
                };
                postings[term as usize].push(Posting {
                    doc: doc_index as u32,
                    field: field_index as u32,
                    position: tokens.len() as u32,
                });
                // Offsets past 4 GiB cannot occur in a 32-bit (WebAssembly) address space.
                let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
                tokens.push(FieldToken {
                    term,
                    start: offset(start),
                    end: offset(end),
                });
            });
            length += tokens.len();
            fields.push(Field {
                paragraph,
                tokens: tokens.into_boxed_slice(),
            });
        }
        let quote_count = quotes.get(doc_index).copied().unwrap_or(0);
        let names = names_in_article(naming, article);
        for (slot, kind) in FacetKind::ALL.into_iter().enumerate() {
            let values = facet_values(corpus, article, kind, quote_count > 0, &names);
            let mut ids: Vec<u32> = values
                .into_iter()
                .map(|v| dicts[slot].intern(v, |v| facet_label(corpus, kind, v)))
                .collect();
            ids.sort_unstable();
            columns[slot].push(&ids);
        }
        let span = article.date.as_deref().and_then(date_span);
        let month = span
            .as_ref()
            .map_or("undated", |(first, _)| first.get(..7).unwrap_or(first));
        let next = month_ids.len() as u32;
        let month = *month_ids.entry(month.to_owned()).or_insert(next);
        Doc {
            fields,
            length,
            span,
            month,
            quotes: quote_count,
            // Set by `finish`, which sees every document.
            date_rank: 0,
            title_rank: 0,
        }
    }

    /// Indexes the articles not added yet, then the global steps: sorting the distinct words
    /// (not every word: tokens keep their first-seen term ids and `Index::rank` orders them,
    /// so nothing is remapped), ranking the documents by date and by title (the sort keys of
    /// hits), sorting the months and grouping aliases. At 10,000 synthetic articles these take
    /// about 12 ms natively, against about 50 ms per 250 articles added.
    pub fn finish(mut self) -> Index {
        while self.add_articles(usize::MAX) > 0 {}
        let mut terms = vec![String::new(); self.term_ids.len()];
        for (term, id) in self.term_ids {
            terms[id as usize] = term;
        }
        let mut sorted: Vec<u32> = (0..terms.len() as u32).collect();
        sorted.sort_unstable_by(|a, b| terms[*a as usize].cmp(&terms[*b as usize]));
        let mut rank = vec![0; sorted.len()];
        for (position, id) in sorted.iter().enumerate() {
            rank[*id as usize] = position as u32;
        }
        let mut months = vec![String::new(); self.month_ids.len()];
        for (month, id) in self.month_ids {
            months[id as usize] = month;
        }
        let mut month_order: Vec<u32> = (0..months.len() as u32).collect();
        month_order.sort_unstable_by(|a, b| months[*a as usize].cmp(&months[*b as usize]));
        rank_dates_and_titles(&mut self.docs, &self.corpus);
        let total: usize = self.docs.iter().map(|d| d.length).sum();
        let average_length = (total as f32 / self.docs.len().max(1) as f32).max(1.0);
        let aliases = alias_groups(&self.corpus);
        Index {
            corpus: self.corpus,
            docs: self.docs,
            terms,
            postings: self.postings,
            sorted,
            rank,
            average_length,
            dicts: self.dicts,
            columns: self.columns,
            months,
            month_order,
            by_id: self.by_id,
            aliases,
            drift: OnceLock::new(),
        }
    }
}

impl Index {
    /// Indexes the whole corpus at once (see [`IndexBuilder`] to do it in steps).
    pub fn new(corpus: Corpus) -> Index {
        IndexBuilder::new(corpus).finish()
    }

    /// The search of `state`: what was typed, widened to every alias of a named entity
    /// unless `syn=off`.
    pub fn query(&self, state: &ViewState) -> SearchQuery {
        let query = SearchQuery::parse(&state.q);
        if state.literal {
            query
        } else {
            self.expand(query).0
        }
    }

    /// Groups whose aliases include exactly these words.
    fn groups_naming(&self, words: &[String]) -> Vec<&AliasGroup> {
        self.aliases
            .iter()
            .filter(|g| g.aliases.iter().any(|a| a.keys == words))
            .collect()
    }

    /// Replaces each run of typed words (or quoted phrase) that is an alias by "any alias of
    /// that entity", longest run first.
    fn expand(&self, query: SearchQuery) -> (SearchQuery, Vec<SynonymUse>) {
        let longest = self
            .aliases
            .iter()
            .flat_map(|g| g.aliases.iter().map(|a| a.keys.len()))
            .max()
            .unwrap_or(0);
        let clauses = query.clauses;
        let (mut out, mut uses) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < clauses.len() {
            let mut found = None;
            if let Clause::Phrase(words) = &clauses[i] {
                let groups = self.groups_naming(words);
                if !groups.is_empty() {
                    found = Some((1, words.clone(), groups));
                }
            } else {
                let run: Vec<String> = clauses[i..]
                    .iter()
                    .map_while(|c| match c {
                        Clause::Prefix(w) => Some(w.clone()),
                        _ => None,
                    })
                    .take(longest)
                    .collect();
                found = (1..=run.len()).rev().find_map(|n| {
                    let groups = self.groups_naming(&run[..n]);
                    (!groups.is_empty()).then(|| (n, run[..n].to_vec(), groups))
                });
            }
            let Some((taken, words, groups)) = found else {
                out.push(clauses[i].clone());
                i += 1;
                continue;
            };
            let original = if taken == 1 {
                clauses[i].clone()
            } else {
                Clause::Phrase(words.clone())
            };
            let mut alternatives = vec![original];
            for group in groups {
                let mut used = Vec::new();
                for alias in &group.aliases {
                    let phrase = Clause::Phrase(alias.keys.clone());
                    let articles = *alias.articles.get_or_init(|| {
                        self.clause_frequencies(&phrase)
                            .iter()
                            .filter(|f| **f > 0.0)
                            .count()
                    });
                    used.push(AliasUse {
                        alias: alias.text.clone(),
                        articles,
                    });
                    if alias.keys != words && !alternatives.contains(&phrase) {
                        alternatives.push(phrase);
                    }
                }
                uses.push(SynonymUse {
                    typed: words.join(" "),
                    entity: group.entity.clone(),
                    aliases: used,
                });
            }
            out.push(Clause::AnyOf(alternatives));
            i += taken;
        }
        (SearchQuery { clauses: out }, uses)
    }

    /// Articles per outlet using each name of the naming facet `kind`, among `hits`.
    pub fn naming_table(&self, hits: &[Hit], kind: FacetKind) -> NamingTable {
        let Some(slot) = FacetKind::ALL.iter().position(|k| *k == kind) else {
            return NamingTable::default();
        };
        let outlet_slot = 0; // FacetKind::Outlet is first in FacetKind::ALL.
        let (names, outlets) = (&self.dicts[slot], &self.dicts[outlet_slot]);
        let width = names.values.len();
        if width == 0 {
            return NamingTable::default();
        }
        // Counts by outlet id and name id, in one array (it runs on every keystroke, over up
        // to every article); the last row is for articles without a known outlet.
        let unknown = outlets.labels.len();
        let mut counts = vec![0_usize; (unknown + 1) * width];
        let mut totals = vec![0_usize; width];
        for hit in hits {
            let used = self.columns[slot].of(hit.doc);
            if used.is_empty() {
                continue;
            }
            let outlet = self.columns[outlet_slot]
                .of(hit.doc)
                .first()
                .map_or(unknown, |&id| (id as usize).min(unknown));
            let row = &mut counts[outlet * width..][..width];
            for &name in used {
                totals[name as usize] += 1;
                row[name as usize] += 1;
            }
        }
        // Rows by outlet label: outlets with the same name share a row.
        let mut cells: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (outlet, row) in counts.chunks(width).enumerate() {
            if row.iter().all(|&n| n == 0) {
                continue;
            }
            let label = outlets.labels.get(outlet).map_or("", String::as_str);
            let merged = cells.entry(label).or_insert_with(|| vec![0; width]);
            for (sum, n) in merged.iter_mut().zip(row) {
                *sum += n;
            }
        }
        let mut used: Vec<usize> = (0..width).filter(|&id| totals[id] > 0).collect();
        used.sort_by(|&a, &b| {
            totals[b]
                .cmp(&totals[a])
                .then_with(|| names.values[a].cmp(&names.values[b]))
        });
        NamingTable {
            rows: cells
                .into_iter()
                .map(|(outlet, row)| (outlet.to_owned(), used.iter().map(|&id| row[id]).collect()))
                .collect(),
            names: used
                .iter()
                .map(|&id| (names.values[id].clone(), names.labels[id].clone()))
                .collect(),
        }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Every quotation found in more than one article ([`drift_groups`] of the corpus).
    pub fn drift_groups(&self) -> &[DriftGroup] {
        self.drift.get_or_init(|| drift_groups(&self.corpus))
    }

    pub fn article(&self, doc: usize) -> Option<&Article> {
        self.corpus.articles.get(doc)
    }

    pub fn doc_of(&self, article_id: &str) -> Option<usize> {
        self.by_id.get(article_id).copied()
    }

    /// Display label of a facet value (outlet name, entity name, kind label …).
    pub fn label(&self, kind: FacetKind, value: &str) -> String {
        let dict = &self.dicts[slot_of(kind)];
        dict.id(value)
            .and_then(|id| dict.labels.get(id as usize))
            .map_or_else(|| value.to_owned(), Clone::clone)
    }

    /// Quotations of the article `doc` in `corpus.quotes` (by article id), counted when the
    /// index was built; 0 for an unknown `doc`.
    pub fn quote_count(&self, doc: usize) -> usize {
        self.docs.get(doc).map_or(0, |d| d.quotes as usize)
    }

    /// Positions in `sorted` of the terms starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<usize> {
        let word = |id: &u32| self.terms[*id as usize].as_str();
        let first = self.sorted.partition_point(|id| word(id) < prefix);
        let len = self.sorted[first..].partition_point(|id| word(id).starts_with(prefix));
        first..first + len
    }

    fn term_id(&self, word: &str) -> Option<u32> {
        self.sorted
            .binary_search_by(|id| self.terms[*id as usize].as_str().cmp(word))
            .ok()
            .map(|i| self.sorted[i])
    }

    /// The term ids of a phrase's words; `None` when some word is in no article.
    fn phrase_ids(&self, words: &[String]) -> Option<Vec<u32>> {
        words.iter().map(|w| self.term_id(w)).collect()
    }

    fn resolve(&self, clause: &Clause) -> TermClause {
        match clause {
            Clause::Prefix(prefix) => {
                let r = self.prefix_range(prefix);
                TermClause::Prefix(r.start as u32..r.end as u32)
            }
            Clause::Phrase(words) => TermClause::Phrase(self.phrase_ids(words)),
            Clause::AnyOf(alternatives) => {
                TermClause::AnyOf(alternatives.iter().map(|c| self.resolve(c)).collect())
            }
        }
    }

    /// Weighted term frequency of `clause` in every document (0 where it does not match).
    fn clause_frequencies(&self, clause: &Clause) -> Vec<f32> {
        let mut tf = vec![0.0_f32; self.docs.len()];
        if let Clause::AnyOf(alternatives) = clause {
            for alternative in alternatives {
                for (sum, f) in tf.iter_mut().zip(self.clause_frequencies(alternative)) {
                    *sum += f;
                }
            }
            return tf;
        }
        let mut add = |posting: &Posting, weight: f32| {
            // Titles (field 0) weigh more: a word in the headline says more about the article.
            let field_weight = if posting.field == 0 { 3.0 } else { 1.0 };
            tf[posting.doc as usize] += weight * field_weight;
        };
        match clause {
            Clause::Prefix(prefix) => {
                for &id in &self.sorted[self.prefix_range(prefix)] {
                    let weight = if self.terms[id as usize] == *prefix {
                        1.0
                    } else {
                        PREFIX_WEIGHT
                    };
                    for posting in &self.postings[id as usize] {
                        add(posting, weight);
                    }
                }
            }
            Clause::Phrase(words) => {
                let Some(ids) = self.phrase_ids(words) else {
                    return tf;
                };
                // Walk the postings of the phrase's rarest word and look around each one: a
                // phrase such as "the camp of new iraq" would otherwise visit every "the" of
                // the corpus. Each occurrence has one position of that word, so counts are
                // unchanged. An empty phrase has no rarest word and matches nothing.
                let Some((anchor, &anchor_id)) = ids
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, id)| self.postings[**id as usize].len())
                else {
                    return tf;
                };
                for posting in &self.postings[anchor_id as usize] {
                    // A one-word phrase is every posting of the word: no tokens to compare.
                    if ids.len() == 1 {
                        add(posting, 1.0);
                        continue;
                    }
                    let Some(start) = (posting.position as usize).checked_sub(anchor) else {
                        continue;
                    };
                    let field = &self.docs[posting.doc as usize].fields[posting.field as usize];
                    if term_phrase_at(&field.tokens, start, &ids) {
                        add(posting, 1.0);
                    }
                }
            }
            Clause::AnyOf(_) => {}
        }
        tf
    }

    /// BM25 score per document, `None` where some clause does not match.
    fn text_scores(&self, query: &SearchQuery) -> Vec<Option<f32>> {
        let mut scores = vec![Some(0.0_f32); self.docs.len()];
        let n = self.docs.len() as f32;
        for clause in &query.clauses {
            let tf = self.clause_frequencies(clause);
            let df = tf.iter().filter(|f| **f > 0.0).count() as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for ((score, f), doc) in scores.iter_mut().zip(&tf).zip(&self.docs) {
                *score = match *score {
                    Some(s) if *f > 0.0 => {
                        let norm = 1.0 - BM25_B + BM25_B * doc.length as f32 / self.average_length;
                        Some(s + idf * f * (BM25_K1 + 1.0) / (f + BM25_K1 * norm))
                    }
                    _ => None,
                };
            }
        }
        scores
    }

    fn passes_dates(doc: &Doc, filters: &Filters) -> bool {
        if filters.date_from.is_none() && filters.date_to.is_none() {
            return true;
        }
        let Some((first, last)) = &doc.span else {
            return false;
        };
        span_in_bounds(
            first,
            last,
            filters.date_from.as_deref(),
            filters.date_to.as_deref(),
        )
    }

    /// Runs the search and filters of `state`: sorted hits, live facet counts, months.
    pub fn search(&self, state: &ViewState) -> SearchResults {
        let (query, synonyms) = if state.literal {
            (SearchQuery::parse(&state.q), Vec::new())
        } else {
            self.expand(SearchQuery::parse(&state.q))
        };
        let scores = self.text_scores(&query);
        let filters = &state.filters;
        let kinds = FacetKind::ALL;
        // The selected values as ids, once: a value no article has selects nothing.
        let active: [bool; FACETS] = std::array::from_fn(|slot| filters.has_any(kinds[slot]));
        let selected: [Vec<u32>; FACETS] = std::array::from_fn(|slot| {
            let dict = &self.dicts[slot];
            filters
                .selected(kinds[slot])
                .filter_map(|v| dict.id(v))
                .collect()
        });
        let mut counts: [Vec<u32>; FACETS] =
            std::array::from_fn(|slot| vec![0; self.dicts[slot].values.len()]);
        let mut months = vec![0_usize; self.months.len()];
        let mut hits = Vec::new();
        let mut without_query = 0;
        let mut without_facet = [0_usize; FACETS];
        let mut without_dates = 0;
        for (i, doc) in self.docs.iter().enumerate() {
            // Bit `slot` set: the document fails that facet. A facet's counts ignore its own
            // filter.
            let mut failed = 0_u32;
            for slot in 0..FACETS {
                if active[slot]
                    && !self.columns[slot]
                        .of(i)
                        .iter()
                        .any(|v| selected[slot].contains(v))
                {
                    failed |= 1 << slot;
                }
            }
            let in_dates = Self::passes_dates(doc, filters);
            let Some(score) = scores[i] else {
                without_query += usize::from(failed == 0 && in_dates);
                continue;
            };
            if in_dates {
                for (slot, column) in self.columns.iter().enumerate() {
                    if failed == 0 || failed == 1 << slot {
                        for &value in column.of(i) {
                            counts[slot][value as usize] += 1;
                        }
                        if failed != 0 {
                            without_facet[slot] += 1;
                        }
                    }
                }
            }
            if failed == 0 {
                months[doc.month as usize] += 1;
                if in_dates {
                    hits.push(Hit { doc: i, score });
                } else {
                    without_dates += 1;
                }
            }
        }
        self.sort_hits(&mut hits, state.sort);
        let facets = kinds
            .iter()
            .enumerate()
            .map(|(slot, kind)| self.facet_counts(*kind, &counts[slot], &selected[slot], filters))
            .collect();
        let mut relaxations = Vec::new();
        if hits.is_empty() {
            if !query.is_empty() {
                relaxations.push((Relaxation::Query, without_query));
            }
            for (slot, kind) in kinds.iter().enumerate() {
                if active[slot] {
                    relaxations.push((Relaxation::Facet(*kind), without_facet[slot]));
                }
            }
            if filters.date_from.is_some() || filters.date_to.is_some() {
                relaxations.push((Relaxation::Dates, without_dates));
            }
        }
        SearchResults {
            query,
            synonyms,
            hits,
            facets,
            months: self
                .month_order
                .iter()
                .filter(|&&id| months[id as usize] > 0)
                .map(|&id| (self.months[id as usize].clone(), months[id as usize]))
                .collect(),
            relaxations,
        }
    }

    fn sort_hits(&self, hits: &mut [Hit], sort: Sort) {
        // Integer keys precomputed at build: comparing date and title strings dominated
        // sorting thousands of hits. `date_rank` is 0 when undated, so undated articles go last
        // in both date orders; `title_rank` is unique, so the order is deterministic and the
        // one the former stable sort by title gave. Each hit's key is made once: looking the
        // document up on every comparison was a third of a search at 10,000 articles.
        hits.sort_by_cached_key(|hit| {
            let doc = &self.docs[hit.doc];
            let score_desc = u32::MAX - score_order(hit.score);
            let date_desc = u32::MAX - doc.date_rank;
            let date_asc_undated_last = match doc.date_rank {
                0 => u32::MAX,
                rank => rank,
            };
            let (first, second) = match sort {
                Sort::Relevance => (score_desc, date_desc),
                Sort::Newest => (date_desc, score_desc),
                Sort::Oldest => (date_asc_undated_last, score_desc),
            };
            (first, second, doc.title_rank)
        });
    }

    /// The values of one facet with a count, and the selected ones even at 0; most results
    /// first, then by label (case-insensitive), then by value.
    fn facet_counts(
        &self,
        kind: FacetKind,
        counts: &[u32],
        selected: &[u32],
        filters: &Filters,
    ) -> FacetCounts {
        let dict = &self.dicts[slot_of(kind)];
        // (count, sort key, value, label, selected)
        let mut values: Vec<(usize, Cow<str>, &str, &str, bool)> = counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(id, count)| {
                (
                    *count as usize,
                    Cow::Borrowed(dict.sort_keys[id].as_str()),
                    dict.values[id].as_str(),
                    dict.labels[id].as_str(),
                    selected.contains(&(id as u32)),
                )
            })
            .collect();
        // A selected value stays visible even when nothing matches it any more; one the corpus
        // does not have shows as written.
        for value in filters.selected(kind) {
            match dict.id(value) {
                Some(id) if counts.get(id as usize).is_some_and(|c| *c > 0) => {}
                Some(id) => values.push((
                    0,
                    Cow::Borrowed(dict.sort_keys[id as usize].as_str()),
                    value,
                    dict.labels[id as usize].as_str(),
                    true,
                )),
                None => values.push((0, Cow::Owned(value.to_lowercase()), value, value, true)),
            }
        }
        values.sort_unstable_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| a.1.cmp(&b.1))
                .then_with(|| a.2.cmp(b.2))
        });
        FacetCounts {
            kind,
            values: values
                .into_iter()
                .map(|(count, _, value, label, selected)| FacetValue {
                    value: value.to_owned(),
                    label: label.to_owned(),
                    count,
                    selected,
                })
                .collect(),
        }
    }

    /// A snippet of about `max_chars` characters around the best match of `query`,
    /// or the opening of the article when nothing in the body matches.
    pub fn snippet(&self, doc: usize, query: &SearchQuery, max_chars: usize) -> Option<Snippet> {
        let article = self.corpus.articles.get(doc)?;
        let fields = &self.docs.get(doc)?.fields;
        let clauses: Vec<TermClause> = query.clauses.iter().map(|c| self.resolve(c)).collect();
        let matches = |tokens: &[FieldToken]| {
            let mut ranges = Vec::new();
            term_clause_matches(&clauses, tokens, &self.rank, &mut ranges);
            merge_ranges(ranges)
        };
        let best = fields
            .iter()
            .filter_map(|f| f.paragraph.map(|p| (p, matches(&f.tokens))))
            .max_by_key(|(p, ranges)| (ranges.len(), std::cmp::Reverse(*p)));
        let (paragraph, ranges) = best?;
        let text = article.paragraphs.get(paragraph)?;
        let first_hit = ranges.first().map_or(0, |r| r.start);
        // Start a little before the first hit, at a word boundary.
        let lead = 60;
        let mut start = floor_char_boundary(text, first_hit.saturating_sub(lead));
        if start > 0 {
            start = text[start..first_hit]
                .find(char::is_whitespace)
                .map_or(start, |i| start + i + 1);
        }
        let budget_end = text[start..]
            .char_indices()
            .nth(max_chars)
            .map_or(text.len(), |(i, _)| start + i);
        let end = if budget_end < text.len() {
            text[start..budget_end]
                .rfind(char::is_whitespace)
                .map_or(budget_end, |i| start + i)
        } else {
            budget_end
        };
        let highlights = ranges
            .iter()
            .filter(|r| r.start >= start && r.end <= end)
            .map(|r| r.start - start..r.end - start)
            .collect();
        Some(Snippet {
            text: text[start..end].trim_end().to_owned(),
            highlights,
            paragraph: Some(paragraph),
            cut_before: start > 0,
            cut_after: end < text.len(),
        })
    }

    /// Drops what `state` names but the corpus does not have (unknown articles, quotes,
    /// facet values), with a notice for each.
    pub fn sanitize(&self, state: &mut ViewState) -> Vec<Notice> {
        let mut notices = Vec::new();
        let unknown: Vec<(FacetKind, String)> = state
            .filters
            .active()
            .filter(|(kind, value)| self.dicts[slot_of(*kind)].id(value).is_none())
            .map(|(kind, value)| (kind, value.to_owned()))
            .collect();
        for (kind, value) in unknown {
            notices.push(Notice::new(kind.param(), &value, "not in this corpus"));
            state.filters.remove(kind, &value);
        }
        if let Some(id) = state.article.clone() {
            if self.doc_of(&id).is_none() {
                notices.push(Notice::new("article", &id, "no such article"));
                *state = state.explorer();
            } else if let Some(quote) = state.quote.clone() {
                let known = self
                    .corpus
                    .quotes
                    .iter()
                    .any(|q| q.id == quote && q.article == id);
                if !known {
                    notices.push(Notice::new(
                        "quote",
                        &quote,
                        "no such quote in this article",
                    ));
                    state.quote = None;
                }
            }
        }
        debug_assert!(state.view != View::Reader || state.article.is_some());
        notices
    }
}

fn facet_values(
    corpus: &Corpus,
    article: &Article,
    kind: FacetKind,
    has_quotes: bool,
    names: &BTreeMap<String, BTreeMap<String, usize>>,
) -> Vec<String> {
    let named = |lens: &str| {
        names
            .get(lens)
            .map_or_else(Vec::new, |n| n.keys().cloned().collect())
    };
    let mut values: Vec<String> = match kind {
        FacetKind::Outlet => vec![article
            .outlet
            .clone()
            .unwrap_or_else(|| OUTLET_UNSTATED.to_owned())],
        FacetKind::OutletKind => article
            .outlet
            .as_deref()
            .and_then(|id| corpus.outlet(id))
            .map(|o| outlet_kind_param(o.kind).to_owned())
            .into_iter()
            // The user's own articles are also found under "your own import".
            .chain(
                article
                    .user_import
                    .then(|| outlet_kind_param(OutletKind::UserImport).to_owned()),
            )
            .collect(),
        FacetKind::Republisher => article.republishers.clone(),
        FacetKind::Author => article.byline.clone(),
        FacetKind::Person => article.people.clone(),
        FacetKind::Organization => article.organizations.clone(),
        FacetKind::Place => article.places.clone(),
        FacetKind::HasQuotes => {
            vec![if has_quotes {
                HAS_QUOTES_YES
            } else {
                HAS_QUOTES_NO
            }
            .to_owned()]
        }
        FacetKind::GroupName => named("group"),
        FacetKind::CampName => named("camp"),
    };
    values.sort();
    values.dedup();
    values
}

/// Sets each document's `date_rank` and `title_rank` (the sort keys of hits).
fn rank_dates_and_titles(docs: &mut [Doc], corpus: &Corpus) {
    fn first_day(doc: &Doc) -> Option<&str> {
        doc.span.as_ref().map(|(first, _)| first.as_str())
    }
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|a, b| first_day(&docs[*a]).cmp(&first_day(&docs[*b])));
    let mut ranks = vec![0_u32; docs.len()];
    let mut rank = 0;
    for (i, &doc) in order.iter().enumerate() {
        let day = first_day(&docs[doc]);
        if day.is_none() {
            continue;
        }
        if i == 0 || first_day(&docs[order[i - 1]]) != day {
            rank += 1;
        }
        ranks[doc] = rank;
    }
    for (doc, rank) in docs.iter_mut().zip(ranks) {
        doc.date_rank = rank;
    }
    let title = |doc: usize| corpus.articles.get(doc).map_or("", |a| a.title.as_str());
    order.sort_by(|a, b| title(*a).cmp(title(*b)).then(a.cmp(b)));
    for (position, doc) in order.into_iter().enumerate() {
        docs[doc].title_rank = position as u32;
    }
}

/// The position of `kind` in `FacetKind::ALL`.
fn slot_of(kind: FacetKind) -> usize {
    FacetKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Display label of a facet value.
fn facet_label(corpus: &Corpus, kind: FacetKind, value: &str) -> String {
    match kind {
        FacetKind::Outlet | FacetKind::Republisher => {
            if value == OUTLET_UNSTATED {
                "Not stated".to_owned()
            } else {
                corpus
                    .outlet(value)
                    .map_or_else(|| value.to_owned(), |o| o.name.clone())
            }
        }
        FacetKind::OutletKind => corpus
            .outlets
            .iter()
            .map(|o| o.kind)
            .chain([OutletKind::UserImport])
            .find(|k| outlet_kind_param(*k) == value)
            .map_or_else(|| value.to_owned(), |k| k.label().to_owned()),
        FacetKind::Author => value.to_owned(),
        FacetKind::Person | FacetKind::Organization | FacetKind::Place => {
            corpus.entity_name(value).unwrap_or(value).to_owned()
        }
        FacetKind::HasQuotes if value == HAS_QUOTES_YES => "Has quotes".to_owned(),
        FacetKind::HasQuotes => "No quotes".to_owned(),
        FacetKind::GroupName | FacetKind::CampName => display_label(value),
    }
}

/// The names of every entity with more than one, from the corpus's entity list (which comes
/// from `data/entities.json`): synonym search widens a typed alias to all of them.
fn alias_groups(corpus: &Corpus) -> Vec<AliasGroup> {
    let e = &corpus.entities;
    e.people
        .iter()
        .chain(&e.organizations)
        .map(|x| (&x.name, &x.aliases))
        .chain(e.places.iter().map(|x| (&x.name, &x.aliases)))
        .filter_map(|(name, aliases)| {
            let mut seen: Vec<Alias> = Vec::new();
            for alias in std::iter::once(name).chain(aliases) {
                let keys: Vec<String> = tokenize(alias).into_iter().map(|t| t.key).collect();
                if !keys.is_empty() && !seen.iter().any(|a| a.keys == keys) {
                    seen.push(Alias {
                        text: alias.clone(),
                        keys,
                        articles: OnceLock::new(),
                    });
                }
            }
            (seen.len() > 1).then(|| AliasGroup {
                entity: name.clone(),
                aliases: seen,
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::*;

    pub(crate) fn article(
        id: &str,
        title: &str,
        outlet: Option<&str>,
        date: Option<&str>,
    ) -> Article {
        Article {
            id: id.into(),
            title: title.into(),
            outlet: outlet.map(Into::into),
            date: date.map(Into::into),
            date_precision: if date.is_some() {
                DatePrecision::Day
            } else {
                DatePrecision::Unknown
            },
            ..Article::default()
        }
    }

    fn outlet(id: &str, name: &str, kind: OutletKind) -> Outlet {
        Outlet {
            id: id.into(),
            name: name.into(),
            kind,
            home_page: None,
            note: None,
        }
    }

    fn entity(id: &str, name: &str) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            aliases: vec![],
            description: None,
            affiliation: None,
            pronoun: None,
        }
    }

    /// Four small articles: enough for every facet to combine.
    pub(crate) fn fixture() -> Corpus {
        let mut a = article(
            "iraq-sets-deadline",
            "Iraq sets deadline for Camp Ashraf",
            Some("reuters"),
            Some("2011-12-26"),
        );
        a.paragraphs = vec![
            "BAGHDAD (Reuters) - Iraq said on Monday the Mojāhedin must leave Camp Ashraf.".into(),
            "“We will not allow a massacre,” said an unnamed State Department official.".into(),
        ];
        a.byline = vec!["Serena Chaudhry".into()];
        a.people = vec!["maliki".into()];
        a.places = vec!["ashraf".into()];
        a.republishers = vec!["nejat".into()];
        let mut b = article(
            "exiles-in-limbo",
            "Exiles in limbo",
            Some("csm"),
            Some("2011-12"),
        );
        b.paragraphs = vec![
            "The People’s Mujahedeen have lived in camp Ashraf since 1986.".into(),
            "Campaigners say the camp is a prison.".into(),
        ];
        b.republishers = vec!["nejat".into(), "habilian".into()];
        b.places = vec!["ashraf".into(), "liberty".into()];
        b.organizations = vec!["mek".into()];
        let mut c = article("fna-report", "MKO members", Some("fna"), Some("2011-11-02"));
        c.paragraphs = vec!["The MKO is listed by Iran. Camp Liberty is near Baghdad.".into()];
        c.places = vec!["liberty".into()];
        c.organizations = vec!["mek".into()];
        let mut d = article("untitled-post", "Post about <b>Ashraf</b>", None, None);
        d.title_inferred = true;
        d.paragraphs = vec!["<script>alert(1)</script> residents of Ashraf.".into()];
        d.places = vec!["ashraf".into()];
        Corpus {
            schema_version: SCHEMA_VERSION,
            outlets: vec![
                outlet("reuters", "Reuters", OutletKind::WireService),
                outlet("csm", "Christian Science Monitor", OutletKind::Newspaper),
                outlet("fna", "Fars News Agency", OutletKind::StateNewsAgency),
                outlet("nejat", "Nejat Society", OutletKind::Ngo),
                outlet("habilian", "Habilian", OutletKind::Ngo),
            ],
            articles: vec![a, b, c, d],
            quotes: vec![Quote {
                id: "q1".into(),
                article: "iraq-sets-deadline".into(),
                paragraph: 1,
                text: "We will not allow a massacre,".into(),
                start: 3,
                speaker: "unnamed State Department official".into(),
                speaker_id: None,
                affiliation: Some("US government".into()),
                attribution: None,
            }],
            entities: Entities {
                people: vec![entity("maliki", "Nouri al-Maliki")],
                organizations: vec![entity("mek", "MEK")],
                places: vec![],
            },
            ..Corpus::default()
        }
    }

    fn ids(index: &Index, results: &SearchResults) -> Vec<String> {
        results
            .hits
            .iter()
            .map(|h| index.corpus.articles[h.doc].id.clone())
            .collect()
    }

    fn search(index: &Index, query: &str) -> SearchResults {
        let (state, notices) = ViewState::from_query_string(query);
        assert!(notices.is_empty(), "{notices:?}");
        index.search(&state)
    }

    fn count(results: &SearchResults, kind: FacetKind, value: &str) -> usize {
        results
            .facets
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| f.values.iter().find(|v| v.value == value))
            .map_or(0, |v| v.count)
    }

    #[test]
    fn parses_words_and_phrases() {
        let q = SearchQuery::parse("Camp “People’s Mujahedeen” \"unclosed phrase");
        assert_eq!(
            q.clauses,
            vec![
                Clause::Prefix("camp".into()),
                Clause::Phrase(vec!["people".into(), "s".into(), "mujahedeen".into()]),
                Clause::Phrase(vec!["unclosed".into(), "phrase".into()]),
            ]
        );
        assert!(SearchQuery::parse(" \"\" … ").is_empty());
    }

    #[test]
    fn a_facet_column_gives_each_document_its_own_ids() {
        let mut column = FacetColumn::new();
        column.push(&[1, 4]);
        column.push(&[]);
        column.push(&[0]);
        assert_eq!(column.of(0), [1, 4]);
        assert!(column.of(1).is_empty());
        assert_eq!(column.of(2), [0]);
        assert!(column.of(3).is_empty(), "a document not added has no ids");
    }

    #[test]
    fn hits_sort_by_score_date_and_title_as_the_comparison_says() {
        // Dates with ties and undated ones, titles out of order, scores with ties.
        let dates = [
            Some("2011-12-26"),
            None,
            Some("2011-12"),
            Some("2011-12-26"),
            None,
            Some("2011-07-01"),
        ];
        let corpus = Corpus {
            articles: (0..24)
                .map(|i| {
                    article(
                        &format!("a{i}"),
                        &format!("Title {}", (i * 7) % 24),
                        None,
                        dates[i % dates.len()],
                    )
                })
                .collect(),
            ..Corpus::default()
        };
        let index = Index::new(corpus);
        let scores = [0.0, 1.5, 0.0, 2.25, 1.5, 0.0, 7.0, 1.5];
        let hits: Vec<Hit> = (0..24)
            .map(|doc| Hit {
                doc,
                score: scores[doc % scores.len()],
            })
            .collect();
        for sort in Sort::ALL {
            let mut fast = hits.clone();
            index.sort_hits(&mut fast, sort);
            let mut plain = hits.clone();
            plain.sort_by(|a, b| {
                let (da, db) = (&index.docs[a.doc], &index.docs[b.doc]);
                let by_score = b.score.total_cmp(&a.score);
                let newest = db.date_rank.cmp(&da.date_rank);
                let oldest = match (da.date_rank, db.date_rank) {
                    (0, 0) => std::cmp::Ordering::Equal,
                    (0, _) => std::cmp::Ordering::Greater,
                    (_, 0) => std::cmp::Ordering::Less,
                    (x, y) => x.cmp(&y),
                };
                match sort {
                    Sort::Relevance => by_score.then(newest),
                    Sort::Newest => newest.then(by_score),
                    Sort::Oldest => oldest.then(by_score),
                }
                .then(da.title_rank.cmp(&db.title_rank))
            });
            assert_eq!(fast, plain, "{sort:?}");
        }
    }

    #[test]
    fn empty_query_lists_everything_newest_first_undated_last() {
        let index = Index::new(fixture());
        let results = search(&index, "");
        assert_eq!(
            ids(&index, &results),
            [
                "iraq-sets-deadline",
                "exiles-in-limbo",
                "fna-report",
                "untitled-post"
            ]
        );
        let oldest = search(&index, "sort=oldest");
        assert_eq!(
            ids(&index, &oldest),
            [
                "fna-report",
                "exiles-in-limbo",
                "iraq-sets-deadline",
                "untitled-post"
            ]
        );
    }

    #[test]
    fn search_ignores_case_and_diacritics_and_matches_prefixes() {
        let index = Index::new(fixture());
        assert_eq!(
            ids(&index, &search(&index, "q=MOJAHEDIN")),
            ["iraq-sets-deadline"]
        );
        assert_eq!(ids(&index, &search(&index, "q=mujah")), ["exiles-in-limbo"]);
        // "camp" also finds "Campaigners", but whole words score higher.
        let camp = search(&index, "q=camp");
        assert_eq!(camp.hits.len(), 3);
        assert_eq!(
            ids(&index, &search(&index, "q=campaign")),
            ["exiles-in-limbo"]
        );
    }

    #[test]
    fn title_matches_rank_first() {
        let index = Index::new(fixture());
        let results = search(&index, "q=ashraf");
        // The two with "Ashraf" in the headline before the one that only mentions it.
        assert_eq!(ids(&index, &results)[2], "exiles-in-limbo");
        assert_eq!(results.hits.len(), 3);
    }

    #[test]
    fn phrases_are_found_from_their_rarest_word_with_every_occurrence_counted() {
        // "the" is the commonest word here, so the phrase is looked up from "prison"; a
        // "prison" at the start of a text has no "the" before it and must not match.
        let texts = [
            ("two", "Prison the walls. The prison is the prison."),
            ("one", "The prison opened the doors of the yard."),
            ("none", "Prison the walls of the yard, the the the."),
        ];
        let corpus = Corpus {
            articles: texts
                .iter()
                .map(|(id, text)| Article {
                    paragraphs: vec![(*text).into()],
                    ..article(id, &format!("Article {id}"), None, Some("2011-12-01"))
                })
                .collect(),
            ..Corpus::default()
        };
        let index = Index::new(corpus);
        // Same length, so relevance orders them by how often the phrase occurs.
        assert_eq!(
            ids(&index, &search(&index, "q=%22the+prison%22&sort=relevance")),
            ["two", "one"]
        );
        // A phrase at the very start of a text is found too.
        let mut at_start = ids(&index, &search(&index, "q=%22prison+the+walls%22"));
        at_start.sort();
        assert_eq!(at_start, ["none", "two"]);
    }

    #[test]
    fn phrases_are_exact_and_ordered() {
        let index = Index::new(fixture());
        assert_eq!(
            ids(&index, &search(&index, "q=%22camp+ashraf%22")),
            ["iraq-sets-deadline", "exiles-in-limbo"]
        );
        assert!(search(&index, "q=%22ashraf+camp%22").hits.is_empty());
        assert!(search(&index, "q=%22camp+ash%22").hits.is_empty());
        assert_eq!(
            ids(
                &index,
                &search(&index, "q=%E2%80%9Cpeople%E2%80%99s+mujahedeen%E2%80%9D")
            ),
            ["exiles-in-limbo"]
        );
    }

    #[test]
    fn all_words_must_match() {
        let index = Index::new(fixture());
        assert_eq!(
            ids(&index, &search(&index, "q=liberty+baghdad")),
            ["fna-report"]
        );
        assert!(search(&index, "q=liberty+massacre").hits.is_empty());
    }

    #[test]
    fn facet_counts_are_live_under_the_other_filters() {
        let index = Index::new(fixture());
        let all = search(&index, "");
        assert_eq!(count(&all, FacetKind::Place, "ashraf"), 3);
        assert_eq!(count(&all, FacetKind::Place, "liberty"), 2);
        assert_eq!(count(&all, FacetKind::Outlet, OUTLET_UNSTATED), 1);
        assert_eq!(count(&all, FacetKind::HasQuotes, "yes"), 1);
        assert_eq!(count(&all, FacetKind::OutletKind, "ngo"), 0);
        assert_eq!(count(&all, FacetKind::Republisher, "nejat"), 2);

        let liberty = search(&index, "place=liberty");
        assert_eq!(ids(&index, &liberty), ["exiles-in-limbo", "fna-report"]);
        // Other values of the same facet keep counting as if it were not set (OR) …
        assert_eq!(count(&liberty, FacetKind::Place, "ashraf"), 3);
        // … while other facets count only inside the current results (AND).
        assert_eq!(count(&liberty, FacetKind::Republisher, "nejat"), 1);
        assert_eq!(count(&liberty, FacetKind::Organization, "mek"), 2);

        let both = search(&index, "place=liberty&place=ashraf&org=mek");
        assert_eq!(ids(&index, &both), ["exiles-in-limbo", "fna-report"]);
        let kinds = search(&index, "kind=newspaper&kind=state_news_agency&place=ashraf");
        assert_eq!(ids(&index, &kinds), ["exiles-in-limbo"]);
        assert_eq!(count(&kinds, FacetKind::OutletKind, "state_news_agency"), 0);
        assert_eq!(count(&kinds, FacetKind::OutletKind, "wire_service"), 1);
    }

    #[test]
    fn every_facet_count_equals_the_results_of_selecting_it() {
        let index = Index::new(fixture());
        for base in [
            "",
            "q=camp",
            "place=ashraf",
            "q=ashraf&org=mek",
            "from=2011-12",
        ] {
            let results = search(&index, base);
            for facet in &results.facets {
                for value in &facet.values {
                    let (mut state, _) = ViewState::from_query_string(base);
                    state.filters.clear_facet(facet.kind);
                    state.filters.insert(facet.kind, &value.value);
                    let narrowed = index.search(&state);
                    assert_eq!(narrowed.hits.len(), value.count, "{base} {value:?}");
                }
            }
        }
    }

    #[test]
    fn date_range_overlaps_each_dates_precision() {
        let index = Index::new(fixture());
        let december = search(&index, "from=2011-12-10&to=2011-12-20");
        // The month-precision article may fall inside; the dated ones outside do not.
        assert_eq!(ids(&index, &december), ["exiles-in-limbo"]);
        let until_nov = search(&index, "to=2011-11");
        assert_eq!(ids(&index, &until_nov), ["fna-report"]);
        assert_eq!(
            search(&index, "").months,
            vec![
                ("2011-11".to_owned(), 1),
                ("2011-12".to_owned(), 2),
                ("undated".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn empty_results_suggest_filters_to_drop() {
        let index = Index::new(fixture());
        let results = search(&index, "q=massacre&place=liberty&from=2012");
        assert!(results.hits.is_empty());
        assert_eq!(
            results.relaxations,
            vec![
                (Relaxation::Query, 0),
                (Relaxation::Facet(FacetKind::Place), 0),
                (Relaxation::Dates, 0)
            ]
        );
        let results = search(&index, "q=massacre&place=liberty");
        assert_eq!(
            results.relaxations,
            vec![
                (Relaxation::Query, 2),
                (Relaxation::Facet(FacetKind::Place), 1)
            ]
        );
    }

    #[test]
    fn snippet_centres_on_the_best_paragraph_with_highlights() {
        let index = Index::new(fixture());
        let query = SearchQuery::parse("massacre");
        let snippet = index.snippet(0, &query, 40).expect("snippet");
        assert_eq!(snippet.paragraph, Some(1));
        assert_eq!(snippet.highlights.len(), 1);
        let hit = snippet.highlights[0].clone();
        assert_eq!(&snippet.text[hit], "massacre");
        assert!(snippet.cut_after);
        let none = index
            .snippet(1, &SearchQuery::default(), 500)
            .expect("snippet");
        assert_eq!(none.paragraph, Some(0));
        assert!(none.highlights.is_empty() && !none.cut_before && !none.cut_after);
    }

    #[test]
    fn snippet_cuts_on_character_and_word_boundaries() {
        let mut corpus = fixture();
        corpus.articles[0].paragraphs = vec![format!("{} Ashraf ēē ēēē", "ā".repeat(100))];
        let index = Index::new(corpus);
        let snippet = index
            .snippet(0, &SearchQuery::parse("ashraf"), 10)
            .expect("snippet");
        assert!(snippet.cut_before);
        assert_eq!(&snippet.text[snippet.highlights[0].clone()], "Ashraf");
    }

    #[test]
    fn sanitize_drops_unknown_values_and_articles() {
        let index = Index::new(fixture());
        let (mut state, _) =
            ViewState::from_query_string("place=atlantis&place=ashraf&article=nope&quote=q1");
        let notices = index.sanitize(&mut state);
        assert_eq!(notices.len(), 2);
        assert_eq!(state.view, View::Explorer);
        assert_eq!(state.filters.selected(FacetKind::Place).count(), 1);
        let (mut state, _) = ViewState::from_query_string("article=fna-report&quote=q1");
        assert_eq!(index.sanitize(&mut state).len(), 1);
        assert_eq!(state.quote, None);
    }

    /// The fixture with the MEK's aliases, as `data/entities.json` gives them.
    fn with_aliases() -> Corpus {
        let mut corpus = fixture();
        corpus.entities.organizations[0].aliases = vec![
            "MKO".into(),
            "PMOI".into(),
            "People’s Mujahedeen".into(),
            "Mojahedin".into(),
        ];
        corpus
    }

    #[test]
    fn a_typed_alias_finds_every_alias_and_highlights_it() {
        let index = Index::new(with_aliases());
        // Nothing says "PMOI" literally …
        assert!(search(&index, "q=PMOI&syn=off").hits.is_empty());
        // … but the MEK is named in three articles, by three other names.
        let results = search(&index, "q=PMOI");
        let mut found = ids(&index, &results);
        found.sort();
        assert_eq!(
            found,
            ["exiles-in-limbo", "fna-report", "iraq-sets-deadline"]
        );
        assert_eq!(results.hits.len(), 3);
        for hit in &results.hits {
            let snippet = index
                .snippet(hit.doc, &results.query, 220)
                .expect("snippet");
            assert!(
                !snippet.highlights.is_empty(),
                "{hit:?} has a highlighted alias"
            );
        }
        let fna = index.doc_of("fna-report").expect("doc");
        let text = &index.corpus.articles[fna].paragraphs[0];
        let marked: Vec<&str> = results
            .query
            .match_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(marked, ["MKO"]);
        // Which aliases were searched, and how many articles use each.
        assert_eq!(results.synonyms.len(), 1);
        let used = &results.synonyms[0];
        assert_eq!((used.typed.as_str(), used.entity.as_str()), ("pmoi", "MEK"));
        let count = |alias: &str| {
            used.aliases
                .iter()
                .find(|a| a.alias == alias)
                .map(|a| a.articles)
        };
        assert_eq!(count("MKO"), Some(1));
        assert_eq!(count("PMOI"), Some(0));
        assert_eq!(count("People’s Mujahedeen"), Some(1));
        // The reader's query is the same widened one.
        let (state, _) = ViewState::from_query_string("q=PMOI");
        assert_eq!(index.query(&state), results.query);
    }

    #[test]
    fn multi_word_aliases_and_phrases_expand_but_other_words_stay() {
        let index = Index::new(with_aliases());
        // "People's Mujahedeen" typed as words is one alias; "liberty" still has to match.
        let results = search(&index, "q=people%E2%80%99s+mujahedeen+liberty");
        assert_eq!(ids(&index, &results), ["fna-report"]);
        let quoted = search(&index, "q=%22mko%22");
        assert_eq!(quoted.hits.len(), 3);
        // A word that is no alias is searched as typed.
        assert!(search(&index, "q=camp").synonyms.is_empty());
        // Beginnings of an alias are not aliases: "pmo" stays a prefix search.
        assert!(search(&index, "q=pmo").hits.is_empty());
    }

    #[test]
    fn naming_facets_count_the_names_each_article_uses() {
        let index = Index::new(fixture());
        let all = search(&index, "");
        // "the Mojāhedin" alone is no listed name; the CSM piece says "People’s Mujahedeen".
        assert_eq!(
            count(
                &all,
                FacetKind::GroupName,
                "People's Mujahedeen / Mujahideen / Mojahedin"
            ),
            1
        );
        assert_eq!(count(&all, FacetKind::GroupName, "MKO"), 1);
        assert_eq!(count(&all, FacetKind::CampName, "Camp Ashraf"), 3);
        assert_eq!(
            index.label(FacetKind::GroupName, "MKO"),
            "MKO",
            "names are shown as written"
        );
        let mko = search(&index, "name=MKO");
        assert_eq!(ids(&index, &mko), ["fna-report"]);
        let table = index.naming_table(&all.hits, FacetKind::GroupName);
        assert_eq!(table.names.len(), 2);
        let fars = table
            .rows
            .iter()
            .find(|(outlet, _)| outlet == "Fars News Agency")
            .expect("Fars row");
        let mko_column = table
            .names
            .iter()
            .position(|(n, _)| n == "MKO")
            .expect("MKO column");
        assert_eq!(fars.1[mko_column], 1);
        let total: usize = table.rows.iter().flat_map(|(_, r)| r).sum();
        assert_eq!(total, 2);
    }

    #[test]
    fn naming_table_counts_what_the_name_filters_find_per_outlet_name() {
        let mut corpus = fixture();
        // A second outlet of the same name shares Fars's row; an article without an outlet
        // has a row of its own ("Not stated"); one that uses no listed name adds nothing.
        corpus.outlets.push(outlet(
            "fna-mirror",
            "Fars News Agency",
            OutletKind::StateNewsAgency,
        ));
        let mut mirror = article("fna-copy", "MKO again", Some("fna-mirror"), None);
        mirror.paragraphs = vec!["The MKO and the MEK, at Camp Ashraf.".into()];
        let mut unsigned = article("unsigned", "Unsigned", None, None);
        unsigned.paragraphs = vec!["The PMOI left Camp Ashraf for Camp Liberty.".into()];
        let mut unnamed = article("unnamed", "Nothing named", Some("reuters"), None);
        unnamed.paragraphs = vec!["Nobody is named here.".into()];
        corpus.articles.extend([mirror, unsigned, unnamed]);
        let index = Index::new(corpus);
        for query in ["", "q=camp", "q=mko", "q=nothing+at+all"] {
            let found = search(&index, query);
            for kind in [FacetKind::GroupName, FacetKind::CampName] {
                let table = index.naming_table(&found.hits, kind);
                let mut expected: BTreeMap<(String, String), usize> = BTreeMap::new();
                for (value, _) in &table.names {
                    let mut state = ViewState::from_query_string(query).0;
                    state.filters.insert(kind, value);
                    for hit in index.search(&state).hits {
                        let outlet = index.corpus.articles[hit.doc].outlet.as_deref();
                        let label =
                            index.label(FacetKind::Outlet, outlet.unwrap_or(OUTLET_UNSTATED));
                        *expected.entry((label, value.clone())).or_default() += 1;
                    }
                }
                let mut drawn = BTreeMap::new();
                for (label, row) in &table.rows {
                    assert!(row.iter().any(|&n| n > 0), "{query}: empty row {label}");
                    for ((value, _), &n) in table.names.iter().zip(row) {
                        if n > 0 {
                            drawn.insert((label.clone(), value.clone()), n);
                        }
                    }
                }
                assert_eq!(drawn, expected, "{query} {kind:?}");
                // Every name the filters find is a column, most used first.
                let totals: Vec<usize> = (0..table.names.len())
                    .map(|c| table.rows.iter().map(|(_, r)| r[c]).sum())
                    .collect();
                assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
                let facet = found.facets.iter().find(|f| f.kind == kind);
                let listed = facet.map_or(0, |f| f.values.iter().filter(|v| v.count > 0).count());
                assert_eq!(table.names.len(), listed, "{query} {kind:?}");
            }
        }
        let all = index.naming_table(&search(&index, "").hits, FacetKind::GroupName);
        let fars = all.rows.iter().filter(|(l, _)| l == "Fars News Agency");
        assert_eq!(fars.count(), 1, "one row for the two outlets named Fars");
        let unstated = index.label(FacetKind::Outlet, OUTLET_UNSTATED);
        assert!(
            all.rows.iter().any(|(l, _)| *l == unstated),
            "{:?}",
            all.rows
        );
    }

    #[test]
    fn labels_of_unknown_values_and_kinds_are_the_values() {
        let index = Index::new(fixture());
        assert_eq!(index.label(FacetKind::Outlet, "atlantis"), "atlantis");
        // A value is known per kind: "csm" is an outlet, not a republisher of any article.
        assert_eq!(index.label(FacetKind::Republisher, "csm"), "csm");
        assert_eq!(
            index.label(FacetKind::Republisher, "nejat"),
            "Nejat Society"
        );
        assert_eq!(
            index.label(FacetKind::HasQuotes, HAS_QUOTES_NO),
            "No quotes"
        );
        assert_eq!(
            index.label(FacetKind::Author, "Serena Chaudhry"),
            "Serena Chaudhry"
        );
        // A selected value the corpus lacks is still listed, at 0 and as written.
        let results = search(&index, "place=Atlantis&place=ashraf");
        let places = results
            .facets
            .iter()
            .find(|f| f.kind == FacetKind::Place)
            .expect("places");
        let atlantis = places
            .values
            .iter()
            .find(|v| v.value == "Atlantis")
            .expect("listed");
        assert_eq!((atlantis.label.as_str(), atlantis.count), ("Atlantis", 0));
        assert!(atlantis.selected);
        assert_eq!(places.values.last(), Some(atlantis));
    }

    #[test]
    fn quote_count_counts_each_articles_quotes() {
        let index = Index::new(fixture());
        let counts: Vec<usize> = (0..4).map(|doc| index.quote_count(doc)).collect();
        assert_eq!(counts, [1, 0, 0, 0]);
    }

    #[test]
    fn labels_come_from_the_corpus() {
        let index = Index::new(fixture());
        assert_eq!(
            index.label(FacetKind::Outlet, "csm"),
            "Christian Science Monitor"
        );
        assert_eq!(
            index.label(FacetKind::OutletKind, "wire_service"),
            "wire service"
        );
        assert_eq!(index.label(FacetKind::Person, "maliki"), "Nouri al-Maliki");
        assert_eq!(
            index.label(FacetKind::Outlet, OUTLET_UNSTATED),
            "Not stated"
        );
    }
}

#[cfg(test)]
mod dev_corpus {
    /// Writes the test fixture as a corpus file for local UI work (never committed as data):
    /// `DEV_CORPUS_OUT=/tmp/x.json cargo test -p ashraf-core -- --ignored write_dev_corpus`
    #[test]
    #[ignore]
    fn write_dev_corpus() {
        if let Ok(path) = std::env::var("DEV_CORPUS_OUT") {
            let json = serde_json::to_string(&super::tests::fixture()).expect("serializable");
            std::fs::write(path, json).expect("writable");
        }
    }
}

#[cfg(test)]
mod real_corpus {
    use super::*;
    use std::time::Instant;

    /// The bundled corpus, when the pipeline has produced it.
    fn load() -> Option<Corpus> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let text = std::fs::read_to_string(path).ok()?;
        Corpus::from_json(&text).ok()
    }

    #[test]
    fn indexes_and_searches_the_real_corpus_quickly() {
        let Some(corpus) = load() else {
            return;
        };
        // The first build in a fresh process pays for cold caches; the app builds once.
        let mut builds = Vec::new();
        for _ in 0..3 {
            let started = Instant::now();
            drop(Index::new(corpus.clone()));
            builds.push(started.elapsed());
        }
        let index = Index::new(corpus);
        let build = builds.iter().min().copied().unwrap_or_default();
        let started = Instant::now();
        let (state, _) = ViewState::from_query_string("q=camp+ashraf&place=camp-ashraf");
        let results = index.search(&state);
        let first = results.hits.first().map(|h| h.doc).unwrap_or(0);
        let _ = index.snippet(first, &results.query, 220);
        let search = started.elapsed();
        println!("index builds {builds:?}, search + snippet {search:?}");
        if !cfg!(debug_assertions) {
            assert!(build.as_millis() < 16, "index build took {build:?}");
        }
        // Every article can be found by a phrase from its own text.
        for (doc, article) in index.corpus().articles.iter().enumerate() {
            let Some(words) = article
                .paragraphs
                .iter()
                .map(|p| crate::text::keys(p))
                .find(|k| k.len() >= 3)
            else {
                continue;
            };
            let phrase = format!("\"{}\"", words[..3].join(" "));
            let (state, _) = ViewState::from_query_string(&format!(
                "q={}",
                phrase.replace(' ', "+").replace('"', "%22")
            ));
            let found = index.search(&state);
            assert!(
                found.hits.iter().any(|h| h.doc == doc),
                "{phrase} in {}",
                article.id
            );
        }
    }
}
