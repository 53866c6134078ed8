//! Direct quotations and their speakers, attributed the way news prose does it, by a sieve in
//! the manner of Muzny et al. (2017): first the frames around the quotation in its own sentence
//! (`"…," said X` / `"…," X said` / `X said, "…"` / `X said the plan was "…"` / `according to X`,
//! inverted French `a-t-il ajouté`), then a colon introduction in the paragraph before, then a
//! continuation (a second quotation in the paragraph, or a paragraph that opens with a
//! quotation continuing the previous speaker). The words found are then resolved: a name to the
//! fullest form the article gives, a pronoun to the most recent compatible person, a title or
//! description ("the president", "the company") to the one it names, else the description as
//! written. Quoted words nobody is credited with (scare quotes) are not quotes; a whole quoted
//! sentence with no credit keeps the speaker "unknown".

pub mod marks;
pub mod verbs;

use super::clean::fold;
use super::dates::WEEKDAYS;
use super::entities::EntityKind;
use super::names::{FoundName, FoundPeople, NOT_NAME_WORDS};
use crate::model::{attribution_rule as rule, Attribution, Entity, Mention, Quote};
use crate::sentences::is_abbreviation;
use marks::{quote_spans, QuoteSpan};
use verbs::{inverted_pronoun, verbs_in};

/// Nouns naming a person in a role: an unnamed one is shown as "unnamed …".
const PERSON_ROLES: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "member",
    "source",
    "man",
    "woman",
    "guard",
    "resident",
    "lawmaker",
    "officer",
    "envoy",
    "representative",
    "advocate",
    "defector",
    "leader",
    "ambassador",
];

/// Nouns by which an article refers back to an organisation it named ("the company said").
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "company", "firm", "retailer", "group", "ministry", "department", "agency", "government",
    "party", "organization", "organisation", "union", "bank", "network", "airline", "council",
    "committee", "university", "hospital", "campaign", "authority", "service", "charity", "startup",
    "chain", "institute", "center", "centre", "commission", "court", "board",
];

/// Speakers that are documents: their organisation may be named anywhere in the subject.
const DOCUMENTS: &[&str] = &["report", "study", "statement", "letter", "document"];

const DETERMINERS: &[&str] = &["a", "an", "the", "one", "another"];
const LEADING_CONNECTIVES: &[&str] = &["but", "and", "however", "meanwhile", "yet", "so", "as"];
/// Words after a speaker that say when or how, not who ("the official said Monday"); weekdays
/// (with or without "on") come from the date reader's list.
const TRAILING_TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "this weekend",
    "last week",
    "similarly",
    "recently",
    "also",
    "later",
    "then",
    "again",
    "earlier",
];

/// What the ingest knows of one entity id, from the dictionary or from the article itself.
#[derive(Debug, Clone)]
pub struct CastMember {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub pronoun: Option<String>,
    pub affiliation: Option<String>,
    /// Titles and the appositive's words, lower case, for "the president" to find them.
    pub roles: Vec<String>,
    pub description: Option<String>,
}

/// The people and organisations an article's quotations can be credited to.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub members: Vec<CastMember>,
    /// Where each id is in `members`.
    index: std::collections::HashMap<String, usize>,
}

impl Cast {
    pub fn new(people: &[Entity], organizations: &[Entity], found: &FoundPeople) -> Cast {
        let entity = |e: &Entity, kind| CastMember {
            id: e.id.clone(),
            kind,
            name: e.name.clone(),
            pronoun: e.pronoun.clone(),
            affiliation: e.affiliation.clone(),
            roles: Vec::new(),
            description: e.description.clone(),
        };
        let mut members: Vec<CastMember> = people
            .iter()
            .map(|e| entity(e, EntityKind::Person))
            .chain(
                organizations
                    .iter()
                    .map(|e| entity(e, EntityKind::Organization)),
            )
            .collect();
        members.extend(found.people.iter().map(|p| {
            CastMember {
                id: p.id.clone(),
                kind: EntityKind::Person,
                name: p.name.clone(),
                pronoun: p.pronoun.clone(),
                affiliation: p.affiliation.clone(),
                roles: p
                    .titles
                    .iter()
                    .cloned()
                    .chain(p.description.iter().map(|d| d.to_lowercase()))
                    .collect(),
                description: p.description.clone(),
            }
        }));
        let mut index = std::collections::HashMap::new();
        for (i, m) in members.iter().enumerate() {
            index.entry(m.id.clone()).or_insert(i);
        }
        Cast { members, index }
    }

    fn get(&self, id: &str) -> Option<&CastMember> {
        self.index.get(id).and_then(|&i| self.members.get(i))
    }

    pub fn kind_of(&self, id: &str) -> Option<EntityKind> {
        self.get(id).map(|m| m.kind)
    }
}

#[derive(Debug, Clone)]
struct Speaker {
    name: String,
    id: Option<String>,
    /// A description (no entity): kept so that "the official" can refer back to it.
    description_head: Option<String>,
    /// The pronoun the text used, when the speaker was resolved from one.
    pronoun: Option<&'static str>,
    /// How the speaker was found, and the words read.
    rule: &'static str,
    as_written: String,
    resolution: Option<String>,
}

impl Speaker {
    fn same_as(&self, other: &Speaker) -> bool {
        self.name == other.name
            && self.id == other.id
            && self.description_head == other.description_head
    }

    fn continued(&self, rule: &'static str) -> Speaker {
        Speaker {
            rule,
            pronoun: None,
            ..self.clone()
        }
    }

    fn unknown() -> Speaker {
        Speaker {
            name: "unknown".to_string(),
            id: None,
            description_head: None,
            pronoun: None,
            rule: "",
            as_written: String::new(),
            resolution: None,
        }
    }

    fn named(name: String, id: Option<String>) -> Speaker {
        Speaker {
            name,
            id,
            ..Speaker::unknown()
        }
    }
}

struct ArticleContext<'a> {
    paragraphs: &'a [String],
    spans: Vec<Vec<QuoteSpan>>,
    /// Mentions outside quotation marks, in reading order.
    mentions: Vec<&'a Mention>,
    cast: &'a Cast,
    /// Organisations and places the dictionary does not know.
    others: &'a [FoundName],
    /// Named speakers of the quotations found so far: (paragraph, entity id).
    recent_speakers: Vec<(usize, String)>,
    /// Pronouns the text has used for a person ("…," he said, resolved to them).
    learned: std::collections::HashMap<String, &'static str>,
}

impl ArticleContext<'_> {
    fn inside_quote(&self, paragraph: usize, pos: usize) -> bool {
        self.spans[paragraph]
            .iter()
            .any(|s| pos >= s.text_start && pos < s.text_end)
    }

    fn mentions_in(
        &self,
        paragraph: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &&Mention> {
        let from = self
            .mentions
            .partition_point(|m| (m.paragraph, m.start) < (paragraph, start));
        self.mentions
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |m| m.paragraph == paragraph && m.start < end)
            .filter(move |m| m.end <= end)
    }

    /// The mentions before a place, nearest first; a reference reaches back at most a thousand
    /// names.
    fn before(&self, paragraph: usize, pos: usize) -> impl Iterator<Item = &&Mention> {
        let upto = self.mentions.partition_point(|m| {
            m.paragraph < paragraph || (m.paragraph == paragraph && m.end <= pos)
        });
        self.mentions
            .get(..upto)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(1000)
    }

    fn is_kind(&self, m: &Mention, kind: EntityKind) -> bool {
        self.cast.kind_of(&m.entity) == Some(kind)
    }

    fn last_mention_before(
        &self,
        paragraph: usize,
        pos: usize,
        kind: EntityKind,
    ) -> Option<&Mention> {
        self.before(paragraph, pos)
            .find(|m| self.is_kind(m, kind))
            .copied()
    }

    fn pronoun_of(&self, id: &str) -> Option<&str> {
        self.cast
            .get(id)
            .and_then(|m| m.pronoun.as_deref())
            .or_else(|| self.learned.get(id).copied())
    }

    fn entity_speaker(&self, id: &str) -> Speaker {
        let name = self
            .cast
            .get(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone());
        Speaker::named(name, Some(id.to_string()))
    }

    /// The speaker a mention names, noting when the words differ from the name ("Mayer").
    fn mention_speaker(&self, m: &Mention) -> Speaker {
        let mut s = self.entity_speaker(&m.entity);
        let written = self.paragraphs[m.paragraph]
            .get(m.start..m.end)
            .unwrap_or_default();
        if !written.is_empty() && written != s.name {
            s.resolution = Some(format!(
                "“{written}” is {}, the fullest name the article gives",
                s.name
            ));
        }
        s
    }
}

/// Extract every attributed quotation of one article. `mentions` are every entity mention
/// (dictionary and found), in reading order.
pub fn extract_quotes(
    article_id: &str,
    paragraphs: &[String],
    mentions: &[Mention],
    cast: &Cast,
    others: &[FoundName],
) -> Vec<Quote> {
    let spans: Vec<Vec<QuoteSpan>> = paragraphs.iter().map(|p| quote_spans(p)).collect();
    let mut ctx = ArticleContext {
        paragraphs,
        spans,
        mentions: Vec::new(),
        cast,
        others,
        recent_speakers: Vec::new(),
        learned: Default::default(),
    };
    ctx.mentions = mentions
        .iter()
        .filter(|m| !ctx.inside_quote(m.paragraph, m.start))
        .collect();

    let mut quotes = Vec::new();
    let mut descriptions: Vec<Speaker> = Vec::new();
    let mut previous_paragraph_speaker: Option<Speaker> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut last_in_paragraph: Option<Speaker> = None;
        let spans = ctx.spans[pi].clone();
        let starts_with_quote = spans.first().is_some_and(|s| {
            !p.get(..s.open)
                .unwrap_or_default()
                .chars()
                .any(char::is_alphanumeric)
        });
        for (qi, span) in spans.iter().enumerate() {
            if is_term_or_title(p, span) {
                continue;
            }
            let speaker = match attribute(&ctx, pi, qi, &descriptions) {
                Some(s) => Some(s),
                None => match (&last_in_paragraph, &previous_paragraph_speaker) {
                    (Some(prev), _) => Some(prev.continued(rule::CONTINUES_IN_PARAGRAPH)),
                    (None, Some(prev)) if qi == 0 && starts_with_quote => {
                        Some(prev.continued(rule::CONTINUES_PARAGRAPH_BEFORE))
                    }
                    _ => colon_introduction(&ctx, pi, qi, starts_with_quote, &descriptions)
                        .or_else(|| {
                            // A whole quoted sentence is someone's words even when the text
                            // does not say whose: kept, with the speaker "unknown". Short
                            // uncredited fragments are scare quotes and are not kept.
                            is_quoted_sentence(
                                p.get(span.text_start..span.text_end).unwrap_or_default(),
                            )
                            .then(Speaker::unknown)
                        }),
                },
            };
            let Some(speaker) = speaker else { continue };
            let (start, end) = trim_quote_text(p, span.text_start, span.text_end);
            if start >= end {
                continue;
            }
            if speaker.description_head.is_some()
                && !descriptions.iter().any(|d| d.same_as(&speaker))
            {
                descriptions.push(speaker.clone());
                // "the official" refers to one of the last few described.
                if descriptions.len() > 50 {
                    descriptions.remove(0);
                }
            }
            let affiliation = match &speaker.id {
                Some(id) => cast.get(id).and_then(|m| m.affiliation.clone()),
                None => affiliation_from_description(&speaker.name),
            };
            let attribution = (!speaker.rule.is_empty()).then(|| Attribution {
                rule: speaker.rule.to_string(),
                words: speaker.as_written.clone(),
                resolution: speaker.resolution.clone(),
            });
            quotes.push(Quote {
                id: format!("{article_id}-q{}", quotes.len() + 1),
                article: article_id.to_string(),
                paragraph: pi,
                text: p.get(start..end).unwrap_or_default().to_string(),
                start,
                speaker: speaker.name.clone(),
                speaker_id: speaker.id.clone(),
                affiliation,
                attribution,
            });
            if let Some(id) = speaker
                .id
                .as_ref()
                .filter(|id| cast.kind_of(id) == Some(EntityKind::Person))
            {
                ctx.recent_speakers.push((pi, id.clone()));
                if let (Some(pr), None) = (speaker.pronoun, ctx.pronoun_of(id)) {
                    ctx.learned.insert(id.clone(), pr);
                }
            }
            last_in_paragraph = Some(speaker);
        }
        // A quotation left open runs on into the next paragraph; a paragraph of narrative ends
        // the chain of continuations.
        if last_in_paragraph.is_some() {
            previous_paragraph_speaker = last_in_paragraph;
        } else if !p.trim().is_empty() {
            previous_paragraph_speaker = None;
        }
    }
    quotes
}

/// The quoted words without surrounding spaces and without the comma that belongs to the
/// attribution (`"…Hawaii," said`), so the text stays a verbatim substring.
fn trim_quote_text(p: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = p.get(start..end).unwrap_or_default();
    let lead = inner.len() - inner.trim_start().len();
    let mut t = inner.trim();
    if let Some(stripped) = t.strip_suffix(',') {
        t = stripped.trim_end();
    }
    (start + lead, start + lead + t.len())
}

/// Nouns before the title of a work ("her book “A Paradise Built in Hell”").
const WORK_NOUNS: &[&str] = &[
    "book",
    "novel",
    "film",
    "movie",
    "song",
    "album",
    "poem",
    "play",
    "essay",
    "documentary",
    "memoir",
    "titled",
    "entitled",
    "headlined",
    "headline",
    "column",
    "op-ed",
    "hashtag",
];

/// Verbs that name a thing rather than quote anyone ("a technique called “…”").
const NAMING_VERBS: &[&str] = &[
    "called",
    "dubbed",
    "termed",
    "labelled",
    "labeled",
    "named",
    "described as",
    "known as",
    "branded",
];

const DETERMINERS_AND_POSSESSIVES: &[&str] = &[
    "a",
    "an",
    "the",
    "that",
    "this",
    "these",
    "those",
    "our",
    "their",
    "his",
    "her",
    "its",
    "my",
    "your",
    "so-called",
];

/// Quoted words that are a term, a label or the title of a work, whoever uses them: a title
/// after "book" or "titled"; a term after an agentless naming verb ("was described as “…”", "a
/// technique called “…”"); a short quotation used as a modifier ("that “a-ha!” moment").
fn is_term_or_title(p: &str, span: &QuoteSpan) -> bool {
    let before: Vec<String> = p
        .get(..span.open)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    let prev = before.first().map(String::as_str).unwrap_or("");
    if WORK_NOUNS.contains(&prev) {
        return true;
    }
    let pre_text = p
        .get(..span.open)
        .unwrap_or_default()
        .trim_end()
        .to_lowercase();
    if let Some(verb) = NAMING_VERBS.iter().find(|v| pre_text.ends_with(*v)) {
        let before_verb: Vec<&str> = pre_text
            .get(..pre_text.len() - verb.len())
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take(2)
            .collect();
        let by_agent = p
            .get(span.close_end..)
            .unwrap_or_default()
            .trim_start_matches([',', ' '])
            .starts_with("by ");
        let agentless = !by_agent
            && before_verb.first().is_none_or(|w| {
                matches!(*w, "is" | "was" | "were" | "are" | "be" | "been" | "being")
                    || (w.chars().all(char::is_lowercase)
                        && before_verb
                            .get(1)
                            .is_some_and(|d| DETERMINERS_AND_POSSESSIVES.contains(d)))
            });
        if agentless {
            return true;
        }
    }
    let text = p.get(span.text_start..span.text_end).unwrap_or_default();
    let next_word = p
        .get(span.close_end..)
        .unwrap_or_default()
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or("");
    text.split_whitespace().count() <= 3
        && DETERMINERS_AND_POSSESSIVES.contains(&prev)
        && next_word.chars().all(|c| c.is_lowercase() || c == '-')
        && !next_word.is_empty()
        && !MODIFIER_FOLLOWERS.contains(&next_word)
        && !next_word.ends_with("ing")
        && !next_word.ends_with("ed")
}

/// Words after a short quotation that show it is not a modifier of the next noun.
const MODIFIER_FOLLOWERS: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "of",
    "to",
    "that",
    "which",
    "who",
    "for",
    "as",
    "with",
    "on",
    "at",
    "by",
    "from",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "will",
    "would",
    "said",
    "says",
    "yesterday",
    "today",
    "last",
    "this",
    "when",
    "while",
    "because",
    "if",
    "than",
    "after",
    "before",
    "since",
    "until",
    "instead",
    "again",
    "too",
    "also",
    "during",
    "about",
    "over",
    "under",
    "into",
    "through",
    "against",
    "among",
    "between",
    "without",
    "within",
    "amid",
    "despite",
    "toward",
    "towards",
    "per",
    "via",
    "like",
    "unlike",
    "across",
    "behind",
    "beyond",
    "near",
    "around",
    "along",
    "up",
    "down",
    "off",
    "out",
    "here",
    "there",
    "now",
    "then",
    "so",
    "yet",
    "nor",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "not",
];

/// At least six words, starting with a capital and ending like a sentence.
fn is_quoted_sentence(text: &str) -> bool {
    let t = text.trim().trim_end_matches(',');
    t.split_whitespace().count() >= 6
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.ends_with(['.', '!', '?', '…'])
}

/// A quotation that opens a paragraph after one that ends with a colon ("President Obama also
/// said:"): the speaker of that introduction.
fn colon_introduction(
    ctx: &ArticleContext,
    pi: usize,
    qi: usize,
    starts_with_quote: bool,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    if qi != 0 || !starts_with_quote {
        return None;
    }
    let prev = (0..pi)
        .rev()
        .find(|&i| !ctx.paragraphs[i].trim().is_empty())?;
    let text = ctx.paragraphs[prev].trim_end();
    if !text.ends_with(':') {
        return None;
    }
    let start = sentence_start(text, text.len(), &ctx.spans[prev]);
    let sentence = text.get(start..).unwrap_or_default();
    let (verb_at, _) = last_verb(sentence)?;
    let mut s = speaker_from_subject(ctx, prev, start, start + verb_at, descriptions)?;
    s.rule = rule::COLON_BEFORE;
    s.as_written = clip_start(sentence);
    Some(s)
}

/// At most 160 characters of an attribution after a quotation: its start, "…" where it is cut.
fn clip(text: &str) -> String {
    let t = text.trim();
    match t.char_indices().nth(160) {
        Some((i, _)) => {
            let cut = t.get(..i).unwrap_or_default();
            // At a word's end.
            let cut = cut.rsplit_once(' ').map_or(cut, |(kept, _)| kept);
            format!("{cut}…")
        }
        None => t.to_string(),
    }
}

/// At most 160 characters of an attribution before a quotation: its end, the words nearest
/// the quotation, "…" where it is cut.
fn clip_start(text: &str) -> String {
    let t = text.trim();
    let n = t.chars().count();
    match t.char_indices().nth(n.saturating_sub(160)) {
        Some((i, _)) if i > 0 => {
            let kept = t.get(i..).unwrap_or_default();
            // At a word's start.
            let kept = kept.split_once(' ').map_or(kept, |(_, rest)| rest);
            format!("…{kept}")
        }
        _ => t.to_string(),
    }
}

/// Find the speaker of quotation `qi` in paragraph `pi` from the words around it.
fn attribute(
    ctx: &ArticleContext,
    pi: usize,
    qi: usize,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    let p = &ctx.paragraphs[pi];
    let spans = &ctx.spans[pi];
    let span = &spans[qi];
    // After the quotation: up to the end of its sentence or the next quotation.
    let next_open = spans.get(qi + 1).map_or(p.len(), |s| s.open);
    let post_end = sentence_end(p, span.close_end).min(next_open);
    let post = p.get(span.close_end..post_end).unwrap_or_default();
    // « … », a-t-il ajouté / explique-t-elle.
    if let Some((at, pronoun)) = inverted_pronoun(post).filter(|(at, _)| *at < 40) {
        if let Some(mut s) = resolve_pronoun(ctx, pi, span.close_end + at, pronoun) {
            s.rule = rule::QUOTE_VERB_PRONOUN;
            s.as_written = clip(post.get(..at + 8).unwrap_or(post));
            return Some(s);
        }
    }
    'after: {
        if let Some((verb_at, verb)) = first_verb(post) {
            let after = post.get(verb_at + verb.len()..).unwrap_or_default();
            let before = post.get(..verb_at).unwrap_or_default();
            let subject_before = before
                .trim_matches(|c: char| c == ',' || c == ' ' || c == '–' || c == '-' || c == '_');
            let words_before = subject_before.split_whitespace().count();
            // After a quotation that ends its own sentence, a new sentence credits it only when it
            // opens with the attribution ("He said.", "Mr. Butler added."), not with any clause
            // that has a speech verb in it ("Nobody knows who wrote it.").
            let own_sentence = p
                .get(span.text_start..span.text_end)
                .unwrap_or_default()
                .trim_end()
                .ends_with(['.', '!', '?'])
                && post.trim_start().starts_with(char::is_uppercase);
            // (Up to its first comma: "Howard Dean, the former chairman of …, told".)
            let head = subject_before.split(',').next().unwrap_or_default();
            let plain_subject = head.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "he" | "she" | "they" | "it")
            }) && !NOT_NAME_WORDS.contains(
                &head
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
                    .as_str(),
            );
            if own_sentence && words_before > 0 && !plain_subject {
                break 'after;
            }
            let speaker = if words_before == 0 || verb == "according to" || verb == "selon" {
                // `"…," said X` or `according to X`
                let start = span.close_end + verb_at + verb.len();
                speaker_after_verb(ctx, pi, start, after, descriptions).map(|mut s| {
                    s.rule = rule::QUOTE_VERB_SPEAKER;
                    s
                })
            } else if words_before <= 16 {
                // `"…," X said`
                let start =
                    span.close_end + (before.len() - before.trim_start_matches([',', ' ']).len());
                speaker_from_subject(ctx, pi, start, span.close_end + verb_at, descriptions).map(
                    |mut s| {
                        s.rule = rule::QUOTE_SPEAKER_VERB;
                        s
                    },
                )
            } else {
                None
            };
            if let Some(mut s) = speaker {
                s.as_written = clip(post);
                return Some(s);
            }
        }
    }
    // Before the quotation, in the same sentence: `X said, "…"` or `X said the plan was "…"`.
    let sentence_start = sentence_start(p, span.open, spans);
    let pre = p.get(sentence_start..span.open).unwrap_or_default();
    let (verb_at, _) = last_verb(pre)?;
    let mut s = speaker_from_subject(
        ctx,
        pi,
        sentence_start,
        sentence_start + verb_at,
        descriptions,
    )?;
    s.rule = rule::SPEAKER_VERB_QUOTE;
    s.as_written = clip_start(pre);
    Some(s)
}

fn first_verb(text: &str) -> Option<(usize, &'static str)> {
    verbs_in(text).into_iter().next()
}

fn last_verb(text: &str) -> Option<(usize, &'static str)> {
    verbs_in(text).into_iter().last()
}

fn opens_quotation(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '「')
}

/// End of the sentence that contains `from` (exclusive), outside quotation marks.
fn sentence_end(p: &str, from: usize) -> usize {
    for (off, c) in p.get(from..).unwrap_or_default().char_indices() {
        let i = from + off;
        if matches!(c, '.' | '!' | '?') && !is_abbreviation(p, i) {
            let next = p.get(i + 1..).unwrap_or_default().chars().next();
            if next.is_none() || next == Some(' ') {
                return i + 1;
            }
        }
        if opens_quotation(c) {
            return i;
        }
    }
    p.len()
}

/// Start of the sentence holding `pos`: after the last full stop outside quotations.
fn sentence_start(p: &str, pos: usize, spans: &[QuoteSpan]) -> usize {
    let mut start = 0;
    for (i, c) in p.get(..pos).unwrap_or_default().char_indices() {
        if matches!(c, '.' | '!' | '?')
            && !is_abbreviation(p, i)
            && p.get(i + 1..).unwrap_or_default().starts_with(' ')
        {
            let in_quote = spans.iter().any(|s| i >= s.text_start && i < s.close_end);
            if !in_quote {
                start = i + 1;
            }
        }
    }
    // A quotation that ended the previous sentence with its own full stop ("…mute." He said) also ends it.
    for s in spans {
        if s.close_end <= pos
            && p.get(s.text_start..s.text_end)
                .unwrap_or_default()
                .trim_end()
                .ends_with(['.', '!', '?'])
        {
            let between = p.get(s.close_end..pos).unwrap_or_default();
            if between.trim().is_empty()
                || between.trim_start().starts_with(|c: char| c.is_uppercase())
            {
                start = start.max(s.close_end);
            }
        }
    }
    start
}

/// `said Ambassador Lawrence E. Butler, the American diplomat…` → the first person named, or a
/// pronoun, a description, or a proper name as written.
fn speaker_after_verb(
    ctx: &ArticleContext,
    pi: usize,
    start: usize,
    after: &str,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    let phrase_len = after.find([',', ';']).unwrap_or(after.len());
    let phrase = after
        .get(..phrase_len)
        .unwrap_or_default()
        .trim_end_matches('.');
    let end = start + phrase.len();
    if let Some(m) = ctx
        .mentions_in(pi, start, end)
        .find(|m| ctx.is_kind(m, EntityKind::Person))
    {
        return Some(ctx.mention_speaker(m));
    }
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(first.as_str(), "he" | "she") {
        return resolve_pronoun(ctx, pi, start, &first);
    }
    describe(ctx, pi, start, phrase, descriptions).or_else(|| proper_name(phrase))
}

/// The subject before a speech verb, from `start` to `verb_at`: split into comma chunks, the
/// chunk nearest the verb that names a person wins, skipping appositives ("a Shiite lawmaker")
/// that follow a name.
fn speaker_from_subject(
    ctx: &ArticleContext,
    pi: usize,
    start: usize,
    verb_at: usize,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    let p = &ctx.paragraphs[pi];
    let text = p.get(start..verb_at).unwrap_or_default();
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut chunk_start = start;
    for (i, c) in text.char_indices() {
        if c == ',' && !ctx.inside_quote(pi, start + i) {
            chunks.push((chunk_start, start + i));
            chunk_start = start + i + 1;
        }
        // A quotation inside the subject ends what comes before it: in `he put up a flag –
        // “igniting,” as Reuters reported`, Reuters reports.
        if let Some(q) = ctx.spans[pi]
            .iter()
            .find(|q| q.close_end == start + i + c.len_utf8())
        {
            if q.open >= chunk_start {
                chunks.push((chunk_start, start + i + c.len_utf8()));
                chunk_start = start + i + c.len_utf8();
            }
        }
    }
    chunks.push((chunk_start, verb_at));
    let chunks: Vec<(usize, usize)> = chunks
        .into_iter()
        .filter(|&(s, e)| {
            p.get(s..e)
                .unwrap_or_default()
                .chars()
                .any(char::is_alphanumeric)
                && !quoted_only(ctx, pi, s, e)
        })
        .collect();
    let has_person = |&(s, e): &(usize, usize)| {
        ctx.mentions_in(pi, s, e)
            .any(|m| ctx.is_kind(m, EntityKind::Person))
    };
    let starts_with_determiner = |&(s, e): &(usize, usize)| {
        let first = strip_connectives(p.get(s..e).unwrap_or_default())
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        DETERMINERS.contains(&first.as_str())
    };
    // "Lee Jae-myung, leader of the opposition and Yoon’s rival, described": a name followed
    // only by appositives (clauses in lower case) is the subject.
    if let [(s, e), rest @ ..] = chunks.as_slice() {
        let appositives = !rest.is_empty()
            && rest.iter().all(|&(a, b)| {
                strip_connectives(p.get(a..b).unwrap_or_default())
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            });
        let name = ctx
            .mentions_in(pi, *s, *e)
            .find(|m| ctx.is_kind(m, EntityKind::Person))
            .filter(|m| {
                p.get(*s..m.start).unwrap_or_default().trim().is_empty()
                    && p.get(m.end..*e).unwrap_or_default().trim().is_empty()
            });
        if let (true, Some(m)) = (appositives, name) {
            return Some(ctx.mention_speaker(m));
        }
    }
    for (idx, chunk) in chunks.iter().enumerate().rev() {
        let earlier_person = chunks.get(..idx).unwrap_or_default().iter().any(has_person);
        if starts_with_determiner(chunk) && earlier_person {
            continue; // appositive after a name
        }
        if starts_with_determiner(chunk) {
            let described = describe(
                ctx,
                pi,
                chunk.0,
                p.get(chunk.0..chunk.1).unwrap_or_default(),
                descriptions,
            );
            // "A detailed 2009 report, … published by the RAND corporation, says": the
            // document's organisation may be named in a later chunk of the subject.
            return described.map(|mut d| {
                if d.id.is_none()
                    && d.description_head
                        .as_deref()
                        .is_some_and(|h| DOCUMENTS.contains(&h))
                {
                    d.id = ctx
                        .mentions_in(pi, start, verb_at)
                        .find(|m| ctx.is_kind(m, EntityKind::Organization))
                        .map(|m| m.entity.clone());
                }
                d
            });
        }
        if let Some(m) = ctx
            .mentions_in(pi, chunk.0, chunk.1)
            .filter(|m| ctx.is_kind(m, EntityKind::Person))
            .last()
        {
            return Some(ctx.mention_speaker(m));
        }
        let words: Vec<String> = p
            .get(chunk.0..chunk.1)
            .unwrap_or_default()
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        if let Some(pronoun) = words
            .iter()
            .rev()
            .find(|w| matches!(w.as_str(), "he" | "she" | "they" | "it"))
        {
            return resolve_pronoun(ctx, pi, chunk.0, pronoun);
        }
    }
    // A subject with an organisation but no person ("the State Department"), or a name the
    // article gives nothing more of ("Amazon said").
    let (s, _) = *chunks.last()?;
    let subject = p.get(s..verb_at).unwrap_or_default();
    describe(ctx, pi, s, subject, descriptions)
        .or_else(|| proper_name(subject))
        .or_else(|| proper_name(&leading_capitals(subject)))
}

/// The capitalised words a clause starts with ("Uber" of "Uber stepped in and").
fn leading_capitals(clause: &str) -> String {
    strip_connectives(clause)
        .split_whitespace()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short capitalised name as written ("Amazon", "Obama", "Whole Foods"): the speaker's own
/// words, with no entity behind them.
fn proper_name(phrase: &str) -> Option<Speaker> {
    let t = strip_connectives(phrase)
        .trim()
        .trim_end_matches([',', '.', ';', ':']);
    let t = t
        .strip_suffix("’s")
        .or_else(|| t.strip_suffix("'s"))
        .unwrap_or(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let first = words.first()?.to_lowercase();
    ((1..=4).contains(&words.len())
        && words.iter().all(capitalised)
        && !NOT_NAME_WORDS.contains(&first.as_str()))
    .then(|| Speaker::named(words.join(" "), None))
}

fn quoted_only(ctx: &ArticleContext, pi: usize, s: usize, e: usize) -> bool {
    ctx.spans[pi]
        .iter()
        .any(|q| q.open <= s && q.close_end >= e)
}

/// "he" / "she": the speaker of a quotation in this or the previous paragraph, else the person
/// named last before it, whose pronoun agrees; "they" / "it": the organisation named last.
fn resolve_pronoun(ctx: &ArticleContext, pi: usize, pos: usize, pronoun: &str) -> Option<Speaker> {
    let pronoun: &'static str = match pronoun {
        "he" => "he",
        "she" => "she",
        "it" => "it",
        _ => "they",
    };
    if matches!(pronoun, "they" | "it") {
        let mut s = last_organisation(ctx, pi, pos)?;
        s.resolution = Some(format!(
            "“{pronoun}” is {}, the organisation named last",
            s.name
        ));
        return Some(s);
    }
    let agrees = |id: &str| ctx.pronoun_of(id).is_none_or(|p| p == pronoun);
    // The person quoted last in this paragraph, else a person named earlier in it, else the
    // person quoted last in the paragraph before, else the person named last.
    let in_paragraph = ctx
        .before(pi, pos)
        .take_while(|m| m.paragraph == pi)
        .find(|m| ctx.is_kind(m, EntityKind::Person) && agrees(&m.entity));
    let recent_speaker = ctx
        .recent_speakers
        .iter()
        .rev()
        .take_while(|(para, _)| *para + 1 >= pi)
        .find(|(_, id)| agrees(id));
    let (id, why) = match (in_paragraph, recent_speaker) {
        (_, Some((para, id))) if *para == pi => (id.clone(), "the person quoted last"),
        (Some(m), _) => (m.entity.clone(), "the person named last before it"),
        (None, Some((_, id))) => (id.clone(), "the person quoted last"),
        (None, None) => {
            let m = ctx
                .before(pi, pos)
                .find(|m| ctx.is_kind(m, EntityKind::Person) && agrees(&m.entity))?;
            (m.entity.clone(), "the person named last before it")
        }
    };
    let mut s = ctx.entity_speaker(&id);
    s.pronoun = Some(pronoun);
    s.resolution = Some(format!("“{pronoun}” is {}, {why}", s.name));
    Some(s)
}

/// The organisation named last before a place: one of the dictionary's, or a capitalised name
/// that reads as one.
fn last_organisation(ctx: &ArticleContext, pi: usize, pos: usize) -> Option<Speaker> {
    let known = ctx.last_mention_before(pi, pos, EntityKind::Organization);
    let upto = ctx
        .others
        .partition_point(|o| o.paragraph < pi || (o.paragraph == pi && o.end <= pos));
    let other = upto.checked_sub(1).and_then(|i| ctx.others.get(i));
    match (known, other) {
        (Some(m), Some(o)) if (o.paragraph, o.start) > (m.paragraph, m.start) => {
            Some(Speaker::named(o.text.clone(), None))
        }
        (Some(m), _) => Some(ctx.entity_speaker(&m.entity)),
        (None, Some(o)) => Some(Speaker::named(o.text.clone(), None)),
        (None, None) => None,
    }
}

fn strip_connectives(text: &str) -> &str {
    let mut t = text.trim().trim_start_matches(['_', '–', '-', ' ']);
    loop {
        let first = t.split_whitespace().next().unwrap_or("");
        let bare = first.trim_end_matches(',').to_lowercase();
        if LEADING_CONNECTIVES.contains(&bare.as_str()) {
            t = t.get(first.len()..).unwrap_or_default().trim_start();
        } else {
            return t;
        }
    }
}

/// A speaker described rather than named: "a State Department official" → "unnamed State
/// Department official"; "the official" → the official described earlier; "the president" →
/// the person the article gave that title; "the company" → the organisation named last; "the
/// State Department" → that organisation.
fn describe(
    ctx: &ArticleContext,
    pi: usize,
    start: usize,
    phrase: &str,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    let mut text = strip_connectives(phrase).to_string();
    for cut in [
        " who ", " which ", " that ", " took ", " stood ", " wore ", " with ",
    ] {
        if let Some(i) = text.find(cut) {
            text.truncate(i);
        }
    }
    // "the US State Department in autumn 2009": a trailing time phrase is not part of who spoke.
    if let Some(i) = text.find(" in ").filter(|&i| {
        text.get(i..)
            .unwrap_or_default()
            .chars()
            .any(|c| c.is_ascii_digit())
    }) {
        text.truncate(i);
    }
    let mut text = text.trim().trim_end_matches([',', '.', ';']).to_string();
    loop {
        let lower = text.to_ascii_lowercase();
        let Some(w) = TRAILING_TIME_WORDS
            .iter()
            .chain(WEEKDAYS)
            .find(|w| lower.ends_with(&format!(" {w}")))
        else {
            break;
        };
        text.truncate(text.len() - w.len() - 1);
        if WEEKDAYS.contains(w) && text.to_ascii_lowercase().ends_with(" on") {
            text.truncate(text.len() - 3);
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    let determiner = words[0].to_lowercase();
    let has_determiner = DETERMINERS.contains(&determiner.as_str());
    let body = if has_determiner {
        words[1..].join(" ")
    } else {
        words.join(" ")
    };
    if body.is_empty() {
        return None;
    }
    let head = body.split_whitespace().last().unwrap_or("").to_lowercase();
    let folded_body = fold(&body).replace('.', "");
    if determiner == "the" {
        // Definite description of someone the dictionary knows ("the U.S. ambassador to Iraq").
        if let Some(e) = ctx.cast.members.iter().find(|e| {
            e.kind == EntityKind::Person
                && e.description
                    .as_deref()
                    .is_some_and(|d| fold(d).replace('.', "") == folded_body)
        }) {
            let mut s = ctx.entity_speaker(&e.id);
            s.resolution = Some(format!("“{text}” is how the article describes {}", s.name));
            return Some(s);
        }
        if let Some(prev) = descriptions
            .iter()
            .rev()
            .find(|d| d.description_head.as_deref() == Some(head.as_str()))
        {
            return Some(prev.clone());
        }
        // "the president", "the chairman": the person the article gave that title, named last.
        if words.len() <= 3 {
            if let Some(m) = ctx.before(pi, start).find(|m| {
                ctx.cast.get(&m.entity).is_some_and(|e| {
                    e.kind == EntityKind::Person
                        && e.roles
                            .iter()
                            .any(|r| r.split_whitespace().any(|w| w == head))
                })
            }) {
                let mut s = ctx.entity_speaker(&m.entity);
                s.resolution = Some(format!("“{text}” is {}, named with that title", s.name));
                return Some(s);
            }
        }
        // "the company": the organisation named last.
        if words.len() == 2 && ORG_NOUNS.contains(&head.as_str()) {
            if let Some(mut s) = last_organisation(ctx, pi, start) {
                s.resolution = Some(format!(
                    "“{text}” is {}, the organisation named last",
                    s.name
                ));
                return Some(s);
            }
        }
    }
    let is_role = PERSON_ROLES.contains(&head.as_str());
    let end = start + phrase.len();
    let org_mentions: Vec<&&Mention> = ctx
        .mentions_in(pi, start, end)
        .filter(|m| ctx.is_kind(m, EntityKind::Organization))
        .collect();
    let org = org_mentions.first().map(|m| m.entity.clone());
    if let (false, Some(m)) = (is_role, org_mentions.first()) {
        // "the State Department said": the organisation itself speaks, when the description
        // is nothing but its name (optionally preceded by "US").
        let name =
            fold(ctx.paragraphs[pi].get(m.start..m.end).unwrap_or_default()).replace('.', "");
        let rest = folded_body.replacen(&name, "", 1);
        if matches!(rest.trim(), "" | "us" | "u s") {
            return Some(ctx.entity_speaker(&m.entity));
        }
    }
    if !has_determiner && !is_role && org.is_none() {
        return None;
    }
    let name = if is_role && determiner != "the" {
        format!("unnamed {body}")
    } else {
        body.clone()
    };
    // An unnamed person is not the organisation they work for; a document or a body is.
    Some(Speaker {
        name,
        id: org.filter(|_| !is_role),
        description_head: Some(head),
        ..Speaker::unknown()
    })
}

/// Affiliation of an unnamed official from the words describing them ("State Department
/// official" → US government). Other unnamed speakers (a man in the crowd) get none.
fn affiliation_from_description(description: &str) -> Option<String> {
    let words: Vec<String> = fold(description)
        .replace('.', "")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let head = words.last()?;
    if ![
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "diplomat",
        "ambassador",
        "envoy",
    ]
    .contains(&head.as_str())
    {
        return None;
    }
    let text = format!(" {} ", words.join(" "));
    let rules: &[(&[&str], &str)] = &[
        (
            &[
                " state department ",
                " obama administration ",
                " us ",
                " american ",
            ],
            "US government",
        ),
        (&[" un ", " united nations ", " unhcr "], "United Nations"),
        (&[" iraqi "], "Iraqi government"),
        (&[" iranian "], "Iranian government"),
    ];
    rules
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| text.contains(k)))
        .map(|(_, a)| a.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{EntityMatcher, Knowledge};

    fn run(paragraphs: &[&str]) -> Vec<(String, String)> {
        let k = Knowledge::bundled().expect("data files parse");
        let m = EntityMatcher::new(&k);
        let ps: Vec<String> = paragraphs.iter().map(|s| s.to_string()).collect();
        super::super::read_article("a", &ps, &m, &k)
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn pair(t: &str, s: &str) -> (String, String) {
        (t.to_string(), s.to_string())
    }

    #[test]
    fn post_and_pre_attribution() {
        assert_eq!(
            run(&["\"You probably have in mind Hawaii,\" said Ambassador Lawrence E. Butler, the American diplomat.", "\"I suspect you don't want to go,\" he added."]),
            [pair("You probably have in mind Hawaii", "Lawrence E. Butler"), pair("I suspect you don't want to go", "Lawrence E. Butler")]
        );
        assert_eq!(
            run(&["However, Trita Parsi, president of the National Iranian American Council, told IPS, \"If an organization is ordering it?\""]),
            [pair("If an organization is ordering it?", "Trita Parsi")]
        );
    }

    #[test]
    fn unnamed_officials_and_referring_back() {
        let got = run(&[
            "An Obama administration official who spoke to IPS on condition that he not be named said, \"Progress was made.\"",
            "\"Time is short,\" the official said Monday.",
        ]);
        assert_eq!(
            got,
            [
                pair(
                    "Progress was made.",
                    "unnamed Obama administration official"
                ),
                pair("Time is short", "unnamed Obama administration official")
            ]
        );
    }

    #[test]
    fn interrupted_quote_is_two_quotes_and_scare_quotes_are_not_quotes() {
        let got = run(&[
            "\"Any group wants a base,\" said Mr. Jayashi. \"Western societies talk.\"",
            "The unknown number of \"card-carrying members\" of the MEK are the ones.",
        ]);
        assert_eq!(
            got,
            [
                pair("Any group wants a base", "Saeed Al-Jayashi"),
                pair("Western societies talk.", "Saeed Al-Jayashi")
            ]
        );
    }

    #[test]
    fn appositive_after_name_and_fragments_after_verb() {
        let got = run(&["\"From their first day,\" Saeed Al-Jayashi, a representive of Iraq’s former National Security Adviser Mowaffak al-Rubaie, told the meeting.", "PMOI leader Maryam Rajavi said the residents were \"in principle\" prepared."]);
        assert_eq!(
            got,
            [
                pair("From their first day", "Saeed Al-Jayashi"),
                pair("in principle", "Maryam Rajavi")
            ]
        );
    }

    #[test]
    fn uncredited_sentence_is_kept_with_unknown_speaker() {
        let got = run(&["The wall was covered. \"We will never leave this place again.\" Nobody knows who wrote it."]);
        assert_eq!(
            got,
            [pair("We will never leave this place again.", "unknown")]
        );
    }

    #[test]
    fn continuation_paragraph_keeps_the_speaker() {
        let got = run(&[
            "\"We hope they will close this file,\" Maliki said at a press conference.",
            "\"We don't want to kill them.\"",
        ]);
        assert_eq!(
            got,
            [
                pair("We hope they will close this file", "Nouri al-Maliki"),
                pair("We don't want to kill them.", "Nouri al-Maliki")
            ]
        );
    }

    fn run_full(paragraphs: &[&str]) -> Vec<crate::model::Quote> {
        let k = Knowledge::bundled().expect("data files parse");
        let m = EntityMatcher::new(&k);
        let ps: Vec<String> = paragraphs.iter().map(|s| s.to_string()).collect();
        super::super::read_article("a", &ps, &m, &k).quotes
    }

    #[test]
    fn speakers_the_dictionary_does_not_know_and_how_they_were_found() {
        let q = run_full(&[
            "“It is a big day,” said Kevin Mayer, chairman of the company’s streaming division.",
            "Analysts were less sure. “We will grow,” he said.",
        ]);
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.speaker == "Kevin Mayer"), "{q:?}");
        let first = q[0].attribution.as_ref().expect("attribution");
        assert_eq!(first.rule, "quotation, speech verb, speaker");
        assert!(first.words.contains("said Kevin Mayer"));
        let second = q[1].attribution.as_ref().expect("attribution");
        assert!(second
            .resolution
            .as_deref()
            .is_some_and(|r| r.starts_with("“he” is Kevin Mayer")));
    }

    #[test]
    fn a_pronoun_goes_to_a_person_of_its_gender() {
        let got = run(&[
            "Mary Jones met John Smith at the port, where Jones said the ships were “late again.”",
            "John Smith disagreed. “They were on time,” he said.",
            "“I counted them myself,” she said.",
        ]);
        assert_eq!(
            got,
            [
                pair("late again.", "Mary Jones"),
                pair("They were on time", "John Smith"),
                pair("I counted them myself", "Mary Jones")
            ]
        );
    }

    #[test]
    fn a_dictionary_alias_inside_another_name_is_not_that_person() {
        // "Jeffrey" is an alias of James Jeffrey in the dictionary.
        let got = run(&["“The risk is real,” said Jeffrey Frankel, an economist at Harvard."]);
        assert_eq!(got, [pair("The risk is real", "Jeffrey Frankel")]);
    }

    #[test]
    fn guillemets_and_french_attributions() {
        let got = run(&[
            "Le maire Pierre Durand a déclaré : « Nous resterons ici jusqu’au bout. »",
            "« Nous partirons demain », a-t-il ajouté.",
        ]);
        assert_eq!(
            got,
            [
                pair("Nous resterons ici jusqu’au bout.", "Pierre Durand"),
                pair("Nous partirons demain", "Pierre Durand")
            ]
        );
    }

    #[test]
    fn a_colon_introduces_the_next_paragraph() {
        let got = run(&[
            "Senator Mark Warner also said:",
            "“The issue has just disappeared from the debate in Washington.”",
        ]);
        assert_eq!(
            got,
            [pair(
                "The issue has just disappeared from the debate in Washington.",
                "Mark Warner"
            )]
        );
    }

    #[test]
    fn the_company_is_the_organisation_named_last() {
        let got = run(&[
            "Whole Foods Market will cut prices on Monday.",
            "The cuts will cost “hundreds of millions of dollars,” the company said.",
        ]);
        assert_eq!(
            got,
            [pair(
                "hundreds of millions of dollars",
                "Whole Foods Market"
            )]
        );
    }

    #[test]
    fn terms_labels_and_titles_are_not_quotations() {
        let got = run(&[
            "In her book “A Paradise Built in Hell,” Rebecca Solnit wrote of disasters.",
            "The researchers used a technique called “mental chronometry” in the study, Dr. Ann Lee said.",
            "The stranding was described as “unprecedented” and left the tribe scrambling.",
            "Netanyahu warned against making a “bad deal” during his address.",
            "She said that “a-ha!” moment came late.",
        ]);
        assert_eq!(got, [pair("bad deal", "Netanyahu")]);
    }
}
