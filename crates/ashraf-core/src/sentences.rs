//! Sentence boundaries in news prose, shared by the ingest (claims, events, quotes) and the
//! copy comparison.

/// Words before a full stop that do not end a sentence ("Mr.", "Dec.", "U.S.", initials).
pub fn is_abbreviation(text: &str, dot: usize) -> bool {
    if text.as_bytes().get(dot) != Some(&b'.') {
        return false;
    }
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |i| i + 1);
    let word = &text[word_start..dot];
    const ABBR: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Rep", "Sen", "Gov", "Dec", "Jan", "Feb", "Aug", "Sept",
        "Oct", "Nov", "St", "Jr", "No", "Lt", "Col", "Calif", "Mo", "vs",
    ];
    ABBR.contains(&word)
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || is_dotted_initials(word)
}

/// "U.S", "U.N", "e.g": letters separated by dots (an ellipsis "alive..." is not).
fn is_dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()))
}

/// Split a paragraph into sentences (byte ranges), at ". ", "? ", "! " (also after a closing
/// quotation mark) followed by a capital letter or an opening quotation mark.
pub fn sentences(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || is_abbreviation(p, i) {
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
            j += 1;
        }
        if j < chars.len() && chars[j].1 == ' ' {
            let next = chars.get(j + 1).map(|x| x.1);
            if next.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘')) {
                let end = chars[j].0;
                out.push((start, end));
                start = end + 1;
            }
        }
    }
    if start < p.len() && p[start..].trim().chars().any(char::is_alphanumeric) {
        out.push((start, p.len()));
    }
    out
}

#[cfg(test)]
mod sentence_tests {
    use super::sentences;

    #[test]
    fn splits_on_sentence_ends_not_abbreviations() {
        let p = "Mr. Butler met Gen. Lloyd J. Austin III in the U.S. camp. \"We left,\" he said. Then Dec. 31 came.";
        let got: Vec<&str> = sentences(p).into_iter().map(|(s, e)| &p[s..e]).collect();
        assert_eq!(
            got,
            [
                "Mr. Butler met Gen. Lloyd J. Austin III in the U.S. camp.",
                "\"We left,\" he said.",
                "Then Dec. 31 came."
            ]
        );
    }
}
