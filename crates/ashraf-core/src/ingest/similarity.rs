//! Word-shingle similarity, robust to quote and dash styles, case and whitespace.

use super::clean::words;
use std::collections::BTreeSet;

/// Shingle width in words. Five words rarely repeat by chance across different stories, but
/// survive small edits (a replaced word breaks only the five shingles that contain it).
pub const SHINGLE_WORDS: usize = 5;

pub fn shingles(text: &str) -> BTreeSet<u64> {
    let ws = words(text);
    let mut out = BTreeSet::new();
    if ws.len() < SHINGLE_WORDS {
        if !ws.is_empty() {
            out.insert(hash_words(&ws));
        }
        return out;
    }
    for w in ws.windows(SHINGLE_WORDS) {
        out.insert(hash_words(w));
    }
    out
}

/// FNV-1a: deterministic across platforms and runs (std's hasher is seeded randomly).
fn hash_words(ws: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in ws {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Share of the smaller set found in the larger one (0 when either is empty).
/// Containment rather than Jaccard, so that a cut copy still matches its full original.
pub fn containment(a: &BTreeSet<u64>, b: &BTreeSet<u64>) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    small.iter().filter(|s| large.contains(s)).count() as f64 / small.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_styles_do_not_matter_and_cuts_still_match() {
        let a = shingles(
            "“It’s clear to me,” argues Shahram Heydari, who left the camp two months ago.",
        );
        let b = shingles(
            "\"It's clear to me,\" argues Shahram Heydari, who left the camp two months ago.",
        );
        assert_eq!(containment(&a, &b), 1.0);
        let full = shingles("one two three four five six seven eight nine ten eleven twelve");
        let cut = shingles("one two three four five six seven");
        assert_eq!(containment(&cut, &full), 1.0);
        let other = shingles("completely different words in another story about something");
        assert_eq!(containment(&other, &full), 0.0);
    }
}
