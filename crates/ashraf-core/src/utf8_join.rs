//! Putting a text together from the chunks of a download, checking that it is UTF-8 as it goes.
//!
//! The app reads corpus.json as a stream of byte chunks. Collecting them in one growing buffer
//! copied everything again at each doubling (64 MB in one step for 10,000 articles), and
//! checking the whole file at the end was one more pass over it in a single task; here each
//! chunk is checked and appended on its own, so the work comes in pieces the size of a chunk
//! (issue 7). A character split between two chunks is carried over to the next.

/// A text being put together from byte chunks.
#[derive(Debug, Default)]
pub struct Utf8Join {
    text: String,
    /// The start of a character whose other bytes are in the next chunk (at most 3 bytes).
    carry: Vec<u8>,
}

/// The bytes are not UTF-8 text.
#[derive(Debug, PartialEq, Eq)]
pub struct NotUtf8;

impl Utf8Join {
    /// `capacity`: the text's length in bytes when it is known (then nothing is reallocated).
    pub fn with_capacity(capacity: usize) -> Utf8Join {
        Utf8Join {
            text: String::with_capacity(capacity),
            carry: Vec::new(),
        }
    }

    /// Appends the next chunk.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), NotUtf8> {
        if self.carry.is_empty() {
            return self.push_valid_prefix(chunk);
        }
        let mut joined = std::mem::take(&mut self.carry);
        joined.extend_from_slice(chunk);
        self.push_valid_prefix(&joined)
    }

    /// Appends what of `bytes` is whole characters; keeps an unfinished last character.
    fn push_valid_prefix(&mut self, bytes: &[u8]) -> Result<(), NotUtf8> {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.text.push_str(text),
            // The end is the start of a character that continues in the next chunk.
            Err(e) if e.error_len().is_none() => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                self.text
                    .push_str(std::str::from_utf8(valid).map_err(|_| NotUtf8)?);
                self.carry = rest.to_vec();
            }
            Err(_) => return Err(NotUtf8),
        }
        Ok(())
    }

    /// The text, once every chunk is in; an unfinished last character is an error.
    pub fn finish(self) -> Result<String, NotUtf8> {
        if self.carry.is_empty() {
            Ok(self.text)
        } else {
            Err(NotUtf8)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(chunks: &[&[u8]]) -> Result<String, NotUtf8> {
        let mut join = Utf8Join::with_capacity(chunks.iter().map(|c| c.len()).sum());
        for chunk in chunks {
            join.push(chunk)?;
        }
        join.finish()
    }

    #[test]
    fn every_split_of_a_text_gives_the_text_back() {
        let text = "Camp Ashraf — أشرف, «Liberty» 🏕️ ok";
        let bytes = text.as_bytes();
        for a in 0..=bytes.len() {
            for b in a..=bytes.len() {
                let got = joined(&[&bytes[..a], &bytes[a..b], &bytes[b..]]);
                assert_eq!(got.as_deref(), Ok(text), "split at {a} and {b}");
            }
        }
    }

    #[test]
    fn a_character_split_over_three_chunks_is_put_back_together() {
        let emoji = "🏕".as_bytes();
        assert_eq!(
            joined(&[&emoji[..1], &emoji[1..2], &emoji[2..]]).as_deref(),
            Ok("🏕")
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused() {
        assert_eq!(joined(&[b"ok ", &[0xff], b" ok"]), Err(NotUtf8));
        // A lone continuation byte at a chunk's start.
        assert_eq!(joined(&[b"ok", &[0x80, b'a']]), Err(NotUtf8));
        // A character that the next chunk does not finish.
        assert_eq!(joined(&[&[0xe2, 0x80], b"a"]), Err(NotUtf8));
    }

    #[test]
    fn a_text_cut_inside_its_last_character_is_refused() {
        let dash = "—".as_bytes();
        assert_eq!(joined(&[b"end ", &dash[..2]]), Err(NotUtf8));
        assert_eq!(joined(&[]).as_deref(), Ok(""));
    }
}
