//! The text alternative to the map: every place the articles name, with its number of articles
//! and quotes, as buttons that do what a marker does (filter by the place, show it on the map).
//!
//! Static markup built once; one delegated click handler reads `data-place`, and an effect keeps
//! each button's `aria-pressed` in step with the URL (so a focused button keeps its focus).

use crate::app::{use_app, use_go};
use crate::components::map::map_data::{escape, select_place_state, use_map};
use crate::wording::plural;
use ashraf_core::geo::{Bounds, Viewport};
use leptos::ev;
use leptos::html::Ul;
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

#[component]
pub fn PlaceList() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let go = use_go();
    let model = map.model.clone();
    let mut places: Vec<_> = model.places.iter().collect();
    places.sort_unstable_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
    let mut html = String::new();
    for p in places {
        let _ = write!(
            html,
            "<li><button type=\"button\" class=\"place-button\" data-place=\"{id}\" aria-pressed=\"false\"><span class=\"place-name\">{name}</span><span class=\"place-count\">{a} article{pa}, {q} quote{pq}{area}</span></button></li>",
            id = escape(&p.id),
            name = escape(&p.name),
            a = p.articles,
            pa = plural(p.articles),
            q = p.quotes,
            pq = plural(p.quotes),
            area = if p.is_point() { String::new() } else { format!(" · {} (an area, not pinned)", escape(&p.kind)) },
        );
    }
    let list = NodeRef::<Ul>::new();
    Effect::new(move |_| {
        let selected = map.selected.get();
        let Some(ul) = list.get() else { return };
        // <li><button data-place …></li> for each place.
        let mut item = ul.first_element_child();
        while let Some(li) = item {
            if let Some(b) = li.first_element_child() {
                let pressed = b.get_attribute("data-place") == selected;
                let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            }
            item = li.next_element_sibling();
        }
    });
    let on_click = move |e: ev::MouseEvent| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-place]").ok().flatten())
            .and_then(|el| el.get_attribute("data-place"));
        let Some(place) = id.and_then(|id| model.places.iter().find(|p| p.id == id)) else {
            return;
        };
        if place.is_point() {
            let at = model.proj.forward(place.at);
            map.viewport.update(|v| {
                let zoom = v.zoom.max(4.0);
                let b = Bounds::from_points([at]).padded(v.width / zoom / 2.5);
                *v = Viewport::fit(&b, v.width, v.height, 0.0);
            });
        }
        go(
            select_place_state(&app.state.get_untracked(), &place.id),
            false,
        );
    };
    view! {
        <section class="map-places" aria-labelledby="map-places-heading">
            <h2 id="map-places-heading">"Places in the articles"</h2>
            <p class="muted">"The same places as on the map, as a list. Choosing one filters the articles and shows it on the map."</p>
            <ul class="place-list" node_ref=list inner_html=html on:click=on_click></ul>
        </section>
    }
}
