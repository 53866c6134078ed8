//! Claims where sources disagree: one table per quantity (kind and subject), every value with
//! who reported it and when, and the spread of the numeric values.

use crate::model::{Claim, ClaimKind, Corpus};

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow<'a> {
    pub claim: &'a Claim,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub title: &'a str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTable<'a> {
    pub kind: ClaimKind,
    pub subject: &'a str,
    pub rows: Vec<ClaimRow<'a>>,
    /// Smallest and largest numeric value (distances in km), when there are numbers.
    pub spread: Option<(f64, f64)>,
    /// Distinct values reported (as normalised strings).
    pub distinct_values: usize,
}

/// The number a claim reports, for spreads: distances in km, counts as counts.
pub fn numeric_value(c: &Claim) -> Option<f64> {
    if c.kind == ClaimKind::Distance {
        return c.km;
    }
    if c.unit == "date" {
        return None;
    }
    c.value.parse().ok()
}

/// Tables in a stable order: by kind, then subject.
pub fn claim_tables(corpus: &Corpus) -> Vec<ClaimTable<'_>> {
    let mut keys: Vec<(ClaimKind, &str)> = corpus
        .claims
        .iter()
        .map(|c| (c.kind, c.subject.as_str()))
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|(kind, subject)| {
            let rows: Vec<ClaimRow> = corpus
                .claims
                .iter()
                .filter(|c| c.kind == kind && c.subject == subject)
                .map(|c| {
                    let article = corpus.article(&c.article);
                    ClaimRow {
                        claim: c,
                        outlet: article.and_then(|a| a.outlet.as_deref()),
                        date: article.and_then(|a| a.date.as_deref()),
                        title: article.map_or("", |a| a.title.as_str()),
                    }
                })
                .collect();
            let numbers: Vec<f64> = rows.iter().filter_map(|r| numeric_value(r.claim)).collect();
            let spread = numbers
                .iter()
                .copied()
                .fold(None, |acc: Option<(f64, f64)>, v| {
                    Some(acc.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
                });
            let mut values: Vec<&str> = rows.iter().map(|r| r.claim.value.as_str()).collect();
            values.sort_unstable();
            values.dedup();
            ClaimTable {
                kind,
                subject,
                distinct_values: values.len(),
                rows,
                spread,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
            text: "s".into(),
        }
    }

    #[test]
    fn groups_by_kind_and_subject_with_spread() {
        let corpus = Corpus {
            claims: vec![
                claim(
                    ClaimKind::Residents,
                    "3000",
                    "people",
                    "Camp Ashraf residents",
                    None,
                ),
                claim(
                    ClaimKind::Residents,
                    "3400",
                    "people",
                    "Camp Ashraf residents",
                    None,
                ),
                claim(
                    ClaimKind::Residents,
                    "3000",
                    "people",
                    "Camp Ashraf residents",
                    None,
                ),
                claim(
                    ClaimKind::Distance,
                    "40",
                    "mi",
                    "Camp Ashraf – Baghdad",
                    Some(64.4),
                ),
                claim(
                    ClaimKind::Distance,
                    "56",
                    "km",
                    "Camp Ashraf – Baghdad",
                    Some(56.0),
                ),
                claim(ClaimKind::Deadline, "2011-12-31", "date", "closure", None),
            ],
            ..Corpus::default()
        };
        let tables = claim_tables(&corpus);
        assert_eq!(tables.len(), 3);
        let residents = tables
            .iter()
            .find(|t| t.kind == ClaimKind::Residents)
            .expect("residents table");
        assert_eq!(residents.rows.len(), 3);
        assert_eq!(residents.distinct_values, 2);
        assert_eq!(residents.spread, Some((3000.0, 3400.0)));
        let distance = tables
            .iter()
            .find(|t| t.kind == ClaimKind::Distance)
            .expect("distance table");
        assert_eq!(distance.spread, Some((56.0, 64.4)));
        assert_eq!(
            tables
                .iter()
                .find(|t| t.kind == ClaimKind::Deadline)
                .expect("deadline")
                .spread,
            None
        );
    }
}
