//! Claims where sources disagree: one table per quantity — residents, deaths, each distance
//! (by its two places), deadlines — every value with who reported it and when, the spread of the
//! values per subject, and the measured geodesic distance for distance claims.
//!
//! Deaths are grouped by the event their sentence reports (the links in `data/events.json`),
//! so the April 2011 raid gets its own group; a sentence that does not name the event's month is
//! marked, because the link is then the curator's reading, not the article's words.

use crate::geo::{distance_range, distance_to_lines_km, DistanceRange, LonLat};
use crate::model::{Article, Claim, ClaimKind, Corpus, DatePrecision, Event};
use crate::timeline::{format_date, month_name, sort_small_by};
use std::ops::Range;

/// What a table counts or measures.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quantity {
    Residents,
    Deaths,
    /// A distance between two places (place ids; the Iran–Iraq border is a place id too).
    Distance {
        from: String,
        to: String,
    },
    Deadlines,
}

impl Quantity {
    pub fn of(claim: &Claim) -> Quantity {
        match claim.kind {
            ClaimKind::Residents => Quantity::Residents,
            ClaimKind::Deaths => Quantity::Deaths,
            ClaimKind::Deadline => Quantity::Deadlines,
            ClaimKind::Distance => Quantity::Distance {
                from: claim.from_place.clone().unwrap_or_default(),
                to: claim.to_place.clone().unwrap_or_default(),
            },
        }
    }

    /// The table's heading and a stable id for its element.
    pub fn title(&self, corpus: &Corpus) -> String {
        match self {
            Quantity::Residents => "Residents of Camp Ashraf".into(),
            Quantity::Deaths => "Deaths".into(),
            Quantity::Deadlines => "Deadlines".into(),
            Quantity::Distance { from, to } => {
                let name = |id: &str| {
                    if is_border(id) {
                        "the Iranian border".to_owned()
                    } else {
                        corpus
                            .entity_name(id)
                            .map_or_else(|| id.to_owned(), str::to_owned)
                    }
                };
                format!("Distance from {} to {}", name(from), name(to))
            }
        }
    }

    pub fn slug(&self) -> String {
        match self {
            Quantity::Residents => "residents".into(),
            Quantity::Deaths => "deaths".into(),
            Quantity::Deadlines => "deadlines".into(),
            Quantity::Distance { from, to } => format!("distance-{from}-{to}"),
        }
    }
}

/// Place ids that stand for the Iran–Iraq border line rather than a point.
pub fn is_border(place_id: &str) -> bool {
    place_id.contains("border")
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow<'a> {
    /// Index into `corpus.claims`.
    pub index: usize,
    pub claim: &'a Claim,
    pub article: Option<&'a Article>,
    /// Byte range of the number as written inside the sentence, for highlighting.
    pub highlight: Option<Range<usize>>,
    /// A caveat on the row, e.g. that the sentence does not name the event's month.
    pub note: Option<String>,
}

/// The range of values reported for one subject.
#[derive(Debug, Clone, PartialEq)]
pub enum Spread {
    /// Smallest and largest number (distances in km); ranges such as "400-800" count both ends.
    Numbers {
        min: f64,
        max: f64,
        unit: String,
    },
    /// Earliest and latest date (`YYYY-MM-DD` or `YYYY-MM`).
    Dates {
        first: String,
        last: String,
    },
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimGroup<'a> {
    /// What is counted, e.g. "Camp Ashraf residents", or the event for deaths.
    pub subject: String,
    pub rows: Vec<ClaimRow<'a>>,
    pub spread: Spread,
    /// Distinct values reported (as stored, so "3000" and "3,000" are one).
    pub distinct_values: usize,
    /// Values that are not numbers or dates ("dozens"), left out of the spread.
    pub not_numeric: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTable<'a> {
    pub quantity: Quantity,
    pub groups: Vec<ClaimGroup<'a>>,
}

impl ClaimTable<'_> {
    pub fn rows(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }
}

/// The number a claim reports, for spreads: distances in km, counts as counts; a range
/// ("400-800") gives both ends. `None` for dates and words.
pub fn numeric_range(c: &Claim) -> Option<(f64, f64)> {
    if c.kind == ClaimKind::Distance {
        return c.km.filter(|k| k.is_finite()).map(|k| (k, k));
    }
    if c.unit == "date" {
        return None;
    }
    // Counts are whole numbers; parsing them as integers keeps the float parser out of the
    // WebAssembly module.
    let number = |s: &str| s.trim().parse::<u32>().ok().map(f64::from);
    match c.value.split_once('-') {
        Some((lo, hi)) => Some((number(lo)?, number(hi)?)),
        None => number(&c.value).map(|v| (v, v)),
    }
}

fn reports(e: &Event, c: &Claim) -> bool {
    e.mentions
        .iter()
        .any(|m| m.article == c.article && m.paragraph == c.paragraph && m.text == c.text)
}

/// The event a deaths claim's sentence reports. A sentence may report several (the raid and a
/// deadline); the one that the most deaths sentences report wins, so the choice is the data's.
fn event_of<'a>(corpus: &'a Corpus, c: &Claim) -> Option<&'a Event> {
    let weight = |e: &Event| {
        corpus
            .claims
            .iter()
            .filter(|d| d.kind == ClaimKind::Deaths && reports(e, d))
            .count()
    };
    corpus
        .events
        .iter()
        .filter(|e| reports(e, c))
        .fold(None, |best: Option<(&Event, usize)>, e| {
            let w = weight(e);
            match best {
                Some((_, bw)) if bw >= w => best,
                _ => Some((e, w)),
            }
        })
        .map(|(e, _)| e)
}

/// Tables in a fixed order (residents, deaths, distances, deadlines) of the claims whose
/// article `shown` accepts; rows by date, undated last.
pub fn claim_tables<'a>(corpus: &'a Corpus, shown: &dyn Fn(&str) -> bool) -> Vec<ClaimTable<'a>> {
    let mut tables: Vec<ClaimTable<'a>> = Vec::new();
    let mut groups: Vec<(Quantity, String, Vec<ClaimRow<'a>>)> = Vec::new();
    for (index, claim) in corpus.claims.iter().enumerate() {
        if !shown(&claim.article) {
            continue;
        }
        let quantity = Quantity::of(claim);
        let mut note = None;
        let event = (quantity == Quantity::Deaths)
            .then(|| event_of(corpus, claim))
            .flatten();
        let subject = match event {
            Some(event) => {
                if event.date_precision == DatePrecision::Month {
                    let month = event
                        .date
                        .get(5..7)
                        .and_then(|m| m.parse().ok())
                        .and_then(month_name);
                    if let Some(month) = month.filter(|m| !claim.text.contains(m)) {
                        note = Some(format!(
                            "The sentence does not say {month}; it is linked to this event in the corpus's event list."
                        ));
                    }
                }
                format!("{} ({})", event.label, format_date(&event.date))
            }
            None => claim.subject.clone(),
        };
        let row = ClaimRow {
            index,
            claim,
            article: corpus.article(&claim.article),
            highlight: claim
                .text
                .find(&claim.as_written)
                .map(|at| at..at + claim.as_written.len()),
            note,
        };
        match groups
            .iter_mut()
            .find(|(q, s, _)| *q == quantity && *s == subject)
        {
            Some((_, _, rows)) => rows.push(row),
            None => groups.push((quantity, subject, vec![row])),
        }
    }
    sort_small_by(&mut groups, |a, b| a.0 < b.0);
    for (quantity, subject, mut rows) in groups {
        // By date, undated last (the sort is stable: corpus order within a date).
        fn key<'a>(r: &ClaimRow<'a>) -> (bool, Option<&'a str>) {
            let date = r.article.and_then(|a| a.date.as_deref());
            (date.is_none(), date)
        }
        sort_small_by(&mut rows, |a, b| key(a) < key(b));
        let group = group_of(subject, rows);
        match tables.last_mut().filter(|t| t.quantity == quantity) {
            Some(table) => table.groups.push(group),
            None => tables.push(ClaimTable {
                quantity,
                groups: vec![group],
            }),
        }
    }
    tables
}

fn group_of<'a>(subject: String, rows: Vec<ClaimRow<'a>>) -> ClaimGroup<'a> {
    let mut values: Vec<&str> = Vec::new();
    for r in &rows {
        if !values.contains(&r.claim.value.as_str()) {
            values.push(&r.claim.value);
        }
    }
    let mut not_numeric = Vec::new();
    let mut numbers: Option<(f64, f64)> = None;
    let mut dates: Option<(&str, &str)> = None;
    for r in &rows {
        let c = r.claim;
        if c.unit == "date" {
            let d = c.value.as_str();
            dates = Some(dates.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))));
        } else if let Some((lo, hi)) = numeric_range(c) {
            numbers = Some(numbers.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        } else if !not_numeric.contains(&c.value.as_str()) {
            not_numeric.push(c.value.as_str());
        }
    }
    let unit = rows.first().map_or("", |r| {
        if r.claim.kind == ClaimKind::Distance {
            "km"
        } else {
            r.claim.unit.as_str()
        }
    });
    let spread = match (numbers, dates) {
        (Some((min, max)), _) => Spread::Numbers {
            min,
            max,
            unit: unit.to_owned(),
        },
        (None, Some((first, last))) => Spread::Dates {
            first: first.to_owned(),
            last: last.to_owned(),
        },
        (None, None) => Spread::None,
    };
    ClaimGroup {
        subject,
        distinct_values: values.len(),
        rows,
        spread,
        not_numeric,
    }
}

/// A whole number with thousands separators ("3,400"); other numbers with one decimal.
pub fn format_number(v: f64) -> String {
    if v.fract() != 0.0 {
        return format!("{v:.1}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl Spread {
    /// "3,000–3,400 people", "56–65 km", "31 December 2011 – April 2012", "6 months".
    pub fn label(&self) -> Option<String> {
        match self {
            Spread::Numbers { min, max, unit } => {
                let (min, max) = if unit == "km" {
                    (min.round(), max.round())
                } else {
                    (*min, *max)
                };
                Some(if min == max {
                    format!("{} {unit}", format_number(min))
                } else {
                    format!("{}–{} {unit}", format_number(min), format_number(max))
                })
            }
            Spread::Dates { first, last } if first == last => Some(format_date(first)),
            Spread::Dates { first, last } => {
                Some(format!("{} – {}", format_date(first), format_date(last)))
            }
            Spread::None => None,
        }
    }
}

/// A distance measured between two corpus places, for comparing with printed distances.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub range: DistanceRange,
    pub from: LonLat,
    pub to: LonLat,
    /// What the "to" end was measured to, with the coordinate's source.
    pub to_label: String,
    pub from_label: String,
}

/// The straight-line (WGS84 geodesic) distance between `from` and `to` as a range allowing for
/// each point's uncertainty. A border id is measured to the nearest point of `border` (the
/// Iran–Iraq border line from the map data, ±0.5 km). `None` when a place has no coordinates.
pub fn measure_distance(
    corpus: &Corpus,
    from: &str,
    to: &str,
    border: &[Vec<LonLat>],
) -> Option<Measured> {
    let point = |id: &str| {
        let p = corpus.place(id)?;
        let at = LonLat::new(p.lon, p.lat);
        at.is_valid().then_some((at, p.uncertainty_km.max(0.0), p))
    };
    let (a, a_unc, a_place) = point(from)?;
    let from_label = format!(
        "{}'s mapped point (± {} km; {})",
        a_place.name,
        format_number(a_unc.round()),
        a_place.coord_source
    );
    let (b, b_unc, to_label) = if is_border(to) {
        let (_, q) = distance_to_lines_km(a, border.iter().map(Vec::as_slice))?;
        (
            q,
            0.5,
            "the nearest point of the Iran–Iraq border (Natural Earth 1:10m)".to_owned(),
        )
    } else {
        let (b, unc, p) = point(to)?;
        (
            b,
            unc,
            format!(
                "{}'s mapped point (± {} km; {})",
                p.name,
                format_number(unc.round()),
                p.coord_source
            ),
        )
    };
    Some(Measured {
        range: distance_range(a, a_unc, b, b_unc),
        from: a,
        to: b,
        to_label,
        from_label,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventMention, Place};

    fn claim(kind: ClaimKind, value: &str, unit: &str, subject: &str, km: Option<f64>) -> Claim {
        Claim {
            kind,
            value: value.into(),
            unit: unit.into(),
            qualifier: None,
            as_written: value.into(),
            subject: subject.into(),
            from_place: None,
            to_place: None,
            km,
            article: "a".into(),
            paragraph: 0,
            text: format!("They said {value} then."),
        }
    }

    fn distance(value: &str, unit: &str, to: &str, km: f64) -> Claim {
        Claim {
            from_place: Some("camp".into()),
            to_place: Some(to.into()),
            ..claim(ClaimKind::Distance, value, unit, "d", Some(km))
        }
    }

    fn place(id: &str, lon: f64, lat: f64, unc: f64) -> Place {
        Place {
            id: id.into(),
            name: id.to_uppercase(),
            aliases: vec![],
            kind: "city".into(),
            lat,
            lon,
            uncertainty_km: unc,
            coord_source: "test".into(),
            description: None,
        }
    }

    fn corpus() -> Corpus {
        let mut raid_claim = claim(ClaimKind::Deaths, "34", "people", "deaths", None);
        raid_claim.text = "In April 34 were killed.".into();
        raid_claim.as_written = "34 were killed".into();
        let mut may_claim = claim(ClaimKind::Deaths, "dozens", "people", "deaths", None);
        may_claim.paragraph = 1;
        may_claim.text = "An operation in May left dozens dead.".into();
        may_claim.as_written = "dozens dead".into();
        let unlinked = claim(ClaimKind::Deaths, "2", "people", "other deaths", None);
        let mut corpus = Corpus {
            claims: vec![
                claim(ClaimKind::Residents, "3000", "people", "residents", None),
                claim(ClaimKind::Residents, "3400", "people", "residents", None),
                claim(ClaimKind::Residents, "3000", "people", "residents", None),
                claim(
                    ClaimKind::Residents,
                    "400-800",
                    "people",
                    "first to move",
                    None,
                ),
                distance("40", "mi", "baghdad", 64.4),
                distance("56", "km", "baghdad", 56.0),
                distance("50", "mi", "iran-iraq-border", 80.5),
                claim(ClaimKind::Deadline, "2012-04", "date", "closure", None),
                claim(ClaimKind::Deadline, "2011-12-31", "date", "closure", None),
                claim(ClaimKind::Deadline, "6", "months", "extension", None),
                raid_claim.clone(),
                may_claim.clone(),
                unlinked,
            ],
            events: vec![Event {
                id: "raid".into(),
                label: "Raid".into(),
                date: "2011-04".into(),
                date_precision: DatePrecision::Month,
                date_evidence: String::new(),
                mentions: [&raid_claim, &may_claim]
                    .iter()
                    .map(|c| EventMention {
                        article: c.article.clone(),
                        paragraph: c.paragraph,
                        text: c.text.clone(),
                    })
                    .collect(),
            }],
            ..Corpus::default()
        };
        corpus.entities.places = vec![
            place("camp", 44.6, 33.9, 2.0),
            place("baghdad", 44.4, 33.3, 5.0),
        ];
        corpus
    }

    #[test]
    fn one_table_per_quantity_and_every_claim_once() {
        let c = corpus();
        let tables = claim_tables(&c, &|_| true);
        let slugs: Vec<String> = tables.iter().map(|t| t.quantity.slug()).collect();
        assert_eq!(
            slugs,
            [
                "residents",
                "deaths",
                "distance-camp-baghdad",
                "distance-camp-iran-iraq-border",
                "deadlines"
            ]
        );
        let mut seen: Vec<usize> = tables
            .iter()
            .flat_map(|t| t.groups.iter().flat_map(|g| g.rows.iter().map(|r| r.index)))
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..c.claims.len()).collect::<Vec<_>>());
        assert_eq!(
            tables[3].quantity.title(&c),
            "Distance from CAMP to the Iranian border"
        );
        assert!(claim_tables(&c, &|a| a != "a").is_empty());
    }

    #[test]
    fn spreads_per_subject() {
        let c = corpus();
        let tables = claim_tables(&c, &|_| true);
        let residents = &tables[0];
        assert_eq!(residents.groups.len(), 2);
        let camp = &residents.groups[0];
        assert_eq!(camp.rows.len(), 3);
        assert_eq!(camp.distinct_values, 2);
        assert_eq!(camp.spread.label().as_deref(), Some("3,000–3,400 people"));
        assert_eq!(
            residents.groups[1].spread.label().as_deref(),
            Some("400–800 people")
        );
        assert_eq!(
            tables[2].groups[0].spread.label().as_deref(),
            Some("56–64 km")
        );
        let deadlines = &tables[4];
        assert_eq!(
            deadlines.groups[0].spread.label().as_deref(),
            Some("31 December 2011 – April 2012")
        );
        assert_eq!(
            deadlines.groups[1].spread.label().as_deref(),
            Some("6 months")
        );
    }

    #[test]
    fn deaths_are_grouped_by_their_event_and_unsaid_months_marked() {
        let c = corpus();
        let tables = claim_tables(&c, &|_| true);
        let deaths = &tables[1];
        let subjects: Vec<&str> = deaths.groups.iter().map(|g| g.subject.as_str()).collect();
        assert_eq!(subjects, ["Raid (April 2011)", "other deaths"]);
        let raid = &deaths.groups[0];
        assert_eq!(raid.not_numeric, ["dozens"]);
        assert_eq!(raid.spread.label().as_deref(), Some("34 people"));
        let notes: Vec<bool> = raid.rows.iter().map(|r| r.note.is_some()).collect();
        assert_eq!(notes, [false, true]);
        let r = &raid.rows[0];
        assert_eq!(
            r.highlight.clone().map(|h| &r.claim.text[h]),
            Some("34 were killed")
        );
    }

    #[test]
    fn numbers_and_ranges() {
        let c = corpus();
        assert_eq!(numeric_range(&c.claims[3]), Some((400.0, 800.0)));
        assert_eq!(numeric_range(&c.claims[7]), None);
        assert_eq!(numeric_range(&c.claims[11]), None);
        assert_eq!(format_number(3400.0), "3,400");
        assert_eq!(format_number(1_234_567.0), "1,234,567");
        assert_eq!(format_number(80.5), "80.5");
        assert_eq!(format_number(34.0), "34");
    }

    #[test]
    fn distances_are_measured_with_their_uncertainty() {
        let c = corpus();
        let m = measure_distance(&c, "camp", "baghdad", &[]).expect("both mapped");
        assert!((m.range.max_km - m.range.centre_km - 7.0).abs() < 1e-9);
        assert!(m.range.centre_km > 60.0 && m.range.centre_km < 75.0);
        assert!(m
            .to_label
            .starts_with("BAGHDAD's mapped point (± 5 km; test)"));
        // The border is the nearest point of the given line.
        let line = vec![LonLat::new(45.6, 33.0), LonLat::new(45.6, 35.0)];
        let b = measure_distance(&c, "camp", "iran-iraq-border", &[line]).expect("border");
        assert!((b.to.lon - 45.6).abs() < 1e-9 && (b.to.lat - 33.9).abs() < 0.01);
        assert!(measure_distance(&c, "camp", "iran-iraq-border", &[]).is_none());
        assert!(measure_distance(&c, "camp", "nowhere", &[]).is_none());
    }
}
