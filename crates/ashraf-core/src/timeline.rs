//! The timeline: the corpus's dated events and the articles' own dates on one ordered axis,
//! grouped by date and precision, with the gaps between them named ("6 years later"), the
//! sentences and quotes behind each event, and the choice of a date range for the URL.
//!
//! The axis is ordinal with marked gaps rather than linear: the corpus spans 1997–2011 but
//! most of it falls in one December week, which a linear scale would crush into one point.

use crate::model::{Article, Corpus, DatePrecision, Event, EventMention, Quote};
use crate::query::{date_span, parse_date_bound, span_in_bounds};

/// One point of the axis: everything dated `date` with the same precision.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// As stored: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; also the URL bound for this entry.
    pub date: &'a str,
    pub precision: DatePrecision,
    /// First and last day the date may stand for.
    pub first: String,
    pub last: String,
    pub events: Vec<EventItem<'a>>,
    /// Indices into `corpus.articles`, in corpus order.
    pub articles: Vec<usize>,
    /// The time since the previous entry when it is long enough to say ("6 years later").
    pub gap_before: Option<String>,
}

/// An event with the sentences (in the shown articles) that report it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventItem<'a> {
    pub event: &'a Event,
    pub mentions: Vec<MentionItem<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MentionItem<'a> {
    pub mention: &'a EventMention,
    pub article: &'a Article,
    /// Quotes that overlap the sentence.
    pub quotes: Vec<&'a Quote>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline<'a> {
    pub entries: Vec<Entry<'a>>,
    /// Articles without a usable date (indices into `corpus.articles`).
    pub undated: Vec<usize>,
    /// Events left out because none of their sentences is in a shown article.
    pub hidden_events: usize,
}

/// Gaps shorter than this many days are not named.
const GAP_DAYS: i64 = 45;

/// Builds the timeline of the articles for which `shown` is true (by index into
/// `corpus.articles`) and of the events reported in them.
pub fn build<'a>(corpus: &'a Corpus, shown: &dyn Fn(usize) -> bool) -> Timeline<'a> {
    let mut timeline = Timeline::default();
    let mut entries: Vec<Entry<'a>> = Vec::new();
    fn entry_for<'a>(
        entries: &mut Vec<Entry<'a>>,
        date: &'a str,
        precision: DatePrecision,
    ) -> Option<usize> {
        let (first, last) = date_span(date)?;
        if let Some(i) = entries
            .iter()
            .position(|e| e.date == date && e.precision == precision)
        {
            return Some(i);
        }
        entries.push(Entry {
            date,
            precision,
            first,
            last,
            events: Vec::new(),
            articles: Vec::new(),
            gap_before: None,
        });
        Some(entries.len() - 1)
    }
    for (i, article) in corpus.articles.iter().enumerate() {
        if !shown(i) {
            continue;
        }
        let slot = match (&article.date, article.date_precision) {
            (Some(date), p) if p != DatePrecision::Unknown => entry_for(&mut entries, date, p),
            _ => None,
        };
        match slot {
            Some(slot) => entries[slot].articles.push(i),
            None => timeline.undated.push(i),
        }
    }
    for event in &corpus.events {
        let mentions: Vec<MentionItem<'a>> = event
            .mentions
            .iter()
            .filter_map(|m| {
                let at = corpus.articles.iter().position(|a| a.id == m.article)?;
                shown(at).then(|| MentionItem {
                    mention: m,
                    article: &corpus.articles[at],
                    quotes: quotes_in_mention(corpus, m),
                })
            })
            .collect();
        let slot = if mentions.is_empty() {
            None
        } else {
            entry_for(&mut entries, &event.date, event.date_precision)
        };
        match slot {
            Some(slot) => entries[slot].events.push(EventItem { event, mentions }),
            None => timeline.hidden_events += 1,
        }
    }
    // Earliest first; a longer span (a year) before the days inside it.
    sort_small_by(&mut entries, |a, b| {
        a.first
            .cmp(&b.first)
            .then(b.last.cmp(&a.last))
            .then(a.precision.cmp(&b.precision))
            .is_lt()
    });
    for i in 1..entries.len() {
        let gap = day_number(&entries[i].first) - day_number(&entries[i - 1].last);
        entries[i].gap_before = gap_label(gap);
    }
    timeline.entries = entries;
    timeline
}

/// A stable insertion sort for the short lists here (tens of items). The standard library's
/// sorts are faster on long inputs but add kilobytes of WebAssembly per element type.
pub fn sort_small_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The quotes whose words overlap the sentence of a mention.
pub fn quotes_in_mention<'a>(corpus: &'a Corpus, m: &EventMention) -> Vec<&'a Quote> {
    let paragraph = corpus
        .article(&m.article)
        .and_then(|a| a.paragraphs.get(m.paragraph));
    let Some(at) = paragraph.and_then(|p| p.find(&m.text)) else {
        return Vec::new();
    };
    let end = at + m.text.len();
    corpus
        .quotes
        .iter()
        .filter(|q| q.article == m.article && q.paragraph == m.paragraph)
        .filter(|q| q.start < end && q.start + q.text.len() > at)
        .collect()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (0 when it does not parse; callers pass
/// dates made by [`date_span`], whose "-31" month ends count as the 31st).
fn day_number(date: &str) -> i64 {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().unwrap_or(1));
    let (y, m, d) = (
        parts.next().unwrap_or(1970),
        parts.next().unwrap_or(1),
        parts.next().unwrap_or(1),
    );
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// "6 years later", "3 months later", or nothing for a short gap.
pub fn gap_label(days: i64) -> Option<String> {
    if days < GAP_DAYS {
        return None;
    }
    let (n, unit) = if days >= 365 {
        ((days + 182) / 365, "year")
    } else {
        ((days + 15) / 30, "month")
    };
    Some(format!("{n} {unit}{} later", if n == 1 { "" } else { "s" }))
}

/// English month names, January first (also what the ingest reads in printed dates).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month (1–12).
pub fn month_name(month: usize) -> Option<&'static str> {
    MONTHS.get(month.checked_sub(1)?).copied()
}

/// A stored date in words at its own precision: "22 December 2011", "April 2011", "2011".
/// Text that is not such a date is returned as it is.
pub fn format_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(month_name);
    match parts.as_slice() {
        [y, m] => month(m).map_or_else(|| date.to_owned(), |m| format!("{m} {y}")),
        [y, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d)) => format!("{d} {m} {y}"),
            _ => date.to_owned(),
        },
        _ => date.to_owned(),
    }
}

/// A date with its precision in words, for lists: "22 December 2011", "about 19 December 2011
/// (estimated)", "April 2011 (month only)", "date unknown".
pub fn dated(date: Option<&str>, precision: DatePrecision) -> String {
    match (date, precision) {
        (None, _) | (_, DatePrecision::Unknown) => precision_label(DatePrecision::Unknown).into(),
        (Some(d), DatePrecision::Day) => format_date(d),
        (Some(d), p) => format!("{} ({})", format_date(d), precision_label(p)),
    }
}

/// Short precision words for the axis legend and marks.
pub fn precision_label(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "exact day",
        DatePrecision::Month => "month only",
        DatePrecision::Year => "year only",
        DatePrecision::Estimated => "estimated",
        DatePrecision::Unknown => "date unknown",
    }
}

/// Which end of the range a choice sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    From,
    To,
}

/// The URL bounds after choosing `date` as the start or the end of the range. A choice that
/// would put the range backwards moves the other end to the same date, so the range is never
/// reversed. Returns `None` when `date` is not a usable bound.
pub fn choose_bound(
    from: Option<&str>,
    to: Option<&str>,
    end: End,
    date: &str,
) -> Option<(Option<String>, Option<String>)> {
    let date = parse_date_bound(date)?;
    let (first, last) = date_span(&date)?;
    Some(match end {
        End::From => {
            let to = to
                .filter(|t| date_span(t).is_some_and(|(_, t_last)| t_last >= first))
                .map_or_else(|| to.and(Some(date.clone())), |t| Some(t.to_owned()));
            (Some(date), to)
        }
        End::To => {
            let from = from
                .filter(|f| date_span(f).is_some_and(|(f_first, _)| f_first <= last))
                .map_or_else(|| from.and(Some(date.clone())), |f| Some(f.to_owned()));
            (from, Some(date))
        }
    })
}

/// The bounds typed into the range form: each empty (open) or `YYYY`, `YYYY-MM`, `YYYY-MM-DD`;
/// a reversed pair is put in order. The error names the field that cannot be read.
pub fn range_from_inputs(from: &str, to: &str) -> Result<(Option<String>, Option<String>), String> {
    let read = |value: &str, name: &str| {
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        parse_date_bound(value).map(Some).ok_or_else(|| {
            format!("“{name}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2011-12-21.")
        })
    };
    let (from, to) = (read(from, "From")?, read(to, "To")?);
    if let (Some(f), Some(t)) = (&from, &to) {
        let reversed = date_span(f)
            .zip(date_span(t))
            .is_some_and(|((f_first, _), (_, t_last))| f_first > t_last);
        if reversed {
            return Ok((to, from));
        }
    }
    Ok((from, to))
}

impl Entry<'_> {
    /// Whether the entry's dates overlap the range (the explorer's rule for articles).
    pub fn in_range(&self, from: Option<&str>, to: Option<&str>) -> bool {
        span_in_bounds(&self.first, &self.last, from, to)
    }

    pub fn label(&self) -> String {
        format_date(self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, date: Option<&str>, precision: DatePrecision) -> Article {
        Article {
            id: id.into(),
            title: id.into(),
            outlet: None,
            date: date.map(Into::into),
            date_precision: precision,
            paragraphs: vec!["Before. He said it was over. After.".into()],
            ..Article::default()
        }
    }

    fn event(id: &str, date: &str, precision: DatePrecision, articles: &[&str]) -> Event {
        Event {
            id: id.into(),
            label: id.into(),
            date: date.into(),
            date_precision: precision,
            date_evidence: String::new(),
            mentions: articles
                .iter()
                .map(|a| EventMention {
                    article: (*a).into(),
                    paragraph: 0,
                    text: "He said it was over.".into(),
                })
                .collect(),
        }
    }

    fn corpus() -> Corpus {
        Corpus {
            articles: vec![
                article("a", Some("2011-12-21"), DatePrecision::Day),
                article("b", Some("2011-12-21"), DatePrecision::Estimated),
                article("c", None, DatePrecision::Unknown),
                article("d", Some("2011-07-22"), DatePrecision::Day),
                article("e", Some("2011-12-21"), DatePrecision::Day),
            ],
            events: vec![
                event("raid", "2011-04", DatePrecision::Month, &["a", "d"]),
                event("invasion", "2003", DatePrecision::Year, &["b"]),
                event("talk", "2011-12-21", DatePrecision::Day, &["e"]),
                event("nowhere", "2011-12-01", DatePrecision::Day, &["zz"]),
            ],
            quotes: vec![
                Quote {
                    id: "q1".into(),
                    article: "a".into(),
                    paragraph: 0,
                    text: "it was over".into(),
                    start: 16,
                    speaker: "He".into(),
                    speaker_id: None,
                    affiliation: None,
                    attribution: None,
                },
                Quote {
                    id: "q2".into(),
                    article: "a".into(),
                    paragraph: 0,
                    text: "After".into(),
                    start: 29,
                    speaker: "He".into(),
                    speaker_id: None,
                    affiliation: None,
                    attribution: None,
                },
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn entries_are_ordered_and_grouped_by_date_and_precision() {
        let c = corpus();
        let t = build(&c, &|_| true);
        let keys: Vec<(&str, DatePrecision)> =
            t.entries.iter().map(|e| (e.date, e.precision)).collect();
        assert_eq!(
            keys,
            [
                ("2003", DatePrecision::Year),
                ("2011-04", DatePrecision::Month),
                ("2011-07-22", DatePrecision::Day),
                ("2011-12-21", DatePrecision::Day),
                ("2011-12-21", DatePrecision::Estimated),
            ]
        );
        let day = &t.entries[3];
        assert_eq!(day.articles, [0, 4]);
        assert_eq!(day.events.len(), 1);
        assert_eq!(t.undated, [2]);
        assert_eq!(t.hidden_events, 1, "an event reported by no article");
        let gaps: Vec<Option<&str>> = t.entries.iter().map(|e| e.gap_before.as_deref()).collect();
        assert_eq!(
            gaps,
            [
                None,
                Some("7 years later"),
                Some("3 months later"),
                Some("5 months later"),
                None
            ]
        );
    }

    #[test]
    fn hidden_articles_take_their_event_sentences_with_them() {
        let c = corpus();
        let t = build(&c, &|i| i == 3);
        assert_eq!(t.entries.len(), 2);
        let raid = &t.entries[0].events[0];
        assert_eq!(raid.event.id, "raid");
        assert_eq!(raid.mentions.len(), 1);
        assert_eq!(raid.mentions[0].article.id, "d");
        assert_eq!(t.hidden_events, 3);
    }

    #[test]
    fn quotes_overlapping_a_sentence_belong_to_it() {
        let c = corpus();
        let ids: Vec<&str> = quotes_in_mention(&c, &c.events[0].mentions[0])
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(ids, ["q1"]);
        let missing = EventMention {
            article: "a".into(),
            paragraph: 7,
            text: "x".into(),
        };
        assert!(quotes_in_mention(&c, &missing).is_empty());
    }

    #[test]
    fn dates_read_at_their_precision() {
        assert_eq!(format_date("2011-12-09"), "9 December 2011");
        assert_eq!(format_date("2011-04"), "April 2011");
        assert_eq!(format_date("1997"), "1997");
        assert_eq!(format_date("2011-13"), "2011-13");
        assert_eq!(
            dated(Some("2011-12-19"), DatePrecision::Estimated),
            "19 December 2011 (estimated)"
        );
        assert_eq!(
            dated(Some("2011-12-19"), DatePrecision::Day),
            "19 December 2011"
        );
        assert_eq!(dated(None, DatePrecision::Unknown), "date unknown");
    }

    #[test]
    fn small_sort_is_stable() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_small_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort_small_by(&mut empty, |a, b| a < b);
    }

    #[test]
    fn gaps_are_named_in_years_or_months() {
        assert_eq!(gap_label(44), None);
        assert_eq!(gap_label(45).as_deref(), Some("2 months later"));
        assert_eq!(gap_label(364).as_deref(), Some("12 months later"));
        assert_eq!(gap_label(365 * 6 + 10).as_deref(), Some("6 years later"));
        assert_eq!(day_number("1970-01-01"), 0);
        assert_eq!(day_number("2011-12-31") - day_number("2011-01-01"), 364);
    }

    #[test]
    fn choosing_bounds_never_reverses_the_range() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            choose_bound(None, None, End::From, "2011-04"),
            Some((s("2011-04"), None))
        );
        assert_eq!(
            choose_bound(Some("2011-04"), None, End::To, "2011-12-21"),
            Some((s("2011-04"), s("2011-12-21")))
        );
        // A start after the end moves the end to it.
        assert_eq!(
            choose_bound(Some("2003"), Some("2011-04"), End::From, "2011-12-21"),
            Some((s("2011-12-21"), s("2011-12-21")))
        );
        // An end before the start moves the start.
        assert_eq!(
            choose_bound(Some("2011-12"), Some("2011-12-31"), End::To, "2003"),
            Some((s("2003"), s("2003")))
        );
        // A month end inside the start's month is fine.
        assert_eq!(
            choose_bound(Some("2011-04-10"), None, End::To, "2011-04"),
            Some((s("2011-04-10"), s("2011-04")))
        );
        assert_eq!(choose_bound(None, None, End::To, "soon"), None);
    }

    #[test]
    fn typed_ranges_are_checked_and_ordered() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(range_from_inputs(" 2011-04 ", ""), Ok((s("2011-04"), None)));
        assert_eq!(
            range_from_inputs("2011-12-21", "2003"),
            Ok((s("2003"), s("2011-12-21")))
        );
        assert_eq!(range_from_inputs("", ""), Ok((None, None)));
        let err = range_from_inputs("2011", "21/12/2011").expect_err("not a date");
        assert!(err.starts_with("“To” is not a date"), "{err}");
    }

    #[test]
    fn entries_match_the_explorers_range_rule() {
        let c = corpus();
        let t = build(&c, &|_| true);
        let inside: Vec<&str> = t
            .entries
            .iter()
            .filter(|e| e.in_range(Some("2011-04-15"), Some("2011-12")))
            .map(|e| e.date)
            .collect();
        assert_eq!(
            inside,
            ["2011-04", "2011-07-22", "2011-12-21", "2011-12-21"]
        );
    }
}
