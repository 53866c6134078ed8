//! Input validation: every raw file is checked before anything is built, so that a bad file
//! produces one clear message naming it and nothing partial is written.

use std::fmt;

/// Largest raw page accepted. The real pages are under 50 KB; a file this large is not a page.
pub const MAX_FILE_BYTES: usize = crate::user::MAX_IMPORT_BYTES;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub file: String,
    pub reason: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl std::error::Error for IngestError {}

impl IngestError {
    pub fn new(file: &str, reason: impl Into<String>) -> Self {
        IngestError {
            file: file.to_string(),
            reason: reason.into(),
        }
    }
}

/// The files of a folder (not its sub-folders), sorted by name: the raw pages that the corpus
/// build, its benchmarks and its tests ingest. An error names the folder or the file.
pub fn read_folder(dir: &std::path::Path) -> Result<Vec<InputFile>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            std::fs::read(&path)
                .map(|bytes| InputFile { name, bytes })
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

/// Refuses a file too large to be a page, or empty.
pub fn check_size(file: &InputFile) -> Result<(), IngestError> {
    let fail = |reason: String| Err(IngestError::new(&file.name, reason));
    if file.bytes.len() > MAX_FILE_BYTES {
        return fail(crate::user::too_large(file.bytes.len() as u64));
    }
    if file.bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return fail("file is empty".to_string());
    }
    Ok(())
}

/// Decode a file as UTF-8 text, refusing what cannot be an article page.
pub fn decode(file: &InputFile) -> Result<String, IngestError> {
    let fail = |reason: String| Err(IngestError::new(&file.name, reason));
    check_size(file)?;
    if file.bytes.contains(&0) {
        return fail("file looks binary (it contains NUL bytes), not a text page".to_string());
    }
    let text = match std::str::from_utf8(&file.bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(format!(
                "file is not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ))
        }
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls * 100 > text.chars().count() {
        return fail("file looks binary (too many control characters)".to_string());
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(bytes: &[u8]) -> InputFile {
        InputFile {
            name: "x.txt".into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn refuses_empty_binary_non_utf8_and_huge() {
        assert!(decode(&file(b"  \n "))
            .unwrap_err()
            .reason
            .contains("empty"));
        assert!(decode(&file(b"ab\0cd"))
            .unwrap_err()
            .reason
            .contains("binary"));
        assert!(decode(&file(&[b'a', 0xff, 0xfe]))
            .unwrap_err()
            .reason
            .contains("not UTF-8"));
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let err = decode(&file(&big)).unwrap_err();
        assert_eq!(err.file, "x.txt");
        assert!(err.reason.contains("refused"));
        assert!(decode(&file(&[1u8; 50]))
            .unwrap_err()
            .reason
            .contains("control"));
    }

    #[test]
    fn accepts_text_and_strips_bom() {
        assert_eq!(decode(&file("\u{feff}Hello".as_bytes())).unwrap(), "Hello");
    }

    #[test]
    fn reads_a_folders_files_sorted_and_skips_sub_folders() {
        let dir = std::env::temp_dir().join(format!("ashraf-read-folder-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.html"), "second").unwrap();
        std::fs::write(dir.join("a.html"), "first").unwrap();
        std::fs::write(dir.join("sub/c.html"), "nested").unwrap();
        let files = read_folder(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let got: Vec<(&str, &[u8])> = files
            .iter()
            .map(|f| (f.name.as_str(), f.bytes.as_slice()))
            .collect();
        assert_eq!(got, [("a.html", &b"first"[..]), ("b.html", &b"second"[..])]);

        let missing = read_folder(&dir).unwrap_err();
        assert!(missing.contains("ashraf-read-folder"), "{missing}");
    }
}
