//! Text clean-up shared by every stage: whitespace, markup debris left by scrapers, and
//! the folding used to compare texts that differ only in quote or dash style.

/// Normalise one raw line: non-breaking and odd spaces to plain spaces, trailing space trimmed.
pub fn normalize_line(line: &str) -> String {
    let mut out: String = line
        .chars()
        .map(|c| match c {
            '\u{a0}' | '\u{2009}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .collect();
    out = remove_attribute_debris(&out);
    out = out.replace("\"\" ", "\" ");
    out.trim_end().to_string()
}

/// Scrapers sometimes leave the tail of a link tag: `The Obama">Obama administration`.
/// The word before `">` is repeated after it; keep one copy.
fn remove_attribute_debris(line: &str) -> String {
    let mut out = line.to_string();
    while let Some(pos) = out.find("\">") {
        let before = out.get(..pos).unwrap_or_default();
        let word_start = before
            .rfind(|c: char| !c.is_alphanumeric())
            .map(|i| {
                i + before
                    .get(i..)
                    .unwrap_or_default()
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
            })
            .unwrap_or(0);
        let word = out.get(word_start..pos).unwrap_or_default();
        if word.is_empty() || !out.get(pos + 2..).unwrap_or_default().starts_with(word) {
            break;
        }
        out.replace_range(pos..pos + 2 + word.len(), "");
    }
    out
}

/// Fold a text for comparison: curly quotes and dashes to ASCII, lower case.
/// Returns the folded text and, for each folded byte, the byte offset it came from.
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let f = fold_char(c);
        for lc in f.to_lowercase() {
            let before = folded.len();
            folded.push(lc);
            map.extend(std::iter::repeat_n(i, folded.len() - before));
        }
    }
    map.push(text.len());
    (folded, map)
}

pub fn fold(text: &str) -> String {
    fold_with_map(text).0
}

pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

/// Runs of whitespace (line breaks, tabs, non-breaking spaces) as one space, ends trimmed.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of a text, folded, for shingling and similarity.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// "TIM ARANGO" → "Tim Arango"; names already in mixed case are kept as printed.
pub fn title_case_if_shouting(name: &str) -> String {
    // One word in capitals is an acronym ("AFP"), not a shouted name.
    if name.chars().any(|c| c.is_lowercase()) || !name.trim().contains(' ') {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Stable slug for ids: lower case ASCII words joined by '-', at most `max_words` words.
pub fn slug(text: &str, max_words: usize) -> String {
    let folded: String = unicode_normalization::UnicodeNormalization::nfkd(text)
        .filter(|c| c.is_ascii())
        .collect();
    folded
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// Removes bidirectional overrides and isolates, which could make text display in another
/// order than it is stored.
pub fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_link_debris_and_doubled_quotes() {
        assert_eq!(
            normalize_line("The Obama\">Obama administration"),
            "The Obama administration"
        );
        assert_eq!(normalize_line("group.\"\" But no"), "group.\" But no");
        assert_eq!(normalize_line("a\u{a0}b  "), "a b");
    }

    #[test]
    fn folding_maps_back_to_original_offsets() {
        let text = "Iran – Ghalam’s";
        let (folded, map) = fold_with_map(text);
        assert_eq!(folded, "iran - ghalam's");
        let pos = folded.find("ghalam").unwrap();
        assert_eq!(&text[map[pos]..], "Ghalam’s");
    }

    #[test]
    fn names_and_slugs() {
        assert_eq!(title_case_if_shouting("TIM ARANGO"), "Tim Arango");
        assert_eq!(title_case_if_shouting("Suadad al-Salhy"), "Suadad al-Salhy");
        assert_eq!(
            slug("Iraq extends deadline for closing MEK camp", 5),
            "iraq-extends-deadline-for-closing"
        );
        assert_eq!(slug("Guantánamo’s camp", 5), "guantanamos-camp");
    }
}
