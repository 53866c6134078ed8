//! A saved web page ("Save page as…", `.html`): its bytes decoded by the page's own charset,
//! parsed by html5ever (through `dom_query`), its metadata read with evidence ([`meta`]) and its
//! main content taken as blocks of text ([`content`]), less the boilerplate that stays inside
//! articles. Nothing of the page is ever interpreted as markup again: what leaves this module is
//! plain text.

mod charset;
pub mod content;
pub mod meta;

pub use charset::{decode_page, Decoded};
pub use content::{Block, BlockKind};
pub use meta::{byline_names, iso_date};

use super::clean::{collapse_spaces, fold, slug, strip_bidi, title_case_if_shouting};
use super::knowledge::Knowledge;
use super::metadata::Draft;
use super::segment::Segment;
use crate::model::{Outlet, OutletKind};
use dom_query::Document;
pub use meta::{Found, PageFacts};

/// What a page gives: its article's blocks, its metadata and how its bytes were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub blocks: Vec<Block>,
    pub meta: PageFacts,
}

/// Reads a page from its bytes. `Err` only when no article text is found.
pub fn read_page(bytes: &[u8]) -> Result<Page, String> {
    let decoded = decode_page(bytes);
    let encoding = format!("{}: {}", decoded.encoding, decoded.evidence);
    let text = strip_nul(&decoded.text);
    let depth = container_depth(&text);
    if depth > MAX_DEPTH {
        return Err(format!(
            "the page's markup nests {depth} elements deep (an article page nests fewer than \
             {MAX_DEPTH}); it is not read, because parsing it would take minutes"
        ));
    }
    let doc = Document::from(text.as_str());
    let ld = meta::json_ld_article(&doc);
    let mut meta = PageFacts {
        encoding: Some(encoding),
        ..meta::read_meta(&doc, ld.as_ref())
    };
    let captions = image_descriptions(&doc);
    let body = ld
        .as_ref()
        .and_then(|v| v.get("articleBody"))
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let mut blocks = content::main_content(doc).unwrap_or_default();
    // Readability finds nothing on some pages (an app shell whose text is only in JSON-LD, or
    // a page cut off): the publisher's own `articleBody` is the article then, one paragraph a
    // line; so it is when it holds much more text than what was found.
    if let Some(body) = body {
        let found: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
        let given = body.chars().count();
        if given > 2 * found {
            blocks = body
                .split('\n')
                .map(collapse_spaces)
                .filter(|l| !l.is_empty())
                .map(|text| Block {
                    kind: BlockKind::Paragraph,
                    text,
                })
                .collect();
        }
    }
    for b in &mut blocks {
        b.text = strip_bidi(&b.text);
    }
    for f in [
        &mut meta.title,
        &mut meta.byline,
        &mut meta.site_name,
        &mut meta.description,
    ]
    .into_iter()
    .flatten()
    {
        f.value = strip_bidi(&f.value);
    }
    drop_boilerplate(&mut blocks, &meta, &captions);
    if !blocks
        .iter()
        .any(|b| b.text.chars().any(char::is_alphabetic))
    {
        return Err("no article text found on the page".into());
    }
    Ok(Page { blocks, meta })
}

/// Deepest nesting of container elements accepted. Parsing and scoring a DOM take time
/// quadratic in its depth (4,000 levels: 5 s); real pages nest well under 100.
const MAX_DEPTH: usize = 1500;

/// How deep the page's never-implied containers (`div`, `span` …) nest at most, counted on the
/// source: opening tags minus closing ones, as a bound before anything is parsed.
fn container_depth(html: &str) -> usize {
    const CONTAINERS: &[&[u8]] = &[
        b"div",
        b"span",
        b"section",
        b"article",
        b"font",
        b"table",
        b"blockquote",
        b"a",
        b"b",
        b"i",
        b"em",
        b"strong",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'<'))
    {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let name_len = bytes.get(start..).map_or(0, |b| {
            b.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
        });
        let Some(name) = bytes.get(start..start + name_len) else {
            continue;
        };
        if CONTAINERS.iter().any(|c| c.eq_ignore_ascii_case(name)) {
            if closing {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                max = max.max(depth);
            }
        }
    }
    max
}

/// The page as a draft article for the rest of the ingest, and the outlet it names when that is
/// not one of the known ones (a new outlet of kind "unidentified site", named as the page names
/// itself).
pub(super) fn draft_of(file: &str, page: Page, knowledge: &Knowledge) -> (Draft, Option<Outlet>) {
    let facts = page.meta;
    let paragraphs: Vec<String> = page.blocks.into_iter().map(|b| b.text).collect();
    let byline = facts
        .byline
        .as_ref()
        .map(|b| {
            byline_names(&b.value)
                .iter()
                .map(|n| title_case_if_shouting(n))
                .collect()
        })
        .unwrap_or_default();
    let (outlet, new_outlet) = match page_outlet(&facts, knowledge) {
        Some((o, evidence, known)) => (Some((o.id.clone(), evidence)), (!known).then_some(o)),
        None => (None, None),
    };
    let segment = Segment {
        file: file.to_owned(),
        position: 0,
        line: 1,
        category: None,
        heading: facts.title.as_ref().map(|t| t.value.clone()),
        listing_date: None,
        marks: Vec::new(),
        lines: Vec::new(),
    };
    let draft = Draft {
        segment,
        host: None,
        paragraphs,
        byline,
        printed_date: facts.published.as_ref().map(|d| {
            (
                d.value.clone(),
                format!("given by the page: {}", d.evidence),
            )
        }),
        outlet,
        page: Some(facts),
    };
    (draft, new_outlet)
}

/// The outlet a page names (its site name, or failing that its address's host): one of the
/// known outlets when the name or the home page's host matches, else a new one. Returns the
/// outlet, the evidence, and whether it is a known one.
fn page_outlet(facts: &PageFacts, k: &Knowledge) -> Option<(Outlet, String, bool)> {
    let host = facts.url.as_ref().and_then(|u| host_of(&u.value));
    let name = facts.site_name.as_ref().map(|s| s.value.as_str());
    let known = k.outlets.iter().find(|o| {
        name.is_some_and(|n| fold(n) == fold(&o.name))
            || host.is_some_and(|h| o.home_page.as_deref().and_then(host_of) == Some(h))
    });
    if let Some(o) = known {
        let evidence = match (&facts.site_name, &facts.url) {
            (Some(s), _) if fold(&s.value) == fold(&o.name) => {
                format!("\"{}\" ({})", s.value, s.evidence)
            }
            (_, Some(u)) => format!("{} ({})", u.value, u.evidence),
            (Some(s), None) => format!("\"{}\" ({})", s.value, s.evidence),
            (None, None) => String::new(),
        };
        return Some((o.outlet(), evidence, true));
    }
    let (label, evidence) = match (&facts.site_name, host) {
        (Some(s), _) => (s.value.clone(), format!("\"{}\" ({})", s.value, s.evidence)),
        (None, Some(h)) => (
            h.to_owned(),
            format!(
                "the host of the page's address ({})",
                facts.url.as_ref().map_or("", |u| u.evidence.as_str())
            ),
        ),
        (None, None) => return None,
    };
    let id = match slug(&label, 6) {
        s if s.is_empty() => format!("site-{:08x}", fnv1a(&label)),
        s => format!("site-{s}"),
    };
    let outlet = Outlet {
        id,
        name: label,
        kind: OutletKind::UnidentifiedSite,
        home_page: host.map(|h| format!("https://{h}/")),
        note: Some(
            "Named by the page itself; not one of the outlets this project describes.".into(),
        ),
    };
    Some((outlet, evidence, false))
}

/// "https://www.example.org/a/b" → "example.org".
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// NUL is not a character of any page; html5ever turns it into U+FFFD anyway.
fn strip_nul(text: &str) -> String {
    if text.contains('\0') {
        text.replace('\0', "")
    } else {
        text.to_owned()
    }
}

/// Short lines that are the site talking, not the article, as `fold` leaves them (lower case,
/// curly quotes and dashes plain; accents kept).
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "advertisement continue reading the main story",
    "continue reading the main story",
    "story continues below advertisement",
    "story continues below",
    "article continues below",
    "scroll to continue with content",
    "supported by",
    "share this article",
    "share this story",
    "share this",
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "related",
    "related articles",
    "related stories",
    "read more",
    "more on this story",
    "sign up",
    "subscribe",
    "publicite",
    "publicité",
    "publicidad",
    "anzeige",
    // What is left of a photo, video or gallery whose media is not text.
    "photo",
    "photos",
    "image",
    "video",
    "audio",
    "graphic",
    "gallery",
    "slideshow",
    "listen",
    "watch",
    "play video",
    "enlarge this image",
    "view gallery",
    "foto",
    "vidéo",
    // A gallery's controls.
    "caption",
    "hide caption",
    "toggle caption",
    "show caption",
    "close",
    "expand",
    "next",
    "previous",
    "prev",
    "back to gallery",
    "full screen",
    "fullscreen",
];

/// A gallery's counter: "Image 1 of 8", "1 / 8", "Photo 3 of / 12".
fn is_gallery_counter(clean: &str) -> bool {
    let words: Vec<&str> = clean
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let (numbers, rest): (Vec<&str>, Vec<&str>) = words
        .iter()
        .partition(|w| w.chars().all(|c| c.is_ascii_digit()));
    (1..=2).contains(&numbers.len())
        && rest.len() <= 2
        && rest
            .iter()
            .all(|w| matches!(*w, "image" | "photo" | "picture" | "slide" | "of"))
        && !rest.is_empty()
}

/// A caption signed by its photographer or agency: "… shake hands in Hanoi. (AP Photo/Hau
/// Dinh)", "… (Photo: Jane Doe/Reuters)".
fn ends_with_photo_credit(folded: &str) -> bool {
    let t = folded.trim_end();
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('(').map(|(_, inner)| inner))
    else {
        return false;
    };
    inner.split_whitespace().count() <= 8
        && [
            "photo",
            "getty",
            "images",
            "reuters",
            "afp",
            "epa",
            "shutterstock",
            "credit",
        ]
        .iter()
        .any(|w| inner.contains(w))
        && (inner.contains('/') || inner.contains(':') || inner.contains("photo"))
}

/// A line that only says when the page was updated ("Updated 5:27 am CST, Wednesday, November
/// 20, 2019").
fn is_timestamp_line(clean: &str, words: usize) -> bool {
    const DATE_WORDS: &[&str] = &[
        "on", "at", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "utc", "gmt", "et", "pt", "est",
        "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "le", "à", "h",
    ];
    let Some(rest) = [
        "last updated",
        "updated",
        "published",
        "posted",
        "modified",
        "mis à jour",
        "publié le",
        "publié",
    ]
    .iter()
    .find_map(|p| clean.strip_prefix(p)) else {
        return false;
    };
    // The date and time, then perhaps "by" and the author.
    let date = rest.split(" by ").next().unwrap_or_default();
    words <= 16
        && date.chars().any(|c| c.is_ascii_digit())
        && date
            .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '-')
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars().any(|c| c.is_ascii_digit())
                    || DATE_WORDS.contains(&w)
                    || crate::timeline::MONTHS
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(w))
                    || super::dates::WEEKDAYS.contains(&w)
            })
}

/// A photo's or the site's copyright: "© Aaron Schwartz", "The contents of this site are ©2019
/// Capitol Hill Publishing Corp.", "All rights reserved."
fn is_copyright_line(folded: &str, words: usize) -> bool {
    words <= 40
        && (folded.trim_start().starts_with('©')
            || folded.starts_with("copyright ")
            || folded.contains("all rights reserved")
            || folded
                .split('©')
                .nth(1)
                .is_some_and(|after| after.trim_start().starts_with(|c: char| c.is_ascii_digit())))
}

/// A caption cut short or opened by its toggle: "… with the Southeast Asian nation. less",
/// "… to strengthen the military relations ... more".
fn ends_with_toggle(folded: &str) -> bool {
    let t = folded.trim_end();
    t.strip_suffix(" less")
        .is_some_and(|r| r.trim_end().ends_with(['.', '!', '?', '"', '…']))
        || t.strip_suffix("more")
            .is_some_and(|r| r.trim_end().ends_with("...") || r.trim_end().ends_with('…'))
}

/// Opening words of short prompts that invite the reader to do something else.
const PROMPT_STARTS: &[&str] = &[
    "sign up for",
    "subscribe to",
    "follow us on",
    "click here to",
    "share this on",
    "share on ",
    "read more:",
    "read more at",
    "related:",
    "see also:",
    "you may also like",
    "recommended:",
    "join the conversation",
    "get the latest",
    "we use cookies",
    "this site uses cookies",
    "by continuing to use",
    "download our app",
];

/// Opening words of a photo credit.
const CREDIT_STARTS: &[&str] = &[
    "photo:",
    "photo by",
    "photograph:",
    "photographs:",
    "image:",
    "picture:",
    "credit:",
    "photo credit",
    "file photo",
    "(photo",
    "(ap photo",
    "(reuters",
    "(afp",
];

/// The descriptions of the page's images (`<img alt>` of four words or more), folded: a block
/// after the first that says the same is the photo's caption, however the page marks it up.
fn image_descriptions(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .select("img[alt]")
        .iter()
        .filter_map(|img| img.attr("alt"))
        .map(|alt| caption_key(&alt))
        .filter(|alt| alt.split_whitespace().count() >= 4)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn caption_key(text: &str) -> String {
    fold(text)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

fn drop_boilerplate(blocks: &mut Vec<Block>, meta: &PageFacts, captions: &[String]) {
    let byline = meta.byline.as_ref().map(|b| fold(&b.value));
    let title = meta.title.as_ref().map(|t| fold(&t.value));
    let mut first = true;
    blocks.retain(|b| {
        // Not the first block: some sites give their standfirst as the lead image's alt.
        let caption = !first && captions.binary_search(&caption_key(&b.text)).is_ok();
        let keep = !caption && keep_block(b, byline.as_deref(), title.as_deref(), first);
        first &= !keep;
        keep
    });
}

fn keep_block(b: &Block, byline: Option<&str>, title: Option<&str>, first: bool) -> bool {
    if b.kind == BlockKind::Caption {
        return false;
    }
    let folded = fold(&b.text);
    let clean = folded.trim_matches(|c: char| !c.is_alphanumeric());
    let words = clean.split_whitespace().count();
    if words == 0 {
        return b.text.chars().any(char::is_alphanumeric);
    }
    if words <= 8 && (BOILERPLATE_LINES.contains(&clean) || is_gallery_counter(clean)) {
        return false;
    }
    if is_timestamp_line(clean, words)
        || ends_with_photo_credit(&folded)
        || ends_with_toggle(&folded)
        || is_copyright_line(&folded, words)
    {
        return false;
    }
    if words <= 20 && PROMPT_STARTS.iter().any(|p| folded.starts_with(p)) {
        return false;
    }
    if words <= 15 && CREDIT_STARTS.iter().any(|p| folded.starts_with(p)) {
        return false;
    }
    // The title and the byline printed again at the top of the body.
    if first && title == Some(folded.as_str()) {
        return false;
    }
    if let Some(by) = byline.filter(|b| !b.is_empty()) {
        let without_by = clean.strip_prefix("by ").unwrap_or(clean);
        if words <= 12 && (without_by == by || (clean.starts_with("by ") && clean.contains(by))) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amp_page_comes_out_as_its_article() {
        let html = r##"<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Convoy leaves the camp - Example News</title>
<link rel="canonical" href="https://example.org/2011/12/20/convoy">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Convoy leaves the camp","datePublished":"2011-12-20T08:00:00Z","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example News"}}</script>
<style amp-custom>body{font-family:serif}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></amp-sidebar>
<amp-consent id="consent" layout="nodisplay"><div>We use cookies. Accept all cookies to continue.</div></amp-consent>
<header><a href="/">Example News</a></header>
<article><h1>Convoy leaves the camp</h1>
<amp-img src="bus.jpg" width="600" height="400" alt="Buses wait at the gate of the camp"></amp-img>
<p>BAGHDAD — The first convoy of residents left Camp Ashraf on Tuesday for Camp Liberty, a former American base near the airport, Iraqi officials said.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/2"><div fallback>Advertisement</div></amp-ad>
<p>About 400 residents were on the buses, which travelled under police escort, according to a United Nations statement issued in the afternoon.</p>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>
<p>The remaining residents are to follow in groups over the coming weeks, officials said.</p>
</article>
<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"UA-1"}}</script></amp-analytics>
<footer>© 2011 Example News</footer></body></html>"##;
        let page = read_page(html.as_bytes()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("BAGHDAD — The first convoy"));
        for junk in ["World news", "cookies", "Advertisement", "©", "gtag"] {
            assert!(!texts.iter().any(|t| t.contains(junk)), "{junk}: {texts:?}");
        }
        let m = &page.meta;
        assert_eq!(m.title.as_ref().unwrap().value, "Convoy leaves the camp");
        assert_eq!(m.byline.as_ref().unwrap().value, "Jane Doe");
        assert_eq!(m.published.as_ref().unwrap().value, "2011-12-20");
        assert_eq!(m.site_name.as_ref().unwrap().value, "Example News");
    }

    #[test]
    fn a_news_page_comes_out_as_its_article() {
        let html = r#"<!doctype html><html lang="en"><head><title>Camp residents moved - Example News</title>
            <meta property="og:site_name" content="Example News"></head><body>
            <nav><a href="/">Home</a><a href="/world">World</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience.</div>
            <article><h1>Camp residents moved</h1><p class="byline">By Jane Doe</p>
            <p>BAGHDAD — The first group of residents left the camp on Saturday morning, officials said, in a convoy of buses escorted by police.</p>
            <figure><img src="a.jpg"><figcaption>Residents board a bus. (Photo: Example)</figcaption></figure>
            <p>Advertisement</p><p>Publicité</p><div class="media"><span>Photo</span><img src="b.jpg" alt="Police escort the convoy out of the camp."></div>
            <ul><li><p>Police escort the convoy out of the camp</p></li></ul>
            <p>“We will go on,” said a spokesman for the residents, who asked that his name not be used, speaking by telephone from the camp.</p>
            <h2>What comes next</h2>
            <p>The remaining residents are expected to follow in groups of four hundred over the coming weeks, according to the plan agreed with the United Nations.</p>
            </article><aside><h3>Related</h3><ul><li><a href="/x">Other story</a></li></ul></aside>
            <footer>© Example News</footer></body></html>"#;
        let page = read_page(html.as_bytes()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts[0].starts_with("BAGHDAD — The first group"),
            "{texts:?}"
        );
        assert!(texts.contains(&"What comes next"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("“We will go on,”")));
        assert!(
            !texts.contains(&"Photo"),
            "a media label left by the photo: {texts:?}"
        );
        assert!(
            !texts.iter().any(|t| t.starts_with("Police escort")),
            "a caption that repeats the image's description: {texts:?}"
        );
        for junk in [
            "Home",
            "cookies",
            "Photo",
            "Advertisement",
            "Publicité",
            "Other story",
            "©",
            "By Jane Doe",
        ] {
            assert!(!texts.iter().any(|t| t.contains(junk)), "{junk}: {texts:?}");
        }
        assert_eq!(page.meta.title.unwrap().value, "Camp residents moved");
        assert_eq!(page.meta.byline.unwrap().value, "Jane Doe");
        assert_eq!(page.meta.site_name.unwrap().value, "Example News");
        assert_eq!(page.meta.encoding.as_deref(), Some("UTF-8: valid UTF-8"));
    }

    #[test]
    fn gallery_controls_timestamps_credits_and_copyright_are_not_paragraphs() {
        let html = r#"<!doctype html><html><head><title>Talks in Hanoi</title></head><body><article>
            <p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>
            <p>Image 1 of / 8</p><p>Caption</p><p>Close</p>
            <p>The minister shakes hands with his host in Hanoi on Wednesday. He is on a visit to strengthen ties. less</p>
            <p>The minister shakes hands with his host in Hanoi on Wednesday. He is on a visit to ... more</p>
            <p>Officials in the delegation shake hands at the ministry. (AP Photo/Jane Doe)</p>
            <p>© John Smith</p>
            <p>HANOI (AP) — The minister on Wednesday accused a neighbour of using coercion against smaller nations in the region, and urged them to push back.</p>
            <p>Published in 2015, the report found that the fleet had doubled in ten years, the ministry said.</p>
            <p>The contents of this site are ©2019 Example Publishing Corp.</p>
            </article></body></html>"#;
        let page = read_page(html.as_bytes()).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "HANOI (AP) — The minister on Wednesday accused a neighbour of using coercion against smaller nations in the region, and urged them to push back.",
                "Published in 2015, the report found that the fleet had doubled in ten years, the ministry said."
            ]
        );
    }

    #[test]
    fn json_ld_article_body_stands_in_when_the_page_has_no_text() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@context":"http://schema.org","@type":"NewsArticle","headline":"Deadline extended",
             "articleBody":"Iraq extended the deadline to close the camp by six months.\nThe United Nations welcomed the decision and said it would continue its work."}
            </script></head><body><div id="app"></div></body></html>"#;
        let page = read_page(html.as_bytes()).unwrap();
        assert_eq!(page.blocks.len(), 2, "{:?}", page.blocks);
        assert!(page.blocks[1].text.starts_with("The United Nations"));
    }

    #[test]
    fn pages_without_text_are_refused_with_a_reason() {
        for html in [
            "",
            "<html><body><img src=photo.jpg></body></html>",
            "<script>document.write('<p>hi</p>')</script>",
            "\0\0\0",
        ] {
            let err = read_page(html.as_bytes()).unwrap_err();
            assert!(err.contains("no article text"), "{err}");
        }
    }

    #[test]
    fn hostile_nesting_is_refused_in_time() {
        let deep = format!(
            "{}deep{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let t = std::time::Instant::now();
        let err = read_page(deep.as_bytes()).unwrap_err();
        assert!(err.contains("nests 100000 elements deep"), "{err}");
        assert!(t.elapsed().as_secs() < 5);
        // Siblings are not depth.
        assert_eq!(container_depth(&"<div><b>x</b></div>".repeat(10_000)), 2);
        assert_eq!(container_depth("</div></div><div"), 1);
    }

    #[test]
    fn markup_in_text_stays_text() {
        let html =
            "<p>Scripts such as &lt;script&gt;alert(1)&lt;/script&gt; are shown as written, \
                    and the article goes on long enough to be found by the extractor at all.</p>";
        let page = read_page(html.as_bytes()).unwrap();
        assert!(page.blocks[0].text.contains("<script>alert(1)</script>"));
    }
}
