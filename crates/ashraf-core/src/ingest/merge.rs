//! Merging republished copies: drafts whose texts overlap strongly are one article.

use super::metadata::Draft;
use super::similarity::{containment, shingles};

/// Two drafts are copies of one story when this share of the shorter one's five-word shingles
/// is found in the longer one. Measured on the seeds (`build-corpus --similarity`): the
/// Christian Science Monitor piece and its repost share 0.98 (despite a "[..]" cut, dropped
/// sub-headings and quote-style changes); the two different Fars News stories that reuse the
/// same background paragraphs share 0.75; other pairs 0.14 or less. Containment ignores cuts,
/// so 0.85 still admits a copy with about one shingle in seven reworded, while boilerplate
/// reuse stays below it.
pub const COPY_THRESHOLD: f64 = 0.85;

/// Group drafts into articles (indices into `drafts`), in order of first appearance.
pub fn group_copies(drafts: &[Draft]) -> Vec<Vec<usize>> {
    let sets: Vec<_> = drafts
        .iter()
        .map(|d| shingles(&d.paragraphs.join("\n")))
        .collect();
    let mut group_of: Vec<usize> = (0..drafts.len()).collect();
    for i in 0..drafts.len() {
        for j in 0..i {
            if containment(&sets[i], &sets[j]) >= COPY_THRESHOLD {
                let (gi, gj) = (group_of[i], group_of[j]);
                for g in group_of.iter_mut() {
                    if *g == gi {
                        *g = gj;
                    }
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, g) in group_of.iter().enumerate() {
        match groups.iter_mut().find(|grp| group_of[grp[0]] == *g) {
            Some(grp) => grp.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}

/// Pairwise similarity of every two drafts, for reports and tests.
pub fn similarity_table(drafts: &[Draft]) -> Vec<(usize, usize, f64)> {
    let sets: Vec<_> = drafts
        .iter()
        .map(|d| shingles(&d.paragraphs.join("\n")))
        .collect();
    let mut out = Vec::new();
    for i in 0..sets.len() {
        for j in 0..i {
            out.push((j, i, containment(&sets[i], &sets[j])));
        }
    }
    out
}
