//! corpus.json read a slice at a time, for a caller that must give other work a turn between
//! slices (the browser's main thread; issue 7). The outline is read first, with the article
//! and quote lists kept as raw JSON; the articles and quotes are then read a few at a time.
//! The result is the same as [`Corpus::from_json`] (a test checks it).

use crate::model::check_schema_version;
use crate::model::{Article, Claim, Corpus, Entities, Event, Outlet, Quote, SourceFile};
use serde::Deserialize;
use serde_json::value::RawValue;

/// corpus.json with the two long lists unread.
#[derive(Deserialize)]
struct Outline<'a> {
    schema_version: u32,
    sources: Vec<SourceFile>,
    outlets: Vec<Outlet>,
    #[serde(borrow)]
    articles: Vec<&'a RawValue>,
    #[serde(borrow)]
    quotes: Vec<&'a RawValue>,
    entities: Entities,
    claims: Vec<Claim>,
    events: Vec<Event>,
}

pub struct CorpusReader<'a> {
    articles: Vec<&'a RawValue>,
    quotes: Vec<&'a RawValue>,
    corpus: Corpus,
}

impl<'a> CorpusReader<'a> {
    /// Reads the outline: everything but the articles and the quotes, which are only checked
    /// to be JSON. This step is about a third of the cost of reading the whole file.
    pub fn new(text: &'a str) -> Result<CorpusReader<'a>, String> {
        let outline: Outline =
            serde_json::from_str(text).map_err(|e| format!("not a corpus.json file: {e}"))?;
        check_schema_version(outline.schema_version)?;
        let corpus = Corpus {
            schema_version: outline.schema_version,
            sources: outline.sources,
            outlets: outline.outlets,
            articles: Vec::with_capacity(outline.articles.len()),
            quotes: Vec::with_capacity(outline.quotes.len()),
            entities: outline.entities,
            claims: outline.claims,
            events: outline.events,
        };
        Ok(CorpusReader {
            articles: outline.articles,
            quotes: outline.quotes,
            corpus,
        })
    }

    /// Reads up to `max` more articles or quotes (articles first); returns how many it read,
    /// 0 once everything is read.
    pub fn read(&mut self, max: usize) -> Result<usize, String> {
        let mut read = 0;
        while read < max {
            let (done_articles, done_quotes) =
                (self.corpus.articles.len(), self.corpus.quotes.len());
            if let Some(raw) = self.articles.get(done_articles) {
                let article: Article = serde_json::from_str(raw.get()).map_err(|e| {
                    format!("not a corpus.json file: article {}: {e}", done_articles + 1)
                })?;
                self.corpus.articles.push(article);
            } else if let Some(raw) = self.quotes.get(done_quotes) {
                let quote: Quote = serde_json::from_str(raw.get()).map_err(|e| {
                    format!("not a corpus.json file: quote {}: {e}", done_quotes + 1)
                })?;
                self.corpus.quotes.push(quote);
            } else {
                break;
            }
            read += 1;
        }
        Ok(read)
    }

    /// (read, total) articles and quotes.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.corpus.articles.len() + self.corpus.quotes.len(),
            self.articles.len() + self.quotes.len(),
        )
    }

    /// Reads whatever is left and returns the corpus.
    pub fn finish(mut self) -> Result<Corpus, String> {
        while self.read(usize::MAX)? > 0 {}
        Ok(self.corpus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;

    fn read_in_steps(text: &str, step: usize) -> Result<Corpus, String> {
        let mut reader = CorpusReader::new(text)?;
        while reader.read(step)? > 0 {}
        let (done, total) = reader.progress();
        assert_eq!(done, total);
        reader.finish()
    }

    #[test]
    fn read_in_steps_it_is_the_same_corpus() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let text = std::fs::read_to_string(path).expect("corpus.json");
        let whole = Corpus::from_json(&text).expect("parses");
        let synthetic = crate::synth::synthesize(&whole, 200, 3).expect("synthesizes");
        let synthetic_text = serde_json::to_string(&synthetic).expect("serializes");
        for step in [1, 7, usize::MAX] {
            assert_eq!(read_in_steps(&text, step), Ok(whole.clone()));
            assert_eq!(read_in_steps(&synthetic_text, step), Ok(synthetic.clone()));
        }
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let reason = |text: &str| match read_in_steps(text, 5) {
            Ok(_) => panic!("accepted {}", &text[..text.len().min(80)]),
            Err(reason) => reason,
        };
        assert!(reason("").starts_with("not a corpus.json file"));
        assert!(reason("[1, 2]").starts_with("not a corpus.json file"));
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/corpus.json");
        let text = std::fs::read_to_string(path).expect("corpus.json");
        let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
        value["schema_version"] = serde_json::json!(9);
        let newer = serde_json::to_string(&value).expect("serializes");
        assert!(
            reason(&newer).contains("schema version 9"),
            "{}",
            reason(&newer)
        );
        // An article that is JSON but not an article names the article.
        value["schema_version"] = serde_json::json!(SCHEMA_VERSION);
        value["articles"][2] = serde_json::json!({"id": 5});
        let broken = serde_json::to_string(&value).expect("serializes");
        assert!(reason(&broken).contains("article 3"), "{}", reason(&broken));
        // Cut short: not JSON at all.
        assert!(reason(&text[..text.len() / 2]).starts_with("not a corpus.json file"));
    }
}
