//! The naming lens: which of the names listed in `data/naming.json` each article uses for the
//! group and for the camp, counted per article and per outlet.

use crate::model::{Article, Corpus};
use crate::text::normalize;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
pub struct NameRule {
    pub label: String,
    pub spellings: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Lens {
    pub id: String,
    pub title: String,
    pub names: Vec<NameRule>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct NamingRules {
    pub lenses: Vec<Lens>,
}

impl NamingRules {
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| format!("data/naming.json: {e}"))
    }

    /// The rules as committed in the repository.
    pub fn bundled() -> Result<Self, String> {
        Self::from_json(include_str!("../../../data/naming.json"))
    }
}

/// A label as shown: the data file's straight quotation marks (around the texts' own words,
/// such as `"cult"`) become typographic ones.
pub fn display_label(label: &str) -> String {
    let mut open = true;
    label
        .chars()
        .map(|c| match c {
            '"' => {
                open = !open;
                if open {
                    '”'
                } else {
                    '“'
                }
            }
            c => c,
        })
        .collect()
}

/// The first of a label's alternatives, for narrow places such as a chart's column heads:
/// `People's Mujahedeen / Mujahideen / …` → `People's Mujahedeen`, `"cult"` → `“cult”`.
pub fn short_label(label: &str) -> String {
    let first = label.split(" / ").next().unwrap_or(label);
    display_label(first.split(" (").next().unwrap_or(first))
}

/// Occurrences of a folded needle in a folded haystack on word boundaries.
fn count_words(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    haystack
        .match_indices(needle)
        .filter(|(pos, _)| {
            let before = haystack[..*pos]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = haystack[pos + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
        .count()
}

/// For one article: label → number of times it is used, per lens id. Longer spellings are
/// counted first and masked, so "Rajavi cult" is not also two other names.
pub fn names_in_article(
    rules: &NamingRules,
    article: &Article,
) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut out = BTreeMap::new();
    let text = normalize(&format!(
        "{}\n{}",
        article.title,
        article.paragraphs.join("\n")
    ));
    let grams = Trigrams::of(&text);
    for lens in &rules.lenses {
        let mut spellings: Vec<(String, &str)> = lens
            .names
            .iter()
            .flat_map(|n| {
                n.spellings
                    .iter()
                    .map(move |s| (normalize(s), n.label.as_str()))
            })
            .collect();
        spellings.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut masked = text.clone();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (spelling, label) in spellings {
            // Masking only blanks text out, so what is not in the text is not in `masked`.
            if !grams.may_contain(&spelling) {
                continue;
            }
            let n = count_words(&masked, &spelling);
            if n > 0 {
                *counts.entry(label.to_string()).or_default() += n;
                masked = masked.replace(&spelling, &" ".repeat(spelling.len()));
            }
        }
        out.insert(lens.id.clone(), counts);
    }
    out
}

/// Which byte trigrams occur in a text, as a 8,192-bit filter: a needle with a trigram the
/// filter lacks cannot occur in the text. One pass over the text instead of one search per
/// spelling (most articles use few of the names); a trigram that only shares a bit with
/// another costs a search, never a missed name.
struct Trigrams([u64; 128]);

impl Trigrams {
    fn of(text: &str) -> Trigrams {
        let mut bits = [0_u64; 128];
        for w in text.as_bytes().windows(3) {
            let slot = Self::slot(w);
            bits[slot / 64] |= 1 << (slot % 64);
        }
        Trigrams(bits)
    }

    fn slot(w: &[u8]) -> usize {
        let key = u32::from(w[0]) | u32::from(w[1]) << 8 | u32::from(w[2]) << 16;
        // Multiplicative hashing: the top 13 bits of the product.
        (key.wrapping_mul(0x9E37_79B1) >> 19) as usize
    }

    fn may_contain(&self, needle: &str) -> bool {
        needle.as_bytes().windows(3).all(|w| {
            let slot = Self::slot(w);
            self.0[slot / 64] & (1 << (slot % 64)) != 0
        })
    }
}

/// Per lens: outlet (or "unknown outlet") → label → number of articles using it.
pub fn names_by_outlet(
    rules: &NamingRules,
    corpus: &Corpus,
) -> BTreeMap<String, BTreeMap<String, BTreeMap<String, usize>>> {
    let mut out: BTreeMap<String, BTreeMap<String, BTreeMap<String, usize>>> = BTreeMap::new();
    for article in &corpus.articles {
        let outlet = article
            .outlet
            .clone()
            .unwrap_or_else(|| "unknown outlet".to_string());
        for (lens, counts) in names_in_article(rules, article) {
            for label in counts.keys() {
                *out.entry(lens.clone())
                    .or_default()
                    .entry(outlet.clone())
                    .or_default()
                    .entry(label.clone())
                    .or_default() += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trigram_filter_never_rules_out_a_spelling_in_the_text() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let corpus = Corpus::from_json(&std::fs::read_to_string(path).expect("corpus.json"))
            .expect("parses");
        let rules = NamingRules::bundled().expect("naming.json parses");
        let spellings: Vec<String> = rules
            .lenses
            .iter()
            .flat_map(|l| &l.names)
            .flat_map(|n| n.spellings.iter().map(|s| normalize(s)))
            .collect();
        let (mut present, mut skipped) = (0, 0);
        for a in &corpus.articles {
            let text = normalize(&format!("{}\n{}", a.title, a.paragraphs.join("\n")));
            let grams = Trigrams::of(&text);
            // Every substring of the text, spellings or not, passes.
            for start in (0..text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(7)
            {
                let end = (start + 24..text.len()).find(|&i| text.is_char_boundary(i));
                let piece = &text[start..end.unwrap_or(text.len())];
                assert!(grams.may_contain(piece), "{piece:?} of {}", a.id);
            }
            for s in &spellings {
                if text.contains(s.as_str()) {
                    present += 1;
                    assert!(grams.may_contain(s), "{s:?} in {}", a.id);
                } else if !grams.may_contain(s) {
                    skipped += 1;
                }
            }
        }
        assert!(
            present > 20 && skipped > 100,
            "{present} present, {skipped} skipped"
        );
    }

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "a".into(),
            title: "T".into(),
            outlet: Some("o".into()),
            paragraphs: paragraphs.iter().map(|s| s.to_string()).collect(),
            ..Article::default()
        }
    }

    #[test]
    fn labels_show_typographic_quotes() {
        assert_eq!(display_label("\"cult\""), "“cult”");
        assert_eq!(
            display_label("\"terrorist group\" / \"terrorist organization\""),
            "“terrorist group” / “terrorist organization”"
        );
        assert_eq!(display_label("MEK"), "MEK");
        assert_eq!(
            short_label("People's Mujahedeen / Mujahideen / Mojahedin"),
            "People's Mujahedeen"
        );
        assert_eq!(
            short_label("\"terrorist group\" / \"terrorist organization\""),
            "“terrorist group”"
        );
        assert_eq!(
            short_label("Mujahedin-e Khalq (and spellings)"),
            "Mujahedin-e Khalq"
        );
    }

    #[test]
    fn counts_names_and_labels_without_double_counting() {
        let rules = NamingRules::bundled().expect("naming.json parses");
        let a = article(&[
            "The MKO (also MEK) is a terrorist group, says the Rajavi cult’s critic.",
            "People’s Mujahedeen members left Camp Ashraf, the Camp of New Iraq.",
            "MEKONG is not a name.",
        ]);
        let names = names_in_article(&rules, &a);
        let group = &names["group"];
        assert_eq!(group.get("MKO"), Some(&1));
        assert_eq!(group.get("MEK"), Some(&1), "MEKONG does not count");
        assert_eq!(
            group.get("\"terrorist group\" / \"terrorist organization\""),
            Some(&1)
        );
        assert_eq!(
            group.get("\"cult\""),
            Some(&1),
            "\"Rajavi cult\" counts once"
        );
        assert_eq!(
            group.get("People's Mujahedeen / Mujahideen / Mojahedin"),
            Some(&1),
            "curly apostrophe folded"
        );
        let camp = &names["camp"];
        assert_eq!(camp.get("Camp Ashraf"), Some(&1));
        assert_eq!(camp.get("Camp of New Iraq"), Some(&1));
    }
}
