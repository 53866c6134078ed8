//! Direct quotations and their speakers, attributed the way news prose does it:
//! `"…," said X` / `"…," X said` / `X said, "…"` / `X said the plan was "…"` /
//! `according to X`, a pronoun or "the official" referring back, a paragraph that is only a
//! quotation continuing the previous speaker, and a second quotation in a paragraph continuing
//! the first. Quoted words that nobody is credited with (scare quotes) are not quotes.

use super::clean::fold;
use super::dates::WEEKDAYS;
use super::entities::{EntityKind, EntityMatcher};
use super::knowledge::Knowledge;
use crate::model::{Mention, Quote};
use crate::sentences::is_abbreviation;

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "argues",
    "argued",
    "claims",
    "claimed",
    "reads",
    "replied",
    "shouted",
    "wrote",
    "writes",
    "admonished",
    "reiterated",
    "insisted",
    "warned",
    "urged",
    "called",
    "rejected",
    "found",
    "submitted",
    "explained",
    "stressed",
    "noted",
    "according to",
    "song",
];

/// Nouns naming a person in a role: an unnamed one is shown as "unnamed …".
const PERSON_ROLES: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
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

/// Speakers that are documents: their organisation may be named anywhere in the subject.
const DOCUMENTS: &[&str] = &["report", "study", "statement", "letter", "document"];

const DETERMINERS: &[&str] = &["a", "an", "the", "one", "another"];
const LEADING_CONNECTIVES: &[&str] = &["but", "and", "however", "meanwhile", "yet", "so"];
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
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    pub text_start: usize,
    pub text_end: usize,
    /// Byte offset just after the closing mark (paragraph end when unclosed).
    pub close_end: usize,
}

/// Double-quoted spans of a paragraph. Straight quotes alternate open/close; a quotation still
/// open at the end of the paragraph runs to its end (the next paragraph opens a new one).
pub fn quote_spans(p: &str) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in p.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some(i),
            ('"' | '”', Some(o)) => {
                spans.push(QuoteSpan {
                    open: o,
                    text_start: o
                        + 1
                        + usize::from(p.get(o..).unwrap_or_default().starts_with('“')) * 2,
                    text_end: i,
                    close_end: i + c.len_utf8(),
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        let text_start = o + p
            .get(o..)
            .unwrap_or_default()
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        if p.get(text_start..)
            .unwrap_or_default()
            .split_whitespace()
            .count()
            >= 2
        {
            spans.push(QuoteSpan {
                open: o,
                text_start,
                text_end: p.len(),
                close_end: p.len(),
            });
        }
    }
    spans
}

#[derive(Debug, Clone, PartialEq)]
struct Speaker {
    name: String,
    id: Option<String>,
    /// A description (no entity): kept so that "the official" can refer back to it.
    description_head: Option<String>,
}

struct ArticleContext<'a> {
    paragraphs: &'a [String],
    spans: Vec<Vec<QuoteSpan>>,
    /// Mentions outside quotation marks, in reading order.
    mentions: Vec<&'a Mention>,
    matcher: &'a EntityMatcher,
    knowledge: &'a Knowledge,
    /// Named speakers of the quotations found so far: (paragraph, entity id).
    recent_speakers: Vec<(usize, String)>,
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
        self.mentions
            .iter()
            .filter(move |m| m.paragraph == paragraph && m.start >= start && m.end <= end)
    }

    fn last_mention_before(
        &self,
        paragraph: usize,
        pos: usize,
        kind: EntityKind,
    ) -> Option<&Mention> {
        self.mentions
            .iter()
            .rev()
            .find(|m| {
                (m.paragraph < paragraph || (m.paragraph == paragraph && m.end <= pos))
                    && self.matcher.kind_of(&m.entity) == Some(kind)
            })
            .copied()
    }

    fn entity_speaker(&self, id: &str) -> Speaker {
        let name = self
            .knowledge
            .people
            .iter()
            .chain(self.knowledge.organizations.iter())
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.clone());
        Speaker {
            name,
            id: Some(id.to_string()),
            description_head: None,
        }
    }
}

/// Extract every attributed quotation of one article.
pub fn extract_quotes(
    article_id: &str,
    paragraphs: &[String],
    mentions: &[Mention],
    matcher: &EntityMatcher,
    knowledge: &Knowledge,
) -> Vec<Quote> {
    let spans: Vec<Vec<QuoteSpan>> = paragraphs.iter().map(|p| quote_spans(p)).collect();
    let mut ctx = ArticleContext {
        paragraphs,
        spans,
        mentions: Vec::new(),
        matcher,
        knowledge,
        recent_speakers: Vec::new(),
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
        for (qi, span) in ctx.spans[pi].iter().enumerate() {
            let only_quotes = is_only_quotations(p, &ctx.spans[pi]);
            let attributed = attribute(&ctx, pi, qi, &descriptions);
            let speaker = match attributed {
                Some(s) => Some(s),
                None if last_in_paragraph.is_some() => last_in_paragraph.clone(),
                None if only_quotes && qi == 0 => previous_paragraph_speaker.clone(),
                // A whole quoted sentence is someone's words even when the text does not say
                // whose: kept, with the speaker "unknown". Short uncredited fragments are
                // scare quotes and are not kept.
                None if is_quoted_sentence(
                    p.get(span.text_start..span.text_end).unwrap_or_default(),
                ) =>
                {
                    Some(Speaker {
                        name: "unknown".to_string(),
                        id: None,
                        description_head: None,
                    })
                }
                None => None,
            };
            let Some(speaker) = speaker else { continue };
            let (start, end) = trim_quote_text(p, span.text_start, span.text_end);
            if start >= end {
                continue;
            }
            if speaker.description_head.is_some() && !descriptions.contains(&speaker) {
                descriptions.push(speaker.clone());
            }
            let affiliation = match &speaker.id {
                Some(id) => knowledge.affiliation_of(id),
                None => affiliation_from_description(&speaker.name),
            };
            quotes.push(Quote {
                id: format!("{article_id}-q{}", quotes.len() + 1),
                article: article_id.to_string(),
                paragraph: pi,
                text: p.get(start..end).unwrap_or_default().to_string(),
                start,
                speaker: speaker.name.clone(),
                speaker_id: speaker.id.clone(),
                affiliation,
            });
            if let Some(id) = speaker
                .id
                .as_ref()
                .filter(|id| matcher.kind_of(id) == Some(EntityKind::Person))
            {
                ctx.recent_speakers.push((pi, id.clone()));
            }
            last_in_paragraph = Some(speaker);
        }
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

/// At least six words, starting with a capital and ending like a sentence.
fn is_quoted_sentence(text: &str) -> bool {
    let t = text.trim().trim_end_matches(',');
    t.split_whitespace().count() >= 6
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.ends_with(['.', '!', '?', '…'])
}

fn is_only_quotations(p: &str, spans: &[QuoteSpan]) -> bool {
    let mut rest = String::new();
    let mut last = 0;
    for s in spans {
        rest.push_str(p.get(last..s.open).unwrap_or_default());
        last = s.close_end;
    }
    rest.push_str(p.get(last..).unwrap_or_default());
    rest.chars().all(|c| !c.is_alphanumeric())
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
    if let Some((verb_at, verb)) = first_verb(post) {
        let after = post.get(verb_at + verb.len()..).unwrap_or_default();
        let before = post.get(..verb_at).unwrap_or_default();
        let subject_before =
            before.trim_matches(|c: char| c == ',' || c == ' ' || c == '–' || c == '-' || c == '_');
        let speaker = if subject_before.split_whitespace().count() == 0 || verb == "according to" {
            // `"…," said X` or `according to X`
            let start = span.close_end + verb_at + verb.len();
            speaker_after_verb(ctx, pi, start, after, descriptions)
        } else if subject_before.split_whitespace().count() <= 16 {
            // `"…," X said`
            let start =
                span.close_end + (before.len() - before.trim_start_matches([',', ' ']).len());
            speaker_from_subject(ctx, pi, start, span.close_end + verb_at, descriptions)
        } else {
            None
        };
        if speaker.is_some() {
            return speaker;
        }
    }
    // Before the quotation, in the same sentence: `X said, "…"` or `X said the plan was "…"`.
    let sentence_start = sentence_start(p, span.open, spans);
    let pre = p.get(sentence_start..span.open).unwrap_or_default();
    let (verb_at, _) = last_verb(pre)?;
    speaker_from_subject(
        ctx,
        pi,
        sentence_start,
        sentence_start + verb_at,
        descriptions,
    )
}

fn is_word_at(folded: &str, pos: usize, len: usize) -> bool {
    let before_ok = folded
        .get(..pos)
        .unwrap_or_default()
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = folded
        .get(pos + len..)
        .unwrap_or_default()
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Speech verbs in a text outside quotation marks, as (byte offset, verb). Folding keeps byte
/// offsets for ASCII-only verbs because lower-casing ASCII does not change lengths; the text is
/// searched in its original form, compared case-insensitively.
fn verbs_in(text: &str) -> Vec<(usize, &'static str)> {
    let lower = text.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut depth_open = false;
    let quote_pos: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| matches!(c, '"' | '“' | '”'))
        .map(|(i, _)| i)
        .collect();
    for verb in SPEECH_VERBS {
        for (pos, _) in lower.match_indices(verb) {
            if is_word_at(&lower, pos, verb.len()) {
                let marks_before = quote_pos.iter().filter(|&&q| q < pos).count();
                if marks_before % 2 == 0 {
                    found.push((pos, *verb));
                }
            }
        }
    }
    let _ = &mut depth_open;
    found.sort();
    found
}

fn first_verb(text: &str) -> Option<(usize, &'static str)> {
    verbs_in(text).into_iter().next()
}

fn last_verb(text: &str) -> Option<(usize, &'static str)> {
    verbs_in(text).into_iter().last()
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
        if matches!(c, '"' | '“') {
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

/// `said Ambassador Lawrence E. Butler, the American diplomat…` → the first person named, or a description.
fn speaker_after_verb(
    ctx: &ArticleContext,
    pi: usize,
    start: usize,
    after: &str,
    descriptions: &[Speaker],
) -> Option<Speaker> {
    let phrase_len = after.find([',', ';']).unwrap_or(after.len());
    let phrase_len = after
        .get(..phrase_len)
        .unwrap_or_default()
        .trim_end_matches('.')
        .len();
    let end = start + phrase_len;
    if let Some(m) = ctx
        .mentions_in(pi, start, end)
        .find(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Person))
    {
        return Some(ctx.entity_speaker(&m.entity));
    }
    describe(
        ctx,
        pi,
        start,
        &ctx.paragraphs[pi][start..end],
        descriptions,
    )
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
            .any(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Person))
    };
    let starts_with_determiner = |&(s, e): &(usize, usize)| {
        let first = strip_connectives(p.get(s..e).unwrap_or_default())
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        DETERMINERS.contains(&first.as_str())
    };
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
                        .find(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Organization))
                        .map(|m| m.entity.clone());
                }
                d
            });
        }
        if let Some(m) = ctx
            .mentions_in(pi, chunk.0, chunk.1)
            .filter(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Person))
            .last()
        {
            return Some(ctx.entity_speaker(&m.entity));
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
            .find(|w| matches!(w.as_str(), "he" | "she" | "they"))
        {
            return resolve_pronoun(ctx, pi, chunk.0, pronoun);
        }
    }
    // A subject with an organisation but no person ("the State Department").
    let (s, _) = *chunks.last()?;
    describe(
        ctx,
        pi,
        s,
        p.get(s..verb_at).unwrap_or_default(),
        descriptions,
    )
}

fn quoted_only(ctx: &ArticleContext, pi: usize, s: usize, e: usize) -> bool {
    ctx.spans[pi]
        .iter()
        .any(|q| q.open <= s && q.close_end >= e)
}

/// "he" / "she": the speaker of a quotation in this or the previous paragraph, else the person
/// named last before it, whose pronoun agrees; "they": the organisation named last.
fn resolve_pronoun(ctx: &ArticleContext, pi: usize, pos: usize, pronoun: &str) -> Option<Speaker> {
    if pronoun == "they" {
        return ctx
            .last_mention_before(pi, pos, EntityKind::Organization)
            .map(|m| ctx.entity_speaker(&m.entity));
    }
    let agrees = |id: &str| {
        ctx.knowledge
            .people
            .iter()
            .find(|e| e.id == id)
            .is_none_or(|e| e.pronoun.as_deref().is_none_or(|p| p == pronoun))
    };
    let recent_speaker = ctx
        .recent_speakers
        .iter()
        .rev()
        .find(|(para, id)| *para + 1 >= pi && agrees(id));
    if let Some((_, id)) = recent_speaker {
        return Some(ctx.entity_speaker(id));
    }
    ctx.mentions
        .iter()
        .rev()
        .filter(|m| m.paragraph < pi || (m.paragraph == pi && m.end <= pos))
        .find(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Person) && agrees(&m.entity))
        .map(|m| ctx.entity_speaker(&m.entity))
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

/// A speaker described rather than named: "a State Department official" → "unnamed State Department
/// official"; "the official" → the official described earlier; "the State Department" → that organisation.
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
    // Definite description of someone the dictionary knows ("the U.S. ambassador to Iraq").
    if determiner == "the" {
        if let Some(e) = ctx.knowledge.people.iter().find(|e| {
            e.description
                .as_deref()
                .is_some_and(|d| fold(d).replace('.', "") == folded_body)
        }) {
            return Some(ctx.entity_speaker(&e.id));
        }
        if let Some(prev) = descriptions
            .iter()
            .rev()
            .find(|d| d.description_head.as_deref() == Some(head.as_str()))
        {
            return Some(prev.clone());
        }
    }
    let is_role = PERSON_ROLES.contains(&head.as_str());
    let end = start + phrase.len();
    let org_mentions: Vec<&&Mention> = ctx
        .mentions_in(pi, start, end)
        .filter(|m| ctx.matcher.kind_of(&m.entity) == Some(EntityKind::Organization))
        .collect();
    let org = org_mentions.first().map(|m| m.entity.clone());
    if let (false, Some(m)) = (is_role, org_mentions.first()) {
        // "the State Department said": the organisation itself speaks, when the description
        // is nothing but its name (optionally preceded by "US").
        let name = fold(&ctx.paragraphs[pi][m.start..m.end]).replace('.', "");
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
    use super::*;

    fn run(paragraphs: &[&str]) -> Vec<(String, String)> {
        let k = Knowledge::bundled().expect("data files parse");
        let m = EntityMatcher::new(&k);
        let ps: Vec<String> = paragraphs.iter().map(|s| s.to_string()).collect();
        let mentions = m.find(&ps);
        extract_quotes("a", &ps, &mentions, &m, &k)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn pair(t: &str, s: &str) -> (String, String) {
        (t.to_string(), s.to_string())
    }

    #[test]
    fn spans_handle_curly_straight_and_unclosed() {
        let s = quote_spans("He said “one,” then \"two\" and \"three words");
        assert_eq!(s.len(), 3);
        let p = "He said “one,” then \"two\" and \"three words";
        assert_eq!(&p[s[0].text_start..s[0].text_end], "one,");
        assert_eq!(&p[s[1].text_start..s[1].text_end], "two");
        assert_eq!(&p[s[2].text_start..s[2].text_end], "three words");
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
}
