//! The selected place: where it is (with the source of the coordinate), the articles that
//! mention it (the explorer's results under the place filter) and the quotes in those passages.

use crate::app::{use_app, use_go};
use crate::components::map::map_data::{select_place_state, use_map};
use ashraf_core::query::FacetKind;
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn PlacePanel() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let go = use_go();
    let model = map.model.clone();
    move || {
        let id = map.selected.get()?;
        let place = model.places.iter().find(|p| p.id == id)?.clone();
        let state = app.state.get();
        let corpus = app.index.corpus();
        let hits: Vec<usize> = app.results.with(|r| r.hits.iter().map(|h| h.doc).collect());
        let articles = hits
            .iter()
            .filter_map(|&doc| app.index.article(doc))
            .map(|a| {
                let href = app.href(&state.reading(&a.id));
                let meta = format!(
                    "{} · {}",
                    a.outlet.as_deref().and_then(|o| corpus.outlet(o)).map_or("outlet not stated", |o| o.name.as_str()),
                    a.date.as_deref().unwrap_or("undated")
                );
                view! { <li><a href=href>{a.title.clone()}</a> " " <span class="muted">{meta}</span></li> }
            })
            .collect_view();
        let docs: HashSet<&str> = hits
            .iter()
            .filter_map(|&d| app.index.article(d))
            .map(|a| a.id.as_str())
            .collect();
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
            .take(8)
            .map(|q| {
                let mut reading = state.reading(&q.article);
                reading.quote = Some(q.id.clone());
                let href = app.href(&reading);
                view! {
                    <li>
                        <blockquote>{format!("“{}”", q.text)}</blockquote>
                        <a href=href>{format!("— {}", q.speaker)}</a>
                    </li>
                }
            })
            .collect_view();
        let explorer_href = app.href(&state.explorer());
        let count = hits.len();
        let clear = {
            let go = go.clone();
            let id = id.clone();
            move |_| go(select_place_state(&app.state.get_untracked(), &id), false)
        };
        let others = state
            .filters
            .active()
            .filter(|(k, _)| *k != FacetKind::Place)
            .count()
            + usize::from(!state.q.is_empty());
        Some(view! {
            <section class="place-panel" aria-labelledby="place-panel-heading" aria-live="polite">
                <h2 id="place-panel-heading">{place.name.clone()}</h2>
                <p class="muted">
                    {format!("{:.4}° N, {:.4}° E · ± {:.1} km · {}", place.at.lat, place.at.lon, place.uncertainty_km, place.coord_source)}
                </p>
                <p>
                    <strong class="place-result-count">{format!("{count} article{}", if count == 1 { "" } else { "s" })}</strong>
                    {if others > 0 { " with your other filters" } else { " mention this place" }}
                    " · " <a href=explorer_href>"Open in the explorer"</a>
                    " · " <button type="button" class="link-button" on:click=clear>"Clear"</button>
                </p>
                <ul class="place-articles">{articles}</ul>
                <h3>"Quotes in the passages that name it"</h3>
                <ul class="place-quotes">{quotes}</ul>
            </section>
        })
    }
}
