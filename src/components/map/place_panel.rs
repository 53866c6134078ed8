//! The selected place: where it is (with the source of the coordinate), the articles that
//! mention it (the explorer's results under the place filter) and the quotes in the passages
//! that name it. Markup rebuilt when the URL state changes; links go through the router's
//! anchor handling, and the "Clear" button reaches a delegated click handler.

use crate::app::{use_app, use_go};
use crate::components::map::map_data::{escape, select_place_state, use_map};
use crate::wording::plural;
use ashraf_core::query::FacetKind;
use leptos::ev;
use leptos::prelude::*;
use std::collections::HashSet;
use std::fmt::Write;
use wasm_bindgen::JsCast;

/// Quotes listed under the place, at most.
const MAX_QUOTES: usize = 8;

#[component]
pub fn PlacePanel() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let go = use_go();
    let model = map.model.clone();
    let state_memo = app.state;
    let html = {
        let app = app.clone();
        move || {
            let id = map.selected.get()?;
            let place = model.places.iter().find(|p| p.id == id)?;
            let state = app.state.get();
            let corpus = app.index.corpus();
            let hits: Vec<usize> = app.results.with(|r| r.hits.iter().map(|h| h.doc).collect());
            let count = hits.len();
            let others = state
                .filters
                .active()
                .filter(|(k, _)| *k != FacetKind::Place)
                .count()
                + usize::from(!state.q.is_empty());
            let mut out = String::new();
            let _ = write!(
            out,
            "<h2 id=\"place-panel-heading\">{name}</h2><p class=\"muted\">{lat:.4}° N, {lon:.4}° E · ± {unc:.1} km · {source}</p>\
             <p><strong class=\"place-result-count\">{count} article{s}</strong>{tail} · <a href=\"{explorer}\">Open in the explorer</a> · \
             <button type=\"button\" class=\"link-button\" data-action=\"clear\">Clear</button></p><ul class=\"place-articles\">",
            name = escape(&place.name),
            lat = place.at.lat,
            lon = place.at.lon,
            unc = place.uncertainty_km,
            source = escape(&place.coord_source),
            s = plural(count),
            tail = if others > 0 { " with your other filters" } else { " mention this place" },
            explorer = escape(&app.href(&state.explorer())),
        );
            let mut docs = HashSet::new();
            for a in hits.iter().filter_map(|&doc| app.index.article(doc)) {
                docs.insert(a.id.as_str());
                let outlet = a
                    .outlet
                    .as_deref()
                    .and_then(|o| corpus.outlet(o))
                    .map_or("outlet not stated", |o| o.name.as_str());
                let _ = write!(
                    out,
                    "<li><a href=\"{}\">{}</a> <span class=\"muted\">{} · {}</span></li>",
                    escape(&app.href(&state.reading(&a.id))),
                    escape(&a.title),
                    escape(outlet),
                    escape(a.date.as_deref().unwrap_or("undated")),
                );
            }
            out.push_str(
                "</ul><h3>Quotes in the passages that name it</h3><ul class=\"place-quotes\">",
            );
            let quotes = corpus
                .quotes
                .iter()
                .filter(|q| docs.contains(q.article.as_str()))
                .filter(|q| {
                    corpus.article(&q.article).is_some_and(|a| {
                        a.mentions
                            .iter()
                            .any(|m| m.entity == place.id && m.paragraph == q.paragraph)
                    })
                })
                .take(MAX_QUOTES);
            for q in quotes {
                let mut reading = state.reading(&q.article);
                reading.quote = Some(q.id.clone());
                let _ = write!(
                    out,
                    "<li><blockquote>“{}”</blockquote><a href=\"{}\">— {}</a></li>",
                    escape(&q.text),
                    escape(&app.href(&reading)),
                    escape(&q.speaker),
                );
            }
            out.push_str("</ul>");
            Some(out)
        }
    };
    let on_click = move |e: ev::MouseEvent| {
        let clear = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action=\"clear\"]").ok().flatten())
            .is_some();
        if let (true, Some(id)) = (clear, map.selected.get_untracked()) {
            go(select_place_state(&state_memo.get_untracked(), &id), false);
        }
    };
    view! {
        <section class="place-panel" aria-labelledby="place-panel-heading" aria-live="polite"
            hidden=move || map.selected.with(Option::is_none)
            inner_html=move || html().unwrap_or_default()
            on:click=on_click>
        </section>
    }
}
