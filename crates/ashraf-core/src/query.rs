//! The view state — what the user searches, filters and reads — and its URL form.
//!
//! The URL is the single source of truth in the app: a shared link must reproduce the view,
//! so parsing is total (any string gives a state) and everything it cannot use is dropped
//! with a [`Notice`] the app shows, never a panic.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The app's views. To add one: a variant here, its name in [`View::param`] /
/// [`View::from_param`], and a match arm in the app's `app.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Explorer,
    Reader,
    Map,
    Timeline,
    Claims,
    /// The quote wall (`view=wall`; "quotes" is the has-quotes facet).
    Wall,
    /// The user's own articles: import, review, delete, export, backup.
    Import,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Explorer,
        View::Reader,
        View::Map,
        View::Timeline,
        View::Claims,
        View::Wall,
        View::Import,
    ];

    pub fn param(self) -> &'static str {
        match self {
            View::Explorer => "explorer",
            View::Reader => "reader",
            View::Map => "map",
            View::Timeline => "timeline",
            View::Claims => "claims",
            View::Wall => "wall",
            View::Import => "import",
        }
    }

    pub fn from_param(value: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.param() == value)
    }
}

/// Facets whose values are chosen from a list (several values of one facet combine with OR,
/// different facets combine with AND).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    Outlet,
    OutletKind,
    Republisher,
    Author,
    Person,
    Organization,
    Place,
    HasQuotes,
    /// The name an article uses for the group (naming lens `group` in `data/naming.json`).
    GroupName,
    /// The name an article uses for the camp (naming lens `camp`).
    CampName,
}

impl FacetKind {
    pub const ALL: [FacetKind; 10] = [
        FacetKind::Outlet,
        FacetKind::OutletKind,
        FacetKind::Republisher,
        FacetKind::Author,
        FacetKind::Person,
        FacetKind::Organization,
        FacetKind::Place,
        FacetKind::HasQuotes,
        FacetKind::GroupName,
        FacetKind::CampName,
    ];

    /// Name of the URL parameter.
    pub fn param(self) -> &'static str {
        match self {
            FacetKind::Outlet => "outlet",
            FacetKind::OutletKind => "kind",
            FacetKind::Republisher => "republisher",
            FacetKind::Author => "author",
            FacetKind::Person => "person",
            FacetKind::Organization => "org",
            FacetKind::Place => "place",
            FacetKind::HasQuotes => "quotes",
            FacetKind::GroupName => "name",
            FacetKind::CampName => "camp",
        }
    }

    /// Heading shown above the facet's values.
    pub fn label(self) -> &'static str {
        match self {
            FacetKind::Outlet => "Original outlet",
            FacetKind::OutletKind => "Kind of outlet",
            FacetKind::Republisher => "Republished by",
            FacetKind::Author => "Byline",
            FacetKind::Person => "People mentioned",
            FacetKind::Organization => "Organisations mentioned",
            FacetKind::Place => "Places mentioned",
            FacetKind::HasQuotes => "Direct quotes",
            FacetKind::GroupName => "Name used for the group",
            FacetKind::CampName => "Name used for the camp",
        }
    }

    pub fn from_param(name: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|k| k.param() == name)
    }
}

/// Values of [`FacetKind::HasQuotes`].
pub const HAS_QUOTES_YES: &str = "yes";
pub const HAS_QUOTES_NO: &str = "no";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Sort {
    /// Best match first; without a query, newest first.
    #[default]
    Relevance,
    Newest,
    Oldest,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Newest, Sort::Oldest];

    pub fn param(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Newest => "Newest first",
            Sort::Oldest => "Oldest first",
        }
    }

    pub fn from_param(value: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.param() == value)
    }
}

/// Active filters. Invariant: no facet maps to an empty set, so equal filters compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    values: BTreeMap<FacetKind, BTreeSet<String>>,
    /// Inclusive date bounds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.date_from.is_none() && self.date_to.is_none()
    }

    pub fn selected(&self, kind: FacetKind) -> impl Iterator<Item = &str> {
        self.values
            .get(&kind)
            .into_iter()
            .flat_map(|set| set.iter().map(String::as_str))
    }

    pub fn has_any(&self, kind: FacetKind) -> bool {
        self.values.contains_key(&kind)
    }

    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.values
            .get(&kind)
            .is_some_and(|set| set.contains(value))
    }

    pub fn insert(&mut self, kind: FacetKind, value: &str) {
        self.values
            .entry(kind)
            .or_default()
            .insert(value.to_owned());
    }

    pub fn remove(&mut self, kind: FacetKind, value: &str) {
        if let Some(set) = self.values.get_mut(&kind) {
            set.remove(value);
            if set.is_empty() {
                self.values.remove(&kind);
            }
        }
    }

    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        if self.is_selected(kind, value) {
            self.remove(kind, value);
        } else {
            self.insert(kind, value);
        }
    }

    pub fn clear_facet(&mut self, kind: FacetKind) {
        self.values.remove(&kind);
    }

    /// Every active (facet, value) pair, in facet order.
    pub fn active(&self) -> impl Iterator<Item = (FacetKind, &str)> {
        self.values
            .iter()
            .flat_map(|(kind, set)| set.iter().map(move |v| (*kind, v.as_str())))
    }
}

/// Everything that defines what the user sees.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub view: View,
    /// The search text as typed.
    pub q: String,
    pub filters: Filters,
    pub sort: Sort,
    /// The article open in the reader (only with [`View::Reader`]).
    pub article: Option<String>,
    /// A quote to scroll to and mark in the reader (only with an article).
    pub quote: Option<String>,
    /// The quote wall's own filters (only with [`View::Wall`]).
    pub wall: WallParams,
    /// Search the typed words only (`syn=off`), not every alias of the entity they name.
    pub literal: bool,
    /// Parameters of views this build does not know, kept so that links survive a round trip.
    pub extra: Vec<(String, String)>,
}

/// How the quote wall orders and groups its cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum WallOrder {
    /// Oldest article first, grouped by date.
    #[default]
    Date,
    Speaker,
    Outlet,
}

impl WallOrder {
    pub const ALL: [WallOrder; 3] = [WallOrder::Date, WallOrder::Speaker, WallOrder::Outlet];

    pub fn param(self) -> &'static str {
        match self {
            WallOrder::Date => "date",
            WallOrder::Speaker => "speaker",
            WallOrder::Outlet => "outlet",
        }
    }

    pub fn from_param(value: &str) -> Option<WallOrder> {
        WallOrder::ALL.into_iter().find(|o| o.param() == value)
    }
}

/// The quote wall's filters on top of the explorer's: the wall shows the quotes of the
/// articles the explorer's search and filters match (its outlet and date filters included),
/// then keeps those matching these.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WallParams {
    /// Speaker keys (`speaker_id`, or the speaker's description when there is none).
    pub speakers: BTreeSet<String>,
    /// Affiliation groups (`unstated` for none).
    pub affiliations: BTreeSet<String>,
    /// Article ids.
    pub articles: BTreeSet<String>,
    /// Words the quotation itself must contain (the search box's syntax).
    pub said: String,
    pub order: WallOrder,
    /// The speaker whose panel is open.
    pub who: Option<String>,
}

impl WallParams {
    pub fn is_default(&self) -> bool {
        *self == WallParams::default()
    }
}

/// A parameter that was dropped or changed, for a small notice in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub value: String,
    pub reason: String,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.value.is_empty() {
            write!(f, "Ignored “{}”: {}", self.param, self.reason)
        } else {
            let shown: String = self.value.chars().take(40).collect();
            let cut = if shown.len() < self.value.len() {
                "…"
            } else {
                ""
            };
            write!(f, "Ignored {}=“{shown}{cut}”: {}", self.param, self.reason)
        }
    }
}

impl Notice {
    pub fn new(param: &str, value: &str, reason: &str) -> Notice {
        Notice {
            param: param.to_owned(),
            value: value.to_owned(),
            reason: reason.to_owned(),
        }
    }
}

/// Longest search text and filter value kept from a URL; longer ones are cut / dropped.
pub const MAX_QUERY_CHARS: usize = 300;
const MAX_VALUE_CHARS: usize = 200;

impl ViewState {
    /// The state for a URL query string (with or without the leading `?`). Never fails:
    /// unusable parameters are dropped and described in the returned notices.
    pub fn from_query_string(query: &str) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let mut view_param: Option<String> = None;
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value))
            else {
                notices.push(Notice::new(raw_key, "", "not valid text (bad % encoding)"));
                continue;
            };
            state.apply_param(&key, value, &mut view_param, &mut notices);
        }
        state.settle_view(view_param.as_deref(), &mut notices);
        if let (Some(from), Some(to)) = (&state.filters.date_from, &state.filters.date_to) {
            if from > to {
                notices.push(Notice::new(
                    "from",
                    from,
                    "the start date was after the end date; they were swapped",
                ));
                std::mem::swap(&mut state.filters.date_from, &mut state.filters.date_to);
            }
        }
        (state, notices)
    }

    fn apply_param(
        &mut self,
        key: &str,
        value: String,
        view_param: &mut Option<String>,
        notices: &mut Vec<Notice>,
    ) {
        match key {
            "q" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    notices.push(Notice::new(key, &value, "search text too long, shortened"));
                    self.q = value.chars().take(MAX_QUERY_CHARS).collect();
                } else {
                    self.q = value;
                }
            }
            "view" => *view_param = Some(value),
            "speaker" | "affiliation" | "in_article" | "who" => match non_empty_value(&value) {
                Some(v) => match key {
                    "speaker" => drop(self.wall.speakers.insert(v)),
                    "affiliation" => drop(self.wall.affiliations.insert(v)),
                    "in_article" => drop(self.wall.articles.insert(v)),
                    _ => self.wall.who = Some(v),
                },
                None => notices.push(Notice::new(key, &value, "empty or too long")),
            },
            "said" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    notices.push(Notice::new(key, &value, "search text too long, shortened"));
                }
                self.wall.said = value.chars().take(MAX_QUERY_CHARS).collect();
            }
            "order" => match WallOrder::from_param(&value) {
                Some(order) => self.wall.order = order,
                None => notices.push(Notice::new(key, &value, "use date, speaker or outlet")),
            },
            "article" => match non_empty_value(&value) {
                Some(id) => self.article = Some(id),
                None => notices.push(Notice::new(key, &value, "not an article id")),
            },
            "quote" => match non_empty_value(&value) {
                Some(id) => self.quote = Some(id),
                None => notices.push(Notice::new(key, &value, "not a quote id")),
            },
            "syn" => match value.as_str() {
                "on" => self.literal = false,
                "off" => self.literal = true,
                _ => notices.push(Notice::new(key, &value, "use on or off")),
            },
            "sort" => match Sort::from_param(&value) {
                Some(sort) => self.sort = sort,
                None => notices.push(Notice::new(key, &value, "unknown sort order")),
            },
            "from" | "to" => match parse_date_bound(&value) {
                Some(date) if key == "from" => self.filters.date_from = Some(date),
                Some(date) => self.filters.date_to = Some(date),
                None => notices.push(Notice::new(key, &value, "not a date (use YYYY-MM-DD)")),
            },
            _ => match FacetKind::from_param(key) {
                Some(FacetKind::HasQuotes) if value != HAS_QUOTES_YES && value != HAS_QUOTES_NO => {
                    notices.push(Notice::new(key, &value, "use yes or no"));
                }
                Some(kind) => match non_empty_value(&value) {
                    Some(v) => self.filters.insert(kind, &v),
                    None => notices.push(Notice::new(key, &value, "empty or too long")),
                },
                None => self.extra.push((key.to_owned(), value)),
            },
        }
    }

    /// Applies the `view` parameter and keeps `article` / `quote` consistent with it:
    /// an article without a view opens the reader; the reader without an article cannot.
    fn settle_view(&mut self, view_param: Option<&str>, notices: &mut Vec<Notice>) {
        self.view = match view_param {
            None if self.article.is_some() => View::Reader,
            None => View::Explorer,
            Some(name) => View::from_param(name).unwrap_or_else(|| {
                notices.push(Notice::new("view", name, "no such view in this version"));
                View::Explorer
            }),
        };
        if self.view == View::Reader && self.article.is_none() {
            notices.push(Notice::new("view", "reader", "no article given"));
            self.view = View::Explorer;
        }
        if self.view != View::Reader {
            if let Some(article) = self.article.take() {
                notices.push(Notice::new("article", &article, "only used by the reader"));
            }
        }
        // On the wall, a quote without an article is a link to that one quote.
        if self.article.is_none() && self.view != View::Wall {
            if let Some(quote) = self.quote.take() {
                notices.push(Notice::new("quote", &quote, "only used with an article"));
            }
        }
        if self.view != View::Wall && !self.wall.is_default() {
            let params = self.wall_pairs().into_iter().map(|(k, _)| k);
            let names: Vec<&str> = params.collect();
            notices.push(Notice::new(
                &names.join(", "),
                "",
                "only used by the quote wall",
            ));
            self.wall = WallParams::default();
        }
    }

    fn wall_pairs(&self) -> Vec<(&'static str, &str)> {
        let w = &self.wall;
        let mut pairs: Vec<(&'static str, &str)> = Vec::new();
        pairs.extend(w.speakers.iter().map(|v| ("speaker", v.as_str())));
        pairs.extend(w.affiliations.iter().map(|v| ("affiliation", v.as_str())));
        pairs.extend(w.articles.iter().map(|v| ("in_article", v.as_str())));
        if !w.said.is_empty() {
            pairs.push(("said", &w.said));
        }
        if w.order != WallOrder::default() {
            pairs.push(("order", w.order.param()));
        }
        if let Some(who) = &w.who {
            pairs.push(("who", who));
        }
        pairs
    }

    /// The canonical query string (without `?`; empty for the default state).
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        // The reader is implied by an article, so links stay short.
        let implied_reader = self.view == View::Reader && self.article.is_some();
        if self.view != View::Explorer && !implied_reader {
            pairs.push(("view", self.view.param()));
        }
        if let Some(article) = &self.article {
            pairs.push(("article", article));
        }
        if let Some(quote) = &self.quote {
            pairs.push(("quote", quote));
        }
        if !self.q.is_empty() {
            pairs.push(("q", &self.q));
        }
        for (kind, value) in self.filters.active() {
            pairs.push((kind.param(), value));
        }
        if let Some(from) = &self.filters.date_from {
            pairs.push(("from", from));
        }
        if let Some(to) = &self.filters.date_to {
            pairs.push(("to", to));
        }
        if self.literal {
            pairs.push(("syn", "off"));
        }
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.param()));
        }
        pairs.extend(self.wall_pairs());
        for (key, value) in &self.extra {
            pairs.push((key, value));
        }
        let mut out = String::new();
        for (key, value) in pairs {
            if !out.is_empty() {
                out.push('&');
            }
            percent_encode_into(key, &mut out);
            out.push('=');
            percent_encode_into(value, &mut out);
        }
        out
    }

    /// The same search and filters, showing the results list.
    pub fn explorer(&self) -> ViewState {
        ViewState {
            view: View::Explorer,
            article: None,
            quote: None,
            wall: WallParams::default(),
            ..self.clone()
        }
    }

    /// The state after typing `q` in the search box: views that show "what the search
    /// selects" (quote wall, timeline, claims) stay and narrow; from any other view the search
    /// opens the explorer.
    pub fn searching(&self, q: &str) -> ViewState {
        let mut next = match self.view {
            View::Wall | View::Timeline | View::Claims => self.clone(),
            _ => self.explorer(),
        };
        next.q = q.to_owned();
        next
    }

    /// The same search and filters on the quote wall (keeping the wall's own filters when
    /// already there).
    pub fn quote_wall(&self) -> ViewState {
        let wall = if self.view == View::Wall {
            self.wall.clone()
        } else {
            WallParams::default()
        };
        ViewState {
            view: View::Wall,
            article: None,
            quote: None,
            wall,
            ..self.clone()
        }
    }

    /// The same search and filters, reading `article`.
    pub fn reading(&self, article: &str) -> ViewState {
        ViewState {
            view: View::Reader,
            article: Some(article.to_owned()),
            quote: None,
            wall: WallParams::default(),
            ..self.clone()
        }
    }
}

fn non_empty_value(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty() && trimmed.chars().count() <= MAX_VALUE_CHARS).then(|| trimmed.to_owned())
}

/// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn parse_date_bound(value: &str) -> Option<String> {
    let parts: Vec<&str> = value.trim().split('-').collect();
    let number = |s: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|n| range.contains(n))
    };
    let valid = match parts.as_slice() {
        [y] => number(y, 4, 1..=9999).is_some(),
        [y, m] => number(y, 4, 1..=9999).is_some() && number(m, 2, 1..=12).is_some(),
        [y, m, d] => {
            number(y, 4, 1..=9999).is_some()
                && number(m, 2, 1..=12).is_some()
                && number(d, 2, 1..=31).is_some()
        }
        _ => false,
    };
    valid.then(|| value.trim().to_owned())
}

/// The first and last day (as `YYYY-MM-DD`) covered by a date of any precision. Days are
/// compared as strings, so "-31" safely stands for the end of any month.
pub fn date_span(date: &str) -> Option<(String, String)> {
    let date = parse_date_bound(date)?;
    Some(match date.len() {
        4 => (format!("{date}-01-01"), format!("{date}-12-31")),
        7 => (format!("{date}-01"), format!("{date}-31")),
        _ => (date.clone(), date),
    })
}

/// Whether a date span (first and last day, `YYYY-MM-DD`) overlaps the inclusive bounds `from`
/// and `to` (each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` is open). An unusable bound is open.
pub fn span_in_bounds(first: &str, last: &str, from: Option<&str>, to: Option<&str>) -> bool {
    let after_start = from
        .and_then(date_span)
        .is_none_or(|(from, _)| *last >= *from);
    let before_end = to.and_then(date_span).is_none_or(|(_, to)| *first <= *to);
    after_start && before_end
}

fn percent_encode_into(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
}

/// Decodes `application/x-www-form-urlencoded` text; `None` when the bytes are not UTF-8.
/// A `%` not followed by two hex digits is kept as it is, as browsers do.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                if let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) {
                    out.push((hi * 16 + lo) as u8);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> (ViewState, Vec<Notice>) {
        ViewState::from_query_string(q)
    }

    #[test]
    fn default_state_is_the_empty_query() {
        assert_eq!(ViewState::default().to_query_string(), "");
        assert_eq!(parse(""), (ViewState::default(), vec![]));
        assert_eq!(parse("?"), (ViewState::default(), vec![]));
    }

    #[test]
    fn full_state_serializes_canonically() {
        let mut state = ViewState {
            q: "camp “ashraf” & co".into(),
            sort: Sort::Newest,
            ..ViewState::default()
        };
        state.filters.insert(FacetKind::Person, "nouri-al-maliki");
        state.filters.insert(FacetKind::Outlet, "reuters");
        state.filters.insert(FacetKind::Outlet, "ap");
        state.filters.date_from = Some("2011-12".into());
        let reader = state.reading("some-article");
        assert_eq!(
            reader.to_query_string(),
            "article=some-article&q=camp+%E2%80%9Cashraf%E2%80%9D+%26+co&outlet=ap&outlet=reuters\
             &person=nouri-al-maliki&from=2011-12&sort=newest"
        );
        assert_eq!(parse(&reader.to_query_string()), (reader.clone(), vec![]));
        assert_eq!(reader.explorer(), state);
    }

    #[test]
    fn malformed_parameters_are_dropped_with_notices() {
        let (state, notices) = parse(
            "?sort=best&from=2011-13-01&to=soon&quotes=maybe&view=nowhere&outlet=&q=ok&%FF=1&article=&syn=maybe",
        );
        assert_eq!(state.q, "ok");
        assert_eq!(state.sort, Sort::Relevance);
        assert!(state.filters.is_empty());
        assert_eq!(state.view, View::Explorer);
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(
            params,
            ["sort", "from", "to", "quotes", "outlet", "%FF", "article", "syn", "view"]
        );
        assert!(notices[0].to_string().contains("sort=“best”"));
    }

    #[test]
    fn reader_needs_an_article_and_article_implies_reader() {
        let (state, notices) = parse("view=reader");
        assert_eq!(state.view, View::Explorer);
        assert_eq!(notices.len(), 1);
        let (state, notices) = parse("article=x&quote=q1");
        assert_eq!(state.view, View::Reader);
        assert_eq!(state.quote.as_deref(), Some("q1"));
        assert!(notices.is_empty());
        let (state, notices) = parse("view=explorer&article=x");
        assert_eq!(state.article, None);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn wall_state_round_trips_and_leaves_with_the_wall() {
        let mut state = ViewState {
            q: "camp".into(),
            ..ViewState::default()
        }
        .quote_wall();
        state.filters.insert(FacetKind::Outlet, "reuters");
        state
            .wall
            .speakers
            .insert("unnamed State Department official".into());
        state.wall.speakers.insert("james-jeffrey".into());
        state.wall.affiliations.insert("US government".into());
        state.wall.articles.insert("a-1".into());
        state.wall.said = "\"in principle\" & co".into();
        state.wall.order = WallOrder::Speaker;
        state.wall.who = Some("james-jeffrey".into());
        let url = state.to_query_string();
        assert_eq!(
            url,
            "view=wall&q=camp&outlet=reuters&speaker=james-jeffrey\
             &speaker=unnamed+State+Department+official&affiliation=US+government\
             &in_article=a-1&said=%22in+principle%22+%26+co&order=speaker&who=james-jeffrey"
        );
        assert_eq!(parse(&url), (state.clone(), vec![]));
        // Leaving the wall drops its filters; coming back starts clean.
        assert!(state.explorer().wall.is_default());
        assert!(state.reading("a-1").wall.is_default());
        assert_eq!(state.quote_wall(), state);
        assert!(state.explorer().quote_wall().wall.is_default());
        // A link to one quote needs no article on the wall.
        let (one, notices) = parse("view=wall&quote=a-q1");
        assert_eq!((one.view, one.quote.as_deref()), (View::Wall, Some("a-q1")));
        assert!(notices.is_empty());
    }

    #[test]
    fn malformed_wall_parameters_are_dropped_with_notices() {
        let long = "x".repeat(MAX_QUERY_CHARS + 1);
        let (state, notices) = parse(&format!(
            "view=wall&order=loudest&speaker=&who=%20&said={long}&affiliation=ok"
        ));
        assert_eq!(state.view, View::Wall);
        assert_eq!(state.wall.order, WallOrder::Date);
        assert!(state.wall.speakers.is_empty() && state.wall.who.is_none());
        assert_eq!(state.wall.said.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(state.wall.affiliations.len(), 1);
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["order", "speaker", "who", "said"]);
        // Wall filters on another view are dropped, named in one notice.
        let (state, notices) = parse("speaker=x&said=y&q=z");
        assert_eq!(state.view, View::Explorer);
        assert!(state.wall.is_default());
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].param, "speaker, said");
        let (state, notices) = parse("view=map&quote=a-q1");
        assert_eq!((state.view, state.quote), (View::Map, None));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn synonyms_are_on_unless_switched_off() {
        assert!(!parse("q=pmoi").0.literal);
        let (state, notices) = parse("q=pmoi&syn=off");
        assert!(state.literal && notices.is_empty());
        assert_eq!(state.to_query_string(), "q=pmoi&syn=off");
        let (state, notices) = parse("q=pmoi&syn=on");
        assert!(!state.literal && notices.is_empty());
        assert_eq!(state.to_query_string(), "q=pmoi");
    }

    #[test]
    fn searching_keeps_the_views_that_follow_the_search() {
        let (wall, _) = parse("view=wall&speaker=x&q=old");
        let next = wall.searching("camp");
        assert_eq!((next.view, next.q.as_str()), (View::Wall, "camp"));
        assert!(next.wall.speakers.contains("x"));
        let (reader, _) = parse("article=a-1&q=old");
        let next = reader.searching("camp");
        assert_eq!((next.view, next.article), (View::Explorer, None));
        assert_eq!(parse("view=claims").0.searching("x").view, View::Claims);
        assert_eq!(parse("view=map").0.searching("x").view, View::Explorer);
    }

    #[test]
    fn reversed_date_range_is_swapped() {
        let (state, notices) = parse("from=2012&to=2011-06");
        assert_eq!(state.filters.date_from.as_deref(), Some("2011-06"));
        assert_eq!(state.filters.date_to.as_deref(), Some("2012"));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn unknown_parameters_survive_a_round_trip() {
        let (state, notices) = parse("zoom=3&q=x");
        assert!(notices.is_empty());
        assert_eq!(state.to_query_string(), "q=x&zoom=3");
    }

    #[test]
    fn overlong_search_is_shortened() {
        let long = "a".repeat(MAX_QUERY_CHARS + 10);
        let (state, notices) = parse(&format!("q={long}"));
        assert_eq!(state.q.len(), MAX_QUERY_CHARS);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn date_spans_cover_their_precision() {
        assert_eq!(
            date_span("2011-12"),
            Some(("2011-12-01".into(), "2011-12-31".into()))
        );
        assert_eq!(
            date_span("2011"),
            Some(("2011-01-01".into(), "2011-12-31".into()))
        );
        assert_eq!(date_span("2011-1-1"), None);
        assert_eq!(date_span("20111"), None);
    }

    #[test]
    fn percent_decoding_is_lenient_but_rejects_bad_utf8() {
        assert_eq!(percent_decode("a+b%20c%2").as_deref(), Some("a b c%2"));
        assert_eq!(percent_decode("%zz%").as_deref(), Some("%zz%"));
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decode("%C3"), None);
    }

    /// A small deterministic generator, so the property tests need no extra dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn text(&mut self) -> String {
            const PIECES: [&str; 14] = [
                "a", "Z", " ", "&", "=", "?", "%", "+", "“", "é", "\"", "#", "/", "ش",
            ];
            (0..self.below(8))
                .map(|_| PIECES[self.below(PIECES.len())])
                .collect()
        }
        fn word(&mut self) -> String {
            format!("w{}{}", self.below(50), self.text().trim())
        }
    }

    fn random_state(rng: &mut Rng) -> ViewState {
        let mut state = ViewState {
            q: rng.text(),
            sort: Sort::ALL[rng.below(3)],
            literal: rng.below(2) == 0,
            ..ViewState::default()
        };
        for _ in 0..rng.below(6) {
            let kind = FacetKind::ALL[rng.below(FacetKind::ALL.len())];
            let value = if kind == FacetKind::HasQuotes {
                [HAS_QUOTES_YES, HAS_QUOTES_NO][rng.below(2)].to_owned()
            } else {
                rng.word()
            };
            state.filters.insert(kind, &value);
        }
        if rng.below(2) == 0 {
            state.filters.date_from = Some("2011-06".into());
        }
        if rng.below(2) == 0 {
            state.filters.date_to = Some("2011-12-31".into());
        }
        if rng.below(2) == 0 {
            state = state.reading(&rng.word());
            if rng.below(2) == 0 {
                state.quote = Some(rng.word());
            }
        } else if rng.below(3) == 0 {
            state.view = View::Wall;
            let wall = &mut state.wall;
            for _ in 0..rng.below(4) {
                wall.speakers.insert(rng.word());
            }
            if rng.below(2) == 0 {
                wall.affiliations.insert(rng.word());
                wall.articles.insert(rng.word());
            }
            wall.said = rng.text();
            wall.order = WallOrder::ALL[rng.below(3)];
            if rng.below(2) == 0 {
                wall.who = Some(rng.word());
            }
            if rng.below(3) == 0 {
                state.quote = Some(rng.word());
            }
        }
        if rng.below(4) == 0 {
            state.extra.push((format!("x{}", rng.below(9)), rng.text()));
        }
        state
    }

    #[test]
    fn property_every_valid_state_round_trips() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let state = random_state(&mut rng);
            let url = state.to_query_string();
            let (back, notices) = parse(&url);
            assert!(notices.is_empty(), "{url}: {notices:?}");
            assert_eq!(back, state, "{url}");
            assert_eq!(back.to_query_string(), url);
        }
    }

    #[test]
    fn property_any_string_parses_to_a_stable_state() {
        let mut rng = Rng(42);
        const PIECES: [&str; 16] = [
            "q=", "view=", "reader", "article=", "&", "=", "%", "%E2", "%zz", "from=", "2011",
            "-13", "outlet=", "sort=", "é", "+",
        ];
        for _ in 0..3000 {
            let input: String = (0..rng.below(12))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect();
            let (state, _) = parse(&input);
            let url = state.to_query_string();
            let (again, notices) = parse(&url);
            assert!(notices.is_empty(), "{input} -> {url}: {notices:?}");
            assert_eq!(again, state, "{input}");
        }
    }
}
