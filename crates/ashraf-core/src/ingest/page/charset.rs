//! The characters of a saved page from its bytes, with the evidence for the encoding chosen.
//!
//! Order: a byte-order mark; then valid UTF-8 (a page re-saved as UTF-8 often keeps its old
//! `<meta charset>`, and non-ASCII text in a legacy encoding is almost never valid UTF-8); then
//! the encoding the page declares in its first 1024 bytes (`<meta charset>`,
//! `<meta http-equiv="Content-Type">`, `<?xml encoding>`), as the HTML standard's prescan does;
//! then windows-1252, the standard's default for an undeclared page.

use crate::ingest::clean::collapse_spaces;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far the declaration is looked for, as in the HTML standard's prescan.
const PRESCAN_BYTES: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name ("UTF-8", "windows-1252" …).
    pub encoding: &'static str,
    /// Why that encoding: "byte-order mark", "valid UTF-8", `declared: <meta charset="…">` …
    pub evidence: String,
    /// True when some bytes were not valid in that encoding and became U+FFFD.
    pub had_errors: bool,
}

pub fn decode_page(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = enc.decode_without_bom_handling(rest);
        return Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            evidence: "byte-order mark".into(),
            had_errors,
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            evidence: "valid UTF-8".into(),
            had_errors: false,
        };
    }
    let (enc, evidence) = match declared(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes)) {
        Some((enc, written)) => (enc, format!("declared: {written}")),
        None => (
            WINDOWS_1252,
            "not UTF-8 and no declared encoding: windows-1252, the web's default".into(),
        ),
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        evidence,
        had_errors,
    }
}

/// The encoding a page's head declares, with the declaration as written. UTF-16 labels mean
/// UTF-8 here (the standard's rule: a declaration read from ASCII bytes cannot be UTF-16).
fn declared(head: &[u8]) -> Option<(&'static Encoding, String)> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower, b"charset", from) {
        from = at + b"charset".len();
        let mut i = from;
        while lower.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let start = i;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        let label = lower.get(start..i)?;
        let Some(enc) = Encoding::for_label(label) else {
            continue;
        };
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            UTF_8
        } else {
            enc
        };
        let tag_start = lower
            .get(..at)
            .and_then(|b| b.iter().rposition(|&c| c == b'<'))
            .unwrap_or(at);
        let tag_end = find(&lower, b">", i).map_or(i, |e| e + 1);
        let written = String::from_utf8_lossy(head.get(tag_start..tag_end).unwrap_or_default());
        return Some((enc, collapse_spaces(&written)));
    }
    None
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>Camp Ashraf — «Liberty»</p>";
        let d = decode_page(page.as_bytes());
        assert_eq!(d.text, page);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.evidence, "valid UTF-8");
    }

    #[test]
    fn a_declared_legacy_encoding_is_used_when_the_bytes_are_not_utf8() {
        let mut page = b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"></head><p>caf".to_vec();
        page.push(0xe9);
        page.extend_from_slice(b" Auvers</p>");
        let d = decode_page(&page);
        assert!(d.text.contains("café Auvers"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
        assert!(
            d.evidence.starts_with("declared: <META HTTP-EQUIV"),
            "{}",
            d.evidence
        );

        let (win1256, _, _) =
            encoding_rs::WINDOWS_1256.encode("<meta charset=windows-1256><p>کمپ اشرف</p>");
        let d = decode_page(&win1256);
        assert!(d.text.contains("کمپ اشرف"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1256");
    }

    #[test]
    fn undeclared_non_utf8_is_windows_1252_and_a_bom_decides_first() {
        let d = decode_page(b"<p>na\x96ve \x93quote\x94</p>");
        assert_eq!(d.text, "<p>na–ve “quote”</p>");
        assert_eq!(d.encoding, "windows-1252");

        let d = decode_page(b"\xff\xfeA\x00\xe9\x00");
        assert_eq!(d.text, "Aé");
        assert_eq!(d.evidence, "byte-order mark");
    }

    #[test]
    fn a_utf16_declaration_means_utf8_and_junk_never_panics() {
        let d = decode_page(b"<meta charset=utf-16><p>\xc3(</p>");
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.had_errors);
        for bytes in [&b"charset="[..], b"charset", b"<charset=\xff", b"\xc3", b""] {
            let _ = decode_page(bytes);
        }
    }
}
