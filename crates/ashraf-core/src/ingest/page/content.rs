//! The article of a saved page as blocks of text: the main content found by `dom_smoothie`
//! (Mozilla Readability's algorithm on an html5ever DOM), walked into paragraphs, headings,
//! list items and block quotes, then stripped of the boilerplate Readability keeps (captions and
//! photo credits, "Advertisement", share and newsletter prompts, the byline and dateline again).

use crate::ingest::clean::collapse_spaces;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Caption,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// Elements whose content is never text to read.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "button",
    "select", "form", "input", "textarea", "canvas", "video", "audio", "head",
];

/// Elements that end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

fn kind_of(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => return None,
    })
}

/// The main content of a parsed page, as blocks; `Err` with a reason when none is found.
pub fn main_content(doc: Document) -> Result<Vec<Block>, String> {
    let config = Config {
        // A longer article is usually all text; the default is the Readability.js one.
        max_elements_to_parse: 0,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc, None, Some(config))
        .map_err(|e| format!("the page could not be read: {e}"))?;
    let article = readability
        .parse()
        .map_err(|e| format!("no article text found on the page ({e})"))?;
    let content = Document::fragment(article.content);
    Ok(blocks_of(&content.root()))
}

/// The text of a DOM subtree, one block per paragraph, heading, list item …; `<br><br>` splits
/// a paragraph. Iterative, so that any depth of nesting is safe.
pub fn blocks_of(root: &NodeRef) -> Vec<Block> {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        Leave(Option<BlockKind>, bool),
    }
    let mut out: Vec<Block> = Vec::new();
    let mut buf = String::new();
    let mut kinds: Vec<BlockKind> = Vec::new();
    let mut pending_br = false;
    let mut stack = vec![Step::Enter(*root)];
    let flush = |buf: &mut String, kinds: &[BlockKind], out: &mut Vec<Block>| {
        let text = collapse_spaces(buf);
        buf.clear();
        if !text.is_empty() {
            out.push(Block {
                kind: kinds.last().copied().unwrap_or(BlockKind::Paragraph),
                text,
            });
        }
    };
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(n) => n,
            Step::Leave(kind, block) => {
                if block {
                    flush(&mut buf, &kinds, &mut out);
                }
                if kind.is_some() {
                    kinds.pop();
                }
                continue;
            }
        };
        if node.is_text() {
            let t = node.text();
            if !t.trim().is_empty() {
                pending_br = false;
            }
            buf.push_str(&t);
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            continue;
        }
        if SKIPPED.contains(&name.as_str()) || node.has_attr("hidden") {
            continue;
        }
        if name == "br" {
            if pending_br {
                flush(&mut buf, &kinds, &mut out);
                pending_br = false;
            } else {
                buf.push('\n');
                pending_br = true;
            }
            continue;
        }
        if name == "img" {
            continue;
        }
        // MathML: its spoken form where the page gives one, else its symbols one by one
        // ("a x 2 + b x"), so that a formula is not silently cut out of a sentence.
        if name == "math" {
            if let Some(alt) = node.attr("alttext").filter(|a| !a.trim().is_empty()) {
                buf.push(' ');
                buf.push_str(&alt);
                buf.push(' ');
                continue;
            }
        }
        if matches!(name.as_str(), "mi" | "mn" | "mo" | "mtext" | "ms") {
            buf.push(' ');
            buf.push_str(&node.text());
            buf.push(' ');
            continue;
        }
        let block = BLOCKS.contains(&name.as_str());
        if block {
            flush(&mut buf, &kinds, &mut out);
            pending_br = false;
        }
        let kind = kind_of(&name);
        if let Some(k) = kind {
            kinds.push(k);
        }
        stack.push(Step::Leave(kind, block));
        let children: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(Step::Enter));
    }
    flush(&mut buf, &kinds, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let doc = Document::fragment(html);
        blocks_of(&doc.root())
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn formulas_stay_in_their_sentence() {
        let b = blocks(
            r#"<p>For <math><mi>a</mi><mo>≠</mo><mn>0</mn></math> there are two.</p>
            <p>So <math alttext="x squared"><msup><mi>x</mi><mn>2</mn></msup></math> grows.</p>"#,
        );
        assert_eq!(b[0].1, "For a ≠ 0 there are two.");
        assert_eq!(b[1].1, "So x squared grows.");
    }

    #[test]
    fn paragraphs_headings_lists_quotes_and_double_breaks_are_blocks() {
        use BlockKind::*;
        let got = blocks(
            "<div>Lead <b>bold</b> text<br>same paragraph<br><br>next one</div>\
             <h2>A sub-heading</h2><ul><li>one</li><li><p>two</p></li></ul>\
             <blockquote><p>said here</p></blockquote><figure><img src=x><figcaption>A photo</figcaption></figure>\
             <table><tr><td>a</td><td>b</td></tr></table><script>alert(1)</script><p hidden>no</p>",
        );
        assert_eq!(
            got,
            [
                (Paragraph, "Lead bold text same paragraph".to_owned()),
                (Paragraph, "next one".to_owned()),
                (Heading, "A sub-heading".to_owned()),
                (ListItem, "one".to_owned()),
                (ListItem, "two".to_owned()),
                (Quote, "said here".to_owned()),
                (Caption, "A photo".to_owned()),
                (Paragraph, "a".to_owned()),
                (Paragraph, "b".to_owned()),
            ]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(2_000),
            "</span></div>".repeat(2_000)
        );
        let got = blocks(&html);
        assert_eq!(got, [(BlockKind::Paragraph, "deep".to_owned())]);
    }
}
