//! How a quote's speaker was found, on demand: the ingest's rule in plain words, the words of
//! the article it read (verbatim, as a quotation) and how a pronoun, title or short name was
//! resolved. A native disclosure; its content is built with plain DOM calls (as the timeline's)
//! the first time it opens, so closed ones cost nothing more. Everything is set as text.

use crate::components::timeline_dom::{attr, el, text_el};
use ashraf_core::model::Quote;
use ashraf_core::quote_wall::rule_in_words;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

pub fn speaker_found(quote: &Quote) -> impl IntoView {
    // Taken by the first opening, which builds the content; later ones find it there.
    let mut pending = Some((quote.attribution.clone(), quote.speaker == "unknown"));
    let fill = move |e: ev::Event| {
        let (Some((attribution, unknown)), Some(target)) = (pending.take(), e.target()) else {
            return;
        };
        let details: Element = target.unchecked_into();
        let Some(a) = attribution else {
            let why = if unknown {
                "Nothing in the text credits these words to anyone."
            } else {
                "Not recorded for this quote."
            };
            text_el(&details, "p", "", why);
            return;
        };
        let dl = el(&details, "dl", "");
        text_el(&dl, "dt", "", "Rule");
        text_el(&dl, "dd", "", rule_in_words(&a.rule));
        text_el(&dl, "dt", "", "In the article");
        let words = el(&dl, "dd", "");
        attr(&words, "dir", "auto");
        text_el(&words, "q", "", &a.words);
        if let Some(r) = &a.resolution {
            text_el(&dl, "dt", "", "Resolved");
            attr(&text_el(&dl, "dd", "", r), "dir", "auto");
        }
    };
    view! {
        <details class="found" on:toggle=fill>
            <summary>"How the speaker was found"</summary>
        </details>
    }
}
