//! Mutation robustness of the ingest: the seed pages, damaged in many deterministic ways
//! (bytes cut or inserted, stray quotation marks, multi-byte characters, markup, shuffled and
//! truncated lines), must never make the ingest panic, and whatever it accepts must keep the
//! corpus invariants: quotes are verbatim substrings at char boundaries, mentions too.
//! The browser runs the same code on users' own text, where a panic would be a bug.

use ashraf_core::ingest::{build_corpus, InputFile, Knowledge};
use ashraf_core::model::Corpus;
use std::path::Path;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "\"",
    "“",
    "”",
    "’",
    "'",
    "…",
    "—",
    "–",
    ".",
    ". ",
    "\n",
    "\n\n",
    "é",
    "🙂",
    "\u{202e}",
    "\u{200b}",
    "<script>alert(1)</script>",
    "\">",
    "Mr.",
    " said ",
    ", he said.",
    "By ",
    "December 22, 2011 0 comments\nFacebookTwitter\n",
    "New Articles\n",
    "Home » ",
    "FNA – 2011-12-21",
    "(Writing by ",
    "56 kilometres north of Baghdad",
    "3,000-plus",
    "Dec. 31",
    "on Sunday",
    "Published: July 22, 2011",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut s = text.to_string();
    for _ in 0..1 + rng.below(6) {
        let boundaries: Vec<usize> = s
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(s.len()))
            .collect();
        let at = boundaries[rng.below(boundaries.len())];
        match rng.below(6) {
            0 => s.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]),
            1 => {
                let end = boundaries
                    .iter()
                    .copied()
                    .find(|&b| b >= at + rng.below(200))
                    .unwrap_or(s.len());
                s.replace_range(at..end, "");
            }
            2 => s.truncate(at),
            3 => {
                let mut lines: Vec<&str> = s.lines().collect();
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                if i < lines.len() && j < lines.len() {
                    lines.swap(i, j);
                }
                s = lines.join("\n");
            }
            4 => s = s.replace('"', if rng.below(2) == 0 { "“" } else { "" }),
            _ => {
                let repeated = SNIPPETS[rng.below(SNIPPETS.len())].repeat(1 + rng.below(50));
                s.insert_str(at, &repeated);
            }
        }
    }
    s
}

fn check_invariants(c: &Corpus) {
    for q in &c.quotes {
        let a = c.article(&q.article).expect("quote's article");
        let p = &a.paragraphs[q.paragraph];
        assert!(p.is_char_boundary(q.start) && p.is_char_boundary(q.start + q.text.len()));
        assert_eq!(&p[q.start..q.start + q.text.len()], q.text);
    }
    for a in &c.articles {
        for m in &a.mentions {
            let p = &a.paragraphs[m.paragraph];
            assert!(m.start < m.end && p.is_char_boundary(m.start) && p.is_char_boundary(m.end));
        }
        assert!(!a.id.is_empty() && !a.title.is_empty() && !a.paragraphs.is_empty());
    }
}

#[test]
fn mutated_pages_never_panic_and_keep_invariants() {
    let knowledge = Knowledge::bundled().expect("data files parse");
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/seeds"));
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds")
        .map(|e| {
            let p = e.expect("entry").path();
            (
                p.file_name().expect("name").to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("utf-8 seed"),
            )
        })
        .collect();
    seeds.sort();
    let iterations: usize = std::env::var("ROBUSTNESS_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut accepted, mut refused) = (0, 0);
    for i in 0..iterations {
        let (name, text) = &seeds[i % seeds.len()];
        let damaged = mutate(text, &mut rng);
        let file = InputFile {
            name: name.clone(),
            bytes: damaged.clone().into_bytes(),
        };
        let outcome =
            std::panic::catch_unwind(|| build_corpus(std::slice::from_ref(&file), &knowledge));
        match outcome {
            Ok(Ok(corpus)) => {
                check_invariants(&corpus);
                accepted += 1;
            }
            Ok(Err(e)) => {
                assert_eq!(e.file, *name, "errors name the file");
                refused += 1;
            }
            Err(_) => {
                let path = std::env::temp_dir().join(format!("ashraf-panic-{i}.txt"));
                let _ = std::fs::write(&path, &damaged);
                panic!(
                    "the ingest panicked on mutation {i} of {name}; input saved to {}",
                    path.display()
                );
            }
        }
    }
    println!("robustness: {iterations} mutated pages, {accepted} ingested with invariants intact, {refused} refused with a message, 0 panics");
}

#[test]
fn non_ascii_lower_casing_does_not_shift_claim_offsets() {
    // 'İ' (U+0130) lower-cases to two characters, which once shifted byte offsets.
    let k = Knowledge::bundled().expect("data files parse");
    let page = "İİİİİİİİİİİİ İİİ Camp Ashraf holds more than 3,000 residents, some 65 km (40 miles) from Baghdad, to close by Dec. 31.\n";
    let file = InputFile {
        name: "i.txt".into(),
        bytes: page.as_bytes().to_vec(),
    };
    let corpus = build_corpus(&[file], &k).expect("ingests");
    assert!(corpus.claims.iter().any(|c| c.value == "3000"));
    assert!(corpus.claims.iter().any(|c| c.km == Some(65.0)));
}
