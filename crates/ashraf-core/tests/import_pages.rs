//! The user's import (`import_document`, the worker's code) on saved pages: every page of the
//! extraction development set when it is there (`EXTRACTION_PAGES`, default
//! `../shared/extraction-dev/pages` beside the repository), and hostile pages made here. Nothing
//! panics; what is imported keeps the record invariants and holds no markup; what is refused
//! says why.

use ashraf_core::ingest::{import_document, Knowledge};
use ashraf_core::model::Corpus;
use ashraf_core::user::{UserRecord, MAX_IMPORT_BYTES};
use std::path::PathBuf;
use std::sync::OnceLock;

fn import(name: &str, bytes: &[u8]) -> Result<Vec<UserRecord>, String> {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    let knowledge = KNOWLEDGE.get_or_init(|| Knowledge::bundled().expect("data files parse"));
    let outcome =
        std::panic::catch_unwind(|| import_document(name, bytes, &Corpus::default(), knowledge));
    match outcome {
        Ok(result) => result.map_err(|e| {
            assert_eq!(e.file, name, "errors name the file");
            e.to_string()
        }),
        Err(_) => panic!("the import panicked on {name}"),
    }
}

/// Valid records (`validate`: a title and text, quotes verbatim, mentions and claims inside
/// their paragraph) without NUL.
fn check(records: &[UserRecord]) {
    assert!(!records.is_empty());
    for r in records {
        r.validate().expect("a valid record");
        let a = &r.article;
        for p in a.paragraphs.iter().chain([&a.title]) {
            assert!(!p.contains('\0'), "NUL kept in {p:?}");
        }
    }
}

fn dev_pages() -> Option<PathBuf> {
    let dir = std::env::var("EXTRACTION_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/extraction-dev/pages"
            ))
        });
    dir.is_dir().then_some(dir)
}

#[test]
fn every_development_page_imports_as_an_article() {
    let Some(dir) = dev_pages() else {
        println!("import_pages: no development pages (EXTRACTION_PAGES); skipped");
        return;
    };
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("pages folder")
        .filter_map(|e| e.ok().map(|e| e.path().join("source.html")))
        .filter(|p| p.is_file())
        .collect();
    pages.sort();
    let mut refused = Vec::new();
    for page in &pages {
        let bytes = std::fs::read(page).expect("page");
        let expected =
            std::fs::read_to_string(page.with_file_name("expected.txt")).unwrap_or_default();
        match import("source.html", &bytes) {
            Ok(records) => check(&records),
            // A page whose expected article is empty may be refused; no other.
            Err(e) if expected.trim().is_empty() => println!("{}: refused: {e}", page.display()),
            Err(e) => refused.push(format!("{}: {e}", page.display())),
        }
    }
    assert!(
        refused.is_empty(),
        "pages with an article refused: {refused:#?}"
    );
    println!(
        "import_pages: {} development pages, none refused that has an article, 0 panics",
        pages.len()
    );
}

fn page(body: &str) -> String {
    format!("<!doctype html><html><head><meta charset=utf-8><title>A report - Example</title></head><body>{body}</body></html>")
}

const PARAGRAPH: &str = "<p>Officials in Baghdad said on Monday that the residents of the camp would be moved to a former military base near the airport within weeks.</p>";

#[test]
fn hostile_pages_are_text_or_a_clear_refusal() {
    // Deep nesting: accepted when a page could have it, refused with the reason beyond.
    let deep = page(&format!(
        "{}{PARAGRAPH}{}",
        "<div>".repeat(400),
        "</div>".repeat(400)
    ));
    check(&import("deep.html", deep.as_bytes()).expect("400 levels import"));
    let deeper = page(&"<div>".repeat(20_000));
    let e = import("deeper.html", deeper.as_bytes()).expect_err("20,000 levels refused");
    assert!(e.contains("nests"), "{e}");

    // A saved page of 5 MiB (inline scripts and styles, as "Save page as…" leaves them) is
    // read; one byte more is refused before parsing.
    let filler = MAX_IMPORT_BYTES - 4096;
    let script = format!(
        "<script>var state = \"{}\";</script>",
        "x".repeat(filler / 2)
    );
    let style = format!(
        "<style>.a{{color:red}}{}</style>",
        " ".repeat(filler / 2 - 100)
    );
    let big = page(&format!(
        "{script}{style}<article>{}</article>",
        PARAGRAPH.repeat(8)
    ));
    assert!(big.len() <= MAX_IMPORT_BYTES && big.len() > MAX_IMPORT_BYTES - 8192);
    check(&import("big.html", big.as_bytes()).expect("a 5 MiB page imports"));
    let over = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert!(import("over.html", &over)
        .expect_err("too big")
        .contains("MiB"));

    // Broken markup, NUL bytes, `</script>` inside a script string, escaped markup as text.
    let broken = format!(
        "<html><body><div><p>Unclosed <b>bold <i>italic</div>{PARAGRAPH}<p>\0NUL\0 inside</p>\
         <script>var s = \"</script><p>after script</p>\";</script>\
         <p>The page shows as text: &lt;script&gt;alert(1)&lt;/script&gt; and &lt;div&gt;.</p>"
    );
    let records = import("broken.html", broken.as_bytes()).expect("broken markup imports");
    check(&records);
    let text = records[0].article.paragraphs.join("\n");
    assert!(
        text.contains("<script>alert(1)</script>"),
        "escaped markup is kept as text: {text}"
    );
    assert!(
        !text.contains("var s"),
        "script text is not article text: {text}"
    );

    // Mixed encodings: declared windows-1252 with UTF-8 inside; undeclared Latin-1.
    let mut mixed =
        b"<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 cr\xe8me, ".to_vec();
    mixed.extend_from_slice("naïve ".as_bytes());
    mixed.extend_from_slice(PARAGRAPH.as_bytes());
    mixed.extend_from_slice(b"</body></html>");
    let records = import("mixed.html", &mixed).expect("mixed encodings import");
    check(&records);
    assert!(records[0].article.paragraphs[0].starts_with("Café crème"));
    let latin1 = b"<html><body><p>Le pr\xe9sident a d\xe9clar\xe9 lundi que les r\xe9sidents du camp seraient d\xe9plac\xe9s vers une ancienne base militaire.</p></body></html>";
    let records = import("latin1.html", latin1).expect("Latin-1 imports");
    assert!(records[0].article.paragraphs[0].contains("président a déclaré"));

    // Right-to-left text, with a title starting on a two-byte letter.
    let rtl = "<html lang=\"fa\" dir=\"rtl\"><head><meta charset=utf-8><title>ساکنان اردوگاه اشرف</title></head><body><article><h1>ساکنان اردوگاه اشرف</h1><p>مقامات عراقی روز دوشنبه اعلام کردند که ساکنان اردوگاه اشرف تا چند هفته دیگر به یک پایگاه نظامی سابق در نزدیکی فرودگاه بغداد منتقل می‌شوند.</p></article></body></html>";
    let records = import("rtl.html", rtl.as_bytes()).expect("RTL page imports");
    check(&records);
    assert_eq!(records[0].article.title, "ساکنان اردوگاه اشرف");

    // A page that is only an image, an empty file, random bytes: refused, saying why.
    let image_only = page("<img src=\"scan.jpg\" alt=\"\">");
    assert!(import("image.html", image_only.as_bytes())
        .expect_err("no text")
        .contains("no article text"));
    assert!(import("empty.html", b"").is_err());
    let noise: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let _ = import("noise.html", &noise).map(|r| check(&r));
    let _ = import("noise.txt", &noise).map(|r| check(&r));
    let _ = import("noise.json", &noise).map(|r| check(&r));
}

/// Texts made to be slow for quotation and name finding: a megabyte of single-quote openers,
/// of capitalised name pairs in one paragraph, of quotations with speakers. Each is imported
/// (before the search for closing marks and names was indexed, these ran for minutes; the
/// command line's figures are in the README), and the quotes and people stay consistent.
#[test]
fn texts_full_of_quote_marks_and_names_import() {
    let singles = format!("Title\n\n{}", " 'a".repeat(300_000));
    check(&import("singles.txt", singles.as_bytes()).expect("single quotes import"));
    let names: Vec<String> = (0..1500)
        .map(|i| {
            let c = |n: u32| char::from(b'B' + (n % 20) as u8);
            format!("{}a{}o", c(i), c(i / 20))
        })
        .collect();
    let pairs: String = (0..60_000)
        .map(|i| format!("{} {} said ", names[i % 1500], names[(i * 7) % 1500]))
        .collect();
    let records =
        import("names.txt", format!("Title\n\n{pairs}").as_bytes()).expect("names import");
    check(&records);
    assert!(
        records[0].entities.people.len() <= 2000,
        "people per article are bounded"
    );
    let quoted: String = (0..8_000)
        .map(|i| {
            let (a, b) = (&names[i % 1500], &names[(i * 11) % 1500]);
            format!("“We will go on,” said {a} {b}, an analyst at {b} Capital. He said “more.”\n")
        })
        .collect();
    let records =
        import("quotes.txt", format!("Title\n\n{quoted}").as_bytes()).expect("quotes import");
    check(&records);
    assert!(
        records[0].quotes.len() >= 8_000,
        "{}",
        records[0].quotes.len()
    );
}
