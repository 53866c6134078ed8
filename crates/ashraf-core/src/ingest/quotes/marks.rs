//! Where quotations are in a paragraph: the spans between quote marks, in every style news
//! uses — straight and curly double quotes, `„ “`, `« »` and `‹ ›` (with the spaces French puts
//! inside), `「 」`, and single quotes used as quote marks (told apart from apostrophes by the
//! letters around them). A quotation nested inside another is part of the outer one.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted words, without the marks and the spaces just inside them.
    pub text_start: usize,
    pub text_end: usize,
    /// Byte offset just after the closing mark (paragraph end when unclosed).
    pub close_end: usize,
    /// No closing mark in the paragraph: the quotation runs on (into the next paragraph, as
    /// news prints a quotation of several paragraphs).
    pub unclosed: bool,
}

/// A double (or guillemet) mark: outside quotations, text after an odd number of these is
/// inside one.
pub fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」')
}

/// The marks that close a quotation opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '‹' => &['›'],
        '「' => &['」'],
        '‘' | '\'' => &['’', '\''],
        _ => &['"', '”'],
    }
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

/// A single mark that can open a quotation: at the start of a word, before a letter.
fn opens_single(chars: &[(usize, char)], k: usize) -> bool {
    let before = k.checked_sub(1).map(|j| chars[j].1);
    let after = chars.get(k + 1).map(|x| x.1);
    chars[k].1 != '’'
        && before
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':'))
        && after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '…' | '.' | '¿' | '¡'))
}

/// A single mark that can close one: at the end of a word, not before a letter.
fn closes_single(chars: &[(usize, char)], k: usize) -> bool {
    let before = k.checked_sub(1).map(|j| chars[j].1);
    let after = chars.get(k + 1).map(|x| x.1);
    chars[k].1 != '‘'
        && before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The quotations of a paragraph, in order. Straight double quotes alternate open and close; a
/// quotation still open at the end of the paragraph runs to its end when it has two words or
/// more (a lone mark is a typo, not a quotation); single quotes count only in pairs. Linear in
/// the paragraph's length (each search for a closing mark starts from an index of them).
pub fn quote_spans(p: &str) -> Vec<QuoteSpan> {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let marks = Marks::new(&chars);
    let mut spans = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let opens = match c {
            '"' | '“' | '„' | '«' | '‹' | '「' => true,
            '\'' | '‘' => opens_single(&chars, k),
            _ => false,
        };
        if !opens {
            k += 1;
            continue;
        }
        let close = if is_single(c) {
            marks.close_single(k)
        } else {
            find_close(&chars, k, &marks)
        };
        match close {
            Some(j) => {
                let (ci, cc) = chars[j];
                spans.push(span(p, i, c, ci, ci + cc.len_utf8(), false));
                k = j + 1;
            }
            None if is_single(c) => k += 1,
            None => {
                let s = span(p, i, c, p.len(), p.len(), true);
                if p.get(s.text_start..)
                    .unwrap_or_default()
                    .split_whitespace()
                    .count()
                    >= 2
                {
                    spans.push(s);
                }
                break;
            }
        }
    }
    spans
}

/// Where the marks of a paragraph are, for the searches of closing marks.
struct Marks {
    /// Single marks that can close a quotation.
    single_closers: Vec<usize>,
    /// Double marks that can open one (a single-quoted span does not run across them).
    double_openers: Vec<usize>,
    /// The last curly closing double mark.
    last_curly_close: Option<usize>,
}

impl Marks {
    fn new(chars: &[(usize, char)]) -> Marks {
        let mut m = Marks {
            single_closers: Vec::new(),
            double_openers: Vec::new(),
            last_curly_close: None,
        };
        for (k, &(_, c)) in chars.iter().enumerate() {
            if matches!(c, '’' | '\'') && closes_single(chars, k) {
                m.single_closers.push(k);
            }
            if is_double_mark(c) && c != '”' && c != '»' {
                m.double_openers.push(k);
            }
            if c == '”' {
                m.last_curly_close = Some(k);
            }
        }
        m
    }

    /// The first single closing mark after `k`, unless a double quotation opens first.
    fn close_single(&self, k: usize) -> Option<usize> {
        let next = |list: &[usize]| list.get(list.partition_point(|&x| x <= k)).copied();
        let close = next(&self.single_closers)?;
        match next(&self.double_openers) {
            Some(d) if d < close => None,
            _ => Some(close),
        }
    }
}

/// The closing mark of the double quotation opened at `k`, skipping quotations of the same
/// style nested in it.
fn find_close(chars: &[(usize, char)], k: usize, marks: &Marks) -> Option<usize> {
    let open = chars[k].1;
    let close = closers(open);
    let mut depth = 0usize;
    for (j, &(_, c)) in chars.iter().enumerate().skip(k + 1) {
        if close.contains(&c) {
            // A curly opening closed by a straight mark only where no curly closing follows.
            let straight_for_curly =
                open == '“' && c == '"' && marks.last_curly_close.is_some_and(|l| l > j);
            if !straight_for_curly {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
        } else if c == open && open != '"' {
            depth += 1;
        }
    }
    None
}

fn span(
    p: &str,
    open: usize,
    mark: char,
    text_end: usize,
    close_end: usize,
    unclosed: bool,
) -> QuoteSpan {
    let mut text_start = open + mark.len_utf8();
    let inner = p.get(text_start..text_end).unwrap_or_default();
    text_start += inner.len() - inner.trim_start().len();
    let inner = p.get(text_start..text_end).unwrap_or_default();
    let text_end = text_start + inner.trim_end().len();
    QuoteSpan {
        open,
        text_start,
        text_end,
        close_end,
        unclosed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        quote_spans(p)
            .iter()
            .map(|s| &p[s.text_start..s.text_end])
            .collect()
    }

    #[test]
    fn double_quotes_of_every_style() {
        assert_eq!(
            texts("He said “one,” then \"two\" and \"three words"),
            ["one,", "two", "three words"]
        );
        assert_eq!(
            texts("Il a dit : « Nous partirons demain », puis «\u{a0}non\u{a0}»."),
            ["Nous partirons demain", "non"]
        );
        assert_eq!(texts("Er sagte: „Wir gehen“, und ging."), ["Wir gehen"]);
        assert_eq!(texts("‹ Oui ›, dit-il."), ["Oui"]);
    }

    #[test]
    fn single_quotes_are_told_from_apostrophes() {
        assert_eq!(
            texts("‘We need to listen,’ she said, but it’s the Smiths’ view since ’91."),
            ["We need to listen,"]
        );
        assert_eq!(texts("'It's over,' he said."), ["It's over,"]);
        assert_eq!(
            texts("In the ’90s, the girls’ school's 'new' rules"),
            ["new"]
        );
    }

    #[test]
    fn nested_quotations_belong_to_the_outer_one() {
        assert_eq!(
            texts("“It’s ‘Showtime at the Apollo.’” he said."),
            ["It’s ‘Showtime at the Apollo.’"]
        );
        assert_eq!(
            texts("« Il a crié “assez” et il est parti », dit-elle."),
            ["Il a crié “assez” et il est parti"]
        );
    }

    #[test]
    fn an_unclosed_quotation_runs_to_the_end_of_the_paragraph() {
        let s = quote_spans("“We will stay here until the end of this year");
        assert_eq!(s.len(), 1);
        assert!(s[0].unclosed);
        assert!(quote_spans("A lone \"mark").is_empty());
    }
}
