//! The ingest: raw pages in, a clean structured corpus out.
//!
//! decode → segment (cut pages, drop chrome) → metadata (byline, dates, outlet, body clean-up)
//! → merge copies → entities → quotes → claims → events → estimated dates.
//! Pure Rust with no I/O, so the same code runs in the corpus builder and in the browser.

mod claims;
pub mod clean;
mod dates;
mod entities;
mod events;
mod given_names;
mod import;
mod input;
mod knowledge;
mod merge;
mod metadata;
mod names;
pub mod page;
mod quotes;
mod segment;
mod similarity;

pub use import::{handle_request, import_document, DocFormat};
pub use input::{check_size, decode, read_folder, IngestError, InputFile, MAX_FILE_BYTES};
pub use knowledge::Knowledge;
pub use merge::COPY_THRESHOLD;

use crate::model::*;
use crate::sentences::sentences;
use claims::{claims_in_sentence, ClaimPatterns};
use clean::slug;
use dates::{days_from_civil, iso, parse_iso};
use entities::{EntityKind, EntityMatcher};
use events::{build_events, matches_rule, SentenceRef};
use metadata::{extract, signal_matches, Draft};

/// Build a corpus from raw pages. Fails as a whole, naming the file, on the first bad input.
pub fn build_corpus(files: &[InputFile], knowledge: &Knowledge) -> Result<Corpus, IngestError> {
    let patterns =
        ClaimPatterns::new().map_err(|e| IngestError::new("claim patterns", e.to_string()))?;
    let matcher = EntityMatcher::new(knowledge);
    let mut sources = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut outlets: Vec<Outlet> = Vec::new();
    for file in files {
        if DocFormat::of(&file.name) == Ok(DocFormat::Html) {
            check_size(file)?;
            let page = page::read_page(&file.bytes).map_err(|e| IngestError::new(&file.name, e))?;
            let (draft, outlet) = page::draft_of(&file.name, page, knowledge);
            if let Some(o) = outlet.filter(|o| !outlets.iter().any(|x| x.id == o.id)) {
                outlets.push(o);
            }
            drafts.push(draft);
            sources.push(SourceFile {
                file: file.name.clone(),
                bytes: file.bytes.len(),
                segments: 1,
            });
            continue;
        }
        let text = decode(file)?;
        let host = detect_host(&text, knowledge);
        let segments = segment::segment_page(&file.name, &text);
        let before = drafts.len();
        for s in segments {
            let d = extract(s, host.as_ref().map(|h| h.id.clone()), knowledge);
            if !d.paragraphs.is_empty() {
                drafts.push(d);
            }
        }
        if drafts.len() == before {
            return Err(IngestError::new(
                &file.name,
                "no article text found (only navigation or sidebar lines)",
            ));
        }
        sources.push(SourceFile {
            file: file.name.clone(),
            bytes: file.bytes.len(),
            segments: drafts.len() - before,
        });
        if let Some(h) = host {
            if !outlets.iter().any(|o| o.id == h.id) {
                outlets.push(h);
            }
        }
    }

    let mut articles: Vec<Article> = merge::group_copies(&drafts)
        .iter()
        .map(|g| assemble(g, &drafts, knowledge, &outlets))
        .collect();
    assign_ids(&mut articles);

    let mut quotes = Vec::new();
    let mut claims = Vec::new();
    let mut found_people: Vec<Entity> = Vec::new();
    let mut found_index: std::collections::HashMap<String, usize> = Default::default();
    for a in &mut articles {
        let reading = read_article(&a.id, &a.paragraphs, &matcher, knowledge);
        a.mentions = reading.mentions;
        let mut listed: std::collections::HashSet<&str> = Default::default();
        for m in &a.mentions {
            if !listed.insert(m.entity.as_str()) {
                continue;
            }
            let list = match reading.cast.kind_of(&m.entity) {
                Some(EntityKind::Person) => &mut a.people,
                Some(EntityKind::Organization) => &mut a.organizations,
                Some(EntityKind::Place) => &mut a.places,
                None => match matcher.kind_of(&m.entity) {
                    Some(EntityKind::Place) => &mut a.places,
                    _ => continue,
                },
            };
            list.push(m.entity.clone());
        }
        quotes.extend(reading.quotes);
        for p in reading.people {
            match found_index.get(&p.id).map(|&i| &mut found_people[i]) {
                Some(e) => {
                    for alias in p.aliases {
                        if !e.aliases.contains(&alias) {
                            e.aliases.push(alias);
                        }
                    }
                }
                None => {
                    found_index.insert(p.id.clone(), found_people.len());
                    found_people.push(p);
                }
            }
        }
        let about_camp = a.places.iter().any(|p| p == "camp-ashraf");
        for (pi, p) in a.paragraphs.iter().enumerate() {
            for (s, e) in sentences(p) {
                claims.extend(claims_in_sentence(
                    &patterns,
                    p.get(s..e).unwrap_or_default(),
                    &a.id,
                    pi,
                    a.date.as_deref(),
                    about_camp,
                ));
            }
        }
    }

    let events = {
        let sentence_refs: Vec<SentenceRef> = articles
            .iter()
            .flat_map(|a| {
                a.paragraphs.iter().enumerate().flat_map(move |(pi, p)| {
                    sentences(p).into_iter().map(move |(s, e)| SentenceRef {
                        article: &a.id,
                        article_title: &a.title,
                        article_date: a.date.as_deref(),
                        paragraph: pi,
                        text: p.get(s..e).unwrap_or_default(),
                    })
                })
            })
            .collect();
        build_events(&knowledge.events, &sentence_refs)
    };
    estimate_dates(&mut articles, &events, knowledge);

    for a in &articles {
        for id in a.outlet.iter() {
            if let Some(rule) = knowledge.outlets.iter().find(|o| &o.id == id) {
                if !outlets.iter().any(|o| &o.id == id) {
                    outlets.push(rule.outlet());
                }
            }
        }
    }
    outlets.sort_by(|a, b| a.id.cmp(&b.id));
    articles.sort_by(|a, b| {
        a.date
            .is_none()
            .cmp(&b.date.is_none())
            .then(a.date.cmp(&b.date))
            .then(a.id.cmp(&b.id))
    });
    let order: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let rank = |id: &str| order.iter().position(|x| *x == id).unwrap_or(usize::MAX);
    quotes.sort_by_key(|q| (rank(&q.article), q.paragraph, q.start));
    claims.sort_by_key(|c| (rank(&c.article), c.paragraph));

    let mentioned = |id: &str| {
        articles
            .iter()
            .any(|a| a.mentions.iter().any(|m| m.entity == id))
    };
    let named_or_speaking = |e: &&Entity| {
        mentioned(&e.id)
            || quotes
                .iter()
                .any(|q| q.speaker_id.as_deref() == Some(&e.id))
    };
    let entities = Entities {
        people: knowledge
            .people
            .iter()
            .filter(named_or_speaking)
            .cloned()
            .chain(found_people)
            .collect(),
        organizations: knowledge
            .organizations
            .iter()
            .filter(named_or_speaking)
            .cloned()
            .collect(),
        places: knowledge
            .places
            .iter()
            .filter(|p| mentioned(&p.id) || p.kind == "camp")
            .cloned()
            .collect(),
    };
    Ok(Corpus {
        schema_version: SCHEMA_VERSION,
        sources,
        outlets,
        articles,
        quotes,
        entities,
        claims,
        events,
    })
}

/// What the ingest reads of one article's people: every mention (the dictionary's, then the
/// people the text itself names), those people as entities, and the quotations with their
/// speakers.
struct ArticleReading {
    mentions: Vec<Mention>,
    people: Vec<Entity>,
    cast: quotes::Cast,
    quotes: Vec<Quote>,
}

fn read_article(
    id: &str,
    paragraphs: &[String],
    matcher: &EntityMatcher,
    knowledge: &Knowledge,
) -> ArticleReading {
    let mut known = matcher.find(paragraphs);
    // A one-word alias of the dictionary that begins a longer name ("Jeffrey" of "Jeffrey
    // Frankel") names someone else.
    known.retain(|m| {
        let p = &paragraphs[m.paragraph];
        let one_word = !p.get(m.start..m.end).unwrap_or_default().contains(' ');
        let next_capital = p
            .get(m.end..)
            .unwrap_or_default()
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase);
        !(one_word && next_capital && matcher.kind_of(&m.entity) == Some(EntityKind::Person))
    });
    let found = names::find_people(paragraphs, &known);
    let mut mentions = known;
    mentions.extend(found.mentions.iter().cloned());
    mentions.sort_by_key(|m| (m.paragraph, m.start));
    let cast = quotes::Cast::new(&knowledge.people, &knowledge.organizations, &found);
    let quotes = quotes::extract_quotes(id, paragraphs, &mentions, &cast, &found.others);
    let people = found
        .people
        .into_iter()
        .map(|p| Entity {
            id: p.id,
            name: p.name,
            aliases: p.aliases,
            affiliation: p.affiliation,
            description: p.description,
            pronoun: p.pronoun,
        })
        .collect();
    ArticleReading {
        mentions,
        people,
        cast,
        quotes,
    }
}

/// Share of shingles every two article segments have in common (the copy-detection figure),
/// labelled "file#position", highest first. Used to report and justify `COPY_THRESHOLD`.
pub fn copy_similarities(
    files: &[InputFile],
    knowledge: &Knowledge,
) -> Result<Vec<(String, String, f64)>, IngestError> {
    let mut drafts = Vec::new();
    for file in files {
        let text = decode(file)?;
        for s in segment::segment_page(&file.name, &text) {
            drafts.push(extract(s, None, knowledge));
        }
    }
    let label = |d: &Draft| format!("{}#{}", d.segment.file, d.segment.position);
    let mut out: Vec<(String, String, f64)> = merge::similarity_table(&drafts)
        .into_iter()
        .map(|(i, j, v)| (label(&drafts[i]), label(&drafts[j]), v))
        .collect();
    out.sort_by(|a, b| b.2.total_cmp(&a.2));
    Ok(out)
}

/// The host site of a page: a known host by its printed marks, otherwise an unidentified site
/// recognised by the sidebar headings its pages share (so copies on one site group together).
fn detect_host(text: &str, k: &Knowledge) -> Option<Outlet> {
    if let Some(h) = k.hosts.iter().find(|h| {
        text.lines()
            .any(|l| h.signals.iter().any(|s| signal_matches(s, l)))
    }) {
        return Some(h.outlet());
    }
    const SIDEBARS: &[&str] = &[
        "New Articles",
        "Most viewed",
        "You may also like",
        "Leave a Comment",
        "Recent Posts",
    ];
    let found: Vec<&str> = SIDEBARS
        .iter()
        .copied()
        .filter(|s| text.lines().any(|l| l.trim() == *s))
        .collect();
    if found.is_empty() {
        return None;
    }
    let labels: Vec<String> = found.iter().map(|s| format!("“{s}”")).collect();
    Some(Outlet {
        id: format!("site-{}", slug(&found.join(" "), 6)),
        name: format!("Site with the sidebar {}", labels.join(", ")),
        kind: OutletKind::UnidentifiedSite,
        home_page: None,
        note: Some("The page does not name the site that hosts it; pages with the same sidebar are grouped as one site.".into()),
    })
}

fn assemble(group: &[usize], drafts: &[Draft], k: &Knowledge, hosts: &[Outlet]) -> Article {
    let primary = group
        .iter()
        .copied()
        .max_by_key(|&i| {
            (
                drafts[i].paragraphs.iter().map(String::len).sum::<usize>(),
                std::cmp::Reverse(i),
            )
        })
        .unwrap_or(group[0]);
    let copies_in_order: Vec<&Draft> = std::iter::once(primary)
        .chain(group.iter().copied().filter(|&i| i != primary))
        .map(|i| &drafts[i])
        .collect();
    let heading = copies_in_order
        .iter()
        .find_map(|d| d.segment.heading.clone());
    let outlet = copies_in_order.iter().find_map(|d| d.outlet.clone());
    let mut byline: Vec<String> = Vec::new();
    for d in &copies_in_order {
        for b in &d.byline {
            if !byline.contains(b) {
                byline.push(b.clone());
            }
        }
    }
    let host_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|h| hosts.iter().find(|o| &o.id == h))
            .map_or("the hosting site".to_string(), |o| o.name.clone())
    };
    let (date, date_precision, date_evidence) =
        if let Some((d, evidence)) = copies_in_order.iter().find_map(|d| d.printed_date.clone()) {
            (Some(d), DatePrecision::Day, Some(evidence))
        } else if let Some(d) = group
            .iter()
            .filter_map(|&i| {
                drafts[i]
                    .segment
                    .listing_date
                    .clone()
                    .map(|ld| (ld, &drafts[i]))
            })
            .min_by(|a, b| a.0.cmp(&b.0))
        {
            (
                Some(d.0.clone()),
                DatePrecision::Day,
                Some(format!(
                "posting date printed by {} (the date of that copy; the original may be earlier)",
                host_name(&d.1.host)
            )),
            )
        } else {
            (None, DatePrecision::Unknown, None)
        };
    let outlet_name = outlet
        .as_ref()
        .and_then(|(id, _)| k.outlets.iter().find(|o| &o.id == id))
        .map(|o| o.name.clone());
    let (title, title_inferred) = match &heading {
        Some(h) => (h.clone(), false),
        None => (
            inferred_title(
                &byline,
                outlet_name.as_deref(),
                date.as_deref(),
                &copies_in_order[0].paragraphs,
            ),
            true,
        ),
    };
    let mut republishers: Vec<String> = Vec::new();
    for d in &copies_in_order {
        if let Some(h) = &d.host {
            if !republishers.contains(h) {
                republishers.push(h.clone());
            }
        }
    }
    let mut copies: Vec<ArticleCopy> = group
        .iter()
        .map(|&i| {
            let d = &drafts[i];
            ArticleCopy {
                file: d.segment.file.clone(),
                position: d.segment.position,
                line: d.segment.line,
                republisher: d.host.clone(),
                heading: d.segment.heading.clone(),
                paragraphs: d.paragraphs.clone(),
                date: d
                    .printed_date
                    .as_ref()
                    .map(|p| p.0.clone())
                    .or(d.segment.listing_date.clone()),
                user_import: false,
            }
        })
        .collect();
    copies.sort_by(|a, b| (a.file.as_str(), a.position).cmp(&(b.file.as_str(), b.position)));
    Article {
        id: String::new(),
        title,
        title_inferred,
        outlet: outlet.as_ref().map(|o| o.0.clone()),
        outlet_evidence: outlet.map(|o| o.1),
        republishers,
        byline_evidence: copies_in_order
            .iter()
            .find_map(|d| d.page.as_ref()?.byline.as_ref())
            .map(|b| format!("given by the page: {}", b.evidence)),
        byline,
        date,
        date_precision,
        date_evidence,
        paragraphs: drafts[primary].paragraphs.clone(),
        copies,
        people: Vec::new(),
        organizations: Vec::new(),
        places: Vec::new(),
        mentions: Vec::new(),
        user_import: false,
        page: drafts[primary]
            .page
            .as_ref()
            .map(page::PageFacts::facts)
            .unwrap_or_default(),
    }
}

/// A descriptive title for an article printed without one, built only from its metadata and
/// its dateline; it is shown as inferred.
fn inferred_title(
    byline: &[String],
    outlet: Option<&str>,
    date: Option<&str>,
    paragraphs: &[String],
) -> String {
    let mut parts = Vec::new();
    if let Some(first) = paragraphs.first() {
        if let Some((dateline, _)) = first.split_once(" - ").filter(|(d, _)| {
            d.len() < 40
                && d.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        }) {
            parts.push(format!(
                "from {}",
                clean::title_case_if_shouting(dateline.split(',').next().unwrap_or(dateline))
            ));
        }
    }
    let who = match (byline.first(), outlet) {
        (Some(b), Some(o)) => format!("Untitled report by {b} ({o})"),
        (Some(b), None) => format!("Untitled report by {b}"),
        (None, Some(o)) => format!("Untitled {o} report"),
        (None, None) => "Untitled report".to_string(),
    };
    let mut title = who;
    if !parts.is_empty() {
        title.push(' ');
        title.push_str(&parts.join(" "));
    }
    if let Some((y, m, d)) = date.and_then(parse_iso) {
        title.push_str(&format!(
            ", {d} {} {y}",
            segment::MONTHS[(m as usize).clamp(1, 12) - 1]
        ));
    }
    title
}

fn assign_ids(articles: &mut [Article]) {
    let mut used: Vec<String> = Vec::new();
    for a in articles.iter_mut() {
        let base = slug(&a.title, 7);
        let base = if base.is_empty() {
            "article".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.push(id.clone());
        a.id = id;
    }
}

/// Undated articles that place themselves relative to a dated event ("last weekend withdrew
/// the last of its forces") get an estimated date, with the sentence as evidence.
fn estimate_dates(articles: &mut [Article], events: &[Event], k: &Knowledge) {
    // (phrase, whether the article was written after the event's week, wording)
    const RELATIVE: &[(&str, bool, &str)] = &[
        ("last weekend", true, "the week after"),
        ("last week", true, "the week after"),
        ("this week", false, "the same week as"),
    ];
    for a in articles.iter_mut().filter(|a| a.date.is_none()) {
        'search: for p in &a.paragraphs {
            for (s, e) in sentences(p) {
                let sentence = p.get(s..e).unwrap_or_default();
                let lower = sentence.to_lowercase();
                for (phrase, after, wording) in RELATIVE {
                    if !lower.contains(phrase) {
                        continue;
                    }
                    let Some(event) = events.iter().find(|ev| {
                        ev.date.len() == 10
                            && k.events
                                .iter()
                                .any(|r| r.id == ev.id && matches_rule(r, sentence))
                    }) else {
                        continue;
                    };
                    let Some((y, m, d)) = parse_iso(&event.date) else {
                        continue;
                    };
                    let day = days_from_civil(y, m, d);
                    let weekday_from_monday = (day + 3).rem_euclid(7);
                    let estimate = if *after {
                        day + 7 - weekday_from_monday
                    } else {
                        day
                    };
                    a.date = Some(iso(estimate));
                    a.date_precision = DatePrecision::Estimated;
                    a.date_evidence = Some(format!(
                        "\"{}\" — {} ({}, {}), so written in {} it, estimated as {}",
                        sentence.trim(),
                        event.label,
                        event.date,
                        phrase,
                        wording,
                        iso(estimate)
                    ));
                    break 'search;
                }
            }
        }
    }
}
