//! Quote drift: the same quotation carried by several articles or copies, with the variants
//! side by side and the words that differ marked.

use crate::compare::{diff_words, WordChange};
use crate::model::{Corpus, Quote};
use crate::text::normalize;

/// A quotation carried by more than one article.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftGroup {
    /// Quote ids, in corpus order; the first is the reference variant.
    pub quotes: Vec<String>,
    /// Distinct articles carrying it.
    pub sources: usize,
    /// For each quote after the first: its words against the reference, marked.
    pub variants: Vec<(String, Vec<WordChange>)>,
}

/// Two quotations are one when, after folding case, quote styles and punctuation, they share
/// at least this share of the shorter one's words in order (so "in principle" inside a longer
/// quotation of the same words counts, and a reworded variant still groups).
const SAME_QUOTE: f64 = 0.8;
/// Very short fragments ("minimum") only group when identical and spoken by the same speaker.
const MIN_WORDS_FOR_FUZZY: usize = 4;

fn key_words(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn in_order_overlap(a: &[String], b: &[String]) -> usize {
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    table[0][0]
}

fn same_quotation(a: &Quote, ka: &[String], b: &Quote, kb: &[String]) -> bool {
    let shorter = ka.len().min(kb.len());
    if shorter == 0 {
        return false;
    }
    if shorter < MIN_WORDS_FOR_FUZZY {
        // A fragment: the same speaker saying it (or a longer quotation containing it in
        // order), or the identical words of two unnamed speakers.
        let same_speaker = a.speaker_id.is_some() && a.speaker_id == b.speaker_id;
        let both_unnamed = a.speaker_id.is_none() && b.speaker_id.is_none() && shorter >= 2;
        return (same_speaker && in_order_overlap(ka, kb) == shorter) || (both_unnamed && ka == kb);
    }
    in_order_overlap(ka, kb) as f64 / shorter as f64 >= SAME_QUOTE
}

/// Every quotation found in more than one article, with its variants.
pub fn drift_groups(corpus: &Corpus) -> Vec<DriftGroup> {
    let keys: Vec<Vec<String>> = corpus.quotes.iter().map(|q| key_words(&q.text)).collect();
    let mut group_of: Vec<Option<usize>> = vec![None; corpus.quotes.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..corpus.quotes.len() {
        let found = (0..i).find(|&j| {
            corpus.quotes[j].article != corpus.quotes[i].article
                && same_quotation(&corpus.quotes[j], &keys[j], &corpus.quotes[i], &keys[i])
        });
        let Some(j) = found else { continue };
        let g = match group_of[j] {
            Some(g) => g,
            None => {
                groups.push(vec![j]);
                group_of[j] = Some(groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[g].push(i);
        group_of[i] = Some(g);
    }
    groups
        .into_iter()
        .filter_map(|members| {
            let mut articles: Vec<&str> = members
                .iter()
                .map(|&i| corpus.quotes[i].article.as_str())
                .collect();
            articles.sort_unstable();
            articles.dedup();
            if articles.len() < 2 {
                return None;
            }
            let reference = &corpus.quotes[members[0]];
            let variants = members[1..]
                .iter()
                .map(|&i| {
                    (
                        corpus.quotes[i].id.clone(),
                        diff_words(&reference.text, &corpus.quotes[i].text),
                    )
                })
                .collect();
            Some(DriftGroup {
                quotes: members
                    .iter()
                    .map(|&i| corpus.quotes[i].id.clone())
                    .collect(),
                sources: articles.len(),
                variants,
            })
        })
        .collect()
}

/// The groups carrying a quotation of `article`, each with that article's quote.
pub fn groups_of_article<'a>(
    groups: &'a [DriftGroup],
    corpus: &'a Corpus,
    article: &str,
) -> Vec<(&'a DriftGroup, &'a Quote)> {
    groups
        .iter()
        .filter_map(|g| {
            g.quotes.iter().find_map(|id| {
                corpus
                    .quotes
                    .iter()
                    .find(|q| q.id == *id && q.article == article)
                    .map(|q| (g, q))
            })
        })
        .collect()
}

/// Every other variant of `group`, its words marked against `reference` (the quote the
/// reader is looking at), one per article.
pub fn variants_against<'a>(
    group: &DriftGroup,
    corpus: &'a Corpus,
    reference: &Quote,
) -> Vec<(&'a Quote, Vec<WordChange>)> {
    let mut seen = vec![reference.article.as_str()];
    let mut out = Vec::new();
    for id in &group.quotes {
        let Some(q) = corpus.quotes.iter().find(|q| q.id == *id) else {
            continue;
        };
        if seen.contains(&q.article.as_str()) {
            continue;
        }
        seen.push(&q.article);
        out.push((q, diff_words(&reference.text, &q.text)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(id: &str, article: &str, text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            id: id.into(),
            article: article.into(),
            paragraph: 0,
            text: text.into(),
            start: 0,
            speaker: "x".into(),
            speaker_id: speaker.map(str::to_string),
            affiliation: None,
            attribution: None,
        }
    }

    #[test]
    fn same_words_in_two_articles_group_and_differences_are_marked() {
        let corpus = Corpus {
            quotes: vec![
                quote("a-q1", "a", "After much regrettable stalling, the MEK finally seems ready to engage seriously", None),
                quote("b-q1", "b", "After much regrettable stalling, the MEK finally seems ready to engage", None),
                quote("b-q2", "b", "We’re still hearing talk about martyrdom and dying.", None),
                quote("c-q1", "c", "we're still hearing talk about martyrdom and dying", None),
                quote("c-q2", "c", "minimum", Some("p")),
                quote("d-q1", "d", "minimum", Some("p")),
                quote("d-q2", "d", "minimum", Some("other")),
                quote("e-q1", "e", "Something else entirely is said here.", None),
                quote("f-q1", "f", "in principle", Some("r")),
                quote("g-q1", "g", "in principle prepared to relocate", Some("r")),
                quote("h-q1", "h", "in principle", Some("s")),
            ],
            ..Corpus::default()
        };
        let groups = drift_groups(&corpus);
        assert_eq!(groups.len(), 4);
        assert_eq!(
            groups[3].quotes,
            ["f-q1", "g-q1"],
            "a fragment inside a longer quotation of the same speaker"
        );
        assert_eq!(groups[0].quotes, ["a-q1", "b-q1"]);
        assert!(groups[0].variants[0]
            .1
            .contains(&WordChange::Removed("seriously".into())));
        assert_eq!(groups[1].quotes, ["b-q2", "c-q1"]);
        assert_eq!(
            groups[2].quotes,
            ["c-q2", "d-q1"],
            "a one-word fragment groups only with the same speaker"
        );
        assert_eq!(groups[2].sources, 2);

        // Seen from article b: its quote is the reference, a's longer one adds a word.
        let of_b = groups_of_article(&groups, &corpus, "b");
        assert_eq!(of_b.len(), 2);
        let (group, quote) = of_b[0];
        assert_eq!(quote.id, "b-q1");
        let others = variants_against(group, &corpus, quote);
        assert_eq!(others.len(), 1);
        assert_eq!(others[0].0.id, "a-q1");
        assert!(others[0].1.contains(&WordChange::Added("seriously".into())));
    }
}
