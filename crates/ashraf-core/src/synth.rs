//! Synthetic corpora for benchmarks: N articles recombined from the paragraphs of a real
//! corpus, so that the text, the quotes and the entity mentions stay realistic while the
//! corpus grows to 1,000 or 10,000 articles. Deterministic: the same seed gives the same bytes.
//!
//! Each synthetic article takes 3–15 paragraphs drawn from the whole real corpus, carrying
//! along everything anchored to them (quotes, mentions, claims, event mentions) with their
//! offsets unchanged and their article / paragraph re-pointed. Dates, outlets, bylines and
//! republishers are drawn from the real articles. Copies keep one record per article without
//! the copy's paragraphs (they would double the file for nothing a benchmark needs).
//! Test data only: never shipped, never committed.

use crate::model::{
    Article, ArticleCopy, Claim, Corpus, DatePrecision, Event, EventMention, Quote, SourceFile,
};
use std::collections::{BTreeSet, HashMap};

/// The typical searches and facet combinations of every benchmark, as URL query strings:
/// `benches/queries.txt`, which the browser benchmark (scripts/bench-browser.mjs) reads too.
pub fn benchmark_queries() -> impl Iterator<Item = &'static str> {
    include_str!("../benches/queries.txt")
        .lines()
        .filter(|l| !l.is_empty())
}

/// The source file named by every synthetic article's copy.
pub const SYNTH_SOURCE: &str = "synthetic.txt";
const MIN_PARAGRAPHS: usize = 3;
const MAX_PARAGRAPHS: usize = 15;

/// SplitMix64: small, fast and good enough to shuffle test data reproducibly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Everything anchored to one real paragraph.
struct Source<'a> {
    article: usize,
    paragraph: usize,
    text: &'a str,
}

/// Builds a corpus of `n` articles from the paragraphs of `real`. Errors when `real` has no
/// paragraph to draw from.
pub fn synthesize(real: &Corpus, n: usize, seed: u64) -> Result<Corpus, String> {
    let pool: Vec<Source> = real
        .articles
        .iter()
        .enumerate()
        .flat_map(|(a, article)| {
            article
                .paragraphs
                .iter()
                .enumerate()
                .map(move |(p, text)| Source {
                    article: a,
                    paragraph: p,
                    text,
                })
        })
        .collect();
    if pool.is_empty() {
        return Err("the corpus has no paragraphs to recombine".to_owned());
    }
    let article_index: HashMap<&str, usize> = real
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    // Anchored items per (article, paragraph) of the real corpus.
    let mut quotes: HashMap<(usize, usize), Vec<&Quote>> = HashMap::new();
    for q in &real.quotes {
        if let Some(&a) = article_index.get(q.article.as_str()) {
            quotes.entry((a, q.paragraph)).or_default().push(q);
        }
    }
    let mut claims: HashMap<(usize, usize), Vec<&Claim>> = HashMap::new();
    for c in &real.claims {
        if let Some(&a) = article_index.get(c.article.as_str()) {
            claims.entry((a, c.paragraph)).or_default().push(c);
        }
    }
    let mut event_mentions: HashMap<(usize, usize), Vec<(usize, &EventMention)>> = HashMap::new();
    for (e, event) in real.events.iter().enumerate() {
        for m in &event.mentions {
            if let Some(&a) = article_index.get(m.article.as_str()) {
                event_mentions
                    .entry((a, m.paragraph))
                    .or_default()
                    .push((e, m));
            }
        }
    }
    let dated: Vec<&Article> = real.articles.iter().filter(|a| a.date.is_some()).collect();

    let mut rng = Rng(seed);
    let mut out = Corpus {
        schema_version: real.schema_version,
        sources: vec![SourceFile {
            file: SYNTH_SOURCE.to_owned(),
            bytes: 0,
            segments: n,
        }],
        outlets: real.outlets.clone(),
        articles: Vec::with_capacity(n),
        quotes: Vec::new(),
        entities: real.entities.clone(),
        claims: Vec::new(),
        events: real
            .events
            .iter()
            .map(|e| Event {
                mentions: Vec::new(),
                ..e.clone()
            })
            .collect(),
    };
    for i in 0..n {
        let model = &real.articles[rng.below(real.articles.len())];
        let id = format!("synth-{i:05}");
        let count = MIN_PARAGRAPHS + rng.below(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        let mut paragraphs = Vec::with_capacity(count);
        let mut mentions = Vec::new();
        let mut entities: [BTreeSet<String>; 3] = Default::default();
        for p in 0..count {
            let src = &pool[rng.below(pool.len())];
            paragraphs.push(src.text.to_owned());
            let real_article = &real.articles[src.article];
            for m in real_article
                .mentions
                .iter()
                .filter(|m| m.paragraph == src.paragraph)
            {
                let mut m = m.clone();
                m.paragraph = p;
                let kind = if real.entities.people.iter().any(|e| e.id == m.entity) {
                    0
                } else if real.entities.organizations.iter().any(|e| e.id == m.entity) {
                    1
                } else {
                    2
                };
                entities[kind].insert(m.entity.clone());
                mentions.push(m);
            }
            let key = (src.article, src.paragraph);
            for q in quotes.get(&key).into_iter().flatten() {
                out.quotes.push(Quote {
                    id: format!("{id}-q{}", out.quotes.len()),
                    article: id.clone(),
                    paragraph: p,
                    ..(*q).clone()
                });
            }
            for c in claims.get(&key).into_iter().flatten() {
                out.claims.push(Claim {
                    article: id.clone(),
                    paragraph: p,
                    ..(*c).clone()
                });
            }
            for (e, m) in event_mentions.get(&key).into_iter().flatten() {
                out.events[*e].mentions.push(EventMention {
                    article: id.clone(),
                    paragraph: p,
                    text: m.text.clone(),
                });
            }
        }
        // A real article's date, outlet and byline, so facets and date sorting behave as with
        // real data; the title is the model's, numbered so that titles differ.
        let dating = if dated.is_empty() {
            model
        } else {
            dated[rng.below(dated.len())]
        };
        let [people, organizations, places] = entities.map(|s| s.into_iter().collect());
        let republisher = model.republishers.first().cloned();
        out.articles.push(Article {
            id: id.clone(),
            title: format!("{} (synthetic {})", model.title, i + 1),
            title_inferred: model.title_inferred,
            outlet: model.outlet.clone(),
            outlet_evidence: model.outlet_evidence.clone(),
            republishers: model.republishers.clone(),
            byline: model.byline.clone(),
            byline_evidence: model.byline_evidence.clone(),
            date: dating.date.clone(),
            date_precision: if dating.date.is_some() {
                dating.date_precision
            } else {
                DatePrecision::Unknown
            },
            date_evidence: dating.date_evidence.clone(),
            paragraphs,
            copies: vec![ArticleCopy {
                file: SYNTH_SOURCE.to_owned(),
                position: i,
                line: 1,
                republisher,
                heading: None,
                paragraphs: Vec::new(),
                date: dating.date.clone(),
                user_import: false,
            }],
            people,
            organizations,
            places,
            mentions,
            user_import: false,
            page: Vec::new(),
        });
    }
    let bytes: usize = out
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.len() + 1)
        .sum();
    out.sources[0].bytes = bytes;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::fixture;

    #[test]
    fn same_seed_same_corpus_other_seed_other_corpus() {
        let real = fixture();
        let a = synthesize(&real, 20, 7).expect("fixture has paragraphs");
        let b = synthesize(&real, 20, 7).expect("fixture has paragraphs");
        let c = synthesize(&real, 20, 8).expect("fixture has paragraphs");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.articles.len(), 20);
    }

    #[test]
    fn an_empty_corpus_is_an_error() {
        assert!(synthesize(&Corpus::default(), 5, 1).is_err());
    }
}
