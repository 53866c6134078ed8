//! Numeric claims: residents, deaths in the 2011 raid, distances, deadlines, each with its sentence.

use super::dates::{parse_iso, read_date};
use crate::model::{Claim, ClaimKind};
use regex_lite::Regex;

pub struct ClaimPatterns {
    residents: Regex,
    residents_range: Regex,
    deaths: Regex,
    distance: Regex,
    months: Regex,
}

const MILES_TO_KM: f64 = 1.609_344;

impl ClaimPatterns {
    pub fn new() -> Result<Self, regex_lite::Error> {
        Ok(ClaimPatterns {
            residents: Regex::new(
                r"(?i)\b(?P<q>more than|at least|as many as|up to|about|some|an estimated|the estimated|estimated|nearly|over)?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{3})(?P<plus>-plus)?\s+(?P<noun>(?:of its |of the )?(?:\w+[\s-]){0,2}?(?:people|residents|exiles|dissidents|militants|members|Iranians))\b",
            )?,
            residents_range: Regex::new(
                r"(?i)\bfrom (?P<a>\d{1,3}(?:,\d{3})+) to (?P<b>\d{1,3}(?:,\d{3})+)",
            )?,
            deaths: Regex::new(
                r"(?i)\b(?P<q>more than|at least|about)?\s*(?P<n>\d+|dozens)\s+(?:(?:MEK\s+)?(?:people|residents|members|civilians)\s+)?(?:were\s+)?(?:killed|dead)\b|deaths of (?P<n2>\d+) civilians",
            )?,
            distance: Regex::new(
                r"(?i)\b(?P<q>some|about|around|nearly)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>km|kilometres|kilometers|miles)\b(?:\s*\((?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>miles|km)\))?\s*(?:(?P<dir>north-east|northeast|north|south|east|west)\s+)?(?:of|from)\s+(?P<to>the Iranian border|[A-Z][a-z]+)",
            )?,
            months: Regex::new(r"(?i)\b(?P<n>six|6)[\s-]months?\b")?,
        })
    }
}

fn number(text: &str) -> Option<f64> {
    text.replace(',', "").parse().ok()
}

fn place_id(name: &str) -> Option<String> {
    match name.to_lowercase().as_str() {
        "baghdad" => Some("baghdad".into()),
        "the iranian border" => Some("iran-iraq-border".into()),
        "tehran" => Some("tehran".into()),
        _ => None,
    }
}

/// Claims in one sentence of an article.
/// `article_about_camp` is true when the article names Camp Ashraf anywhere, so that a sentence
/// like "move the 3,000-plus Iranians" counts even without naming the camp itself.
pub fn claims_in_sentence(
    pat: &ClaimPatterns,
    sentence: &str,
    article: &str,
    paragraph: usize,
    article_date: Option<&str>,
    article_about_camp: bool,
) -> Vec<Claim> {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower` index `sentence` too.
    let lower = sentence.to_ascii_lowercase();
    let mut out = Vec::new();
    let claim = |kind,
                 value: String,
                 unit: &str,
                 qualifier: Option<&str>,
                 as_written: &str,
                 subject: &str| Claim {
        kind,
        value,
        unit: unit.to_string(),
        qualifier: qualifier.map(|q| q.to_lowercase()),
        as_written: as_written.trim().to_string(),
        subject: subject.to_string(),
        from_place: None,
        to_place: None,
        km: None,
        article: article.to_string(),
        paragraph,
        text: sentence.trim().to_string(),
    };
    let about_camp = article_about_camp
        || [
            "ashraf",
            "camp",
            "residents",
            "exiles",
            "dissidents",
            "mko",
            "mek",
        ]
        .iter()
        .any(|w| lower.contains(w));

    // Residents.
    if about_camp {
        if lower.contains("number of residents") {
            for c in pat.residents_range.captures_iter(sentence) {
                for key in ["a", "b"] {
                    if let Some(n) = c.name(key).and_then(|m| number(m.as_str())) {
                        out.push(claim(
                            ClaimKind::Residents,
                            format!("{n}"),
                            "people",
                            None,
                            c.get(0).map_or("", |m| m.as_str()),
                            "Camp Ashraf residents",
                        ));
                    }
                }
            }
        }
        for c in pat.residents.captures_iter(sentence) {
            let (Some(n), Some(noun)) = (c.name("n"), c.name("noun")) else {
                continue;
            };
            let Some(value) = number(n.as_str()) else {
                continue;
            };
            let noun_l = noun.as_str().to_lowercase();
            if noun_l.contains("parliament") || noun_l.contains("victims") {
                continue;
            }
            let qualifier = c.name("q").map(|q| {
                q.as_str()
                    .trim_start_matches("the ")
                    .trim_start_matches("an ")
            });
            let qualifier = if c.name("plus").is_some() {
                Some("more than")
            } else {
                qualifier
            };
            let before = lower.get(..n.start()).unwrap_or_default();
            let recent = &before
                [crate::text::floor_char_boundary(before, before.len().saturating_sub(24))..];
            let subset = noun_l.starts_with("of the")
                || recent.contains("transfer")
                || qualifier.is_some_and(|q| q.eq_ignore_ascii_case("up to"));
            let subject = if subset {
                "residents to move first"
            } else {
                "Camp Ashraf residents"
            };
            // "400-800 residents": keep the range as printed.
            let range_start = before
                .trim_end_matches(|ch: char| ch.is_ascii_digit())
                .strip_suffix('-')
                .filter(|_| {
                    before.ends_with(|ch: char| ch.is_ascii_digit()) || before.ends_with('-')
                });
            let (value, written) = match range_start {
                Some(rs) if before.ends_with('-') => {
                    let low_start = rs.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
                    (
                        format!(
                            "{}-{value}",
                            sentence.get(low_start..n.start() - 1).unwrap_or_default()
                        ),
                        sentence
                            .get(low_start..c.get(0).map_or(n.end(), |m| m.end()))
                            .unwrap_or_default(),
                    )
                }
                _ => (format!("{value}"), c.get(0).map_or("", |m| m.as_str())),
            };
            out.push(claim(
                ClaimKind::Residents,
                value,
                "people",
                qualifier,
                written,
                subject,
            ));
        }
    }
    // Deaths in the raid on the camp.
    let about_raid = ["april", "raid", "clash", "operation", "killings", " may"]
        .iter()
        .any(|w| lower.contains(w));
    if about_raid {
        for c in pat.deaths.captures_iter(sentence) {
            let n = c.name("n").or(c.name("n2"));
            let Some(n) = n else { continue };
            let value = n.as_str().to_lowercase();
            if value != "dozens" && number(&value).is_none_or(|v| v > 1000.0) {
                continue;
            }
            let q = c.name("q").map(|q| q.as_str());
            out.push(claim(
                ClaimKind::Deaths,
                value,
                "people",
                q,
                c.get(0).map_or("", |m| m.as_str()),
                "deaths in the 2011 raid on Camp Ashraf",
            ));
        }
    }
    // Distances.
    for c in pat.distance.captures_iter(sentence) {
        let (Some(n), Some(u), Some(to)) = (c.name("n"), c.name("u"), c.name("to")) else {
            continue;
        };
        let Some(value) = number(n.as_str()) else {
            continue;
        };
        let miles = u.as_str().eq_ignore_ascii_case("miles");
        let km = if miles { value * MILES_TO_KM } else { value };
        let to_id = place_id(to.as_str());
        let to_name = if to.as_str().eq_ignore_ascii_case("the iranian border") {
            "Iranian border".to_string()
        } else {
            to.as_str().to_string()
        };
        let from = if lower.contains("ashraf") || lower.contains("camp") {
            Some("camp-ashraf".to_string())
        } else {
            None
        };
        let mut cl = claim(
            ClaimKind::Distance,
            format!("{value}"),
            if miles { "mi" } else { "km" },
            c.name("q").map(|q| q.as_str()),
            c.get(0).map_or("", |m| m.as_str()),
            &format!("Camp Ashraf – {to_name}"),
        );
        cl.km = Some((km * 10.0).round() / 10.0);
        cl.from_place = from;
        cl.to_place = to_id;
        out.push(cl);
    }
    // Deadlines.
    let closing = [
        "close",
        "shut",
        "closure",
        "closing",
        "expel",
        "leave",
        "relocated",
        "deadline",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if closing && about_camp {
        let subject = if lower.contains("extend") || lower.contains("extension") {
            "extension of the closure deadline"
        } else if lower.contains("outside of iraq")
            || lower.contains("leave the country")
            || lower.contains("leave iraq")
            || lower.contains("leave our country")
            || lower.contains("expel")
        {
            "residents to leave Iraq"
        } else {
            "closure of Camp Ashraf"
        };
        if let Some(c) = pat.months.captures(sentence) {
            if lower.contains("extend")
                || lower.contains("extension")
                || lower.contains("extenstion")
            {
                out.push(claim(
                    ClaimKind::Deadline,
                    "6".into(),
                    "months",
                    None,
                    c.get(0).map_or("", |m| m.as_str()),
                    "extension of the closure deadline",
                ));
            }
        }
        let by_phrase = [
            "by dec. 31",
            "on dec. 31",
            "by the end of",
            "year-end",
            "end-of-year",
            "by april",
            "than april",
            "in january",
        ]
        .iter()
        .find(|p| lower.contains(**p));
        if let Some(phrase) = by_phrase {
            let reading = if phrase.contains("april") || phrase.contains("january") {
                let month = if phrase.contains("april") { 4 } else { 1 };
                article_date.and_then(parse_iso).map(|(y, m, _)| {
                    format!("{:04}-{:02}", if month < m { y + 1 } else { y }, month)
                })
            } else {
                read_date(sentence, article_date)
                    .map(|r| r.date)
                    .filter(|d| d.len() == 10 && d.ends_with("-12-31"))
            };
            if let Some(date) = reading {
                let idx = lower.find(phrase).unwrap_or(0);
                // The phrase as printed plus the words completing it ("by the end of the year").
                let words: Vec<&str> = sentence
                    .get(idx..)
                    .unwrap_or_default()
                    .split_whitespace()
                    .take(phrase.split_whitespace().count() + 2)
                    .collect();
                let mut written = words.join(" ");
                if let Some(cut) = written.find(',') {
                    written.truncate(cut);
                }
                out.push(claim(
                    ClaimKind::Deadline,
                    date,
                    "date",
                    None,
                    written.trim_end_matches('.'),
                    subject,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(ClaimKind, String, String)> {
        let p = ClaimPatterns::new().expect("patterns compile");
        claims_in_sentence(&p, s, "a", 0, Some("2011-12-21"), false)
            .into_iter()
            .map(|c| (c.kind, c.value, c.subject))
            .collect()
    }

    #[test]
    fn residents_deaths_distances_deadlines() {
        assert_eq!(
            kinds("the lives of as many as 3,200 people at the camp")[0].1,
            "3200"
        );
        assert_eq!(
            kinds("transfer about 400-800 residents to other countries from the camp")[0].2,
            "residents to move first"
        );
        assert_eq!(
            kinds("a plan to move up to 800 of the residents to a new facility")[0].2,
            "residents to move first"
        );
        assert_eq!(kinds("More than 30 residents were killed in a clash with Iraqi security forces in April.")[0].1, "30");
        assert_eq!(kinds("A raid on the camp in April by the Iraqi Army left dozens dead and hundreds wounded.")[0].1, "dozens");
        let d = kinds("Camp Ashraf, an MEK base 56 kilometres north of Baghdad that Iraqi leaders insist must close by Dec. 31.");
        assert!(d.contains(&(
            ClaimKind::Distance,
            "56".into(),
            "Camp Ashraf – Baghdad".into()
        )));
        assert!(d.contains(&(
            ClaimKind::Deadline,
            "2011-12-31".into(),
            "closure of Camp Ashraf".into()
        )));
        let p = ClaimPatterns::new().expect("patterns compile");
        let c = claims_in_sentence(
            &p,
            "located about 50 miles from the Iranian border",
            "a",
            0,
            None,
            false,
        );
        assert_eq!(c[0].km, Some(80.5));
        assert_eq!(c[0].to_place.as_deref(), Some("iran-iraq-border"));
        assert!(kinds("at a press conference, killed 1981").is_empty());
    }
}
