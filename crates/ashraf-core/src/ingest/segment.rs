//! Cutting pages into article segments and dropping site chrome around them.
//!
//! Two page shapes occur: a single article page (body, then a sidebar such as "New Articles"),
//! and a listing page where each post ends with a "December 22, 2011 0 comments" line and a
//! line of share buttons. Everything between posts that is not a post is chrome.

use super::clean::normalize_line;

/// Headings that start a sidebar or footer: nothing after them on a single page is article text.
const SIDEBAR_HEADINGS: &[&str] = &[
    "New Articles",
    "Most viewed",
    "Recent Posts",
    "You may also like",
    "Leave a Comment",
    "Newer Posts",
    "Older Posts",
    "Back To Top",
    "Related Posts",
];

const SHARE_BUTTONS: &[&str] = &[
    "Facebook",
    "Twitter",
    "Pinterest",
    "Whatsapp",
    "Telegram",
    "Skype",
    "Email",
    "Linkedin",
    "Reddit",
];

pub use crate::timeline::MONTHS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub file: String,
    pub position: usize,
    /// 1-based line of the segment's first line in its file.
    pub line: usize,
    pub category: Option<String>,
    pub heading: Option<String>,
    /// Posting date printed by a listing page ("December 22, 2011"), as ISO.
    pub listing_date: Option<String>,
    /// Short labels printed above the article ("ips", "special"): chrome, but evidence of the outlet.
    pub marks: Vec<String>,
    /// Non-empty body lines, each with its 1-based line number.
    pub lines: Vec<(usize, String)>,
}

/// Parse "December 22, 2011" or "Dec. 22, 2011" to ISO "2011-12-22".
pub fn parse_month_day_year(text: &str) -> Option<String> {
    let mut parts = text.split_whitespace();
    let month_word = parts.next()?.trim_end_matches('.');
    let day: u32 = parts.next()?.trim_end_matches(',').parse().ok()?;
    let year: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=31).contains(&day) || !(1900..=2100).contains(&year) {
        return None;
    }
    let month = month_number(month_word)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Month number from a full or abbreviated English month name.
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(word)
                || (word.len() <= 4
                    && m.get(..word.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(word)))
        })
        .map(|i| i as u32 + 1)
}

/// "December 22, 2011 0 comments" → the ISO date.
fn listing_footer_date(line: &str) -> Option<String> {
    let line = line.trim();
    let cut = line.find(" comment")?;
    let before = line.get(..cut).unwrap_or_default().trim_end();
    let (date, count) = before.rsplit_once(' ')?;
    count.parse::<u32>().ok()?;
    parse_month_day_year(date)
}

fn is_share_line(line: &str) -> bool {
    let mut rest = line.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        match SHARE_BUTTONS.iter().find(|b| rest.starts_with(*b)) {
            Some(b) => rest = rest.get(b.len()..).unwrap_or_default().trim_start(),
            None => return false,
        }
    }
    true
}

fn is_nav_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('•') || t.starts_with('©')
}

fn is_sidebar_heading(line: &str) -> bool {
    SIDEBAR_HEADINGS
        .iter()
        .any(|h| line.trim().eq_ignore_ascii_case(h))
}

/// A short all-lower-case label above an article ("ips", "view", "special").
fn is_mark(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.split_whitespace().count() <= 2
        && t.chars().all(|c| c.is_lowercase() || c == ' ')
}

/// Cut one decoded page into article segments.
pub fn segment_page(file: &str, text: &str) -> Vec<Segment> {
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, normalize_line(l)))
        .collect();
    let footers: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, (_, l))| listing_footer_date(l).is_some())
        .map(|(i, _)| i)
        .collect();
    if footers.is_empty() {
        segment_single(file, &lines).into_iter().collect()
    } else {
        segment_listing(file, &lines, &footers)
    }
}

fn segment_single(file: &str, lines: &[(usize, String)]) -> Option<Segment> {
    let end = lines
        .iter()
        .position(|(_, l)| is_sidebar_heading(l))
        .unwrap_or(lines.len());
    let mut body: Vec<(usize, String)> = Vec::new();
    let mut marks = Vec::new();
    let mut heading = None;
    for (n, l) in lines.get(..end).unwrap_or_default() {
        let t = l.trim();
        if t.is_empty() || is_nav_line(t) || is_share_line(t) {
            continue;
        }
        if t.starts_with("Home »") {
            heading = t
                .rsplit('»')
                .next()
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty());
            continue;
        }
        if body.is_empty() && is_mark(t) {
            marks.push(t.to_string());
            continue;
        }
        if body.is_empty() && heading.as_deref() == Some(t) {
            continue;
        }
        body.push((*n, t.to_string()));
    }
    let first_line = body.first().map(|(n, _)| *n)?;
    Some(Segment {
        file: file.to_string(),
        position: 0,
        line: first_line,
        category: None,
        heading,
        listing_date: None,
        marks,
        lines: body,
    })
}

fn segment_listing(file: &str, lines: &[(usize, String)], footers: &[usize]) -> Vec<Segment> {
    let mut segments = Vec::new();
    // The first post starts after the page header (navigation bullets and copyright line).
    let header_end = lines[..footers[0]]
        .iter()
        .rposition(|(_, l)| is_nav_line(l))
        .map_or(0, |i| i + 1);
    let mut start = header_end;
    for &footer in footers {
        let content: Vec<(usize, String)> = lines
            .get(start..footer)
            .unwrap_or_default()
            .iter()
            .filter(|(_, l)| {
                let t = l.trim();
                !t.is_empty() && !is_share_line(t) && !is_nav_line(t)
            })
            .map(|(n, l)| (*n, l.trim().to_string()))
            .collect();
        start = footer + 1;
        let mut it = content.into_iter();
        let (Some(category), Some(heading)) = (it.next(), it.next()) else {
            continue;
        };
        let body: Vec<(usize, String)> = it.collect();
        if body.is_empty() {
            continue;
        }
        segments.push(Segment {
            file: file.to_string(),
            position: segments.len(),
            line: category.0,
            category: Some(category.1),
            heading: Some(heading.1),
            listing_date: listing_footer_date(&lines[footer].1),
            marks: Vec::new(),
            lines: body,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTING: &str = "Site\n  • Home\n  • About\n© 2003 Site\nIraq\n\nFirst title\n\nFirst body one.\n\nFirst body two.\n\nDecember 22, 2011 0 comments\nFacebookTwitterEmail\nIran\n\nSecond title\n\nSecond body.\n\nDecember 20, 2011 3 comments\nFacebookTwitter\nNewer Posts\nOlder Posts\n\nRecent Posts\n\n  • Something else\n";

    #[test]
    fn listing_page_is_cut_into_posts_without_chrome() {
        let segs = segment_page("l.txt", LISTING);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].category.as_deref(), Some("Iraq"));
        assert_eq!(segs[0].heading.as_deref(), Some("First title"));
        assert_eq!(segs[0].listing_date.as_deref(), Some("2011-12-22"));
        let body: Vec<&str> = segs[0].lines.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(body, ["First body one.", "First body two."]);
        assert_eq!(segs[0].lines[0].0, 9);
        assert_eq!(segs[1].heading.as_deref(), Some("Second title"));
        assert_eq!(segs[1].lines.len(), 1);
        assert_eq!(segs[1].position, 1);
    }

    #[test]
    fn single_page_drops_marks_breadcrumb_and_sidebar() {
        let page =
            "ips\n\nBody one.\n\nBody two.\n\nNew Articles\n\nTeaser headline\n\nTeaser text...\n";
        let segs = segment_page("s.txt", page);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].marks, ["ips"]);
        assert_eq!(segs[0].lines.len(), 2);
        let crumb =
            "Home » Cat » The title\n\nThe title\n\nBody.\n\nYou may also like\n\nLeave a Comment";
        let segs = segment_page("c.txt", crumb);
        assert_eq!(segs[0].heading.as_deref(), Some("The title"));
        assert_eq!(segs[0].lines, [(5, "Body.".to_string())]);
    }

    #[test]
    fn page_without_article_gives_no_segment() {
        assert!(segment_page("e.txt", "New Articles\n\nTeaser").is_empty());
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_month_day_year("Dec. 10, 2011").as_deref(),
            Some("2011-12-10")
        );
        assert_eq!(
            parse_month_day_year("July 22, 2011").as_deref(),
            Some("2011-07-22")
        );
        assert_eq!(parse_month_day_year("Foo 22, 2011"), None);
        // Words longer than a month name's prefix, or not ASCII, are not months (and do not panic).
        assert_eq!(month_number("Juneau"), None);
        assert_eq!(month_number("Maïs"), None);
        assert_eq!(month_number("Sept"), Some(9));
        assert!(is_share_line(
            "FacebookTwitterPinterestWhatsappTelegramSkypeEmail"
        ));
        assert!(!is_share_line("Facebook is a company."));
    }
}
