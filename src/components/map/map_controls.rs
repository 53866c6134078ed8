//! The buttons over the map: fit both camps, Iraq, the region or the world (the places outside
//! Iraq: Tehran, Paris, Washington, Cairo …), and zoom in / out.

use crate::components::map::map_canvas::ZOOM_STEP;
use crate::components::map::map_data::use_map;
use ashraf_core::geo::{Bounds, Point, Viewport};
use leptos::prelude::*;

#[component]
pub fn MapControls() -> impl IntoView {
    let map = use_map();
    let viewport = map.viewport;
    let model = map.model.clone();
    let fit = move |b: Bounds| {
        move |_| viewport.update(|v| *v = Viewport::fit(&b, v.width, v.height, 28.0))
    };
    let zoom = move |factor: f64| {
        move |_| {
            viewport
                .update(|v| *v = v.zoom_about(factor, Point::new(v.width / 2.0, v.height / 2.0)))
        }
    };
    view! {
        <div class="map-controls" role="toolbar" aria-label="Map view">
            <div class="map-fit">
                <button type="button" data-fit="camps" on:click=fit(model.camps_bounds)>"Both camps"</button>
                <button type="button" data-fit="iraq" on:click=fit(model.iraq_bounds)>"Iraq"</button>
                <button type="button" data-fit="region" on:click=fit(model.region_bounds)>"Region"</button>
                <button type="button" data-fit="world" on:click=fit(model.world_bounds)>"World"</button>
            </div>
            <div class="map-zoom">
                <button type="button" data-zoom="in" aria-label="Zoom in" on:click=zoom(ZOOM_STEP)>"+"</button>
                <button type="button" data-zoom="out" aria-label="Zoom out" on:click=zoom(1.0 / ZOOM_STEP)>"−"</button>
            </div>
        </div>
    }
}
