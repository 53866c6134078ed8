//! People named in an article that the entity dictionary does not know: capitalised names
//! with the evidence that they are people (an honorific or title, a speech verb, an appositive,
//! a role word before them, the surname used alone later), their shorter forms as aliases
//! ("Butler", "Mr. Butler" → "Lawrence E. Butler"), and what the text says of them (gender from
//! an honorific, the appositive's description). Capitalised runs that read as organisations or
//! places ("Whole Foods Market", "New York") are kept apart, for "the company" to refer to.
//! Precision matters more than recall: a name without evidence is left out.

use super::clean::{fold, slug};
use super::dates::WEEKDAYS;
use super::given_names::pronoun_for;
use super::quotes::verbs::is_speech_verb_at;
use crate::model::Mention;
use crate::timeline::MONTHS;

/// Words before a name that say who the person is; the gender where the word gives one.
const HONORIFICS: &[(&str, Option<&str>)] = &[
    ("mr", Some("he")),
    ("mrs", Some("she")),
    ("ms", Some("she")),
    ("miss", Some("she")),
    ("mme", Some("she")),
    ("mlle", Some("she")),
    ("m", Some("he")),
    ("sir", Some("he")),
    ("dame", Some("she")),
    ("lord", Some("he")),
    ("lady", Some("she")),
    ("king", Some("he")),
    ("queen", Some("she")),
    ("prince", Some("he")),
    ("princess", Some("she")),
    ("father", Some("he")),
    ("sister", Some("she")),
    ("sheikh", Some("he")),
    ("dr", None),
    ("prof", None),
    ("professor", None),
    ("rev", None),
    ("reverend", None),
    ("sen", None),
    ("senator", None),
    ("rep", None),
    ("representative", None),
    ("gov", None),
    ("governor", None),
    ("president", None),
    ("vice", None),
    ("prime", None),
    ("minister", None),
    ("secretary", None),
    ("ambassador", None),
    ("general", None),
    ("gen", None),
    ("col", None),
    ("colonel", None),
    ("lt", None),
    ("capt", None),
    ("captain", None),
    ("sgt", None),
    ("sergeant", None),
    ("major", None),
    ("judge", None),
    ("justice", None),
    ("mayor", None),
    ("chancellor", None),
    ("pope", None),
    ("ayatollah", None),
    ("imam", None),
    ("chief", None),
    ("commissioner", None),
    ("inspector", None),
    ("detective", None),
    ("officer", None),
    ("coach", None),
    ("rabbi", None),
    ("cardinal", None),
    ("bishop", None),
    ("archbishop", None),
    ("emir", None),
    ("sultan", None),
    ("speaker", None),
    ("attorney", None),
    ("deputy", None),
    ("foreign", None),
    ("defense", None),
    ("defence", None),
    ("interior", None),
    ("state", None),
    ("elect", None),
    ("premier", None),
    ("councillor", None),
    ("councilman", None),
    ("councilwoman", None),
    ("congressman", None),
    ("congresswoman", None),
    ("assemblyman", None),
    ("assemblywoman", None),
    ("dean", None),
    ("director", None),
    ("adm", None),
    ("admiral", None),
    ("lieutenant", None),
    ("brig", None),
    ("maj", None),
    ("cpl", None),
    ("pvt", None),
    ("supt", None),
];

/// The second half of a compound adjective ("US-backed", "Paris-based"): no name.
#[rustfmt::skip]
const COMPOUND_TAILS: &[&str] = &[
    "backed", "led", "based", "born", "owned", "run", "funded", "style", "era", "speaking",
    "language", "made", "controlled", "allied", "aligned", "linked", "held", "era", "wide",
];

/// Honorific words that only lead into another ("Foreign Minister", "Vice President").
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "vice", "prime", "foreign", "defense", "defence", "interior", "state", "deputy", "elect",
    "attorney", "chief", "lieutenant", "major", "supreme", "grand", "crown", "first",
];

/// Lower-case words before a name that say it is a person ("economist Tom Forte").
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "economist", "analyst", "spokesman", "spokeswoman", "spokesperson", "professor", "researcher",
    "scientist", "author", "writer", "director", "founder", "leader", "chairman", "chairwoman",
    "lawyer", "attorney", "inspector", "minister", "president", "officer", "official", "manager",
    "executive", "editor", "reporter", "correspondent", "columnist", "activist", "historian",
    "expert", "artist", "designer", "photographer", "actor", "actress", "singer", "player", "coach",
    "owner", "fisherman", "resident", "student", "teacher", "doctor", "nurse", "senator",
    "lawmaker", "candidate", "colleague", "adviser", "advisor", "ceo", "mother", "father",
    "daughter", "son", "wife", "husband", "brother", "sister", "friend", "by", "dr", "mr", "mrs",
    "ms",
];

/// Words that make a capitalised run an organisation, a place, an event or a thing.
#[rustfmt::skip]
const NOT_PERSON: &[&str] = &[
    "department", "ministry", "university", "college", "school", "institute", "center", "centre",
    "council", "committee", "commission", "court", "party", "union", "association", "agency",
    "authority", "bank", "company", "corporation", "corp", "inc", "ltd", "llc", "co", "group",
    "foundation", "fund", "trust", "society", "organization", "organisation", "office",
    "administration", "service", "services", "network", "news", "times", "post", "journal", "press",
    "magazine", "herald", "tribune", "airlines", "airways", "motors", "foods", "market", "markets",
    "systems", "technologies", "labs", "laboratory", "hospital", "clinic", "museum", "library",
    "church", "mosque", "army", "navy", "force", "forces", "guard", "police", "house", "senate",
    "congress", "parliament", "assembly", "cabinet", "government", "republic", "kingdom", "states",
    "city", "county", "province", "island", "islands", "street", "avenue", "road", "square", "park",
    "bridge", "river", "lake", "mountain", "mountains", "sea", "ocean", "bay", "gulf", "valley",
    "airport", "station", "camp", "base", "prize", "award", "act", "law", "treaty", "day", "week",
    "war", "festival", "games", "cup", "league", "club", "team", "project", "program", "programme",
    "initiative", "plan", "report", "index", "mall", "hotel", "studio", "studios", "records",
    "pictures", "entertainment", "media", "channel", "tv", "radio", "online", "digital", "global",
    "international", "national", "federal", "royal", "northern", "southern", "eastern", "western",
    "north", "south", "east", "west", "new", "saint", "st", "mount", "fort", "port", "cape",
    "district", "region", "coast", "desert", "ministry", "embassy", "consulate", "mission",
    "council", "navy", "marines", "corps", "brigade", "division", "regiment", "battalion", "front",
    "movement", "alliance", "coalition", "bureau", "unit", "board", "panel", "review", "series",
    "show", "film", "book", "album", "street", "tower", "towers", "center", "hall", "stadium",
    "arena", "theater", "theatre", "gallery", "zoo", "garden", "gardens", "beach", "harbor",
    "harbour", "canal", "highway", "google", "facebook", "twitter", "amazon", "apple", "microsoft",
    "uber", "instagram", "youtube", "netflix", "windows", "iphone", "android", "internet", "web",
    "app", "store", "foundation", "capital", "partners", "holdings", "bancorp", "energy", "oil",
    "gas", "airline", "pharmaceuticals", "health", "care", "medical", "research", "science",
    "sciences", "security", "intelligence", "defense", "defence", "affairs", "relations", "rights",
    "watch", "daily", "weekly", "monthly", "sunday", "gazette", "telegraph", "observer", "review",
    "economist", "chronicle", "express", "mirror", "sun", "star", "globe", "mail", "examiner",
    "bulletin", "register", "standard", "independent", "insider", "wire", "agence", "presse",
    "associated", "reuters", "bloomberg", "cnn", "bbc", "america", "american", "europe", "european",
    "africa", "african", "asia", "asian", "middle", "olympic", "olympics", "world", "christmas",
    "easter", "ramadan", "valentine", "thanksgiving", "era", "age", "century", "revolution",
    "spring", "summer", "autumn", "winter", "fall", "budget", "constitution", "amendment",
    "convention", "declaration", "protocol", "accord", "agreement", "summit", "conference", "forum",
    "expo", "exchange", "stock", "dow", "nasdaq", "index", "airbase", "organizations",
    "organisations", "operations", "companies", "groups", "agencies", "ministries", "departments",
    "universities", "nations", "united", "peoples",
];

/// Capitalised words that start sentences or headings, never names.
#[rustfmt::skip]
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "nobody", "everyone", "someone", "anyone", "everybody", "somebody", "none", "nothing",
    "the", "a", "an", "and", "but", "or", "nor", "if", "in", "on", "at", "by", "for", "from", "to",
    "of", "with", "as", "after", "before", "when", "while", "since", "until", "during", "despite",
    "although", "though", "because", "so", "yet", "then", "now", "today", "yesterday", "tomorrow",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "us", "him", "them", "there", "here", "what", "which",
    "who", "whom", "whose", "why", "how", "where", "some", "many", "most", "more", "much", "few",
    "all", "each", "every", "both", "no", "not", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "also", "still", "even", "just", "only", "meanwhile",
    "however", "moreover", "instead", "please", "yes", "thank", "thanks", "dear", "photo", "photos",
    "image", "images", "credit", "credits", "advertisement", "read", "like", "share", "follow",
    "click", "sign", "subscribe", "getty", "ap", "afp", "god", "why", "whether", "among", "about",
    "above", "against", "along", "around", "behind", "below", "beside", "between", "beyond", "into",
    "near", "over", "through", "under", "upon", "within", "without", "according", "asked", "said",
    "says", "says", "told", "added", "do", "does", "did", "is", "are", "was", "were", "be", "been",
    "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    "shall", "let", "once", "twice", "first", "second", "third", "last", "next", "other", "another",
    "such", "same", "any", "own", "well", "oh", "ok", "okay", "hey", "hi", "hello", "mrs", "ms",
    "mr", "dr", "see", "look", "note", "editor", "editors", "update", "updated", "related", "watch",
    "video", "listen", "more", "breaking", "exclusive", "analysis", "opinion", "comment",
    "comments", "top", "latest", "story", "stories", "home", "page", "section", "here's", "here’s",
    "it's", "it’s", "that's", "that’s", "there's", "there’s", "i'm", "i’m", "we're", "we’re",
    "don't", "don’t", "english", "french", "german", "spanish", "arabic", "persian", "chinese",
    "russian", "iranian", "iraqi", "israeli", "palestinian", "syrian", "turkish", "kurdish",
    "egyptian", "british", "irish", "scottish", "welsh", "italian", "japanese", "korean", "indian",
    "pakistani", "afghan", "saudi", "canadian", "mexican", "brazilian", "australian", "african",
    "european", "asian", "western", "eastern", "democrat", "democrats", "republican", "republicans",
    "democratic", "liberal", "conservative", "conservatives", "labour", "tory", "tories", "muslim",
    "muslims", "christian", "christians", "jewish", "jews", "catholic", "shiite", "sunni",
    "islamic", "islam", "internet", "covid",
];

/// More people than any article names: past this, a text is a list or hostile, and no more are
/// added (the ones found keep their mentions).
const MAX_PEOPLE: usize = 2000;

/// Lower-case particles inside a name ("Luis de Miranda", "Ban Ki-moon", "Osama bin Laden").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la",
    "le", "bin", "ibn", "al", "el", "y", "st.",
];

/// One person the article names: the fullest form, every form as written, and what the text
/// says of them.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundPerson {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// "he" or "she" from an honorific.
    pub pronoun: Option<String>,
    /// Titles printed before the name, lower case ("president", "senator").
    pub titles: Vec<String>,
    /// The appositive after the name ("chairman of Walt Disney's direct-to-consumer division").
    pub description: Option<String>,
    /// The organisation the appositive names ([`affiliation_in`]).
    pub affiliation: Option<String>,
}

/// The organisation a description names the person's place in: "chairman of Walt Disney's
/// direct-to-consumer division" → "Walt Disney", "an analyst at Wedbush Securities" → "Wedbush
/// Securities", "Apple's chief executive" → "Apple". None when it names none.
pub fn affiliation_in(description: &str) -> Option<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let run_from = |i: usize| -> Option<String> {
        let mut run: Vec<&str> = Vec::new();
        for w in words.get(i..).unwrap_or_default() {
            let bare_word = w.trim_end_matches([',', ';', '.']);
            let (core, possessive) = match bare_word
                .strip_suffix("’s")
                .or_else(|| bare_word.strip_suffix("'s"))
            {
                Some(c) => (c, true),
                None => (bare_word, false),
            };
            if !capitalised(core) {
                break;
            }
            run.push(core);
            if possessive || bare_word.len() != w.len() {
                break;
            }
        }
        let first = run.first().map(|w| w.to_lowercase()).unwrap_or_default();
        ((1..=6).contains(&run.len()) && !NOT_NAME_WORDS.contains(&first.as_str()))
            .then(|| run.join(" "))
    };
    let start = words
        .iter()
        .position(|w| matches!(*w, "of" | "at" | "for" | "with" | "from"))
        .map(|i| i + 1 + usize::from(words.get(i + 1).is_some_and(|w| *w == "the")));
    match start {
        Some(i) if words.get(i).is_some_and(|w| capitalised(w)) => run_from(i),
        _ if words
            .first()
            .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s")) =>
        {
            run_from(0)
        }
        _ => None,
    }
}

/// A capitalised run that reads as an organisation or a place (for "the company" to refer
/// to): its words as printed and where they are.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundName {
    pub text: String,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FoundPeople {
    pub people: Vec<FoundPerson>,
    /// Where each of `people` is named, in reading order (`entity` is the person's id).
    pub mentions: Vec<Mention>,
    /// Organisations and places that are not in the dictionary.
    pub others: Vec<FoundName>,
    /// `people` by the last word of their name (with the folded name), and their ids, for the
    /// look-ups while finding.
    by_last: std::collections::HashMap<String, Vec<(usize, String)>>,
    ids: std::collections::HashSet<String>,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
    /// Punctuation between this token and the one before it (other than spaces).
    gap: &'a str,
}

/// A capitalised run of tokens (one candidate name) with what surrounds it.
#[derive(Debug, Clone)]
struct Run {
    paragraph: usize,
    /// Token indices of the name itself (honorifics and sentence-start words removed).
    first: usize,
    last: usize,
    honorific: Option<(String, Option<&'static str>)>,
}

fn tokens(paragraph: usize, p: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut gap_start = 0;
    let mut pos = 0;
    for word in p.split_inclusive(char::is_whitespace) {
        let word_start = pos;
        pos += word.len();
        let w = word.trim_end();
        // Leading and trailing punctuation are gaps; a possessive is not part of the name.
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = w.get(lead..).unwrap_or_default();
        let mut core_len = core.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let mut trimmed = core.get(..core_len).unwrap_or_default();
        for poss in ["'s", "’s"] {
            if let Some(t) = trimmed.strip_suffix(poss) {
                trimmed = t;
                core_len = t.len();
            }
        }
        // "E." and "Mr." keep their full stop; "Jr." too.
        let keeps_dot = core
            .get(core_len..)
            .is_some_and(|rest| rest.starts_with('.'))
            && (trimmed.chars().count() <= 3
                && trimmed.chars().next().is_some_and(char::is_uppercase));
        let core_len = core_len + usize::from(keeps_dot);
        if core_len == 0 {
            continue;
        }
        let start = word_start + lead;
        let end = start + core_len;
        out.push(Token {
            paragraph,
            start,
            end,
            text: p.get(start..end).unwrap_or_default(),
            gap: p.get(gap_start..start).unwrap_or_default(),
        });
        gap_start = end;
    }
    out
}

fn bare(t: &str) -> String {
    fold(t).trim_end_matches('.').to_lowercase()
}

fn honorific(t: &str) -> Option<Option<&'static str>> {
    let b = bare(t);
    // "President-elect", "Secretary-General"
    let b = match b.split_once('-') {
        Some((head, "elect" | "designate" | "general")) => head.to_string(),
        _ => b,
    };
    HONORIFICS.iter().find(|(h, _)| *h == b).map(|(_, g)| *g)
}

fn is_capitalised(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        // "al-Maliki", "el-Sisi", "d'Estaing"
        return ["al-", "el-", "d'", "d’"].iter().any(|pre| {
            t.strip_prefix(pre)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        });
    }
    // "E." or "McConnell" or "O'Brien"; not "NATO" or "AFP" (unless an initial).
    t.chars().count() <= 2 || t.chars().any(char::is_lowercase)
}

fn breaks_run(gap: &str) -> bool {
    gap.chars().any(|c| !c.is_whitespace())
}

/// Find the people an article names that `known` (the dictionary's mentions) does not cover.
pub fn find_people(paragraphs: &[String], known: &[Mention]) -> FoundPeople {
    let toks: Vec<Vec<Token>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| tokens(i, p))
        .collect();
    let mut known_ranges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paragraphs.len()];
    for m in known {
        if let Some(r) = known_ranges.get_mut(m.paragraph) {
            r.push((m.start, m.end));
        }
    }
    known_ranges.iter_mut().for_each(|r| r.sort_unstable());
    let covered = |t: &Token| {
        let r = &known_ranges[t.paragraph];
        // The ranges that start before the token ends; the last few are the only candidates.
        let upto = r.partition_point(|&(s, _)| s < t.end);
        r.get(..upto)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(8)
            .any(|&(_, e)| t.start < e)
    };
    let uses = WordUses::new(paragraphs, &toks);
    // Capitalised runs, split where punctuation stands between two words.
    let mut runs: Vec<Run> = Vec::new();
    for (pi, ts) in toks.iter().enumerate() {
        let mut k = 0;
        while k < ts.len() {
            if !is_capitalised(ts[k].text) || covered(&ts[k]) {
                k += 1;
                continue;
            }
            let mut j = k;
            while j + 1 < ts.len() && !breaks_run(ts[j + 1].gap) && !covered(&ts[j + 1]) {
                let next = ts[j + 1].text;
                let particle = PARTICLES.contains(&next.to_lowercase().as_str())
                    && ts
                        .get(j + 2)
                        .is_some_and(|t| is_capitalised(t.text) && !breaks_run(t.gap));
                if is_capitalised(next) || particle {
                    j += 1;
                } else {
                    break;
                }
            }
            // A dotted abbreviation breaks before what follows only when it is not an
            // initial or honorific ("Mr. Reeves", "Lawrence E. Butler" hold together).
            if let Some(run) = shape_run(pi, ts, k, j) {
                runs.push(run);
            }
            k = j + 1;
        }
    }

    let mut found = FoundPeople::default();
    let mut singles: Vec<Run> = Vec::new();
    for run in &runs {
        let ts = &toks[run.paragraph];
        let words: Vec<&str> = (run.first..=run.last).map(|i| ts[i].text).collect();
        let folded: Vec<String> = words.iter().map(|w| bare(w)).collect();
        let mut run = run.clone();
        if let Some(org_word) = folded
            .iter()
            .rposition(|w| NOT_PERSON.contains(&w.as_str()))
        {
            if words.len() >= 2 {
                found.others.push(FoundName {
                    text: join_run(paragraphs, ts, &run),
                    paragraph: run.paragraph,
                    start: ts[run.first].start,
                    end: ts[run.last].end,
                });
            }
            // "Clandestine Operations John Sano": a name may follow the organisation's.
            if words.len() - org_word <= 2 {
                continue;
            }
            run.first += org_word + 1;
            run.honorific = None;
        }
        let run = &run;
        let words: Vec<&str> = (run.first..=run.last).map(|i| ts[i].text).collect();
        if words.len() == 1 {
            singles.push(run.clone());
            continue;
        }
        if words.len() > 5 || !evidence(paragraphs, &toks, run, &uses) {
            continue;
        }
        // "a Margaret Hamilton Lego figure": a longer run whose last word is never used alone
        // while its second is ("Hamilton said") names the person in its first two words.
        let mut run = run.clone();
        if words.len() >= 3 && !uses.alone(ts[run.last].text) && uses.alone(ts[run.first + 1].text)
        {
            run.last = run.first + 1;
        }
        let text = join_run(paragraphs, ts, &run);
        add_person(&mut found, &run, &text, paragraphs, ts);
    }
    found.mentions.sort_by_key(|m| (m.paragraph, m.start));
    let full_mentions = found.mentions.len();
    let mut by_first_word: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for (i, p) in found.people.iter().enumerate() {
        if words_of(&p.name) > 1 {
            by_first_word
                .entry(first_word(&p.name))
                .or_default()
                .push(i);
        }
    }
    // One-word names: a surname or first name of someone named in full, or a surname after an
    // honorific ("Mr. Reeves") when the article never gives the full name.
    for run in &singles {
        let ts = &toks[run.paragraph];
        let word = ts[run.first].text;
        let b = bare(word);
        if NOT_NAME_WORDS.contains(&b.as_str()) {
            continue;
        }
        let by_surname: Vec<usize> = found
            .by_last
            .get(&last_word(&b))
            .into_iter()
            .flatten()
            .map(|(i, _)| *i)
            .collect();
        let by_first = by_first_word.get(&b).cloned().unwrap_or_default();
        let at = (run.paragraph, ts[run.first].start);
        let full = found.mentions.get(..full_mentions).unwrap_or_default();
        let target = if by_surname.is_empty() {
            // A given name alone, or a family name written first ("Lee" of "Lee Jae-myung").
            (!by_first.is_empty()).then(|| most_recent(&found.people, full, &by_first, at))
        } else {
            Some(most_recent(&found.people, full, &by_surname, at))
        };
        match (target, &run.honorific) {
            (Some(i), _) => {
                let alias = match run.honorific {
                    Some(_) => format!("{} {}", ts[run.first - 1].text, word),
                    None => join_run(paragraphs, ts, run),
                };
                let p = &mut found.people[i];
                if let Some((h, g)) = &run.honorific {
                    note_honorific(p, h, *g);
                }
                if !p.aliases.contains(&alias) {
                    p.aliases.push(alias);
                }
                let id = p.id.clone();
                push_mention(
                    &mut found,
                    &id,
                    run.paragraph,
                    ts[run.first].start,
                    ts[run.last].end,
                );
            }
            (None, Some(_)) => {
                let text = join_run(paragraphs, ts, run);
                add_person(&mut found, run, &text, paragraphs, ts);
            }
            (None, None) => {}
        }
    }
    found.mentions.sort_by_key(|m| (m.paragraph, m.start));
    for p in &mut found.people {
        p.affiliation = p.description.as_deref().and_then(affiliation_in);
    }
    found
}

/// How each word is used across the article, read once: whether it stands alone somewhere (not
/// inside a longer capitalised run), and whether it stands alone as a person's name (after an
/// honorific, or before a speech verb: "Mr. Forte", "Forte said").
struct WordUses<'a> {
    alone: std::collections::HashSet<&'a str>,
    alone_as_person: std::collections::HashSet<&'a str>,
}

impl<'a> WordUses<'a> {
    fn new(paragraphs: &[String], toks: &[Vec<Token<'a>>]) -> WordUses<'a> {
        let mut uses = WordUses {
            alone: Default::default(),
            alone_as_person: Default::default(),
        };
        for pt in toks {
            for (i, t) in pt.iter().enumerate() {
                let prev = i
                    .checked_sub(1)
                    .map(|j| &pt[j])
                    .filter(|_| !breaks_run(t.gap));
                let next = pt.get(i + 1).filter(|n| !breaks_run(n.gap));
                let joined_before = prev.is_some_and(|p| is_capitalised(p.text));
                let joined_after = next.is_some_and(|n| is_capitalised(n.text));
                if !joined_before && !joined_after {
                    uses.alone.insert(t.text);
                }
                let after_honorific = prev.is_some_and(|p| honorific(p.text).is_some());
                if joined_before && !after_honorific {
                    continue;
                }
                let p = &paragraphs[t.paragraph];
                let after = p.get(t.end..).unwrap_or_default();
                let after_words = after.trim_start_matches([',', ' ', '’', '\'', 's']);
                let before_verb = pt.get(i + 1).is_none_or(|n| !is_capitalised(n.text))
                    && is_speech_verb_at(p, p.len() - after_words.len());
                if after_honorific || before_verb {
                    uses.alone_as_person.insert(t.text);
                }
            }
        }
        uses
    }

    fn alone(&self, word: &str) -> bool {
        self.alone.contains(word)
    }
}

/// The index among `candidates` named last before a place (else the first). `mentions` are in
/// reading order; only the last thousand before the place are looked at.
fn most_recent(
    people: &[FoundPerson],
    mentions: &[Mention],
    candidates: &[usize],
    (paragraph, pos): (usize, usize),
) -> usize {
    let upto = mentions
        .partition_point(|m| m.paragraph < paragraph || (m.paragraph == paragraph && m.end <= pos));
    mentions
        .get(..upto)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(1000)
        .find_map(|m| {
            candidates
                .iter()
                .copied()
                .find(|&i| people[i].id == m.entity)
        })
        .unwrap_or(candidates[0])
}

fn push_mention(found: &mut FoundPeople, id: &str, paragraph: usize, start: usize, end: usize) {
    found.mentions.push(Mention {
        entity: id.to_string(),
        paragraph,
        start,
        end,
    });
}

fn note_honorific(p: &mut FoundPerson, h: &str, g: Option<&'static str>) {
    if p.pronoun.is_none() {
        p.pronoun = g.map(str::to_string);
    }
    if !p.titles.iter().any(|t| t == h) {
        p.titles.push(h.to_string());
    }
}

fn add_person(found: &mut FoundPeople, run: &Run, text: &str, paragraphs: &[String], ts: &[Token]) {
    let folded = fold(text).to_lowercase();
    // The same person under a longer or shorter full form ("Robert Parata" in "Te Kaurinui
    // Robert Parata"): the longer name is the entity's name.
    let last = last_word(&folded);
    let bucket = found
        .by_last
        .get(&last)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let existing = bucket
        .iter()
        .find(|(_, name)| *name == folded)
        .or_else(|| {
            bucket.iter().find(|(_, name)| {
                name.strip_suffix(folded.as_str())
                    .is_some_and(|r| r.ends_with(' '))
                    || folded
                        .strip_suffix(name.as_str())
                        .is_some_and(|r| r.ends_with(' '))
            })
        })
        .map(|(i, _)| *i);
    if existing.is_none() && found.people.len() >= MAX_PEOPLE {
        return;
    }
    let i = match existing {
        Some(i) => {
            if text.chars().count() > found.people[i].name.chars().count() {
                if let Some(entry) = found
                    .by_last
                    .get_mut(&last)
                    .and_then(|b| b.iter_mut().find(|(j, _)| *j == i))
                {
                    entry.1 = folded.clone();
                }
                let p = &mut found.people[i];
                let old = std::mem::replace(&mut p.name, text.to_string());
                if !p.aliases.contains(&old) {
                    p.aliases.push(old);
                }
            } else {
                let p = &mut found.people[i];
                if !p.aliases.iter().any(|a| a == text) && p.name != text {
                    p.aliases.push(text.to_string());
                }
            }
            i
        }
        None => {
            let mut id = slug(text, 8);
            if id.is_empty() {
                return;
            }
            id = format!("person-{id}");
            while found.ids.contains(&id) {
                id.push_str("-2");
            }
            found.ids.insert(id.clone());
            found
                .by_last
                .entry(last)
                .or_default()
                .push((found.people.len(), folded.clone()));
            found.people.push(FoundPerson {
                id,
                name: text.to_string(),
                aliases: Vec::new(),
                pronoun: (words_of(text) > 1)
                    .then(|| pronoun_for(&first_word(text)).map(str::to_string))
                    .flatten(),
                titles: Vec::new(),
                description: appositive(paragraphs, ts, run),
                affiliation: None,
            });
            found.people.len() - 1
        }
    };
    if let Some((h, g)) = &run.honorific {
        note_honorific(&mut found.people[i], h, *g);
        let with_title = format!("{} {}", ts[run.first - 1].text, text);
        if !found.people[i].aliases.contains(&with_title) {
            found.people[i].aliases.push(with_title);
        }
    }
    if found.people[i].description.is_none() {
        found.people[i].description = appositive(paragraphs, ts, run);
    }
    let id = found.people[i].id.clone();
    push_mention(
        found,
        &id,
        run.paragraph,
        ts[run.first].start,
        ts[run.last].end,
    );
}

fn join_run(paragraphs: &[String], ts: &[Token], run: &Run) -> String {
    paragraphs[run.paragraph]
        .get(ts[run.first].start..ts[run.last].end)
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn words_of(name: &str) -> usize {
    name.split_whitespace().count()
}

/// The surname as a lone mention would print it: "al-Bashir" is also "Bashir".
fn last_word(name: &str) -> String {
    let w = bare(name.split_whitespace().next_back().unwrap_or(""));
    ["al-", "el-"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .map_or(w.clone(), str::to_string)
}

fn first_word(name: &str) -> String {
    bare(name.split_whitespace().next().unwrap_or(""))
}

/// Drops honorifics and sentence-start words from the front of a run `k..=j`, and records the
/// honorific just before the name.
fn shape_run(pi: usize, ts: &[Token], k: usize, j: usize) -> Option<Run> {
    // A name after an honorific or an organisation's name inside the run ("Pennsylvania Gov. Ed
    // Rendell", "White House spokesman", "Clandestine Operations John Sano") starts after it.
    let mut k = k;
    for i in (k..j).rev() {
        let b = bare(ts[i].text);
        if NOT_PERSON.contains(&b.as_str()) {
            break;
        }
        if honorific(ts[i].text).is_some() && !MODIFIERS.contains(&b.as_str()) {
            k = (k..=i)
                .rev()
                .take_while(|&x| honorific(ts[x].text).is_some())
                .last()
                .unwrap_or(i);
            break;
        }
    }
    let mut first = k;
    let mut hon: Option<(String, Option<&'static str>)> = None;
    while first <= j {
        let b = bare(ts[first].text);
        let modifier_alone = MODIFIERS.contains(&b.as_str())
            && !ts
                .get(first + 1)
                .is_some_and(|t| first < j && honorific(t.text).is_some());
        if modifier_alone {
            break;
        }
        if let Some(g) = honorific(ts[first].text) {
            hon = Some((b, g.or(hon.as_ref().and_then(|h| h.1))));
            first += 1;
        } else if NOT_NAME_WORDS.contains(&b.as_str()) || is_calendar_word(&b) {
            hon = None;
            first += 1;
        } else {
            break;
        }
    }
    // Trailing calendar words ("Reeves Monday") and particles are not part of the name.
    let mut last = j;
    while last >= first
        && (is_calendar_word(&bare(ts[last].text))
            || PARTICLES.contains(&ts[last].text.to_lowercase().as_str()))
    {
        if last == 0 {
            return None;
        }
        last -= 1;
    }
    if first > last || first > j {
        return None;
    }
    // "PlayStation VR", "Area X": product names, not people.
    let acronym = |t: &str| {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase)
    };
    if (first..=last).any(|i| acronym(ts[i].text) || ts[i].text.chars().any(|c| c.is_ascii_digit()))
        || (last > first && ts[last].text.chars().count() == 1)
    {
        return None;
    }
    // "US-backed Iraqi": a run ending in an adjective or a compound modifier is no name.
    let tail = bare(ts[last].text);
    if NOT_NAME_WORDS.contains(&tail.as_str())
        || (first..=last).any(|i| {
            let t = ts[i].text;
            t.rsplit_once('-')
                .is_some_and(|(_, w)| COMPOUND_TAILS.contains(&w))
        })
    {
        return None;
    }
    // A lone initial is no name.
    if first == last && ts[first].text.chars().count() <= 2 {
        return None;
    }
    Some(Run {
        paragraph: pi,
        first,
        last,
        honorific: hon,
    })
}

fn is_calendar_word(b: &str) -> bool {
    WEEKDAYS.contains(&b) || MONTHS.iter().any(|m| m.eq_ignore_ascii_case(b))
}

/// Whether the text shows a multi-word run to be a person.
fn evidence(paragraphs: &[String], toks: &[Vec<Token>], run: &Run, uses: &WordUses) -> bool {
    let ts = &toks[run.paragraph];
    if run.honorific.is_some() || pronoun_for(&bare(ts[run.first].text)).is_some() {
        return true;
    }
    let p = &paragraphs[run.paragraph];
    // A role word just before it: "economist Tom Forte", "said Kevin Mayer".
    if let Some(prev) = run.first.checked_sub(1).map(|i| &ts[i]) {
        let b = bare(prev.text);
        if !breaks_run(ts[run.first].gap)
            && (ROLE_WORDS.contains(&b.as_str()) || is_speech_verb_at(p, prev.start))
        {
            return true;
        }
    }
    let end = ts[run.last].end;
    let after = p.get(end..).unwrap_or_default();
    // A speech verb just after it: "Tom Forte said", "Forte, an analyst, said".
    let after_words = after.trim_start_matches([',', ' ', '’', '\'', 's']);
    if is_speech_verb_at(p, p.len() - after_words.len()) {
        return true;
    }
    // An appositive: "Kevin Mayer, chairman of …", "Jane Doe, 45, a nurse".
    if appositive(paragraphs, ts, run).is_some() {
        return true;
    }
    // A description before it: "The leader of Ennahda, Rachid Ghannouchi, said".
    let before = tail(p.get(..ts[run.first].start).unwrap_or_default(), 200);
    if let Some(chunk) = before.trim_end().strip_suffix(',') {
        let chunk = chunk
            .rsplit([',', '.', ';', ':', '(', '“', '"'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let words: Vec<&str> = chunk.split_whitespace().collect();
        if words.len() <= 8
            && words
                .first()
                .is_some_and(|w| ["the", "a", "an", "its", "his", "her", "their"].contains(w))
            && words.iter().any(|w| ROLE_WORDS.contains(w))
        {
            return true;
        }
    }
    // The surname alone elsewhere, as a person: after an honorific or before a speech verb
    // ("Mr. Forte", "Forte said").
    // (The family name may come first: "Lee said" of "Lee Jae-myung".)
    [ts[run.last].text, ts[run.first].text]
        .iter()
        .any(|surname| uses.alone_as_person.contains(surname))
}

/// At most the last `n` bytes of a text, cut at a character boundary: how far back from a name
/// its description is looked for.
fn tail(text: &str, n: usize) -> &str {
    let mut from = text.len().saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..).unwrap_or_default()
}

/// At most the first `n` bytes of a text, cut at a character boundary.
fn head(text: &str, n: usize) -> &str {
    let mut to = n.min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(..to).unwrap_or_default()
}

/// The description after a name, between commas: "a spokeswoman for the ministry", "chairman
/// of Walt Disney's direct-to-consumer division", "45".
fn appositive(paragraphs: &[String], ts: &[Token], run: &Run) -> Option<String> {
    let p = &paragraphs[run.paragraph];
    let after = head(p.get(ts[run.last].end..)?, 400);
    let after = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" (, "))?;
    let clause_end = after
        .find([',', ';', '.', '(', ')', '"', '“', '”'])
        .unwrap_or(after.len());
    let clause = after.get(..clause_end)?.trim();
    let first = clause.split_whitespace().next()?.to_lowercase();
    let head_ok = [
        "a",
        "an",
        "the",
        "who",
        "whose",
        "chief",
        "head",
        "director",
        "chairman",
        "chairwoman",
        "president",
        "founder",
        "professor",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "deputy",
        "senior",
        "former",
        "co-founder",
        "author",
        "managing",
        "vice",
        "owner",
        "editor",
        "minister",
        "secretary",
        "ceo",
    ]
    .contains(&first.as_str())
        || first.chars().all(|c| c.is_ascii_digit());
    let words = clause.split_whitespace().count();
    // "…, former FBI Director Louis Freeh": another titled name, not a description.
    let cw: Vec<&str> = clause.split_whitespace().collect();
    let names_another = cw
        .windows(2)
        .any(|w| honorific(w[0]).is_some() && w[1].chars().next().is_some_and(char::is_uppercase))
        || cw.last().is_some_and(|w| honorific(w).is_some())
        // "…, former National Security Advisor James Jones": a name ends the clause.
        || (cw.len() >= 3
            && cw[cw.len() - 2..].iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !NOT_PERSON.contains(&bare(w).as_str())
            }));
    if names_another {
        return None;
    }
    (head_ok && (1..=20).contains(&words) && !is_speech_verb_at(clause, 0))
        .then(|| clause.strip_prefix("who is ").unwrap_or(clause).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(ps: &[&str]) -> Vec<(String, Vec<String>)> {
        let ps: Vec<String> = ps.iter().map(|s| s.to_string()).collect();
        find_people(&ps, &[])
            .people
            .into_iter()
            .map(|p| (p.name, p.aliases))
            .collect()
    }

    #[test]
    fn names_with_evidence_and_their_short_forms() {
        let got = people(&[
            "“It is a big day,” said Kevin Mayer, chairman of Walt Disney’s direct-to-consumer division.",
            "Mayer said the company would grow. Mr. Mayer left. New York is big.",
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Kevin Mayer");
        assert!(got[0].1.contains(&"Mayer".to_string()));
        assert!(got[0].1.contains(&"Mr. Mayer".to_string()));
    }

    #[test]
    fn organisations_places_and_sentence_starts_are_not_people() {
        let got = people(&[
            "The Whole Foods Market in New York opened on Monday. In March Apple Inc said so.",
            "Supreme Court justices met. Thursday Night Football was on.",
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn honorific_gives_gender_and_a_person_without_a_first_name() {
        let ps = vec!["Mrs. Parry said her daughter was ill.".to_string()];
        let f = find_people(&ps, &[]);
        assert_eq!(f.people.len(), 1);
        assert_eq!(f.people[0].name, "Parry");
        assert_eq!(f.people[0].pronoun.as_deref(), Some("she"));
    }

    #[test]
    fn the_appositive_gives_the_affiliation() {
        assert_eq!(
            affiliation_in("chairman of Walt Disney’s direct-to-consumer division").as_deref(),
            Some("Walt Disney")
        );
        assert_eq!(
            affiliation_in("an analyst at Wedbush Securities").as_deref(),
            Some("Wedbush Securities")
        );
        assert_eq!(
            affiliation_in("a spokeswoman for the Interior Ministry").as_deref(),
            Some("Interior Ministry")
        );
        assert_eq!(
            affiliation_in("Apple's chief executive").as_deref(),
            Some("Apple")
        );
        assert_eq!(affiliation_in("a nurse from the village"), None);
        assert_eq!(affiliation_in("45"), None);
    }

    #[test]
    fn particles_and_prefixes_stay_in_the_name() {
        let got = people(&["Luis de Miranda, a philosopher, wrote it; de Miranda said more. Prime Minister Nouri al-Maliki spoke."]);
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(names.contains(&"Luis de Miranda"), "{names:?}");
        assert!(names.contains(&"Nouri al-Maliki"), "{names:?}");
    }
}
