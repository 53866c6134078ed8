//! Reading dates out of sentences, relative to the date of the article they stand in.

use super::segment::month_number;
use crate::model::DatePrecision;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateReading {
    pub date: String,
    pub precision: DatePrecision,
    pub how: String,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

pub fn parse_iso(date: &str) -> Option<(i64, u32, u32)> {
    let mut it = date.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some((y, m, d))
}

pub fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_string())
        .collect()
}

/// The most precise date a sentence gives, read against the article's own date (ISO day).
pub fn read_date(sentence: &str, article_date: Option<&str>) -> Option<DateReading> {
    let lower = sentence.to_lowercase();
    let ws = words(sentence);
    let base = article_date.and_then(parse_iso);
    // Month and day ("Dec. 31", "December 10"), with a year when printed.
    for (i, w) in ws.iter().enumerate() {
        let Some(month) =
            month_number(w).filter(|_| w.chars().next().is_some_and(char::is_uppercase))
        else {
            continue;
        };
        if let Some(day) = ws
            .get(i + 1)
            .and_then(|d| d.trim_end_matches(',').parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d))
        {
            let year = ws
                .get(i + 2)
                .and_then(|y| y.parse::<i64>().ok())
                .filter(|y| (1900..=2100).contains(y))
                .or(base.map(|b| b.0))?;
            return Some(DateReading {
                date: format!("{year:04}-{month:02}-{day:02}"),
                precision: DatePrecision::Day,
                how: format!("\"{} {}\" in the text", w, day),
            });
        }
    }
    if let Some((y, m, d)) = base {
        let today = days_from_civil(y, m, d);
        if lower.contains("today") {
            return Some(DateReading {
                date: iso(today),
                precision: DatePrecision::Estimated,
                how: format!("\"today\" in an article dated {}", iso(today)),
            });
        }
        for (wi, name) in WEEKDAYS.iter().enumerate() {
            if ws.iter().any(|w| w.eq_ignore_ascii_case(name)) {
                // 1970-01-01 was a Thursday (index 3).
                let weekday_of_base = (today + 3).rem_euclid(7);
                let back = (weekday_of_base - wi as i64).rem_euclid(7);
                let day = today - back;
                return Some(DateReading {
                    date: iso(day),
                    precision: DatePrecision::Estimated,
                    how: format!("\"{name}\" before an article dated {}", iso(today)),
                });
            }
        }
        for phrase in [
            "end of the year",
            "end of this year",
            "year-end",
            "end-of-year",
            "end of december",
            "end of the month",
        ] {
            if lower.contains(phrase) {
                return Some(DateReading {
                    date: format!("{y:04}-12-31"),
                    precision: DatePrecision::Estimated,
                    how: format!("\"{phrase}\" in an article of {y}"),
                });
            }
        }
        for w in &ws {
            if let Some(month) = month_number(w)
                .filter(|_| w.len() >= 5 && w.chars().next().is_some_and(char::is_uppercase))
            {
                let year = if month > m { y - 1 } else { y };
                return Some(DateReading {
                    date: format!("{year:04}-{month:02}"),
                    precision: DatePrecision::Month,
                    how: format!("\"{w}\" in an article dated {}", iso(today)),
                });
            }
        }
    }
    for w in &ws {
        if let Ok(year) = w.parse::<i64>() {
            if (1950..=2030).contains(&year) && w.len() == 4 {
                return Some(DateReading {
                    date: format!("{year:04}"),
                    precision: DatePrecision::Year,
                    how: format!("\"{year}\" in the text"),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekday() {
        let d = days_from_civil(2011, 12, 18);
        assert_eq!(civil_from_days(d), (2011, 12, 18));
        // 2011-12-18 was a Sunday.
        assert_eq!((d + 3).rem_euclid(7), 6);
    }

    #[test]
    fn readings() {
        let r = read_date(
            "after the last U.S. troops withdrew from Iraq on Sunday",
            Some("2011-12-22"),
        )
        .unwrap();
        assert_eq!(
            (r.date.as_str(), r.precision),
            ("2011-12-18", DatePrecision::Estimated)
        );
        let r = read_date(
            "sent a letter Dec. 10 to President Barack Obama",
            Some("2011-12-21"),
        )
        .unwrap();
        assert_eq!(
            (r.date.as_str(), r.precision),
            ("2011-12-10", DatePrecision::Day)
        );
        let r = read_date(
            "A raid on the camp in April by the Iraqi Army",
            Some("2011-07-22"),
        )
        .unwrap();
        assert_eq!(
            (r.date.as_str(), r.precision),
            ("2011-04", DatePrecision::Month)
        );
        let r = read_date("handing over external security to the Iraqis in 2009", None).unwrap();
        assert_eq!(
            (r.date.as_str(), r.precision),
            ("2009", DatePrecision::Year)
        );
        assert_eq!(read_date("no date here", Some("2011-12-22")), None);
    }
}
