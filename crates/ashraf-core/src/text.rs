//! Text normalisation and tokenising shared by the index, the query and the views.
//!
//! Search must not care about case, diacritics or the quote style a page used ("Mojāhedin",
//! "People’s"), yet highlights must point into the text as printed. So every token keeps the
//! byte range it came from in the original string, and only its search key is folded.

use std::ops::Range;

/// Folding tables generated from `unicode-normalization` (see the tests): a few KiB instead of
/// the ~110 KiB of full normalisation tables, which matters in the WebAssembly build.
#[path = "text_fold.rs"]
mod fold_table;

/// Code points folded by the tables (checked in the tests); outside them a character is only
/// lowercased.
#[cfg(test)]
const FOLDED_RANGES: [(u32, u32); 7] = [
    (0x00A0, 0x024F), // Latin-1 Supplement, Latin Extended-A/B
    (0x0370, 0x03FF), // Greek
    (0x0400, 0x052F), // Cyrillic
    (0x1E00, 0x1EFF), // Latin Extended Additional (ḥ, ṣ, ā in transliterations)
    (0x1F00, 0x1FFF), // Greek Extended
    (0xFB00, 0xFB06), // Latin ligatures
    (0xFF01, 0xFF5E), // full-width ASCII
];

fn is_combining_mark(c: char) -> bool {
    let c = c as u32;
    fold_table::MARKS
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// One word of a text: its folded search key and where it sits in the original (UTF-8 bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub key: String,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Curly and typographic quote marks folded to their ASCII forms.
pub fn fold_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        other => other,
    }
}

/// Pushes the folded form of `c`: as if compatibility-decomposed (NFKD), without combining
/// marks, lowercase.
fn push_folded(c: char, out: &mut String) {
    let c = fold_quote(c);
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    if let Ok(code) = u16::try_from(c as u32) {
        if let Ok(i) = fold_table::SINGLE.binary_search_by_key(&code, |&(from, _)| from) {
            if let Some(folded) = char::from_u32(u32::from(fold_table::SINGLE[i].1)) {
                out.push(folded);
                return;
            }
        }
        if let Ok(i) = fold_table::MULTI.binary_search_by_key(&code, |&(from, _)| from) {
            out.push_str(fold_table::MULTI[i].1);
            return;
        }
    }
    out.extend(c.to_lowercase());
}

/// Lowercase, diacritics stripped, quotes folded: the form every comparison uses.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Word characters are letters and digits; apostrophes and hyphens split words, so that
/// "Iraq's" finds "Iraq" and "al-Maliki" finds "Maliki".
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Splits `text` into words with their byte ranges in `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |key, start, end| {
        tokens.push(Token {
            key: key.to_owned(),
            start,
            end,
        })
    });
    tokens
}

/// The words of `text` as [`tokenize`] finds them, each given to `found` as (key, start, end)
/// with the key in a reused buffer: the index builds from this without a String per word.
pub fn for_each_token(text: &str, mut found: impl FnMut(&str, usize, usize)) {
    let mut key = String::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
            push_folded(c, &mut key);
        } else if let Some(first) = start.take() {
            // A word made only of combining marks folds to nothing; it cannot be searched.
            if !key.is_empty() {
                found(&key, first, i);
            }
            key.clear();
        }
    }
    if let Some(first) = start {
        if !key.is_empty() {
            found(&key, first, text.len());
        }
    }
}

/// The folded search keys of `text`, in order.
pub fn keys(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.key).collect()
}

/// A styled stretch of a text: `marks` holds the indices (into the slice given to
/// [`split_marks`]) of every mark that covers the whole stretch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    pub range: Range<usize>,
    pub marks: Vec<usize>,
}

/// Cuts `text` into consecutive stretches so that each is covered by the same set of marks
/// (entity mentions, quotes, search hits may overlap). Ranges that fall outside the text or
/// inside a UTF-8 character are ignored, so bad offsets in data never break rendering.
pub fn split_marks(text: &str, marks: &[Range<usize>]) -> Vec<Stretch> {
    let valid = |r: &Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for r in marks.iter().filter(|r| valid(r)) {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let range = w[0]..w[1];
            let marks = marks
                .iter()
                .enumerate()
                .filter(|(_, r)| valid(r) && r.start <= range.start && range.end <= r.end)
                .map(|(i, _)| i)
                .collect();
            Stretch { range, marks }
        })
        .collect()
}

/// The largest char boundary of `text` not after `at`.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: full NFKD from `unicode-normalization`, marks dropped, lowercased.
    fn reference_fold(c: char) -> String {
        let mut out = String::new();
        unicode_normalization::char::decompose_compatible(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        });
        out
    }

    /// The tables as they should be, computed from the reference.
    fn expected_tables() -> String {
        let mut single = String::new();
        let mut multi = String::new();
        for &(first, last) in &FOLDED_RANGES {
            for c in (first..=last).filter_map(char::from_u32) {
                let folded = reference_fold(c);
                if folded == c.to_lowercase().collect::<String>()
                    || unicode_normalization::char::is_combining_mark(c)
                {
                    continue;
                }
                let mut chars = folded.chars();
                match (chars.next(), chars.next()) {
                    (Some(one), None) if (one as u32) <= 0xFFFF => {
                        single.push_str(&format!("(0x{:04X}, 0x{:04X}), ", c as u32, one as u32))
                    }
                    _ => multi.push_str(&format!("(0x{:04X}, {folded:?}), ", c as u32)),
                }
            }
        }
        let mut marks = String::new();
        let mut start: Option<u32> = None;
        for code in 0..=0x11_0000_u32 {
            let is_mark =
                char::from_u32(code).is_some_and(unicode_normalization::char::is_combining_mark);
            match (is_mark, start) {
                (true, None) => start = Some(code),
                (false, Some(first)) => {
                    marks.push_str(&format!("(0x{first:X}, 0x{:X}), ", code - 1));
                    start = None;
                }
                _ => {}
            }
        }
        format!(
            "// Generated by `cargo test -p ashraf-core --lib -- --ignored regenerate_fold_table`\n\
             // from unicode-normalization; checked by `fold_table_matches_unicode_normalization`.\n\
             pub(super) const SINGLE: &[(u16, u16)] = &[{single}];\n\
             pub(super) const MULTI: &[(u16, &str)] = &[{multi}];\n\
             pub(super) const MARKS: &[(u32, u32)] = &[{marks}];\n"
        )
    }

    const TABLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/text_fold.rs");

    #[test]
    #[ignore]
    fn regenerate_fold_table() {
        std::fs::write(TABLE_PATH, expected_tables()).expect("writable source tree");
    }

    #[test]
    fn fold_table_matches_unicode_normalization() {
        let unformatted = |s: &str| s.split_whitespace().collect::<String>().replace(",]", "]");
        let current = std::fs::read_to_string(TABLE_PATH).expect("table file");
        assert_eq!(unformatted(&current), unformatted(&expected_tables()));
        for &(first, last) in &FOLDED_RANGES {
            for c in (first..=last).filter_map(char::from_u32) {
                let mut ours = String::new();
                push_folded(c, &mut ours);
                let quote_folded = fold_quote(c) != c;
                if !quote_folded {
                    assert_eq!(ours, reference_fold(c), "U+{:04X}", c as u32);
                }
            }
        }
    }

    #[test]
    fn normalize_folds_case_diacritics_and_quotes() {
        assert_eq!(normalize("Mojāhedin"), "mojahedin");
        assert_eq!(
            normalize("People’s “Mujahedeen”"),
            "people's \"mujahedeen\""
        );
        assert_eq!(normalize("ÉCOLE ﬁne"), "ecole fine");
    }

    #[test]
    fn tokens_keep_offsets_into_the_original() {
        let text = "Iraq’s al-Mālikī said: “go”";
        let tokens = tokenize(text);
        let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["iraq", "s", "al", "maliki", "said", "go"]);
        assert_eq!(&text[tokens[3].range()], "Mālikī");
        assert_eq!(&text[tokens[5].range()], "go");
    }

    #[test]
    fn decomposed_accents_stay_inside_their_word() {
        let text = "Cafe\u{301} noir";
        let tokens = tokenize(text);
        assert_eq!(tokens[0].key, "cafe");
        assert_eq!(&text[tokens[0].range()], "Cafe\u{301}");
        assert_eq!(tokens[1].key, "noir");
    }

    #[test]
    fn empty_and_punctuation_only_texts_have_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" -- “” ... ").is_empty());
    }

    #[test]
    fn split_marks_handles_overlaps_and_bad_ranges() {
        let text = "abcdefgh";
        #[allow(clippy::reversed_empty_ranges)] // a bad range on purpose
        let marks = [1..5, 3..7, 6..99, 4..2];
        let stretches = split_marks(text, &marks);
        let shown: Vec<(Range<usize>, Vec<usize>)> =
            stretches.into_iter().map(|s| (s.range, s.marks)).collect();
        assert_eq!(
            shown,
            vec![
                (0..1, vec![]),
                (1..3, vec![0]),
                (3..5, vec![0, 1]),
                (5..7, vec![1]),
                (7..8, vec![]),
            ]
        );
    }

    #[test]
    fn split_marks_ignores_ranges_inside_a_character() {
        let text = "ā!";
        let inside_a_char = 1..3;
        let stretches = split_marks(text, std::slice::from_ref(&inside_a_char));
        assert_eq!(stretches.len(), 1);
        assert!(stretches[0].marks.is_empty());
    }

    #[test]
    fn floor_char_boundary_never_splits_a_character() {
        assert_eq!(floor_char_boundary("āb", 1), 0);
        assert_eq!(floor_char_boundary("āb", 9), 3);
    }
}
