//! What a saved page says about itself: title, byline, publication date, site name, canonical
//! address, language and description, each with the markup it was read from. Nothing is
//! invented: a field the page does not give stays `None`.
//!
//! The order of the sources follows Mozilla Readability's (JSON-LD, then the Open Graph, Dublin
//! Core, Twitter and Parse.ly `<meta>` tags, then `<title>` less its site suffix), which is what
//! news sites are written against.

use crate::ingest::clean::collapse_spaces;
use crate::ingest::dates::WEEKDAYS;
use crate::ingest::segment::month_number;
use crate::model::PageFact;
use dom_query::{Document, Selection};
use serde_json::Value;

/// A value read from a page, with the markup it was read from (`<meta property="og:title">`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub evidence: String,
}

/// The metadata a saved web page gives, each field as found there; `None` where the page does
/// not give it (nothing is guessed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageFacts {
    pub title: Option<Found>,
    /// As printed ("Jane Doe, John Roe"); the article's `byline` has the names.
    pub byline: Option<Found>,
    /// ISO `YYYY-MM-DD`; the evidence holds the value as written.
    pub published: Option<Found>,
    pub site_name: Option<Found>,
    /// The page's own address (canonical link, `og:url`).
    pub url: Option<Found>,
    /// BCP 47 tag as the page gives it (`fa`, `en-US`).
    pub lang: Option<Found>,
    pub description: Option<Found>,
    /// How the page's bytes were decoded ("windows-1256: declared: <meta charset=…>").
    pub encoding: Option<String>,
}

impl PageFacts {
    /// The facts as stored with the article, in reading order.
    pub fn facts(&self) -> Vec<PageFact> {
        let fields = [
            ("title", &self.title),
            ("byline", &self.byline),
            ("published", &self.published),
            ("site_name", &self.site_name),
            ("url", &self.url),
            ("lang", &self.lang),
            ("description", &self.description),
        ];
        let mut out: Vec<PageFact> = fields
            .into_iter()
            .filter_map(|(field, f)| {
                f.as_ref().map(|f| PageFact {
                    field: field.to_owned(),
                    value: f.value.clone(),
                    evidence: f.evidence.clone(),
                })
            })
            .collect();
        if let Some(e) = &self.encoding {
            let (value, evidence) = e.split_once(": ").unwrap_or((e.as_str(), ""));
            out.push(PageFact {
                field: "charset".to_owned(),
                value: value.to_owned(),
                evidence: evidence.to_owned(),
            });
        }
        out
    }
}

/// JSON-LD types that describe an article (schema.org), as Readability accepts them.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
    "WebPage",
];

/// The article object of a page's JSON-LD, if any (also inside `@graph` or a list).
pub fn json_ld_article(doc: &Document) -> Option<Value> {
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let text = script.text();
        let text = text.trim();
        let text = text
            .strip_prefix("<![CDATA[")
            .and_then(|t| t.strip_suffix("]]>"))
            .unwrap_or(text);
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        if let Some(found) = article_object(value, 0) {
            return Some(found);
        }
    }
    None
}

fn article_object(value: Value, depth: usize) -> Option<Value> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items.into_iter().find_map(|v| article_object(v, depth + 1)),
        Value::Object(mut map) => {
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            // A WebPage only counts when it has what an article has.
            let is_page_only = map.get("@type").and_then(Value::as_str) == Some("WebPage")
                && !map.contains_key("headline");
            if is_article && !is_page_only {
                return Some(Value::Object(map));
            }
            map.remove("@graph")
                .and_then(|g| article_object(g, depth + 1))
        }
        _ => None,
    }
}

/// The `<meta>` values a page gives, keyed as Readability keys them (`og:title`, `author` …),
/// in page order without repeats, each with its tag as written.
struct MetaTags(Vec<(String, Found)>);

impl MetaTags {
    fn read(doc: &Document) -> MetaTags {
        let mut out: Vec<(String, Found)> = Vec::new();
        for m in doc.select("meta[content]").iter() {
            let Some(content) = m.attr("content") else {
                continue;
            };
            let content = collapse_spaces(&content);
            if content.is_empty() {
                continue;
            }
            let mut push = |key: String, attr: &str, written: &str| {
                if !out.iter().any(|(k, f)| *k == key && f.value == content) {
                    out.push((
                        key,
                        Found {
                            value: content.clone(),
                            evidence: format!("<meta {attr}=\"{written}\">"),
                        },
                    ));
                }
            };
            // `property` may hold several names ("og:title twitter:title").
            if let Some(property) = m.attr("property") {
                for p in property.split_whitespace() {
                    let key = p.to_ascii_lowercase().replace('.', ":");
                    // "og:article:author" is the Open Graph spelling of "article:author".
                    let key = match key.strip_prefix("og:") {
                        Some(rest) if rest.starts_with("article:") => rest.to_owned(),
                        _ => key,
                    };
                    push(key, "property", p);
                }
            }
            for attr in ["name", "itemprop"] {
                if let Some(name) = m.attr(attr) {
                    let key: String = name
                        .trim()
                        .to_ascii_lowercase()
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect::<String>()
                        .replace('.', ":");
                    push(key, attr, name.trim());
                }
            }
        }
        // Where a page gives both, `property` wins over `name` (as in Readability).
        out.sort_by_key(|(_, f)| !f.evidence.starts_with("<meta property"));
        MetaTags(out)
    }

    fn first(&self, keys: &[&str]) -> Option<Found> {
        keys.iter()
            .find_map(|k| self.0.iter().find(|(key, _)| key == k))
            .map(|(_, f)| f.clone())
    }

    /// Every value of the first of `keys` the page gives, joined by ", " (a page with several
    /// authors gives one `<meta name="author">` each).
    fn joined(&self, keys: &[&str]) -> Option<Found> {
        let key = keys
            .iter()
            .find(|k| self.0.iter().any(|(key, _)| key == *k))?;
        let values: Vec<&Found> = self
            .0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, f)| f)
            .collect();
        let first = values.first()?;
        Some(Found {
            value: values
                .iter()
                .map(|f| f.value.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            evidence: first.evidence.clone(),
        })
    }
}

pub fn read_meta(doc: &Document, ld: Option<&Value>) -> PageFacts {
    let tags = MetaTags::read(doc);
    let ld_str = |path: &[&str]| -> Option<String> {
        let mut v = ld?;
        for p in path {
            v = v.get(p)?;
        }
        match v {
            Value::String(s) => Some(collapse_spaces(&unescape(s))).filter(|s| !s.is_empty()),
            Value::Array(items) => items
                .first()
                .and_then(Value::as_str)
                .map(|s| collapse_spaces(&unescape(s)))
                .filter(|s| !s.is_empty()),
            _ => None,
        }
    };
    let ld_found = |path: &[&str], value: Option<String>| {
        value.map(|value| Found {
            value,
            evidence: format!("JSON-LD {}", path.join(".")),
        })
    };
    let unescaped = |f: Found| Found {
        value: collapse_spaces(&unescape(&f.value)),
        ..f
    };

    let site_name =
        ld_found(&["publisher", "name"], ld_str(&["publisher", "name"])).or_else(|| {
            tags.first(&["og:site_name", "application-name"])
                .map(unescaped)
        });
    let doc_title = document_title(doc, site_name.as_ref().map(|s| s.value.as_str()));
    let title = ld_title(ld, doc_title.as_ref())
        .or_else(|| {
            tags.first(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ])
            .map(unescaped)
        })
        .or(doc_title);

    let byline = ld_found(&["author"], ld.and_then(ld_authors))
        .or_else(|| {
            tags.joined(&["dc:creator", "dcterm:creator", "author", "parsely-author"])
                .map(unescaped)
        })
        .or_else(|| {
            tags.joined(&["article:author"])
                .filter(|f| !looks_like_url(&f.value))
                .map(unescaped)
        })
        .map(|f| Found {
            value: clean_byline(&f.value),
            ..f
        })
        .filter(|f| !f.value.is_empty())
        .or_else(|| byline_element(doc));

    let published = ld_found(&["datePublished"], ld_str(&["datePublished"]))
        .or_else(|| {
            tags.first(&[
                "article:published_time",
                "parsely-pub-date",
                "datepublished",
                "dc:date",
                "dcterm:created",
                "date",
            ])
        })
        .and_then(|f| {
            iso_date(&f.value).map(|d| Found {
                evidence: format!("{} = \"{}\"", f.evidence, f.value),
                value: d,
            })
        })
        .or_else(|| time_element(doc))
        .or_else(|| url_date(doc, &tags));

    let url = doc
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .map(|h| h.trim().to_owned())
        .filter(|h| looks_like_url(h))
        .map(|value| Found {
            value,
            evidence: "<link rel=\"canonical\">".into(),
        })
        .or_else(|| tags.first(&["og:url"]).filter(|f| looks_like_url(&f.value)))
        .or_else(|| ld_found(&["url"], ld_str(&["url"]).filter(|u| looks_like_url(u))));

    let lang = doc
        .select("html")
        .attr("lang")
        .or_else(|| doc.select("html").attr("xml:lang"))
        .map(|l| l.trim().to_owned())
        .filter(|l| is_language_tag(l))
        .map(|value| Found {
            value,
            evidence: "<html lang>".into(),
        })
        .or_else(|| {
            doc.select(r#"meta[http-equiv="content-language" i]"#)
                .attr("content")
                .map(|l| l.trim().to_owned())
                .filter(|l| is_language_tag(l))
                .map(|value| Found {
                    value,
                    evidence: "<meta http-equiv=\"content-language\">".into(),
                })
        })
        .or_else(|| {
            tags.first(&["og:locale"])
                .filter(|f| is_language_tag(&f.value))
                .map(|f| Found {
                    value: f.value.replace('_', "-"),
                    ..f
                })
        });

    let description = ld_found(&["description"], ld_str(&["description"])).or_else(|| {
        tags.first(&[
            "dc:description",
            "dcterm:description",
            "og:description",
            "weibo:article:description",
            "weibo:webpage:description",
            "description",
            "twitter:description",
        ])
        .map(unescaped)
    });

    let title = title.map(|t| without_name_suffix(t, &[byline.as_ref(), site_name.as_ref()]));
    PageFacts {
        title,
        byline,
        published,
        site_name,
        url,
        lang,
        description,
        encoding: None,
    }
}

/// "Whale strandings | Eleanor Ainge Roy" → "Whale strandings": a title that ends with the
/// byline's or the site's name after a separator loses it, as often as it ends so ("Headline -
/// Author - Site"; sites append them to `og:title`).
fn without_name_suffix(title: Found, names: &[Option<&Found>]) -> Found {
    let key = |s: &str| collapse_spaces(&s.to_lowercase());
    let names: Vec<String> = names
        .iter()
        .flatten()
        .map(|n| key(&n.value))
        .filter(|n| !n.is_empty())
        .collect();
    let mut value = title.value.as_str();
    let mut cut = Vec::new();
    'strip: loop {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let Some((head, tail)) = value.rsplit_once(sep) {
                if names.contains(&key(tail)) && head.split_whitespace().count() >= 3 {
                    value = head.trim();
                    cut.push(sep.trim());
                    continue 'strip;
                }
            }
        }
        break;
    }
    if cut.is_empty() {
        return title;
    }
    Found {
        value: value.to_owned(),
        evidence: format!(
            "{} without the name after “{}”",
            title.evidence,
            cut.join("” and “")
        ),
    }
}

/// JSON-LD `name` or `headline`: when both are given and differ, the one that matches the
/// document's title (some sites put their own name in `name`).
fn ld_title(ld: Option<&Value>, doc_title: Option<&Found>) -> Option<Found> {
    let ld = ld?;
    let get = |k: &str| {
        ld.get(k)
            .and_then(Value::as_str)
            .map(|s| collapse_spaces(&unescape(s)))
            .filter(|s| !s.is_empty())
    };
    let (name, headline) = (get("name"), get("headline"));
    let pick = match (name, headline) {
        (Some(n), Some(h)) if n != h => {
            let t = doc_title.map_or("", |t| t.value.as_str());
            if similarity(&h, t) > 0.75 && similarity(&n, t) <= 0.75 {
                ("headline", h)
            } else {
                ("name", n)
            }
        }
        (Some(n), _) => ("name", n),
        (None, Some(h)) => ("headline", h),
        (None, None) => return None,
    };
    Some(Found {
        value: pick.1,
        evidence: format!("JSON-LD {}", pick.0),
    })
}

/// The names of JSON-LD `author` (an object, a list of objects, or a string), joined by ", ".
fn ld_authors(ld: &Value) -> Option<String> {
    let name_of = |v: &Value| match v {
        Value::String(s) if !looks_like_url(s) => Some(collapse_spaces(&unescape(s))),
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| collapse_spaces(&unescape(s))),
        _ => None,
    };
    let names: Vec<String> = match ld.get("author")? {
        Value::Array(items) => items.iter().filter_map(name_of).collect(),
        other => name_of(other).into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// A byline element of the page (`rel="author"`, `itemprop="author"`, a class or id naming a
/// byline or an author), the first whose text reads as a list of names once the lead-in ("By")
/// and a date after the names are taken off.
fn byline_element(doc: &Document) -> Option<Found> {
    // Author names in these belong to other articles or to readers.
    const OUTSIDE_ARTICLE: &str = r#"nav, footer, [class*="sidebar" i], [id*="sidebar" i], [class*="related" i], [class*="comment" i], [id*="comment" i], [class*="widget" i], [class*="promo" i], [class*="follow" i]"#;
    const SELECTOR: &str = r#"[rel="author"], [itemprop~="author"], [class*="byline" i], [id*="byline" i], [class*="author" i], [class*="writtenby" i]"#;
    for el in doc.select(SELECTOR).iter() {
        if el.is("html, body, article, main, meta, link, script, style, [hidden], [aria-hidden=\"true\"]")
            || el.is(OUTSIDE_ARTICLE)
            || el
                .ancestors(Some(40))
                .iter()
                .any(|a| !a.is("html, body") && a.is(OUTSIDE_ARTICLE))
        {
            continue;
        }
        // The name itself where the element marks it.
        let named = [
            r#"[itemprop="name"]"#,
            r#"a[rel="author"]"#,
            r#"a[href*="author"]"#,
        ]
        .iter()
        .map(|s| el.select(s))
        .find(|s| s.exists() && !collapse_spaces(&s.first().text()).is_empty());
        let text = match named {
            Some(n) => collapse_spaces(&n.first().text()),
            None => collapse_spaces(&el.text()),
        };
        if text.chars().count() > 200 {
            continue;
        }
        let text = clean_byline(&text);
        if looks_like_names(&text) {
            return Some(Found {
                value: text,
                evidence: format!("<{}> byline element", describe(&el)),
            });
        }
    }
    None
}

fn describe(el: &Selection) -> String {
    let name = el
        .nodes()
        .first()
        .and_then(|n| n.node_name())
        .map_or_else(|| "element".to_owned(), |n| n.to_string());
    for attr in ["rel", "itemprop", "class", "id"] {
        if let Some(v) = el.attr(attr) {
            return format!("{name} {attr}=\"{}\"", collapse_spaces(&v));
        }
    }
    name
}

/// Lead-ins printed before a byline's names, longest first.
const BYLINE_LEADS: &[&str] = &[
    "posted by",
    "written by",
    "reported by",
    "reporting by",
    "story by",
    "words by",
    "text by",
    "by",
    "par",
    "von",
    "por",
    "di",
    "door",
    "به قلم",
    "بقلم",
    "نوشته",
    "نویسنده",
];

/// Words that start the time or note printed after a byline's names.
const AFTER_NAMES: &[&str] = &[
    "updated",
    "published",
    "posted",
    "on",
    "at",
    "le",
    "publié",
    "mis",
    "am",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];

/// Month names besides the English ones (`segment::month_number`), as dates print them.
const OTHER_MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
];

/// Lower-case words a name or a list of names may hold.
const NAME_PARTICLES: &[&str] = &[
    "and", "et", "y", "e", "und", "de", "da", "das", "do", "dos", "del", "della", "der", "den",
    "di", "du", "la", "le", "van", "von", "al", "el", "bin", "ibn", "ben", "bint", "of", "the",
    "by", "with", "avec", "con", "mit",
];

/// A byline as printed, without its lead-in and without a date after the names:
/// "By Joshua Sokol May 20, 2019" → "Joshua Sokol"; "Posted by Jane Doe | 3:01 pm" → "Jane Doe".
fn clean_byline(text: &str) -> String {
    let mut t = text.trim();
    for lead in BYLINE_LEADS {
        let rest = t
            .get(..lead.len())
            .filter(|p| p.eq_ignore_ascii_case(lead))
            .and_then(|_| t.get(lead.len()..));
        if let Some(rest) = rest.filter(|r| r.starts_with(|c: char| c.is_whitespace() || c == ':'))
        {
            t = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':');
            break;
        }
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let b = bare(word);
        // A month starts a date only before a number ("May 20, 2019"; not "Theresa May").
        let month = (month_number(&b).is_some() || OTHER_MONTHS.contains(&b.as_str()))
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_numeric()));
        let starts_date = !kept.is_empty()
            && (month
                || AFTER_NAMES.contains(&b.as_str())
                || WEEKDAYS.contains(&b.as_str())
                || word.starts_with(|c: char| c.is_numeric())
                || matches!(*word, "|" | "—" | "–" | "-" | "·" | "•"));
        if starts_date {
            break;
        }
        kept.push(word);
    }
    kept.join(" ")
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:|-–—·•".contains(c))
        .to_owned()
}

/// Text that reads as one or more names: up to ten words, each capitalised (or a particle such
/// as "de", "and"); in a script without capitals, up to ten words.
fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 || !text.chars().any(char::is_alphabetic) {
        return false;
    }
    words.iter().all(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        match bare.chars().next() {
            None => true,
            Some(c) if c.is_lowercase() => NAME_PARTICLES.contains(&bare),
            Some(c) => !c.is_numeric(),
        }
    })
}

/// The names of a byline: "Jane Doe, John Roe and Ann Poe" → three names.
pub fn byline_names(byline: &str) -> Vec<String> {
    let mut names = Vec::new();
    for part in clean_byline(byline).split([',', ';', '|', '&', '/', '•']) {
        for name in part.split(" and ").flat_map(|p| p.split(" et ")) {
            let name = collapse_spaces(name);
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// `<time datetime>` of the article: one marked as its publication date, else the first inside
/// an `<article>`.
fn time_element(doc: &Document) -> Option<Found> {
    for (selector, what) in [
        (
            "time[pubdate][datetime], [itemprop~=\"datePublished\"][datetime]",
            "marked as published",
        ),
        ("article time[datetime]", "first in the article"),
    ] {
        let t = doc.select(selector).first();
        if let Some(raw) = t.attr("datetime") {
            if let Some(d) = iso_date(&raw) {
                return Some(Found {
                    value: d,
                    evidence: format!("<time datetime=\"{}\"> ({what})", raw.trim()),
                });
            }
        }
    }
    None
}

/// A date in the canonical address, as `/2011/12/19/` or `/2011-12-19/`.
fn url_date(doc: &Document, tags: &MetaTags) -> Option<Found> {
    let url = doc
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .map(|h| h.to_string())
        .or_else(|| tags.first(&["og:url"]).map(|f| f.value))?;
    let parts: Vec<&str> = url.split(['/', '-', '_', '.']).collect();
    for w in parts.windows(3) {
        let (y, m, d) = (w[0], w[1], w[2]);
        if y.len() == 4 && m.len() == 2 && d.len() == 2 {
            if let Some(iso) = iso_date(&format!("{y}-{m}-{d}")) {
                return Some(Found {
                    value: iso,
                    evidence: format!("the date in the page's address: {url}"),
                });
            }
        }
    }
    None
}

/// The calendar date of a written date-time: ISO 8601 ("2011-12-19T10:00:00-05:00", the date
/// as written, not moved to UTC) or RFC 2822 ("Mon, 19 Dec 2011 10:00:00 GMT").
pub fn iso_date(raw: &str) -> Option<String> {
    let t = raw.trim();
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if let (Some(y), Some(m), Some(d)) = (t.get(0..4), t.get(5..7), t.get(8..10)) {
        if digits(y)
            && digits(m)
            && digits(d)
            && t.get(4..5) == Some("-")
            && t.get(7..8) == Some("-")
        {
            return valid(y, m, d);
        }
    }
    if let (Some(y), Some(m), Some(d)) = (t.get(0..4), t.get(4..6), t.get(6..8)) {
        if digits(y) && digits(m) && digits(d) && t.get(8..9).is_none_or(|c| c == "T") {
            return valid(y, m, d);
        }
    }
    let words: Vec<String> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    for w in words.windows(3) {
        let month = |s: &str| month_number(s).map(|m| format!("{m:02}"));
        // "19 Dec 2011" or "Dec 19 2011"
        let (d, m) = if let Some(m) = month(&w[1]) {
            (w[0].as_str(), m)
        } else if let Some(m) = month(&w[0]) {
            (w[1].as_str(), m)
        } else {
            continue;
        };
        if digits(d) && (1..=2).contains(&d.len()) && digits(&w[2]) && w[2].len() == 4 {
            return valid(&w[2], &m, &format!("{d:0>2}"));
        }
    }
    None
}

fn valid(y: &str, m: &str, d: &str) -> Option<String> {
    let (yy, mm, dd): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1900..=2100).contains(&yy) && (1..=12).contains(&mm) && (1..=31).contains(&dd))
        .then(|| format!("{yy:04}-{mm:02}-{dd:02}"))
}

/// `<title>` without the site's name, as Readability cuts it: the part before the last " | ",
/// " - ", " » " … separator (or after the first one when that leaves too little), or after a
/// colon; the page's only `<h1>` when the title is far too short or long.
fn document_title(doc: &Document, site_name: Option<&str>) -> Option<Found> {
    let orig = collapse_spaces(&doc.select("head title").first().text());
    let orig = if orig.is_empty() {
        collapse_spaces(&doc.select("title").first().text())
    } else {
        orig
    };
    if orig.is_empty() {
        return None;
    }
    let words = |s: &str| s.split_whitespace().count();
    const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
    let separators: Vec<(usize, char)> = orig
        .char_indices()
        .filter(|&(i, c)| {
            SEPARATORS.contains(&c)
                && orig.get(..i).is_some_and(|b| b.ends_with(' '))
                && orig
                    .get(i + c.len_utf8()..)
                    .is_some_and(|a| a.starts_with(' '))
        })
        .collect();
    let mut hierarchical = false;
    let mut cut = orig.clone();
    let mut evidence = "<title>";
    if let Some(&(last, _)) = separators.last() {
        hierarchical = separators
            .iter()
            .any(|(_, c)| matches!(c, '\\' | '/' | '>' | '»'));
        cut = orig.get(..last).unwrap_or(&orig).trim().to_owned();
        if words(&cut) < 3 {
            let (first, c) = separators[0];
            cut = orig
                .get(first + c.len_utf8()..)
                .unwrap_or(&orig)
                .trim()
                .to_owned();
        }
        evidence = "<title> without the site's name";
    } else if orig.contains(": ") {
        let in_heading = doc
            .select("h1, h2")
            .iter()
            .any(|h| collapse_spaces(&h.text()) == orig);
        if !in_heading {
            let last = orig.rfind(':').unwrap_or(0);
            let first = orig.find(':').unwrap_or(0);
            cut = orig.get(last + 1..).unwrap_or_default().trim().to_owned();
            if words(&cut) < 3 {
                cut = orig.get(first + 1..).unwrap_or_default().trim().to_owned();
            } else if words(orig.get(..first).unwrap_or_default()) > 5 {
                cut = orig.clone();
            }
            evidence = "<title> without the site's name";
        }
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let h1 = doc.select("h1");
        if h1.length() == 1 {
            let h = collapse_spaces(&h1.text());
            if !h.is_empty() {
                cut = h;
                evidence = "<h1> (the page's only one)";
            }
        }
    }
    // The part cut off is the site's own name: the rest is the title, however short.
    if let (Some(site), Some(&(last, c))) = (site_name, separators.last()) {
        let tail = orig.get(last + c.len_utf8()..).unwrap_or_default();
        if super::super::clean::fold(tail.trim()) == super::super::clean::fold(site.trim()) {
            return Some(Found {
                value: orig.get(..last).unwrap_or(&orig).trim().to_owned(),
                evidence: "<title> without the site's name".into(),
            });
        }
    }
    let n = words(&cut);
    let without_separators: String = orig.chars().filter(|c| !SEPARATORS.contains(c)).collect();
    if n <= 4 && (!hierarchical || n + 1 != words(&without_separators)) {
        cut = orig;
        evidence = "<title>";
    }
    Some(Found {
        value: cut,
        evidence: evidence.into(),
    })
}

/// Share of the words of `b` not in `a`, subtracted from 1 (Readability's text similarity).
fn similarity(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let unique_b: Vec<&String> = tb.iter().filter(|t| !ta.contains(t)).collect();
    let len = |v: &[&String]| {
        v.iter().map(|s| s.chars().count()).sum::<usize>() + v.len().saturating_sub(1)
    };
    let all_b: Vec<&String> = tb.iter().collect();
    1.0 - len(&unique_b) as f64 / len(&all_b).max(1) as f64
}

fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// "en", "fa-IR", "en_US", "zh-Hant": letters, digits, hyphens; a 2–3 letter language first.
fn is_language_tag(s: &str) -> bool {
    let s = s.replace('_', "-");
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Values in JSON-LD and `<meta content>` are sometimes escaped twice ("&amp;amp;", "&#8217;").
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        rest = rest.get(amp..).unwrap_or_default();
        let semi = rest.find(';').filter(|&i| i <= 10);
        let decoded = semi.and_then(|i| rest.get(1..i)).and_then(entity);
        match (semi, decoded) {
            (Some(i), Some(c)) => {
                out.push(c);
                rest = rest.get(i + 1..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = rest.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageFacts {
        let doc = Document::from(html);
        let ld = json_ld_article(&doc);
        read_meta(&doc, ld.as_ref())
    }

    #[test]
    fn json_ld_comes_first_with_its_evidence() {
        let m = meta(
            r#"<html lang="en"><head><title>Iraq sets a deadline | The Daily Example</title>
            <meta property="og:title" content="OG title here">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Daily Example"},
              {"@type":"NewsArticle","headline":"Iraq sets a deadline for Camp Ashraf",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "datePublished":"2011-12-19T23:30:00-05:00","publisher":{"name":"The Daily Example"}}]}
            </script></head><body></body></html>"#,
        );
        let title = m.title.unwrap();
        assert_eq!(title.value, "Iraq sets a deadline for Camp Ashraf");
        assert_eq!(title.evidence, "JSON-LD headline");
        assert_eq!(m.byline.unwrap().value, "Jane Doe, John Roe");
        let date = m.published.unwrap();
        assert_eq!(date.value, "2011-12-19");
        assert!(date.evidence.contains("2011-12-19T23:30:00-05:00"));
        assert_eq!(m.site_name.unwrap().value, "The Daily Example");
        assert_eq!(m.lang.unwrap().value, "en");
    }

    #[test]
    fn meta_tags_then_the_title_without_its_site_suffix() {
        let m = meta(
            r#"<head><meta property="og:site_name twitter:site" content="Le Monde">
            <meta name="author" content="Hélène Sallon &amp;amp; Louis Imbert">
            <meta property="article:published_time" content="Mon, 19 Dec 2011 10:00:00 GMT">
            <title>Les résidents du camp d'Achraf transférés - Le Monde</title>
            <link rel="canonical" href="https://www.lemonde.fr/x/2011/12/19/achraf.html"></head>"#,
        );
        assert_eq!(
            m.title.unwrap(),
            Found {
                value: "Les résidents du camp d'Achraf transférés".into(),
                evidence: "<title> without the site's name".into()
            }
        );
        assert_eq!(
            m.byline.as_ref().unwrap().value,
            "Hélène Sallon & Louis Imbert"
        );
        assert_eq!(
            byline_names(&m.byline.unwrap().value),
            ["Hélène Sallon", "Louis Imbert"]
        );
        assert_eq!(m.published.unwrap().value, "2011-12-19");
        assert_eq!(
            m.site_name.unwrap().evidence,
            "<meta property=\"og:site_name\">"
        );
        assert_eq!(
            m.url.unwrap().value,
            "https://www.lemonde.fr/x/2011/12/19/achraf.html"
        );
    }

    #[test]
    fn absent_stays_absent() {
        let m = meta("<p>Just a paragraph of text, nothing else.</p>");
        assert_eq!(m, PageFacts::default());
        let m = meta("<html lang='not a tag'><title>  </title><time datetime='garbage'>x</time>");
        assert_eq!(m, PageFacts::default());
    }

    #[test]
    fn byline_elements_times_and_url_dates() {
        let m = meta(
            r#"<link rel="canonical" href="https://example.org/news/2011/07/22/ashraf">
            <article><p class="byline">By <a rel="author">TIM ARANGO</a></p>
            <time datetime="2011-07-21">Yesterday</time></article>"#,
        );
        assert_eq!(m.byline.unwrap().value, "TIM ARANGO");
        let d = m.published.unwrap();
        assert_eq!(d.value, "2011-07-21");
        assert!(d.evidence.contains("first in the article"));
        let m = meta(r#"<link rel="canonical" href="https://example.org/2011/07/22/ashraf">"#);
        assert_eq!(m.published.unwrap().value, "2011-07-22");
    }

    #[test]
    fn bylines_lose_their_lead_in_and_date_and_must_read_as_names() {
        assert_eq!(clean_byline("By Joshua Sokol May 20, 2019"), "Joshua Sokol");
        assert_eq!(
            clean_byline("Posted by Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC"),
            "Joe Wee"
        );
        assert_eq!(
            clean_byline("Par Sébastien Farcis | 30 avril"),
            "Sébastien Farcis"
        );
        assert_eq!(clean_byline("بقلم: علی رضایی"), "علی رضایی");
        assert_eq!(clean_byline("Byron Smith"), "Byron Smith");
        assert_eq!(clean_byline("By Theresa May"), "Theresa May");
        assert_eq!(clean_byline("Jane Doe Tuesday 3 May"), "Jane Doe");
        assert!(looks_like_names("Jane Doe, John Roe and Ann de la Poe"));
        assert!(looks_like_names("علی رضایی"));
        assert!(!looks_like_names(
            "Katie Couric New Yorkers post their feelings about it"
        ));
        assert!(!looks_like_names("12 comments"));
        // A follow-the-author widget and a sidebar list are not the article's byline.
        let m = meta(
            r#"<aside class="sidebar"><span class="author">Other Writer</span></aside>
            <ul class="author-follow"><li class="author">Katie Couric</li></ul>
            <div class="byline">By Jane Doe, Updated 3 hours ago</div>"#,
        );
        assert_eq!(m.byline.unwrap().value, "Jane Doe");
        // Several author tags are several authors; property wins over name.
        let m = meta(
            r#"<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">
            <meta name="og:title" content="Name title"><meta property="og:title" content="Property title">"#,
        );
        assert_eq!(m.byline.unwrap().value, "Jane Doe, John Roe");
        assert_eq!(m.title.unwrap().value, "Property title");
        let m = meta(
            r#"<meta property="og:title" content="Whale strandings rise in the north | Jane Doe">
            <meta name="author" content="Jane Doe">"#,
        );
        assert_eq!(m.title.unwrap().value, "Whale strandings rise in the north");
        let m = meta(r#"<meta property="og:article:author" content="BBC News">"#);
        assert_eq!(m.byline.unwrap().value, "BBC News");
    }

    #[test]
    fn dates_as_written() {
        assert_eq!(
            iso_date("2011-12-19T23:30:00-05:00").as_deref(),
            Some("2011-12-19")
        );
        assert_eq!(iso_date("20111219").as_deref(), Some("2011-12-19"));
        assert_eq!(iso_date("Dec 19, 2011").as_deref(), Some("2011-12-19"));
        assert_eq!(iso_date("2011-13-40"), None);
        assert_eq!(iso_date("۲۰۱۱"), None);
        assert_eq!(iso_date("Sé"), None);
    }
}
