//! The corpus model: exactly what `corpus.json` holds (see README, "corpus.json format").
//!
//! Every field that is not printed in the source text says so: titles carry `title_inferred`,
//! dates carry a precision and their evidence, outlets carry the evidence they were read from.

use serde::{Deserialize, Serialize};

/// Bumped whenever a field changes meaning, so stored user data can be migrated or rejected.
pub const SCHEMA_VERSION: u32 = 1;

/// A corpus.json of another schema version is refused, with both versions named.
pub(crate) fn check_schema_version(version: u32) -> Result<(), String> {
    if version == SCHEMA_VERSION {
        Ok(())
    } else {
        Err(format!(
            "corpus.json has schema version {version}, this app reads version {SCHEMA_VERSION}"
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Corpus {
    pub schema_version: u32,
    /// The raw input files the corpus was built from, in order.
    pub sources: Vec<SourceFile>,
    /// Outlets and host sites named by articles (original publishers and republishers).
    pub outlets: Vec<Outlet>,
    pub articles: Vec<Article>,
    pub quotes: Vec<Quote>,
    pub entities: Entities,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceFile {
    /// File name inside `data/seeds/` (or the name of a user's imported file).
    pub file: String,
    pub bytes: usize,
    /// How many article segments were cut out of this file (before merging copies).
    pub segments: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletKind {
    WireService,
    Newspaper,
    Magazine,
    NewsAgency,
    StateNewsAgency,
    Ngo,
    Advocacy,
    UnidentifiedSite,
    UserImport,
}

impl OutletKind {
    pub fn label(self) -> &'static str {
        match self {
            OutletKind::WireService => "wire service",
            OutletKind::Newspaper => "newspaper",
            OutletKind::Magazine => "magazine",
            OutletKind::NewsAgency => "news agency",
            OutletKind::StateNewsAgency => "state news agency",
            OutletKind::Ngo => "NGO",
            OutletKind::Advocacy => "advocacy group",
            OutletKind::UnidentifiedSite => "unidentified site",
            OutletKind::UserImport => "your own import",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    pub id: String,
    pub name: String,
    pub kind: OutletKind,
    pub home_page: Option<String>,
    /// Where the facts about this outlet come from (the overlay file documents each).
    pub note: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// A full date printed with the article.
    Day,
    /// Only month and year are known.
    Month,
    /// Only the year is known.
    Year,
    /// Derived from the text (e.g. "last weekend withdrew the last of its forces"); see `date_evidence`.
    Estimated,
    #[default]
    Unknown,
}

impl DatePrecision {
    pub fn label(self) -> &'static str {
        match self {
            DatePrecision::Day => "printed date",
            DatePrecision::Month => "month only",
            DatePrecision::Year => "year only",
            DatePrecision::Estimated => "estimated",
            DatePrecision::Unknown => "date unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable slug derived from the title.
    pub id: String,
    pub title: String,
    /// True when no title is printed and `title` is a description written by the ingest.
    pub title_inferred: bool,
    /// Original publisher (outlet id), or null when the text does not say.
    pub outlet: Option<String>,
    /// The words in the text the outlet was read from, e.g. "(Writing by Serena Chaudhry".
    pub outlet_evidence: Option<String>,
    /// Host sites of the copies (outlet ids), in copy order, without repeats.
    pub republishers: Vec<String>,
    pub byline: Vec<String>,
    /// Where the byline was read ("given by the page: <meta name=\"author\">", "entered by you
    /// when importing"); absent for the seed pages, whose bylines are printed lines of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline_evidence: Option<String>,
    /// ISO `YYYY-MM-DD` (or `YYYY-MM` for month precision), or null.
    pub date: Option<String>,
    pub date_precision: DatePrecision,
    /// The text a date was read or derived from.
    pub date_evidence: Option<String>,
    /// Clean body text, in order.
    pub paragraphs: Vec<String>,
    /// Every place in the sources that holds this article.
    pub copies: Vec<ArticleCopy>,
    pub people: Vec<String>,
    pub organizations: Vec<String>,
    pub places: Vec<String>,
    /// Where each entity is named in the body, for highlighting.
    pub mentions: Vec<Mention>,
    /// True for articles a user imported in the browser.
    #[serde(default)]
    pub user_import: bool,
    /// What the saved web page the article was read from says about itself (absent for text
    /// sources).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page: Vec<PageFact>,
}

/// One thing a saved web page says about itself, as the page gives it: `field` is `title`,
/// `byline` (as printed), `published` (ISO `YYYY-MM-DD`; the evidence holds the value as
/// written), `site_name`, `url` (its canonical address), `lang` (BCP 47 as given), `description`
/// or `charset` (how its bytes were decoded); `evidence` is the markup it was read from
/// (`<meta property="og:title">`). What a page does not give is not listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PageFact {
    pub field: String,
    pub value: String,
    pub evidence: String,
}

impl PageFact {
    /// The field's name for readers.
    pub fn label(&self) -> &str {
        match self.field.as_str() {
            "title" => "Title",
            "byline" => "Byline",
            "published" => "Published",
            "site_name" => "Site",
            "url" => "Address",
            "lang" => "Language",
            "description" => "Description",
            "charset" => "Characters",
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleCopy {
    /// Source file name.
    pub file: String,
    /// 0-based position of the segment inside the file.
    pub position: usize,
    /// 1-based line where the segment starts in the file.
    pub line: usize,
    /// Host site (outlet id) of the file, or null when the page does not identify it.
    pub republisher: Option<String>,
    /// The heading as printed in this copy, if any.
    pub heading: Option<String>,
    /// The copy's own paragraphs, so that copies can be compared.
    pub paragraphs: Vec<String>,
    pub date: Option<String>,
    /// True for a copy the user imported in the browser (absent from the bundled corpus).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub user_import: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub entity: String,
    pub paragraph: usize,
    /// Byte offsets into the paragraph (UTF-8), end exclusive.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub article: String,
    pub paragraph: usize,
    /// The quoted words verbatim, without quote marks: a substring of the paragraph.
    pub text: String,
    /// Byte offset of `text` inside the paragraph.
    pub start: usize,
    /// Display name, or a description such as "unnamed State Department official", or "unknown".
    pub speaker: String,
    pub speaker_id: Option<String>,
    pub affiliation: Option<String>,
    /// How the speaker was found (absent when the speaker is "unknown").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
}

/// The names of the attribution rules (`Attribution::rule`), one place for the ingest that
/// records them and the readers that explain them.
pub mod attribution_rule {
    pub const QUOTE_VERB_SPEAKER: &str = "quotation, speech verb, speaker";
    pub const QUOTE_SPEAKER_VERB: &str = "quotation, speaker, speech verb";
    pub const SPEAKER_VERB_QUOTE: &str = "speaker, speech verb, quotation";
    pub const QUOTE_VERB_PRONOUN: &str = "quotation, then speech verb and pronoun";
    pub const CONTINUES_IN_PARAGRAPH: &str = "continues the quotation before it in the paragraph";
    pub const CONTINUES_PARAGRAPH_BEFORE: &str = "continues the quotation of the paragraph before";
    pub const COLON_BEFORE: &str = "introduced by the paragraph before, which ends with a colon";
}

/// The evidence for a quotation's speaker: the rule that credited the words, the words of the
/// text it read, and how a pronoun, title or short name was resolved to the speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Attribution {
    /// "quotation, speech verb, speaker", "continues the quotation of the paragraph before" …
    pub rule: String,
    /// The attribution as written ("said Kevin Mayer, chairman of …", "he said").
    pub words: String,
    /// "“he” is Kevin Mayer, the person quoted last"; absent when the words name the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Entities {
    pub people: Vec<Entity>,
    pub organizations: Vec<Entity>,
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// A short neutral description (role, affiliation) from the entity file.
    pub description: Option<String>,
    /// Affiliation group used for quotes (people only).
    pub affiliation: Option<String>,
    /// "he" or "she" for people, so that "she said" is attributed to a woman named earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronoun: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    /// camp, site, town, city, region or country: how a map should draw it.
    #[serde(default)]
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
    /// Uncertainty radius of the coordinate in kilometres.
    pub uncertainty_km: f64,
    /// Where the coordinate comes from.
    pub coord_source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Residents,
    Deaths,
    Distance,
    Deadline,
}

impl ClaimKind {
    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::Residents => "residents",
            ClaimKind::Deaths => "deaths",
            ClaimKind::Distance => "distance",
            ClaimKind::Deadline => "deadline",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The number (residents, deaths, distance) or, for deadlines, an ISO date or a duration.
    pub value: String,
    /// "people", "km", "mi", "date", "months".
    pub unit: String,
    /// Qualifier as written: "more than", "about", "at least", "as many as", "up to" …
    pub qualifier: Option<String>,
    /// The number exactly as printed ("3,000-plus", "65 km (40 miles)").
    pub as_written: String,
    /// What is counted or measured, e.g. "Camp Ashraf residents", "Camp Ashraf – Baghdad".
    pub subject: String,
    /// For distances: the place measured from and to (place ids), when the text names them.
    pub from_place: Option<String>,
    pub to_place: Option<String>,
    /// For distances: the value in kilometres.
    pub km: Option<f64>,
    pub article: String,
    pub paragraph: usize,
    /// The sentence the claim comes from.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub label: String,
    /// ISO date (`YYYY-MM-DD` or `YYYY-MM`).
    pub date: String,
    pub date_precision: DatePrecision,
    /// How the date was obtained, citing the sentence.
    pub date_evidence: String,
    pub mentions: Vec<EventMention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    pub article: String,
    pub paragraph: usize,
    pub text: String,
}

impl Corpus {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn outlet(&self, id: &str) -> Option<&Outlet> {
        self.outlets.iter().find(|o| o.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.entities.places.iter().find(|p| p.id == id)
    }

    /// Display name of any entity id (person, organisation or place).
    pub fn entity_name(&self, id: &str) -> Option<&str> {
        let e = &self.entities;
        e.people
            .iter()
            .chain(e.organizations.iter())
            .find(|x| x.id == id)
            .map(|x| x.name.as_str())
            .or_else(|| {
                e.places
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.name.as_str())
            })
    }

    /// Parse a corpus file, with a message a user can act on when it is not one.
    pub fn from_json(text: &str) -> Result<Corpus, String> {
        let corpus: Corpus =
            serde_json::from_str(text).map_err(|e| format!("not a corpus.json file: {e}"))?;
        check_schema_version(corpus.schema_version)?;
        Ok(corpus)
    }
}
