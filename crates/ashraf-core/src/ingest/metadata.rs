//! From a raw segment to a draft article: bylines, printed dates, outlet evidence, and the
//! body with metadata lines, captions, sub-headings, pull-quotes and glued-in headlines removed.

use super::clean::{fold, fold_with_map, title_case_if_shouting, word_count};
use super::knowledge::Knowledge;
use super::segment::{parse_month_day_year, Segment};
use super::similarity::{containment, shingles};

#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub segment: Segment,
    pub host: Option<String>,
    pub paragraphs: Vec<String>,
    pub byline: Vec<String>,
    /// A date printed with the article itself (not the host's listing date), with the
    /// evidence for it.
    pub printed_date: Option<(String, String)>,
    /// Outlet id and the words it was read from.
    pub outlet: Option<(String, String)>,
    /// What a saved web page says about itself (`None` for text pages).
    pub page: Option<super::page::PageFacts>,
}

/// Share of a leading paragraph's shingles found later in the body above which it is a
/// pull-quote or teaser repeated from the body.
const TEASER_CONTAINMENT: f64 = 0.8;
/// How many leading blocks can be teasers.
const MAX_TEASERS: usize = 6;

pub fn extract(segment: Segment, host: Option<String>, knowledge: &Knowledge) -> Draft {
    let mut byline: Vec<String> = Vec::new();
    let mut printed_date = None;
    let mut inserts: Vec<String> = segment.heading.iter().cloned().collect();
    let mut paragraphs: Vec<String> = Vec::new();
    let folded_heading = segment.heading.as_deref().map(fold);

    for (_, line) in &segment.lines {
        if let Some(names) = byline_names(line) {
            for n in names {
                if !byline.contains(&n) {
                    byline.push(n);
                }
            }
            continue;
        }
        if let Some(date) = printed_date_line(line) {
            printed_date.get_or_insert((date, format!("printed with the article: \"{line}\"")));
            continue;
        }
        if folded_heading.as_deref() == Some(fold(line).as_str()) {
            continue;
        }
        if is_heading_like(line) {
            inserts.push(line.clone());
            continue;
        }
        paragraphs.push(line.clone());
    }
    drop_leading_teasers(&mut paragraphs);
    // A long deck stays in the body but may also be glued into a sentence further down.
    inserts.extend(
        paragraphs
            .iter()
            .filter(|p| is_unpunctuated_line(p) && word_count(p) <= 30)
            .cloned(),
    );
    for p in &mut paragraphs {
        remove_glued_inserts(p, &inserts);
    }
    cut_glued_teasers(&mut paragraphs);
    paragraphs.retain(|p| !p.trim().is_empty());

    let outlet = detect_outlet(&segment, &byline, knowledge);
    Draft {
        segment,
        host,
        paragraphs,
        byline,
        printed_date,
        outlet,
        page: None,
    }
}

/// "By TIM ARANGO", "Reporting By John Irish", "(Writing by Serena Chaudhry; Editing by …)",
/// and a lone all-capitals name line ("BUSHRA JUHI").
fn byline_names(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if let Some(inner) = t
        .strip_prefix("(Writing by ")
        .and_then(|r| r.strip_suffix(')'))
    {
        let writer = inner.split(';').next().unwrap_or(inner).trim();
        return Some(vec![title_case_if_shouting(writer)]);
    }
    for prefix in ["Reporting By ", "Reporting by ", "By ", "BY "] {
        if let Some(name) = t.strip_prefix(prefix) {
            if is_name(name) {
                return Some(vec![title_case_if_shouting(name.trim())]);
            }
        }
    }
    let ws: Vec<&str> = t.split_whitespace().collect();
    if (2..=3).contains(&ws.len())
        && ws
            .iter()
            .all(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\''))
    {
        return Some(vec![title_case_if_shouting(t)]);
    }
    None
}

fn is_name(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&ws.len())
        && ws
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.starts_with("al-"))
        && !text.ends_with('.')
}

/// "Published: July 22, 2011" or an agency signature "FNA – 2011-12-21".
fn printed_date_line(line: &str) -> Option<String> {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix("Published:") {
        return parse_month_day_year(rest.trim());
    }
    let (agency, date) = t.split_once(" – ").or_else(|| t.split_once(" - "))?;
    let is_agency =
        (2..=5).contains(&agency.len()) && agency.chars().all(|c| c.is_ascii_uppercase());
    let iso = date.trim();
    let valid = iso.len() == 10
        && iso.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    (is_agency && valid).then(|| iso.to_string())
}

/// Sub-headings, photo captions, decks and sign-off lines: short, and not ending a sentence.
fn is_heading_like(line: &str) -> bool {
    is_unpunctuated_line(line) && word_count(line) <= 20
}

/// A line that does not end like a sentence (and is not a numbered list item).
fn is_unpunctuated_line(line: &str) -> bool {
    let t = line.trim();
    let numbered = t
        .split_once(". ")
        .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
    let last = t.chars().last().unwrap_or('.');
    let ends_sentence = matches!(last, '.' | '!' | '"' | '”' | '’' | ':' | ';' | ')' | '…');
    let quoted_question = last == '?' && t.starts_with(['"', '“']);
    !(numbered || ends_sentence || quoted_question)
}

/// Pull-quotes and teasers printed above the body repeat text found further down.
fn drop_leading_teasers(paragraphs: &mut Vec<String>) {
    // Teasers are the first few blocks; looking further would compare each paragraph with all
    // the rest again (a text of thousands of alike paragraphs took minutes).
    for _ in 0..MAX_TEASERS {
        if paragraphs.len() <= 1 {
            break;
        }
        let rest = paragraphs[1..].join("\n");
        if containment(&shingles(&paragraphs[0]), &shingles(&rest)) >= TEASER_CONTAINMENT {
            paragraphs.remove(0);
        } else {
            break;
        }
    }
}

/// A scraped headline or caption glued into a sentence ("…has Report: MKO … Iraqdropped from…").
/// Only removed where it is glued: a letter follows it directly, or it ends the paragraph after
/// a full stop. Prefixes of four words or more count too ("Open letter of Iran - Ghalam Association").
fn remove_glued_inserts(paragraph: &mut String, inserts: &[String]) {
    let mut candidates: Vec<String> = Vec::new();
    for insert in inserts {
        let ws: Vec<&str> = insert.split_whitespace().collect();
        for n in (4..=ws.len()).rev() {
            candidates.push(ws[..n].join(" "));
        }
    }
    candidates.sort_by_key(|c| std::cmp::Reverse(c.len()));
    for cand in candidates {
        let (folded, map) = fold_with_map(paragraph);
        let needle = fold(&cand);
        let Some(pos) = folded.find(&needle) else {
            continue;
        };
        let (start, end) = (map[pos], map[pos + needle.len()]);
        if start == 0 && end == paragraph.len() {
            continue;
        }
        let glued_after = paragraph
            .get(end..)
            .unwrap_or_default()
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let at_end = paragraph.get(end..).unwrap_or_default().trim().is_empty()
            && paragraph
                .get(..start)
                .unwrap_or_default()
                .trim_end()
                .ends_with(['.', '!', '?']);
        if glued_after || at_end {
            paragraph.replace_range(start..end, "");
            *paragraph = paragraph.trim_end().to_string();
        }
    }
}

/// A teaser glued after a sentence without a space ("…the closure.Iraq's Premier said…")
/// that repeats the start of a later paragraph is cut off.
fn cut_glued_teasers(paragraphs: &mut [String]) {
    for i in 0..paragraphs.len() {
        let p = paragraphs[i].clone();
        let bytes = p.as_bytes();
        for (pos, _) in p.match_indices('.') {
            let next = bytes.get(pos + 1).copied().unwrap_or(b' ');
            if !next.is_ascii_uppercase() {
                continue;
            }
            let tail = fold(p.get(pos + 1..).unwrap_or_default());
            let repeats_later = paragraphs
                .iter()
                .skip(i + 1)
                .any(|later| fold(later).starts_with(&tail));
            if word_count(&tail) >= 4 && repeats_later {
                paragraphs[i].truncate(pos + 1);
                break;
            }
        }
    }
}

fn detect_outlet(
    segment: &Segment,
    byline: &[String],
    knowledge: &Knowledge,
) -> Option<(String, String)> {
    let all_lines = segment
        .marks
        .iter()
        .chain(segment.lines.iter().map(|(_, l)| l));
    for line in all_lines {
        for outlet in &knowledge.outlets {
            if let Some(signal) = outlet.signals.iter().find(|s| signal_matches(s, line)) {
                return Some((outlet.id.clone(), evidence(line, signal)));
            }
        }
    }
    for name in byline {
        if let Some(o) = knowledge
            .outlets
            .iter()
            .find(|o| o.authors.iter().any(|a| a.eq_ignore_ascii_case(name)))
        {
            return Some((o.id.clone(), format!("byline {name}")));
        }
    }
    None
}

pub fn signal_matches(signal: &str, line: &str) -> bool {
    match (signal.strip_prefix('^'), signal.ends_with('$')) {
        (Some(rest), true) => line.trim() == rest.get(..rest.len() - 1).unwrap_or_default(),
        (Some(rest), false) => line.trim_start().starts_with(rest),
        (None, _) => line.contains(signal),
    }
}

/// The words around a matched signal, at most about 90 characters, with ellipses where cut.
fn evidence(line: &str, signal: &str) -> String {
    let t = line.trim();
    let needle = signal.trim_start_matches('^').trim_end_matches('$');
    let at = t.find(needle).unwrap_or(0);
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let centre = chars.iter().position(|(i, _)| *i >= at).unwrap_or(0);
    let from = centre.saturating_sub(35);
    let to = (centre + needle.chars().count() + 45).min(chars.len());
    let text: String = chars[from..to].iter().map(|(_, c)| c).collect();
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < chars.len() { "…" } else { "" };
    format!("{lead}{}{tail}", text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        assert_eq!(
            byline_names("By TIM ARANGO"),
            Some(vec!["Tim Arango".into()])
        );
        assert_eq!(
            byline_names("Reporting By John Irish"),
            Some(vec!["John Irish".into()])
        );
        assert_eq!(
            byline_names("(Writing by Serena Chaudhry; Editing by Matthew Jones)"),
            Some(vec!["Serena Chaudhry".into()])
        );
        assert_eq!(
            byline_names("BUSHRA JUHI"),
            Some(vec!["Bushra Juhi".into()])
        );
        assert_eq!(
            byline_names("By Suadad al-Salhy"),
            Some(vec!["Suadad al-Salhy".into()])
        );
        assert_eq!(byline_names("By the end of the year, they left."), None);
        assert_eq!(byline_names("MEK"), None);
    }

    #[test]
    fn dates_and_headings() {
        assert_eq!(
            printed_date_line("Published: July 22, 2011").as_deref(),
            Some("2011-07-22")
        );
        assert_eq!(
            printed_date_line("FNA – 2011-12-21").as_deref(),
            Some("2011-12-21")
        );
        assert_eq!(printed_date_line("Iran – Ghalam Association"), None);
        assert!(is_heading_like(
            "Maryam Rajavi ,the so called leader of MKO"
        ));
        assert!(is_heading_like("A negotiated solution?"));
        assert!(!is_heading_like(
            "1. Why is the compulsory divorce in pmoi?"
        ));
        assert!(!is_heading_like(
            "MKO’s members have few days to leave Iraq."
        ));
        assert!(!is_heading_like(
            "\"How shall we accept the killers of our sons?\""
        ));
    }

    #[test]
    fn glued_headlines_are_removed() {
        let mut p = "the number has Report: MKO secretly out of Iraqdropped from 3,400".to_string();
        remove_glued_inserts(&mut p, &["Report: MKO secretly out of Iraq".to_string()]);
        assert_eq!(p, "the number has dropped from 3,400");
        let mut p = "and cancelled the convention. Egypt Cancels MKO Meeting in Cairo".to_string();
        remove_glued_inserts(&mut p, &["Egypt Cancels MKO Meeting in Cairo".to_string()]);
        assert_eq!(p, "and cancelled the convention.");
        let mut p = "(people’s Mujahedin Open letter of Iran - Ghalam AssociationOrganization )"
            .to_string();
        remove_glued_inserts(
            &mut p,
            &["Open letter of Iran – Ghalam Association to the Mayors".to_string()],
        );
        assert_eq!(p, "(people’s Mujahedin Organization )");
        // A headline that stands in the text as a normal phrase is left alone.
        let mut p = "He said Iraq extends deadline for closing MEK camp today.".to_string();
        remove_glued_inserts(
            &mut p,
            &["Iraq extends deadline for closing MEK camp".to_string()],
        );
        assert!(p.contains("closing MEK camp today"));
    }

    #[test]
    fn glued_teaser_and_pull_quotes() {
        let mut ps = vec![
            "Pull quote one two three four five six.".to_string(),
            "Body starts here to delay the closure.Iraq's Premier said he had agreed".to_string(),
            "Pull quote one two three four five six.".to_string(),
            "Iraq’s Premier said he had agreed to extend the deadline on condition.".to_string(),
        ];
        drop_leading_teasers(&mut ps);
        assert_eq!(ps.len(), 3);
        cut_glued_teasers(&mut ps);
        assert_eq!(ps[0], "Body starts here to delay the closure.");
    }
}
