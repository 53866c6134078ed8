//! Importing one user document (a `.txt` or `.html` page, pasted text, or a corpus.json file)
//! against the corpus that is already there: the same pipeline as the corpus build, then copy
//! detection against the existing articles and ids that do not clash. Runs in the browser's
//! import worker; the result is a list of [`UserRecord`]s for the review step.

use super::clean::{collapse_spaces, strip_bidi};
use super::input::{decode, IngestError, InputFile};
use super::merge::COPY_THRESHOLD;
use super::similarity::{containment, shingles};
use super::{build_corpus, Knowledge};
use crate::model::*;
use crate::user::{
    apply_review, id_slug, merge_records, parse_backup, parse_record, subset, to_csv, Draft,
    UserRecord, WorkerReply, WorkerRequest, BACKUP_FORMAT, RECORD_VERSION,
};

/// What a file holds, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Text,
    Html,
    Json,
}

impl DocFormat {
    pub fn of(name: &str) -> Result<DocFormat, IngestError> {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
        match ext {
            "txt" | "text" | "" => Ok(DocFormat::Text),
            "html" | "htm" | "xhtml" => Ok(DocFormat::Html),
            "json" => Ok(DocFormat::Json),
            _ => Err(IngestError::new(
                name,
                "only .txt, .html and .json files can be imported",
            )),
        }
    }
}

/// Ingests one document. `base` is the corpus as the user sees it (bundled + own articles): the
/// new articles get ids not used there, and a text that is a copy of one of its articles is
/// returned as a copy of it (`copy_of`). Fails as a whole, with a message naming the file.
pub fn import_document(
    name: &str,
    bytes: &[u8],
    base: &Corpus,
    knowledge: &Knowledge,
) -> Result<Vec<UserRecord>, IngestError> {
    let format = DocFormat::of(name)?;
    let source = SourceFile {
        file: name.to_owned(),
        bytes: bytes.len(),
        segments: 0,
    };
    let file = InputFile {
        name: name.to_owned(),
        bytes: bytes.to_vec(),
    };
    let mut records = match format {
        DocFormat::Json => records_from_json(name, &decode(&file)?, source)?,
        DocFormat::Html => records_of(&build_corpus(&[file], knowledge)?, source),
        DocFormat::Text => {
            let text = decode(&file)?;
            let plain = strip_bidi(&text);
            let heading = printed_heading(&plain);
            let mut corpus = build_corpus(
                &[InputFile {
                    name: name.to_owned(),
                    bytes: plain.into_bytes(),
                }],
                knowledge,
            )?;
            // The corpus build takes a single page's title only from its breadcrumbs; a user's
            // document usually starts with it.
            if let ([article], Some(heading)) = (corpus.articles.as_mut_slice(), heading) {
                if article.title_inferred && !article.paragraphs.contains(&heading) {
                    article.title = heading;
                    article.title_inferred = false;
                }
            }
            records_of(&corpus, source)
        }
    };
    let mut taken: Vec<String> = base.articles.iter().map(|a| a.id.clone()).collect();
    for r in &mut records {
        r.copy_of = copy_target(&r.article, base);
        let stem = format!("user-{}", id_slug(&r.article.title));
        let mut id = stem.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        rename(r, &id);
        taken.push(id);
        r.article.user_import = true;
        for c in &mut r.article.copies {
            c.user_import = true;
        }
        r.validate().map_err(|e| IngestError::new(name, e))?;
    }
    Ok(records)
}

/// Everything the import worker does, as one pure function: `corpus_text` is the bundled
/// corpus.json, `bytes` the imported file (ingest only). Errors are returned in the reply.
pub fn handle_request(
    req: &WorkerRequest,
    corpus_text: &str,
    bytes: &[u8],
    knowledge: &Knowledge,
) -> WorkerReply {
    match handle(req, corpus_text, bytes, knowledge) {
        Ok(reply) => reply,
        Err(error) => WorkerReply {
            error: Some(error),
            ..WorkerReply::default()
        },
    }
}

fn handle(
    req: &WorkerRequest,
    corpus_text: &str,
    bytes: &[u8],
    knowledge: &Knowledge,
) -> Result<WorkerReply, String> {
    let to_json = |r: &UserRecord| serde_json::to_string(r).map_err(|e| e.to_string());
    let mut base = Corpus::from_json(corpus_text)?;
    let parse_all = |list: &[String]| -> Result<Vec<UserRecord>, String> {
        list.iter().map(|j| parse_record(j)).collect()
    };
    match req.op.as_str() {
        "ingest" => {
            merge_records(&mut base, &parse_all(&req.records)?);
            let records =
                import_document(&req.name, bytes, &base, knowledge).map_err(|e| e.to_string())?;
            Ok(WorkerReply {
                drafts: records.iter().map(|r| Draft::of(r, &base)).collect(),
                records: records.iter().map(to_json).collect::<Result<_, _>>()?,
                ..WorkerReply::default()
            })
        }
        // The review of records already stored, to edit them.
        "drafts" => {
            let records = parse_all(&req.records)?;
            merge_records(&mut base, &records);
            Ok(WorkerReply {
                drafts: records.iter().map(|r| Draft::of(r, &base)).collect(),
                records: req.records.clone(),
                ..WorkerReply::default()
            })
        }
        "save" => {
            let mut out = Vec::new();
            for (mut r, review) in parse_all(&req.records)?.into_iter().zip(&req.reviews) {
                if let Some(review) = review {
                    apply_review(&mut r, review, &base.outlets)?;
                    r.validate()?;
                    out.push(to_json(&r)?);
                }
            }
            Ok(WorkerReply {
                records: out,
                ..WorkerReply::default()
            })
        }
        "restore" => Ok(WorkerReply {
            records: parse_backup(&req.text)?
                .iter()
                .map(to_json)
                .collect::<Result<_, _>>()?,
            ..WorkerReply::default()
        }),
        "export" => {
            merge_records(&mut base, &parse_all(&req.records)?);
            let sub = subset(&base, &req.ids);
            let output = if req.format == "csv" {
                to_csv(&sub)
            } else {
                serde_json::to_string_pretty(&sub).map_err(|e| e.to_string())?
            };
            Ok(WorkerReply {
                output,
                ..WorkerReply::default()
            })
        }
        other => Err(format!("unknown request “{other}”")),
    }
}

/// A corpus.json file: each of its articles becomes a record, checked like stored ones.
fn records_from_json(
    name: &str,
    text: &str,
    source: SourceFile,
) -> Result<Vec<UserRecord>, IngestError> {
    if text.contains(BACKUP_FORMAT) && text.contains("\"records\"") {
        return Err(IngestError::new(
            name,
            "this is a backup of imported articles: use “Restore a backup” instead",
        ));
    }
    let corpus = Corpus::from_json(text).map_err(|e| IngestError::new(name, e))?;
    if corpus.articles.is_empty() {
        return Err(IngestError::new(name, "the file holds no articles"));
    }
    for q in &corpus.quotes {
        if corpus.article(&q.article).is_none() {
            return Err(IngestError::new(
                name,
                format!(
                    "quote “{}” belongs to an article that is not in the file",
                    q.id
                ),
            ));
        }
    }
    let source = SourceFile {
        segments: corpus.articles.len(),
        ..source
    };
    let records: Vec<UserRecord> = corpus
        .articles
        .iter()
        .map(|a| record_of(&corpus, a, source.clone()))
        .collect();
    for r in &records {
        r.validate().map_err(|e| IngestError::new(name, e))?;
    }
    Ok(records)
}

/// Each article of a corpus built from one file, as a record.
fn records_of(corpus: &Corpus, source: SourceFile) -> Vec<UserRecord> {
    let source = SourceFile {
        segments: corpus.sources.first().map_or(0, |s| s.segments),
        ..source
    };
    corpus
        .articles
        .iter()
        .map(|a| record_of(corpus, a, source.clone()))
        .collect()
}

/// One article of `corpus` with everything that refers to it (what an export of that one
/// article would hold).
fn record_of(corpus: &Corpus, a: &Article, source: SourceFile) -> UserRecord {
    let part = crate::user::subset(corpus, std::slice::from_ref(&a.id));
    UserRecord {
        schema_version: RECORD_VERSION,
        source,
        copy_of: None,
        article: a.clone(),
        entities: part.entities,
        quotes: part.quotes,
        claims: part.claims,
        events: part.events,
        outlets: part.outlets,
    }
}

/// The existing article this text copies (the same copy detection as the corpus build:
/// shingle containment at or above [`COPY_THRESHOLD`]), the most similar one first.
fn copy_target(article: &Article, base: &Corpus) -> Option<String> {
    let mine = shingles(&article.paragraphs.join("\n"));
    base.articles
        .iter()
        .map(|b| {
            let theirs = shingles(&b.paragraphs.join("\n"));
            (containment(&mine, &theirs), b)
        })
        .filter(|(score, _)| *score >= COPY_THRESHOLD)
        .max_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, b)| b.id.clone())
}

/// Gives the record's article a new id, and everything that refers to it.
fn rename(r: &mut UserRecord, id: &str) {
    let old = std::mem::replace(&mut r.article.id, id.to_owned());
    for q in &mut r.quotes {
        q.article = id.to_owned();
        if let Some(rest) = q.id.strip_prefix(old.as_str()) {
            q.id = format!("{id}{rest}");
        }
    }
    for c in &mut r.claims {
        c.article = id.to_owned();
    }
    for m in r.events.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        m.article = id.to_owned();
    }
}

/// The first line of a document when it reads as a headline: short, not a sentence, not a
/// byline.
fn printed_heading(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words = first.split_whitespace().count();
    let sentence_end = first.ends_with(['.', ',', ';', ':', '!', '"', '”', '’', ')']);
    let byline = first
        .get(..3)
        .is_some_and(|b| b.eq_ignore_ascii_case("by "));
    ((2..=20).contains(&words) && !sentence_end && !byline && !first.contains('<'))
        .then(|| collapse_spaces(first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::{apply_review, merge_records, Review, ENTERED_BY_USER};

    fn knowledge() -> Knowledge {
        Knowledge::bundled().unwrap()
    }

    fn bundled() -> Corpus {
        Corpus::from_json(include_str!("../../../../public/data/corpus.json")).unwrap()
    }

    const ARTICLE: &str = "Residents of Camp Ashraf wait for the move to Camp Liberty\n\n\
By Jane Testwriter\n\n\
BAGHDAD - Iraqi officials said on Tuesday that the relocation of the residents of Camp Ashraf \
would continue next month.\n\n\
\"We will move the first group of residents to Camp Liberty within days,\" said Martin Kobler, \
the U.N. envoy, speaking to reporters in Baghdad.\n\n\
A spokesman for the residents said the conditions at the new site were not acceptable. \
\"This is a prison, not a camp,\" he said.\n\n\
About 3,400 residents remain at the camp, 65 km north of Baghdad.";

    #[test]
    fn an_article_gets_quotes_places_claims_and_a_free_id() {
        let base = bundled();
        let records = import_document("mine.txt", ARTICLE.as_bytes(), &base, &knowledge()).unwrap();
        assert_eq!(records.len(), 1);
        let r = &records[0];
        assert_eq!(
            r.article.id,
            "user-residents-of-camp-ashraf-wait-for-the-move"
        );
        assert_eq!(
            r.article.title,
            "Residents of Camp Ashraf wait for the move to Camp Liberty"
        );
        assert!(!r.article.title_inferred);
        assert!(base.article(&r.article.id).is_none());
        assert!(r.article.user_import);
        assert!(r.copy_of.is_none());
        assert!(r.quotes.len() >= 2, "{:?}", r.quotes);
        assert!(r.quotes.iter().any(|q| q.text.starts_with("We will move")));
        assert!(
            r.article.places.iter().any(|p| p == "camp-liberty"),
            "{:?}",
            r.article.places
        );
        assert!(r.entities.places.iter().any(|p| p.id == "camp-liberty"));
        assert!(!r.claims.is_empty());
        r.validate().unwrap();
        let mut merged = base.clone();
        assert!(merge_records(&mut merged, &records).is_empty());
        assert_eq!(merged.articles.len(), base.articles.len() + 1);
        assert!(merged.quotes.len() > base.quotes.len());
        // The round trip through storage gives the same record.
        let json = serde_json::to_string(r).unwrap();
        assert_eq!(&crate::user::parse_record(&json).unwrap(), r);
    }

    #[test]
    fn hostile_html_stays_text() {
        let html = r#"<html><head><title>Camp &amp; report</title><script>window.__pwned=1</script>
<style>body{display:none}</style></head><body onload="alert(1)">
<svg><script>alert(2)</script><foreignObject>svg text</foreignObject></svg>
<p>Residents of Camp Ashraf <a href="javascript:alert(3)">said</a> they would stay &lt;img src=x onerror=alert(4)&gt;.</p>
<p><img src=x onerror="alert(5)">Officials in Baghdad said the deadline was December 31.</p>
<!-- <p>hidden comment</p> --></body></html>"#;
        let records =
            import_document("page.html", html.as_bytes(), &bundled(), &knowledge()).unwrap();
        let r = &records[0];
        let text = format!("{}\n{}", r.article.title, r.article.paragraphs.join("\n"));
        assert!(r.article.title.starts_with("Camp & report"), "{text}");
        for bad in [
            "__pwned",
            "display:none",
            "svg text",
            "javascript",
            "onerror=\"",
            "hidden comment",
            "alert(1)",
            "alert(2)",
        ] {
            assert!(!text.contains(bad), "{bad} in {text}");
        }
        // Escaped markup in the text is the article's own words and stays as text.
        assert!(text.contains("<img src=x onerror=alert(4)>"), "{text}");
        assert!(text.contains("Officials in Baghdad said"), "{text}");
    }

    #[test]
    fn bad_files_get_clear_messages() {
        let base = bundled();
        let k = knowledge();
        let err = import_document("x.pdf", b"%PDF", &base, &k).unwrap_err();
        assert!(err.reason.contains("only .txt"));
        let err = import_document("x.txt", &[0xff, 0xfe, 0x41], &base, &k).unwrap_err();
        assert!(err.reason.contains("not UTF-8"));
        let err = import_document("x.txt", b"ab\0cd", &base, &k).unwrap_err();
        assert!(err.reason.contains("binary"));
        let big = vec![b'a'; super::super::MAX_FILE_BYTES + 1];
        assert!(import_document("x.txt", &big, &base, &k)
            .unwrap_err()
            .reason
            .contains("refused"));
        let err = import_document("x.json", b"{\"articles\":3}", &base, &k).unwrap_err();
        assert!(err.reason.contains("not a corpus.json"), "{err}");
        // Bidi overrides are removed from the text.
        let text = format!("{ARTICLE}\n\nA \u{202e}reversed\u{202c} word.");
        let r = import_document("b.txt", text.as_bytes(), &base, &k).unwrap();
        assert!(r[0]
            .article
            .paragraphs
            .iter()
            .all(|p| !p.contains('\u{202e}')));
    }

    #[test]
    fn an_edited_copy_is_attached_to_its_original() {
        let base = bundled();
        let original = base
            .articles
            .iter()
            .find(|a| a.paragraphs.len() >= 8)
            .expect("a long article");
        let mut paragraphs: Vec<String> = original.paragraphs.clone();
        paragraphs.truncate(paragraphs.len() - 2); // cut
        paragraphs.remove(1);
        paragraphs[0] = format!("{} (edited)", paragraphs[0].replacen(' ', " really ", 1)); // reworded
        let text = format!(
            "Copied story\n\nSHARED FROM A FORUM\n\n{}",
            paragraphs.join("\n\n")
        );
        let records = import_document("copy.txt", text.as_bytes(), &base, &knowledge()).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].copy_of.as_deref(), Some(original.id.as_str()));
        let mut merged = base.clone();
        assert!(merge_records(&mut merged, &records).is_empty());
        assert_eq!(merged.articles.len(), base.articles.len());
        let copies = &merged.article(&original.id).unwrap().copies;
        assert_eq!(copies.len(), original.copies.len() + 1);
        let mine = copies.last().unwrap();
        assert!(mine.user_import);
        assert_eq!(mine.file, "copy.txt");
    }

    #[test]
    fn review_marks_what_the_user_entered() {
        let base = bundled();
        let mut r = import_document("mine.txt", ARTICLE.as_bytes(), &base, &knowledge())
            .unwrap()
            .remove(0);
        let unchanged = Review::of(&r);
        let before = r.clone();
        apply_review(&mut r, &unchanged, &base.outlets).unwrap();
        assert_eq!(r, before);
        let review = Review {
            title: "My \u{202e}title".into(),
            outlet: "Reuters".into(),
            date: "2011-12".into(),
            byline: " Jane  Doe, John Roe ;".into(),
        };
        apply_review(&mut r, &review, &base.outlets).unwrap();
        assert_eq!(r.article.title, "My title");
        assert!(!r.article.title_inferred);
        assert_eq!(r.article.date.as_deref(), Some("2011-12"));
        assert_eq!(r.article.date_precision, DatePrecision::Month);
        assert_eq!(r.article.outlet.as_deref(), Some("reuters"));
        assert_eq!(r.article.byline, ["Jane Doe", "John Roe"]);
        assert_eq!(r.article.byline_evidence.as_deref(), Some(ENTERED_BY_USER));
        r.validate().unwrap();
        let new_outlet = Review {
            outlet: "My Blog".into(),
            ..Review::of(&r)
        };
        apply_review(&mut r, &new_outlet, &base.outlets).unwrap();
        let o = r
            .outlets
            .iter()
            .find(|o| Some(&o.id) == r.article.outlet.as_ref())
            .unwrap();
        assert_eq!(o.kind, OutletKind::UserImport);
        r.validate().unwrap();
        let bad = Review {
            date: "31/12/2011".into(),
            ..Review::of(&r)
        };
        assert!(apply_review(&mut r, &bad, &base.outlets)
            .unwrap_err()
            .contains("not a date"));
    }

    #[test]
    fn a_saved_page_shows_what_it_says_about_itself_with_evidence() {
        let page = r#"<html lang="en"><head><title>Residents moved - Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2011-12-19T10:00:00Z"></head>
            <body><article><h1>Residents moved</h1>
            <p>Officials in Baghdad said on Monday that the residents of the camp would be moved to a former base.</p>
            </article></body></html>"#;
        let base = bundled();
        let records = import_document("p.html", page.as_bytes(), &base, &knowledge()).unwrap();
        let d = Draft::of(&records[0], &base);
        assert_eq!(d.review.byline, "Jane Doe");
        assert_eq!(
            d.byline_evidence.as_deref(),
            Some("given by the page: <meta name=\"author\">")
        );
        let fact = |label: &str| d.page_facts.iter().find(|f| f.label() == label).cloned();
        let published = fact("Published").unwrap();
        assert_eq!(published.value, "2011-12-19");
        assert!(published.evidence.contains("article:published_time"));
        assert_eq!(fact("Site").unwrap().value, "Example News");
        assert_eq!(fact("Language").unwrap().value, "en");
        assert!(fact("Characters").unwrap().value.contains("UTF-8"));
        assert!(
            fact("Description").is_none(),
            "what the page does not give is left out"
        );
        // The byline can be removed in the review: no evidence is left for it.
        let mut r = records[0].clone();
        let review = Review {
            byline: String::new(),
            ..Review::of(&r)
        };
        apply_review(&mut r, &review, &base.outlets).unwrap();
        assert!(r.article.byline.is_empty() && r.article.byline_evidence.is_none());
    }

    #[test]
    fn a_corpus_file_imports_and_validates() {
        let base = bundled();
        let sub = crate::user::subset(&base, &[base.articles[0].id.clone()]);
        let json = serde_json::to_string(&sub).unwrap();
        // Its own articles are copies of themselves.
        let records = import_document("c.json", json.as_bytes(), &base, &knowledge()).unwrap();
        assert_eq!(
            records[0].copy_of.as_deref(),
            Some(base.articles[0].id.as_str())
        );
        let mut broken = sub.clone();
        broken.quotes.push(Quote {
            id: "q".into(),
            article: broken.articles[0].id.clone(),
            paragraph: 0,
            text: "words that are not there".into(),
            start: 0,
            speaker: "x".into(),
            speaker_id: None,
            affiliation: None,
            attribution: None,
        });
        let json = serde_json::to_string(&broken).unwrap();
        let err = import_document("c.json", json.as_bytes(), &base, &knowledge()).unwrap_err();
        assert!(err.reason.contains("not verbatim"), "{err}");
    }

    #[test]
    fn worker_requests_round_trip() {
        let corpus_text = include_str!("../../../../public/data/corpus.json");
        let k = knowledge();
        let ingest = WorkerRequest {
            op: "ingest".into(),
            name: "mine.txt".into(),
            ..WorkerRequest::default()
        };
        let reply = handle_request(&ingest, corpus_text, ARTICLE.as_bytes(), &k);
        assert_eq!(reply.error, None);
        assert_eq!(reply.drafts.len(), 1);
        assert!(reply.drafts[0].places.iter().any(|p| p == "Camp Liberty"));
        let mut review = reply.drafts[0].review.clone();
        review.title = "Reviewed title".into();
        let save = WorkerRequest {
            op: "save".into(),
            records: reply.records.clone(),
            reviews: vec![Some(review)],
            ..WorkerRequest::default()
        };
        let saved = handle_request(&save, corpus_text, &[], &k);
        assert_eq!(saved.error, None);
        assert!(saved.records[0].contains("Reviewed title"));
        // A stored record reviewed again (edited later): its values as saved, changed again.
        let drafts = WorkerRequest {
            op: "drafts".into(),
            records: saved.records.clone(),
            ..WorkerRequest::default()
        };
        let again = handle_request(&drafts, corpus_text, &[], &k);
        assert_eq!(again.drafts[0].review.title, "Reviewed title");
        assert_eq!(again.records, saved.records);
        let edit = WorkerRequest {
            op: "save".into(),
            records: again.records.clone(),
            reviews: vec![Some(Review {
                byline: "Jane Doe".into(),
                ..again.drafts[0].review.clone()
            })],
            ..WorkerRequest::default()
        };
        let edited = handle_request(&edit, corpus_text, &[], &k);
        let record = crate::user::parse_record(&edited.records[0]).unwrap();
        assert_eq!(record.article.title, "Reviewed title");
        assert_eq!(record.article.byline, ["Jane Doe"]);
        assert_eq!(
            record.id(),
            crate::user::parse_record(&saved.records[0]).unwrap().id()
        );
        let backup = crate::user::backup_json(&[saved.records[0].as_str()]);
        let restore = WorkerRequest {
            op: "restore".into(),
            text: backup,
            ..WorkerRequest::default()
        };
        assert_eq!(
            handle_request(&restore, corpus_text, &[], &k).records,
            saved.records
        );
        let export = WorkerRequest {
            op: "export".into(),
            records: saved.records.clone(),
            ids: vec![
                crate::user::parse_record(&saved.records[0])
                    .unwrap()
                    .article
                    .id,
            ],
            format: "json".into(),
            ..WorkerRequest::default()
        };
        let out = handle_request(&export, corpus_text, &[], &k).output;
        let exported = Corpus::from_json(&out).unwrap();
        assert_eq!(exported.articles[0].title, "Reviewed title");
        assert!(exported.articles[0].user_import);
        // The same ingest again is a copy of the saved one.
        let again = WorkerRequest {
            records: saved.records.clone(),
            ..ingest
        };
        let reply = handle_request(&again, corpus_text, ARTICLE.as_bytes(), &k);
        assert_eq!(reply.drafts[0].copy_of.as_deref(), Some("Reviewed title"));
        let bad = handle_request(
            &WorkerRequest {
                op: "x".into(),
                ..WorkerRequest::default()
            },
            corpus_text,
            &[],
            &k,
        );
        assert!(bad.error.unwrap().contains("unknown"));
    }

    #[test]
    fn markup_in_a_text_file_is_text() {
        let text = "Camp Ashraf <script>window.__pwned = 1</script> report\n\n\
<img src=x onerror=\"window.__pwned = 2\"> Residents of Camp Ashraf said on Monday they would stay. <a href=\"javascript:window.__pwned=3\">click</a> here.\n\n\
\"We are not leaving,\" said a resident, <svg onload=\"window.__pwned = 4\"></svg> speaking in Baghdad. \u{202e}evil\u{202c} text.";
        let r = import_document("hostile.txt", text.as_bytes(), &bundled(), &knowledge());
        let r = r.unwrap();
        let all = r[0].article.paragraphs.join("\n");
        assert!(all.contains("<img src=x onerror=\"window.__pwned = 2\">"));
        assert!(!all.contains('\u{202e}'));
    }
}
