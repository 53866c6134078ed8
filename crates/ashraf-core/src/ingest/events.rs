//! Dated events for the timeline: sentences matching an event rule, dated from their own words.

use super::clean::fold;
use super::dates::read_date;
use super::knowledge::EventRule;
use crate::model::{DatePrecision, Event, EventMention};
use std::collections::BTreeMap;

/// One sentence of an article, with what is needed to date and cite it.
pub struct SentenceRef<'a> {
    pub article: &'a str,
    pub article_title: &'a str,
    pub article_date: Option<&'a str>,
    pub paragraph: usize,
    pub text: &'a str,
}

pub fn matches_rule(rule: &EventRule, sentence: &str) -> bool {
    let f = fold(sentence);
    rule.triggers
        .iter()
        .any(|t| t.iter().all(|phrase| f.contains(&fold(phrase))))
}

/// Build events from all sentences. An event's date is the reading most mentions agree on
/// (ties go to the more precise reading, then the earlier date); no reading, no event.
pub fn build_events(rules: &[EventRule], sentences: &[SentenceRef]) -> Vec<Event> {
    let mut events = Vec::new();
    for rule in rules {
        let mut mentions = Vec::new();
        let mut votes: BTreeMap<(String, DatePrecision), (usize, String)> = BTreeMap::new();
        for s in sentences.iter().filter(|s| matches_rule(rule, s.text)) {
            if !mentions.iter().any(|m: &EventMention| {
                m.article == s.article && m.paragraph == s.paragraph && m.text == s.text.trim()
            }) {
                mentions.push(EventMention {
                    article: s.article.to_string(),
                    paragraph: s.paragraph,
                    text: s.text.trim().to_string(),
                });
            }
            if let Some(r) = read_date(s.text, s.article_date) {
                let entry = votes
                    .entry((r.date.clone(), r.precision))
                    .or_insert((0, String::new()));
                entry.0 += 1;
                if entry.1.is_empty() {
                    entry.1 = format!(
                        "{} — from \"{}\" ({})",
                        r.how,
                        excerpt(s.text),
                        s.article_title
                    );
                }
            }
        }
        let best = votes
            .into_iter()
            .max_by(|((da, pa), (na, _)), ((db, pb), (nb, _))| {
                na.cmp(nb)
                    .then(precision_rank(*pa).cmp(&precision_rank(*pb)))
                    .then(db.cmp(da))
            });
        if let Some(((date, precision), (_, evidence))) = best {
            events.push(Event {
                id: rule.id.clone(),
                label: rule.label.clone(),
                date,
                date_precision: precision,
                date_evidence: evidence,
                mentions,
            });
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    events
}

fn precision_rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 4,
        DatePrecision::Estimated => 3,
        DatePrecision::Month => 2,
        DatePrecision::Year => 1,
        DatePrecision::Unknown => 0,
    }
}

fn excerpt(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= 120 {
        return t.to_string();
    }
    format!("{}…", t.chars().take(117).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majority_reading_wins_and_mentions_are_kept() {
        let rule = EventRule {
            id: "raid".into(),
            label: "Raid".into(),
            triggers: vec![vec!["raid".into()]],
        };
        let s = |text, date| SentenceRef {
            article: "a",
            article_title: "A",
            article_date: Some(date),
            paragraph: 0,
            text,
        };
        let sentences = [
            s("A raid in April killed many.", "2011-12-21"),
            s("The April raid.", "2011-12-20"),
            s("The raid in May.", "2011-07-01"),
            s("Nothing here.", "2011-12-20"),
        ];
        let events = build_events(&[rule], &sentences);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].date, "2011-04");
        assert_eq!(events[0].date_precision, DatePrecision::Month);
        assert_eq!(events[0].mentions.len(), 3);
    }
}
