//! Text normalisation and tokenising shared by the index, the query and the views.
//!
//! Search must not care about case, diacritics or the quote style a page used ("Mojāhedin",
//! "People’s"), yet highlights must point into the text as printed. So every token keeps the
//! byte range it came from in the original string, and only its search key is folded.

use std::ops::Range;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

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

/// Pushes the folded form of `c` (compatibility-decomposed, without combining marks, lowercase).
fn push_folded(c: char, out: &mut String) {
    decompose_compatible(fold_quote(c), |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
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
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Splits `text` into words with their byte ranges in `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            let (_, key) = current.get_or_insert_with(|| (i, String::new()));
            push_folded(c, key);
        } else if let Some((start, key)) = current.take() {
            push_token(&mut tokens, key, start, i);
        }
    }
    if let Some((start, key)) = current {
        push_token(&mut tokens, key, start, text.len());
    }
    tokens
}

fn push_token(tokens: &mut Vec<Token>, key: String, start: usize, end: usize) {
    // A word made only of combining marks folds to nothing; it cannot be searched.
    if !key.is_empty() {
        tokens.push(Token { key, start, end });
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
