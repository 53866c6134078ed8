//! Comparing two copies of one article, sentence by sentence, with changed words marked:
//! what a republisher cut, added, or reworded (a framing label inserted into a wire sentence).
//!
//! Sentences are aligned by a longest common subsequence over "same sentence" (equal after
//! folding case, quote and dash styles), then unmatched neighbours that still share most of
//! their words are paired as "changed" and diffed word by word.

use crate::sentences::sentences;
use crate::text::normalize as fold_for_compare;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordChange {
    Same(String),
    Removed(String),
    Added(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentenceChange {
    Same(String),
    /// Only in the first copy.
    Removed(String),
    /// Only in the second copy.
    Added(String),
    /// Reworded: the words of both, marked.
    Changed(Vec<WordChange>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopyComparison {
    pub changes: Vec<SentenceChange>,
}

impl CopyComparison {
    pub fn count(&self, f: impl Fn(&SentenceChange) -> bool) -> usize {
        self.changes.iter().filter(|c| f(c)).count()
    }
    pub fn is_identical(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c, SentenceChange::Same(_)))
    }
}

/// Two sentences sharing at least this share of words (of the longer) are one reworded sentence.
const CHANGED_OVERLAP: f64 = 0.5;

/// The sentences of the paragraphs, in order.
pub fn split_sentences(paragraphs: &[String]) -> Vec<String> {
    paragraphs
        .iter()
        .flat_map(|p| {
            sentences(p)
                .into_iter()
                .map(move |(s, e)| p[s..e].trim().to_string())
        })
        .collect()
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn fold_words(s: &str) -> Vec<String> {
    words(s)
        .into_iter()
        .map(|w| fold_for_compare(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Longest common subsequence table walk: pairs of indices (i, j) that match.
fn lcs_pairs<T>(a: &[T], b: &[T], eq: impl Fn(&T, &T) -> bool) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if eq(&a[i], &b[j]) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if eq(&a[i], &b[j]) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn overlap(a: &str, b: &str) -> f64 {
    let (wa, wb) = (fold_words(a), fold_words(b));
    let longer = wa.len().max(wb.len());
    if longer == 0 {
        return 0.0;
    }
    lcs_pairs(&wa, &wb, |x, y| x == y).len() as f64 / longer as f64
}

/// Word-level diff of two sentences, comparing folded words but showing them as printed.
pub fn diff_words(a: &str, b: &str) -> Vec<WordChange> {
    let (wa, wb) = (words(a), words(b));
    let key = |w: &str| fold_for_compare(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let pairs = lcs_pairs(&wa, &wb, |x, y| key(x) == key(y));
    let mut out: Vec<WordChange> = Vec::new();
    let push = |out: &mut Vec<WordChange>, change: WordChange| match (out.last_mut(), &change) {
        (Some(WordChange::Same(s)), WordChange::Same(t))
        | (Some(WordChange::Removed(s)), WordChange::Removed(t))
        | (Some(WordChange::Added(s)), WordChange::Added(t)) => {
            s.push(' ');
            s.push_str(t);
        }
        _ => out.push(change),
    };
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs
        .into_iter()
        .chain(std::iter::once((wa.len(), wb.len())))
    {
        while i < pi {
            push(&mut out, WordChange::Removed(wa[i].to_string()));
            i += 1;
        }
        while j < pj {
            push(&mut out, WordChange::Added(wb[j].to_string()));
            j += 1;
        }
        if pi < wa.len() && pj < wb.len() {
            push(&mut out, WordChange::Same(wb[pj].to_string()));
            i += 1;
            j += 1;
        }
    }
    out
}

/// Compare copy `a` with copy `b` (paragraphs of each).
pub fn compare_copies(a: &[String], b: &[String]) -> CopyComparison {
    let (sa, sb) = (split_sentences(a), split_sentences(b));
    let (ka, kb): (Vec<String>, Vec<String>) = (
        sa.iter().map(|s| fold_words(s).join(" ")).collect(),
        sb.iter().map(|s| fold_words(s).join(" ")).collect(),
    );
    let pairs = lcs_pairs(&ka, &kb, |x, y| x == y);
    let mut changes = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs
        .into_iter()
        .chain(std::iter::once((sa.len(), sb.len())))
    {
        // Between two anchors: pair reworded sentences in order, the rest are cuts or additions.
        let (gap_a, gap_b) = (&sa[i..pi], &sb[j..pj]);
        let mut used_b = vec![false; gap_b.len()];
        let mut next_b = 0;
        for sent_a in gap_a {
            let found = (next_b..gap_b.len())
                .find(|&k| !used_b[k] && overlap(sent_a, &gap_b[k]) >= CHANGED_OVERLAP);
            match found {
                Some(k) => {
                    for (skipped, used) in gap_b.iter().zip(used_b.iter_mut()).take(k).skip(next_b)
                    {
                        if !*used {
                            *used = true;
                            changes.push(SentenceChange::Added(skipped.clone()));
                        }
                    }
                    used_b[k] = true;
                    next_b = k + 1;
                    changes.push(SentenceChange::Changed(diff_words(sent_a, &gap_b[k])));
                }
                None => changes.push(SentenceChange::Removed(sent_a.clone())),
            }
        }
        for (k, s) in gap_b.iter().enumerate() {
            if !used_b[k] {
                changes.push(SentenceChange::Added(s.clone()));
            }
        }
        if pi < sa.len() && pj < sb.len() {
            changes.push(SentenceChange::Same(sb[pj].clone()));
        }
        i = pi + 1;
        j = pj + 1;
    }
    CopyComparison { changes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ps(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn quote_styles_are_not_differences() {
        let a = ps(&["“It’s clear,” he said. The camp is large."]);
        let b = ps(&["\"It's clear,\" he said. The camp is large."]);
        assert!(compare_copies(&a, &b).is_identical());
    }

    #[test]
    fn cut_added_and_reworded_sentences_are_marked() {
        let a = ps(&[
            "The group met on Monday. It talked for hours about the plan. Nobody left early.",
        ]);
        let b = ps(&["The group met on Monday. It talked for many hours about the terrorist plan. A new sentence appears."]);
        let c = compare_copies(&a, &b);
        assert_eq!(
            c.changes[0],
            SentenceChange::Same("The group met on Monday.".into())
        );
        let SentenceChange::Changed(words) = &c.changes[1] else {
            panic!("expected a changed sentence: {c:?}")
        };
        assert!(words.contains(&WordChange::Added("many".into())));
        assert!(words.contains(&WordChange::Added("terrorist".into())));
        assert!(c
            .changes
            .contains(&SentenceChange::Removed("Nobody left early.".into())));
        assert!(c
            .changes
            .contains(&SentenceChange::Added("A new sentence appears.".into())));
    }

    #[test]
    fn sentences_split_at_ends_not_abbreviations() {
        let s = split_sentences(&ps(&[
            "Mr. Butler met Gen. Austin in the U.S. camp. \"We left,\" he said. Then Dec. 31 came.",
        ]));
        assert_eq!(
            s,
            [
                "Mr. Butler met Gen. Austin in the U.S. camp.",
                "\"We left,\" he said.",
                "Then Dec. 31 came."
            ]
        );
    }
}
