//! The words that credit words to someone: speech and writing verbs in the forms news prose
//! uses (English, French and Spanish), and prepositions such as "according to" and "selon".

use super::marks::is_double_mark;

/// Every form, lower case. Multi-word forms are matched as written ("pointed out").
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    // English
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "asked", "asks",
    "argues", "argued", "claims", "claimed", "reads", "replied", "replies", "shouted", "wrote", "written", "writing",
    "writes", "admonished", "reiterated", "reiterates", "insisted", "insists", "warned", "warns",
    "urged", "urges", "called", "calls", "rejected", "found", "submitted", "explained", "explains",
    "stressed", "stresses", "noted", "notes", "according to", "song", "tweeted", "tweets", "posted",
    "recalled", "recalls", "admitted", "admits", "acknowledged", "acknowledges", "conceded",
    "concedes", "continued", "continues", "declared", "declares", "announced", "announces",
    "stated", "states", "observed", "observes", "suggested", "suggests", "predicted", "predicts",
    "promised", "promises", "vowed", "vows", "cautioned", "cautions", "complained", "complains",
    "concluded", "concludes", "contended", "contends", "countered", "counters", "responded",
    "responds", "answered", "answers", "remarked", "remarks", "testified", "testifies", "joked",
    "jokes", "quipped", "quips", "mused", "muses", "boasted", "boasts", "exclaimed", "screamed",
    "whispered", "recounted", "recounts", "pointed out", "points out", "put it", "puts it",
    "emphasized", "emphasised", "emphasizes", "emphasises", "maintained", "maintains", "asserted",
    "asserts", "alleged", "alleges", "lamented", "laments", "pleaded", "retorted", "protested",
    "wondered", "wonders", "described", "describes", "dubbed", "labelled", "labeled", "termed",
    "blasted", "charged", "affirmed", "confirmed", "confirms", "opined", "surmised", "speculated",
    "reported", "reports", "informed", "assured", "assures", "advised", "advises", "demanded",
    "demands", "agreed", "agrees", "objected", "thundered", "sighed", "snapped", "cried", "yelled",
    "pleads", "begged", "texted", "emailed", "messaged", "commented", "comments", "elaborated",
    "summed up", "sums up", "went on", "goes on", "chimed in", "quoted", "quotes", "raged", "fumed",
    "proclaimed", "proclaims", "reckoned", "reckons", "spoke",
    // French
    "dit", "a dit", "déclare", "a déclaré", "ajoute", "a ajouté", "explique", "a expliqué",
    "affirme", "a affirmé", "estime", "a estimé", "souligne", "a souligné", "selon", "précise",
    "a précisé", "assure", "a assuré", "indique", "a indiqué", "raconte", "a raconté", "a lancé",
    "insiste", "a insisté", "confie", "a confié", "reconnaît", "a reconnu", "prévient", "a prévenu",
    "dénonce", "a dénoncé", "rappelle", "a rappelé", "a jugé", "écrit", "a écrit", "poursuit",
    "a poursuivi", "martèle", "a martelé", "regrette", "a regretté", "déplore", "a déploré",
    "s'est félicité", "s’est félicité", "a annoncé", "annonce", "a répondu", "répond", "a averti",
    "avertit", "a tweeté", "tweete", "conclut", "a conclu", "résume", "a résumé", "a noté",
    "a observé", "a commenté",
    // Spanish
    "dijo", "afirmó", "agregó", "añadió", "explicó", "señaló", "aseguró", "indicó", "sostuvo",
    "declaró", "según", "manifestó", "expresó", "advirtió", "destacó", "subrayó", "comentó",
    "escribió", "relató", "precisó", "apuntó",
];

/// Whether a speech verb starts at byte `pos` of `text` (as a whole word).
pub fn is_speech_verb_at(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..) else {
        return false;
    };
    let head: String = rest.chars().take(24).collect::<String>().to_lowercase();
    SPEECH_VERBS.iter().any(|v| {
        head.starts_with(v)
            && head
                .get(v.len()..)
                .unwrap_or_default()
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    }) && text
        .get(..pos)
        .unwrap_or_default()
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn is_word_at(text: &str, pos: usize, len: usize) -> bool {
    let before_ok = text
        .get(..pos)
        .unwrap_or_default()
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let after_ok = text
        .get(pos + len..)
        .unwrap_or_default()
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Speech verbs in a text outside quotation marks, as (byte offset, verb), in order. Lower-casing
/// ASCII keeps byte offsets, so the positions are those of the original text; a verb after an
/// odd number of double marks is inside a quotation and does not count.
pub fn verbs_in(text: &str) -> Vec<(usize, &'static str)> {
    let lower = text.to_ascii_lowercase();
    let quote_pos: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| is_double_mark(*c))
        .map(|(i, _)| i)
        .collect();
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for verb in SPEECH_VERBS {
        for (pos, _) in lower.match_indices(verb) {
            if is_word_at(&lower, pos, verb.len())
                && quote_pos.iter().filter(|&&q| q < pos).count() % 2 == 0
            {
                found.push((pos, *verb));
            }
        }
    }
    // "a déclaré" contains "déclare"-like shorter forms at other offsets only; where two forms
    // start at one place the longer wins.
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
    found.dedup_by_key(|f| f.0);
    found
}

/// An inverted French or Spanish attribution with its pronoun: "a-t-il ajouté",
/// "explique-t-elle", "dit-il": (offset, length, pronoun).
pub fn inverted_pronoun(text: &str) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    for (pat, pronoun) in [
        ("-t-il", "he"),
        ("-t-elle", "she"),
        ("-il", "he"),
        ("-elle", "she"),
        ("-t-ils", "they"),
        ("-ils", "they"),
    ] {
        if let Some(i) = lower.find(pat) {
            let after_ok = lower
                .get(i + pat.len()..)
                .unwrap_or_default()
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if after_ok && i > 0 {
                return Some((i, pronoun));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_whole_words_outside_quotes() {
        let v: Vec<&str> = verbs_in("He said “they told me” and added, according to her")
            .into_iter()
            .map(|v| v.1)
            .collect();
        assert_eq!(v, ["said", "added", "according to"]);
        assert!(verbs_in("the saidness of it").is_empty());
        assert!(is_speech_verb_at("Forte said so", 6));
        assert!(!is_speech_verb_at("Forte sayings", 6));
    }

    #[test]
    fn inverted_french_attribution() {
        assert_eq!(inverted_pronoun(", a-t-il ajouté."), Some((3, "he")));
        assert_eq!(inverted_pronoun(", explique-t-elle."), Some((10, "she")));
        assert_eq!(inverted_pronoun(", dit le ministre."), None);
    }
}
