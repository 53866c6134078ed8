//! Markers in screen pixels: base-map towns as small dots, and every place the corpus names as a
//! button sized by its number of articles. Camps are drawn as areas: a disc of their uncertainty
//! radius at true scale (never smaller than a marker), so Camp Ashraf is not a pin.
//! Each element is created once; only its position follows the viewport.

use crate::app::{use_app, use_go};
use crate::components::map::map_data::{
    km_per_unit, marker_radius, select_place_state, town_visible, use_map,
};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn MapMarkers() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let go = use_go();
    let model = map.model.clone();
    let viewport = map.viewport;
    let corpus_names: Vec<String> = model.places.iter().map(|p| p.name.to_lowercase()).collect();

    let towns = model
        .towns
        .iter()
        .filter(|t| !corpus_names.contains(&t.name.to_lowercase()))
        .map(|t| {
            let at = model
                .proj
                .forward(ashraf_core::geo::LonLat::new(t.lon, t.lat));
            let rank = t.rank;
            let pos = move || {
                let v = viewport.get();
                let s = v.to_screen(at);
                let on = town_visible(rank, v.zoom)
                    && s.x > -10.0
                    && s.y > -10.0
                    && s.x < v.width + 10.0
                    && s.y < v.height + 10.0;
                (s, on)
            };
            view! {
                <circle class="map-town" r=if rank <= 1 { 3.0 } else { 2.2 }
                    cx=move || pos().0.x cy=move || pos().0.y
                    style:display=move || if pos().1 { "inline" } else { "none" }>
                    <title>{t.name.clone()}</title>
                </circle>
            }
        })
        .collect_view();

    let mut points: Vec<_> = model
        .places
        .iter()
        .filter(|p| p.is_point())
        .cloned()
        .collect();
    // Big markers first, so small ones stay clickable on top.
    points.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
    let markers = points
        .into_iter()
        .map(|p| {
            let at = model.proj.forward(p.at);
            let km_per_unit = km_per_unit(&model, p.at.lat);
            let base_r = marker_radius(p.articles);
            let camp = p.is_camp();
            let area_units = p.uncertainty_km / km_per_unit;
            let geometry = move || {
                let v = viewport.get();
                let s = v.to_screen(at);
                let r = if camp { (area_units * v.zoom).max(base_r) } else { base_r };
                (s.x, s.y, r)
            };
            let id = p.id.clone();
            let selected = {
                let id = id.clone();
                Memo::new(move |_| map.selected.with(|s| s.as_deref() == Some(id.as_str())))
            };
            let choose = {
                let go = go.clone();
                let id = id.clone();
                move || go(select_place_state(&app.state.get_untracked(), &id), false)
            };
            let on_click = {
                let choose = choose.clone();
                move |_: ev::MouseEvent| choose()
            };
            let on_key = move |e: ev::KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    choose();
                }
            };
            let label = format!(
                "{}: {} article{}{}. {}",
                p.name,
                p.articles,
                if p.articles == 1 { "" } else { "s" },
                if camp { format!(", drawn as an area of {:.1} km radius (position uncertainty)", p.uncertainty_km) } else { String::new() },
                "Press to filter the articles by this place."
            );
            let class = format!("map-marker kind-{}", p.kind);
            view! {
                <g class=class role="button" tabindex="0" data-place=id.clone()
                    aria-label=label aria-pressed=move || selected.get().to_string()
                    class:selected=move || selected.get()
                    on:click=on_click on:keydown=on_key>
                    {camp.then(|| view! {
                        <circle class="map-camp-area" cx=move || geometry().0 cy=move || geometry().1 r=move || geometry().2/>
                    })}
                    <circle class="map-marker-dot"
                        cx=move || geometry().0 cy=move || geometry().1
                        r=move || if camp { (base_r * 0.6).max(4.0) } else { base_r }/>
                    <circle class="map-marker-hit" cx=move || geometry().0 cy=move || geometry().1
                        r=move || geometry().2.max(12.0)/>
                </g>
            }
        })
        .collect_view();
    view! {
        <g class="map-towns" aria-hidden="true">{towns}</g>
        <g class="map-markers">{markers}</g>
    }
}
