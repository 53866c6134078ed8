//! The quote wall: every quotation of the corpus as a card, filtered by speaker, affiliation,
//! outlet, article, date and words, with live counts; ordered and grouped; cited, linked and
//! exported (CSV, JSON). The explorer's search and filters choose the articles first.

use crate::csv_text::{push_row, Quoting};
use crate::drift::DriftGroup;
use crate::index::{FacetValue, Index, SearchQuery, SearchResults, OUTLET_UNSTATED};
use crate::model::{Article, Corpus, DatePrecision, Quote};
use crate::query::{FacetKind, Notice, View, ViewState, WallOrder};
use serde::Serialize;
use std::sync::Arc;

/// Affiliation key of quotes whose speaker has none on record.
pub const AFFILIATION_UNSTATED: &str = "unstated";

/// The wall's own facets (the outlet one is the explorer's `outlet` filter, counted in quotes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WallFacet {
    Speaker,
    Affiliation,
    Outlet,
    Article,
}

impl WallFacet {
    pub const ALL: [WallFacet; 4] = [
        WallFacet::Speaker,
        WallFacet::Affiliation,
        WallFacet::Outlet,
        WallFacet::Article,
    ];

    /// URL parameter of the facet.
    pub fn param(self) -> &'static str {
        match self {
            WallFacet::Speaker => "speaker",
            WallFacet::Affiliation => "affiliation",
            WallFacet::Outlet => FacetKind::Outlet.param(),
            WallFacet::Article => "in_article",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            WallFacet::Speaker => "Speaker",
            WallFacet::Affiliation => "Speaker's affiliation",
            WallFacet::Outlet => "Original outlet",
            WallFacet::Article => "Article",
        }
    }

    /// Whether `value` is selected in `state`.
    pub fn is_selected(self, state: &ViewState, value: &str) -> bool {
        let w = &state.wall;
        match self {
            WallFacet::Speaker => w.speakers.contains(value),
            WallFacet::Affiliation => w.affiliations.contains(value),
            WallFacet::Outlet => state.filters.is_selected(FacetKind::Outlet, value),
            WallFacet::Article => w.articles.contains(value),
        }
    }

    /// Selects or deselects `value` in `state`.
    pub fn toggle(self, state: &mut ViewState, value: &str) {
        let set = match self {
            WallFacet::Speaker => &mut state.wall.speakers,
            WallFacet::Affiliation => &mut state.wall.affiliations,
            WallFacet::Article => &mut state.wall.articles,
            WallFacet::Outlet => return state.filters.toggle(FacetKind::Outlet, value),
        };
        if !set.remove(value) {
            set.insert(value.to_owned());
        }
    }
}

/// Everything the wall needs that does not depend on the filters, computed once.
#[derive(Debug)]
pub struct QuoteWall {
    index: Arc<Index>,
    /// Per quote: its article's index in `corpus.articles` (quotes of a missing article are
    /// left off the wall).
    doc: Vec<Option<usize>>,
    /// Per facet (in [`WallFacet::ALL`] order): every value with its label and corpus-wide
    /// count, most frequent first, so that checkboxes never move while counts change.
    values: Vec<Vec<(String, String, usize)>>,
    /// Per quote: its drift group (a position in `Index::drift_groups`).
    drift_of: Vec<Option<usize>>,
}

/// One group of cards under a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallGroup {
    pub label: String,
    /// Indices into `corpus.quotes`.
    pub quotes: Vec<usize>,
}

/// What the wall shows for a view state.
#[derive(Debug, Clone, PartialEq)]
pub struct WallView {
    pub groups: Vec<WallGroup>,
    /// Cards shown.
    pub shown: usize,
    /// Quotes of the articles matching the explorer's search and filters, before the wall's own.
    pub in_scope: usize,
    /// Live counts per facet, in [`WallFacet::ALL`] order.
    pub facets: Vec<(WallFacet, Vec<FacetValue>)>,
}

impl WallView {
    /// The cards shown, in wall order.
    pub fn visible(&self) -> Vec<usize> {
        self.groups
            .iter()
            .flat_map(|g| g.quotes.iter().copied())
            .collect()
    }
}

pub fn speaker_key(quote: &Quote) -> &str {
    quote.speaker_id.as_deref().unwrap_or(&quote.speaker)
}

pub fn affiliation_key(quote: &Quote) -> &str {
    quote.affiliation.as_deref().unwrap_or(AFFILIATION_UNSTATED)
}

fn outlet_key(article: &Article) -> &str {
    article.outlet.as_deref().unwrap_or(OUTLET_UNSTATED)
}

/// The ingest's attribution rule (`Attribution::rule`) in plain words for readers; a rule not
/// listed here is given as recorded.
pub fn rule_in_words(rule: &str) -> &str {
    use crate::model::attribution_rule as r;
    match rule {
        r::QUOTE_VERB_SPEAKER => "The quotation is followed by a verb of saying and the speaker.",
        r::QUOTE_SPEAKER_VERB => "The quotation is followed by the speaker and a verb of saying.",
        r::SPEAKER_VERB_QUOTE => "The speaker and a verb of saying come before the quotation.",
        r::QUOTE_VERB_PRONOUN => "The quotation is followed by a verb of saying and a pronoun.",
        r::CONTINUES_IN_PARAGRAPH => {
            "It continues an earlier quotation in the paragraph: same speaker."
        }
        r::CONTINUES_PARAGRAPH_BEFORE => {
            "It continues the quotation of the paragraph before: same speaker."
        }
        r::COLON_BEFORE => "The paragraph before introduces it and ends with a colon.",
        other => other,
    }
}

/// A date with its precision when it is not a printed day: "2011-12-19 (estimated)".
pub fn date_label(article: &Article) -> String {
    match (&article.date, article.date_precision) {
        (None, _) => "undated".to_owned(),
        (Some(date), DatePrecision::Day) => date.clone(),
        (Some(date), precision) => format!("{date} ({})", precision.label()),
    }
}

impl QuoteWall {
    pub fn new(index: Arc<Index>) -> QuoteWall {
        let corpus = index.corpus();
        let doc: Vec<Option<usize>> = corpus
            .quotes
            .iter()
            .map(|q| index.doc_of(&q.article))
            .collect();
        let mut drift_of = vec![None; corpus.quotes.len()];
        for (g, group) in index.drift_groups().iter().enumerate() {
            for id in &group.quotes {
                if let Some(i) = corpus.quotes.iter().position(|q| q.id == *id) {
                    drift_of[i] = Some(g);
                }
            }
        }
        let mut wall = QuoteWall {
            index: index.clone(),
            doc,
            values: Vec::new(),
            drift_of,
        };
        wall.values = WallFacet::ALL
            .iter()
            .map(|&facet| {
                let mut counts: Vec<(String, String, usize)> = Vec::new();
                for i in wall.quote_indices() {
                    let value = wall.value(facet, i);
                    match counts.iter_mut().find(|(v, ..)| *v == value) {
                        Some(entry) => entry.2 += 1,
                        None => counts.push((value.to_owned(), wall.label(facet, value), 1)),
                    }
                }
                // Most frequent first, then by label (one shared sort, see `sort_by_text`).
                let mut order: Vec<usize> = (0..counts.len()).collect();
                sort_by_text(&mut order, &|n| {
                    format!(
                        "{:06}\u{0}{}",
                        999_999 - counts[n].2.min(999_999),
                        counts[n].1
                    )
                });
                order.into_iter().map(|n| counts[n].clone()).collect()
            })
            .collect();
        wall
    }

    pub fn corpus(&self) -> &Corpus {
        self.index.corpus()
    }

    /// Quotes that can be shown (their article exists), in corpus order.
    fn quote_indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.doc.len()).filter(|&i| self.doc[i].is_some())
    }

    pub fn quote(&self, i: usize) -> Option<&Quote> {
        self.corpus().quotes.get(i)
    }

    pub fn article_of(&self, i: usize) -> Option<&Article> {
        let doc = (*self.doc.get(i)?)?;
        self.corpus().articles.get(doc)
    }

    pub fn position(&self, quote_id: &str) -> Option<usize> {
        self.quote_indices()
            .find(|&i| self.corpus().quotes[i].id == quote_id)
    }

    /// The value of quote `i` for `facet`.
    fn value(&self, facet: WallFacet, i: usize) -> &str {
        let quote = &self.corpus().quotes[i];
        match facet {
            WallFacet::Speaker => speaker_key(quote),
            WallFacet::Affiliation => affiliation_key(quote),
            WallFacet::Outlet => self.article_of(i).map_or(OUTLET_UNSTATED, outlet_key),
            WallFacet::Article => &quote.article,
        }
    }

    /// Display label of a facet value.
    pub fn label(&self, facet: WallFacet, value: &str) -> String {
        let corpus = self.corpus();
        match facet {
            WallFacet::Speaker => self.speaker_name(value),
            WallFacet::Affiliation if value == AFFILIATION_UNSTATED => {
                "No affiliation on record".to_owned()
            }
            WallFacet::Affiliation => value.to_owned(),
            WallFacet::Outlet => self.outlet_name(value),
            WallFacet::Article => corpus
                .article(value)
                .map_or_else(|| value.to_owned(), |a| a.title.clone()),
        }
    }

    /// The name of a speaker key: the entity's name, or the description itself.
    pub fn speaker_name(&self, key: &str) -> String {
        self.corpus().entity_name(key).unwrap_or(key).to_owned()
    }

    fn outlet_name(&self, key: &str) -> String {
        if key == OUTLET_UNSTATED {
            return "Outlet not stated".to_owned();
        }
        self.corpus()
            .outlet(key)
            .map_or_else(|| key.to_owned(), |o| o.name.clone())
    }

    /// The outlet of quote `i`'s article, as shown.
    pub fn outlet_of(&self, i: usize) -> String {
        self.outlet_name(self.value(WallFacet::Outlet, i))
    }

    /// Whether quote `i` passes the wall's filters, leaving out `skip` (for its live counts).
    /// `in_scope` says whether an article (by index) matches the explorer's filters.
    fn passes(
        &self,
        i: usize,
        state: &ViewState,
        said: &[SearchQuery],
        in_scope: &dyn Fn(usize) -> bool,
        skip: Option<WallFacet>,
    ) -> bool {
        let Some(doc) = self.doc[i] else { return false };
        if !in_scope(doc) {
            return false;
        }
        let text = &self.corpus().quotes[i].text;
        if !said
            .iter()
            .all(|clause| !clause.match_ranges(text).is_empty())
        {
            return false;
        }
        [
            WallFacet::Speaker,
            WallFacet::Affiliation,
            WallFacet::Article,
        ]
        .into_iter()
        .filter(|&f| Some(f) != skip)
        .all(|f| {
            let selected = match f {
                WallFacet::Speaker => &state.wall.speakers,
                WallFacet::Affiliation => &state.wall.affiliations,
                _ => &state.wall.articles,
            };
            selected.is_empty() || selected.contains(self.value(f, i))
        })
    }

    /// The wall for `state`. `scope[doc]` says whether article `doc` matches the explorer's
    /// search and filters; `scope_any_outlet` the same without its outlet filter (for the
    /// outlet counts).
    pub fn view(&self, state: &ViewState, scope: &[bool], scope_any_outlet: &[bool]) -> WallView {
        let said = said_clauses(&state.wall.said);
        let in_scope = |doc: usize| scope.get(doc).copied().unwrap_or(false);
        let any_outlet = |doc: usize| scope_any_outlet.get(doc).copied().unwrap_or(false);
        let facets = WallFacet::ALL
            .iter()
            .zip(&self.values)
            .map(|(&facet, values)| {
                let scope: &dyn Fn(usize) -> bool = if facet == WallFacet::Outlet {
                    &any_outlet
                } else {
                    &in_scope
                };
                let mut counts = vec![0usize; values.len()];
                for i in self.quote_indices() {
                    if self.passes(i, state, &said, scope, Some(facet)) {
                        let value = self.value(facet, i);
                        if let Some(n) = values.iter().position(|(v, ..)| v == value) {
                            counts[n] += 1;
                        }
                    }
                }
                let values = values
                    .iter()
                    .zip(counts)
                    .map(|((value, label, _), count)| FacetValue {
                        value: value.clone(),
                        label: label.clone(),
                        count,
                        selected: facet.is_selected(state, value),
                    })
                    .collect();
                (facet, values)
            })
            .collect();
        let in_scope_count = self
            .quote_indices()
            .filter(|&i| self.doc[i].is_some_and(in_scope))
            .count();
        let mut shown: Vec<usize> = self
            .quote_indices()
            .filter(|&i| self.passes(i, state, &said, &in_scope, None))
            .collect();
        let groups = self.order(&mut shown, state.wall.order);
        WallView {
            shown: shown.len(),
            groups,
            in_scope: in_scope_count,
            facets,
        }
    }

    /// The wall for `state`, given the explorer's results for it.
    pub fn view_for(&self, state: &ViewState, results: &SearchResults) -> WallView {
        let docs = self.corpus().articles.len();
        let scope_of = |hits: &[crate::index::Hit]| {
            let mut scope = vec![false; docs];
            for hit in hits {
                if let Some(slot) = scope.get_mut(hit.doc) {
                    *slot = true;
                }
            }
            scope
        };
        let scope = scope_of(&results.hits);
        let any_outlet = if state.filters.has_any(FacetKind::Outlet) {
            let mut wider = state.explorer();
            wider.filters.clear_facet(FacetKind::Outlet);
            scope_of(&self.index.search(&wider).hits)
        } else {
            scope.clone()
        };
        self.view(state, &scope, &any_outlet)
    }

    /// Sorts `quotes` for `order` and cuts them into groups.
    fn order(&self, quotes: &mut [usize], order: WallOrder) -> Vec<WallGroup> {
        // Undated articles last; then corpus order, paragraph and position.
        let date_key = |i: usize| {
            let q = &self.corpus().quotes[i];
            let date = self.article_of(i).and_then(|a| a.date.as_deref());
            format!(
                "{}\u{0}{:06}{:06}{:09}",
                date.unwrap_or("\u{10FFFF}"),
                self.doc[i].unwrap_or(0),
                q.paragraph,
                q.start
            )
        };
        let group_label = |i: usize| match order {
            WallOrder::Date => self.article_of(i).map_or_else(String::new, date_label),
            WallOrder::Speaker => self.speaker_name(speaker_key(&self.corpus().quotes[i])),
            WallOrder::Outlet => self.outlet_of(i),
        };
        sort_by_text(quotes, &|i| match order {
            WallOrder::Date => date_key(i),
            _ => format!("{}\u{0}{}", group_label(i).to_lowercase(), date_key(i)),
        });
        let mut groups: Vec<WallGroup> = Vec::new();
        for &i in quotes.iter() {
            let label = group_label(i);
            match groups.last_mut() {
                Some(group) if group.label == label => group.quotes.push(i),
                _ => groups.push(WallGroup {
                    label,
                    quotes: vec![i],
                }),
            }
        }
        groups
    }

    /// The same quotation in other articles or copies, when there is any.
    pub fn drift(&self, i: usize) -> Option<&DriftGroup> {
        self.index.drift_groups().get((*self.drift_of.get(i)?)?)
    }

    /// Every quote of one speaker (all articles, no filters), in date order.
    pub fn by_speaker(&self, key: &str) -> Vec<usize> {
        let mut quotes: Vec<usize> = self
            .quote_indices()
            .filter(|&i| speaker_key(&self.corpus().quotes[i]) == key)
            .collect();
        self.order(&mut quotes, WallOrder::Date);
        quotes
    }

    /// A citation: speaker (affiliation), “quote”, outlet, date, “title”. Inferred titles and
    /// imprecise dates say so.
    pub fn citation(&self, i: usize) -> String {
        let (Some(quote), Some(article)) = (self.quote(i), self.article_of(i)) else {
            return String::new();
        };
        let speaker = match &quote.affiliation {
            Some(a) => format!("{} ({a})", quote.speaker),
            None => quote.speaker.clone(),
        };
        let title = if article.title_inferred {
            format!("{} [title inferred; none printed]", article.title)
        } else {
            format!("“{}”", article.title)
        };
        format!(
            "{speaker}: “{}”. {}, {}, {title}.",
            quote.text,
            self.outlet_of(i),
            date_label(article)
        )
    }

    /// The quotes as CSV (RFC 4180, CRLF, every field quoted, UTF-8 with a byte order mark so
    /// spreadsheets read it as UTF-8). Cells a spreadsheet would run as a formula get a
    /// leading `'` (see [`crate::csv_text::push_cell`]).
    pub fn csv(&self, quotes: &[usize]) -> String {
        let mut out = String::from("\u{feff}");
        let header = [
            "quote_id",
            "speaker",
            "speaker_id",
            "affiliation",
            "quote",
            "outlet",
            "date",
            "date_precision",
            "article_id",
            "article_title",
            "title_inferred",
            "paragraph",
        ];
        push_row(
            &mut out,
            header.iter().map(|h| h.to_string()),
            Quoting::Always,
        );
        for record in quotes.iter().filter_map(|&i| self.record(i)) {
            push_row(
                &mut out,
                [
                    record.id.to_owned(),
                    record.speaker.to_owned(),
                    record.speaker_id.unwrap_or_default().to_owned(),
                    record.affiliation.unwrap_or_default().to_owned(),
                    record.text.to_owned(),
                    record.outlet.name,
                    record.date.unwrap_or_default().to_owned(),
                    record.date_precision.label().to_owned(),
                    record.article.id.to_owned(),
                    record.article.title.to_owned(),
                    record.article.title_inferred.to_string(),
                    record.paragraph.to_string(),
                ],
                Quoting::Always,
            );
        }
        out
    }

    /// The quotes as pretty-printed JSON: `{ "count": n, "quotes": [ … ] }`.
    pub fn json(&self, quotes: &[usize]) -> String {
        let records: Vec<QuoteRecord> = quotes.iter().filter_map(|&i| self.record(i)).collect();
        let export = QuoteExport {
            count: records.len(),
            quotes: records,
        };
        serde_json::to_string_pretty(&export).unwrap_or_default()
    }

    fn record(&self, i: usize) -> Option<QuoteRecord<'_>> {
        let quote = self.quote(i)?;
        let article = self.article_of(i)?;
        Some(QuoteRecord {
            id: &quote.id,
            speaker: &quote.speaker,
            speaker_id: quote.speaker_id.as_deref(),
            affiliation: quote.affiliation.as_deref(),
            text: &quote.text,
            outlet: OutletRecord {
                id: article.outlet.as_deref(),
                name: self.outlet_of(i),
            },
            date: article.date.as_deref(),
            date_precision: article.date_precision,
            article: ArticleRecord {
                id: &article.id,
                title: &article.title,
                title_inferred: article.title_inferred,
            },
            paragraph: quote.paragraph + 1,
        })
    }
}

/// Drops wall filters naming what the corpus does not have, with a notice for each.
pub fn sanitize(corpus: &Corpus, state: &mut ViewState) -> Vec<Notice> {
    let mut notices = Vec::new();
    if state.view != View::Wall {
        return notices;
    }
    let shown = |q: &&Quote| corpus.article(&q.article).is_some();
    let known = |facet: WallFacet, value: &str| {
        corpus.quotes.iter().filter(shown).any(|q| match facet {
            WallFacet::Speaker => speaker_key(q) == value,
            WallFacet::Affiliation => affiliation_key(q) == value,
            _ => q.article == value,
        })
    };
    let wall = &mut state.wall;
    for (facet, set) in [
        (WallFacet::Speaker, &mut wall.speakers),
        (WallFacet::Affiliation, &mut wall.affiliations),
        (WallFacet::Article, &mut wall.articles),
    ] {
        set.retain(|value| {
            let ok = known(facet, value);
            if !ok {
                notices.push(Notice::new(facet.param(), value, "not in this corpus"));
            }
            ok
        });
    }
    if let Some(who) = wall.who.take_if(|who| !known(WallFacet::Speaker, who)) {
        notices.push(Notice::new("who", &who, "no such speaker"));
    }
    let quote_known = |id: &String| corpus.quotes.iter().filter(shown).any(|q| q.id == *id);
    if let Some(quote) = state.quote.take_if(|q| !quote_known(q)) {
        notices.push(Notice::new("quote", &quote, "no such quote"));
    }
    notices
}

/// Sorts `items` by a text key. Every sort of the wall goes through this one instantiation of
/// the standard sort (each instantiation costs kilobytes of WebAssembly).
fn sort_by_text(items: &mut [usize], key: &dyn Fn(usize) -> String) {
    let mut keyed: Vec<(String, usize)> = items.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_unstable();
    for (slot, (_, i)) in items.iter_mut().zip(keyed) {
        *slot = i;
    }
}

/// The clauses of the wall's word search, each of which must match.
fn said_clauses(said: &str) -> Vec<SearchQuery> {
    SearchQuery::parse(said)
        .clauses
        .into_iter()
        .map(|clause| SearchQuery {
            clauses: vec![clause],
        })
        .collect()
}

/// Byte ranges of `text` matched by the wall's word search, for highlighting.
pub fn said_ranges(said: &str, text: &str) -> Vec<std::ops::Range<usize>> {
    SearchQuery::parse(said).match_ranges(text)
}

#[derive(Serialize)]
struct QuoteExport<'a> {
    count: usize,
    quotes: Vec<QuoteRecord<'a>>,
}

#[derive(Serialize)]
struct QuoteRecord<'a> {
    id: &'a str,
    speaker: &'a str,
    speaker_id: Option<&'a str>,
    affiliation: Option<&'a str>,
    text: &'a str,
    outlet: OutletRecord<'a>,
    date: Option<&'a str>,
    date_precision: DatePrecision,
    article: ArticleRecord<'a>,
    /// 1-based, as shown in the reader.
    paragraph: usize,
}

#[derive(Serialize)]
struct OutletRecord<'a> {
    id: Option<&'a str>,
    name: String,
}

#[derive(Serialize)]
struct ArticleRecord<'a> {
    id: &'a str,
    title: &'a str,
    title_inferred: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_text::push_cell;

    fn article(id: &str, outlet: Option<&str>, date: Option<&str>) -> Article {
        Article {
            title_inferred: id == "c",
            paragraphs: vec!["p".into()],
            ..crate::index::tests::article(id, &format!("Title {id}"), outlet, date)
        }
    }

    fn quote(id: &str, art: &str, text: &str, speaker: (&str, Option<&str>)) -> Quote {
        Quote {
            id: id.into(),
            article: art.into(),
            paragraph: 0,
            text: text.into(),
            start: 0,
            speaker: speaker.0.into(),
            speaker_id: speaker.1.map(Into::into),
            affiliation: speaker.1.map(|_| "US government".into()),
            attribution: None,
        }
    }

    fn corpus() -> Corpus {
        let jeffrey = ("James Jeffrey", Some("james-jeffrey"));
        let unnamed = ("unnamed official", None);
        Corpus {
            articles: vec![
                article("a", Some("reuters"), Some("2011-12-22")),
                article("b", Some("ap"), Some("2011-12-21")),
                article("c", None, None),
            ],
            quotes: vec![
                quote("a-q1", "a", "We are in principle ready to move", jeffrey),
                quote("a-q2", "a", "=HYPERLINK(\"x\") <b>bold</b>", unnamed),
                quote(
                    "b-q1",
                    "b",
                    "we are in principle ready to move now",
                    jeffrey,
                ),
                quote("c-q1", "c", "Nothing more to say", unnamed),
                quote("x-q1", "missing", "An orphan", unnamed),
            ],
            entities: crate::model::Entities {
                people: vec![crate::model::Entity {
                    id: "james-jeffrey".into(),
                    name: "James F. Jeffrey".into(),
                    aliases: vec![],
                    description: None,
                    affiliation: None,
                    pronoun: None,
                }],
                ..Default::default()
            },
            ..Corpus::default()
        }
    }

    fn wall_state() -> ViewState {
        ViewState::default().quote_wall()
    }

    fn ids(wall: &QuoteWall, quotes: &[usize]) -> Vec<String> {
        quotes
            .iter()
            .map(|&i| wall.quote(i).unwrap().id.clone())
            .collect()
    }

    const ALL: [bool; 3] = [true; 3];

    #[test]
    fn unfiltered_every_quote_with_an_article_is_shown_once_oldest_first() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let view = wall.view(&wall_state(), &ALL, &ALL);
        assert_eq!(view.shown, 4);
        assert_eq!(view.in_scope, 4);
        assert_eq!(
            ids(&wall, &view.visible()),
            ["b-q1", "a-q1", "a-q2", "c-q1"]
        );
        let labels: Vec<&str> = view.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["2011-12-21", "2011-12-22", "undated"]);
    }

    #[test]
    fn filters_compose_and_counts_leave_out_their_own_facet() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let mut state = wall_state();
        state.wall.speakers.insert("james-jeffrey".into());
        state.filters.insert(FacetKind::Outlet, "reuters");
        let view = wall.view(&state, &[true, false, false], &ALL);
        assert_eq!(ids(&wall, &view.visible()), ["a-q1"]);
        let counts = |facet: WallFacet| -> Vec<(String, usize)> {
            let (_, values) = view.facets.iter().find(|(f, _)| *f == facet).unwrap();
            let mut counts: Vec<_> = values.iter().map(|v| (v.value.clone(), v.count)).collect();
            counts.sort();
            counts
        };
        // Speaker counts ignore the speaker filter but keep the outlet one (scope).
        assert_eq!(
            counts(WallFacet::Speaker),
            [("james-jeffrey".into(), 1), ("unnamed official".into(), 1)]
        );
        // Outlet counts use the scope without the outlet filter, with the speaker filter.
        assert_eq!(
            counts(WallFacet::Outlet),
            [
                ("ap".into(), 1),
                ("reuters".into(), 1),
                (OUTLET_UNSTATED.into(), 0)
            ]
        );
        state.wall.said = "\"ready to move now\"".into();
        let view = wall.view(&state, &ALL, &ALL);
        assert_eq!(ids(&wall, &view.visible()), ["b-q1"]);
        state.wall.said = "principle zzz".into();
        assert_eq!(
            wall.view(&state, &ALL, &ALL).shown,
            0,
            "every word must match"
        );
    }

    #[test]
    fn order_by_speaker_and_outlet_groups_by_label() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let mut state = wall_state();
        state.wall.order = WallOrder::Speaker;
        let view = wall.view(&state, &ALL, &ALL);
        let labels: Vec<&str> = view.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["James F. Jeffrey", "unnamed official"]);
        assert_eq!(ids(&wall, &view.groups[0].quotes), ["b-q1", "a-q1"]);
        state.wall.order = WallOrder::Outlet;
        let view = wall.view(&state, &ALL, &ALL);
        let labels: Vec<&str> = view.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["ap", "Outlet not stated", "reuters"]);
    }

    #[test]
    fn citation_names_speaker_quote_outlet_date_and_title() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        assert_eq!(
            wall.citation(0),
            "James Jeffrey (US government): “We are in principle ready to move”. reuters, \
             2011-12-22, “Title a”."
        );
        assert_eq!(
            wall.citation(3),
            "unnamed official: “Nothing more to say”. Outlet not stated, undated, \
             Title c [title inferred; none printed]."
        );
    }

    #[test]
    fn csv_quotes_every_cell_and_defuses_formulas() {
        let mut out = String::new();
        push_cell(&mut out, "say \"no\", twice\nthen", Quoting::Always);
        assert_eq!(out, "\"say \"\"no\"\", twice\nthen\"");
        for risky in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            let mut out = String::new();
            push_cell(&mut out, risky, Quoting::Always);
            assert_eq!(out, format!("\"'{risky}\""));
        }
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let csv = wall.csv(&[1]);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, final empty line");
        assert!(lines[0].starts_with("\"quote_id\",\"speaker\""));
        assert!(lines[1].contains("\"'=HYPERLINK(\"\"x\"\") <b>bold</b>\""));
        assert!(lines[1].ends_with(",\"Title a\",\"false\",\"1\""));
    }

    #[test]
    fn json_export_holds_the_given_quotes_verbatim() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let json: serde_json::Value = serde_json::from_str(&wall.json(&[1, 3])).unwrap();
        assert_eq!(json["count"], 2);
        assert_eq!(json["quotes"][0]["text"], "=HYPERLINK(\"x\") <b>bold</b>");
        assert_eq!(json["quotes"][0]["outlet"]["id"], "reuters");
        assert_eq!(json["quotes"][1]["outlet"]["id"], serde_json::Value::Null);
        assert_eq!(json["quotes"][1]["date_precision"], "unknown");
        assert_eq!(json["quotes"][1]["article"]["title_inferred"], true);
    }

    #[test]
    fn drift_groups_are_found_per_quote() {
        let wall = QuoteWall::new(Arc::new(Index::new(corpus())));
        let group = wall.drift(2).expect("b-q1 repeats a-q1");
        assert_eq!(group.quotes, ["a-q1", "b-q1"]);
        assert_eq!(group.sources, 2);
        assert!(wall.drift(3).is_none());
        assert_eq!(
            ids(&wall, &wall.by_speaker("james-jeffrey")),
            ["b-q1", "a-q1"]
        );
    }

    #[test]
    fn sanitize_drops_unknown_wall_values() {
        let corpus = corpus();
        let (mut state, notices) = ViewState::from_query_string(
            "view=wall&speaker=james-jeffrey&speaker=nobody&affiliation=unstated\
             &in_article=zzz&who=nobody&quote=x-q1",
        );
        assert!(notices.is_empty());
        let notices = sanitize(&corpus, &mut state);
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["speaker", "in_article", "who", "quote"]);
        assert_eq!(state.wall.speakers.len(), 1);
        assert_eq!(state.wall.affiliations.len(), 1);
        assert_eq!(
            state.quote, None,
            "a quote whose article is missing is not shown"
        );
    }

    #[test]
    fn every_attribution_rule_of_the_real_corpus_has_plain_words() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let text = std::fs::read_to_string(path).expect("the committed corpus");
        let corpus = Corpus::from_json(&text).expect("a valid corpus");
        for quote in &corpus.quotes {
            match &quote.attribution {
                Some(a) => assert_ne!(rule_in_words(&a.rule), a.rule, "{}", quote.id),
                None => assert_eq!(quote.speaker, "unknown", "{}", quote.id),
            }
        }
        assert_eq!(rule_in_words("a rule of tomorrow"), "a rule of tomorrow");
    }

    #[test]
    fn the_real_corpus_every_quote_once_and_exports_match() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let text = std::fs::read_to_string(path).expect("the committed corpus");
        let corpus = Corpus::from_json(&text).expect("a valid corpus");
        let total = corpus.quotes.len();
        let wall = QuoteWall::new(Arc::new(Index::new(corpus)));
        let docs = vec![true; wall.corpus().articles.len()];
        for order in WallOrder::ALL {
            let mut state = wall_state();
            state.wall.order = order;
            let mut shown = wall.view(&state, &docs, &docs).visible();
            assert_eq!(shown.len(), total, "{order:?}");
            shown.sort_unstable();
            shown.dedup();
            assert_eq!(shown.len(), total, "{order:?}: a quote twice");
        }
        let all: Vec<usize> = (0..total).collect();
        let csv = wall.csv(&all);
        assert_eq!(csv.matches("\r\n").count(), total + 1);
        let json: serde_json::Value = serde_json::from_str(&wall.json(&all)).unwrap();
        assert_eq!(json["count"], total);
        // Quote drift in this corpus: the relocation quotation carried by three sources.
        assert!((0..total).any(|i| wall.drift(i).is_some_and(|g| g.sources >= 3)));
    }
}
