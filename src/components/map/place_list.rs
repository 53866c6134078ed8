//! The text alternative to the map: every place the articles name, with its number of articles
//! and quotes, as buttons that do what a marker does (filter by the place, show it on the map).

use crate::app::{use_app, use_go};
use crate::components::map::map_data::{select_place_state, use_map};
use ashraf_core::geo::{Bounds, Viewport};
use leptos::prelude::*;

#[component]
pub fn PlaceList() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let go = use_go();
    let model = map.model.clone();
    let mut places = model.places.clone();
    places.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
    let items = places
        .into_iter()
        .map(|p| {
            let id = p.id.clone();
            let selected = {
                let id = id.clone();
                Memo::new(move |_| map.selected.with(|s| s.as_deref() == Some(id.as_str())))
            };
            let at = model.proj.forward(p.at);
            let point = p.is_point();
            let choose = {
                let go = go.clone();
                let id = id.clone();
                move |_| {
                    if point {
                        map.viewport.update(|v| {
                            let zoom = v.zoom.max(4.0);
                            let b = Bounds::from_points([at]).padded(v.width / zoom / 2.5);
                            *v = Viewport::fit(&b, v.width, v.height, 0.0);
                        });
                    }
                    go(select_place_state(&app.state.get_untracked(), &id), false)
                }
            };
            let detail = format!(
                "{} article{}, {} quote{}{}",
                p.articles,
                if p.articles == 1 { "" } else { "s" },
                p.quotes,
                if p.quotes == 1 { "" } else { "s" },
                if point { String::new() } else { format!(" · {} (an area, not pinned)", p.kind) }
            );
            view! {
                <li>
                    <button type="button" class="place-button" data-place=id aria-pressed=move || selected.get().to_string() on:click=choose>
                        <span class="place-name">{p.name.clone()}</span>
                        <span class="place-count">{detail}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="map-places" aria-labelledby="map-places-heading">
            <h2 id="map-places-heading">"Places in the articles"</h2>
            <p class="muted">"The same places as on the map, as a list. Choosing one filters the articles and shows it on the map."</p>
            <ul class="place-list">{items}</ul>
        </section>
    }
}
