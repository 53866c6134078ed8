//! The claims view: one table per quantity the articles disagree on, for the articles the
//! explorer's search and filters (date range included) select. Distances sit beside the measured
//! geodesic distance; the border line for "from the Iranian border" comes from the map data,
//! loaded in the background (the other tables do not wait for it).

use crate::app::use_app;
use crate::components::claims_table::claims_table;
use crate::components::map::map_data::load_map;
use crate::components::scope_note::ScopeNote;
use crate::components::timeline_dom::{clear, el, link, text, text_el};
use ashraf_core::claims::claim_tables;
use ashraf_core::geo::LonLat;
use ashraf_core::query::View;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::Element;

#[component]
pub fn ClaimsView() -> impl IntoView {
    let app = use_app();
    // The Iran–Iraq border line once the map data is in, or why it is missing.
    let border = RwSignal::new(None::<Result<Arc<Vec<Vec<LonLat>>>, String>>);
    let index = app.index.clone();
    leptos::task::spawn_local(async move {
        let loaded = load_map(index)
            .await
            .map(|model| Arc::new(model.iran_border.clone()));
        border.set(Some(loaded));
    });
    let shown = Memo::new({
        let index = app.index.clone();
        move |_| {
            app.results
                .with(|r| r.hit_flags(index.corpus().articles.len()))
        }
    });
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new({
        let app = app.clone();
        move |_| {
            let Some(root) = root.get() else { return };
            let ids = shown.get();
            let border = border.get();
            let root: &Element = &root;
            clear(root);
            let corpus = app.index.corpus();
            let state = app.state.get_untracked();
            let tables = claim_tables(corpus, &|id| {
                app.index
                    .doc_of(id)
                    .is_some_and(|d| ids.get(d).copied().unwrap_or(false))
            });
            if tables.is_empty() {
                text_el(
                    root,
                    "p",
                    "claims-empty",
                    "None of the selected articles reports a number for these quantities.",
                );
                return;
            }
            // Full links: a bare "#id" would resolve against <base> and drop the query string.
            let here = app.href(&state);
            let nav = el(root, "nav", "claims-toc");
            let _ = nav.set_attribute("aria-label", "Quantities");
            let ul = el(&nav, "ul", "");
            for t in &tables {
                let li = el(&ul, "li", "");
                link(
                    &li,
                    &format!("{here}#{}", t.quantity.slug()),
                    &t.quantity.title(corpus),
                );
                text(&li, &format!(" ({})", t.rows()));
            }
            let border = border.as_ref().map(|b| match b {
                Ok(lines) => Ok(lines.as_slice()),
                Err(e) => Err(e.as_str()),
            });
            for t in &tables {
                claims_table(root, &app, &state, t, border);
            }
        }
    });
    view! {
        <div class="claims-view">
            <h1>"Claims where sources disagree"</h1>
            <p class="view-intro">"Every number the articles report for the same quantity, with the outlet, the article's date and the sentence it comes from. Values are shown as written; the spread is taken over the numbers (a range such as 400–800 counts both ends), words such as “dozens” are listed beside it."</p>
            <ScopeNote view=View::Claims count=Signal::derive(move || shown.with(|s| s.iter().filter(|f| **f).count())) ignores_dates=false/>
            <div node_ref=root></div>
        </div>
    }
}
