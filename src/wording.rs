//! Counted nouns in English, one way everywhere: "1 article", "3 articles".

/// The plural ending for a count: "" for 1, "s" otherwise.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A count with its noun: "1 quote", "3 quotes".
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural(n))
}
