//! The north arrow, top right. The map's projection (equirectangular) keeps north straight up
//! everywhere, so the arrow never turns.

use crate::components::map::map_data::use_map;
use leptos::prelude::*;

#[component]
pub fn NorthArrow() -> impl IntoView {
    let map = use_map();
    let x = move || map.viewport.with(|v| v.width) - 26.0;
    view! {
        <g class="map-north" role="img" aria-label="North is up" transform=move || format!("translate({} 14)", x())>
            <path class="map-north-arrow" d="M0 0 L8 22 L0 17 L-8 22 Z"/>
            <text class="map-north-label" x="0" y="34" text-anchor="middle">"N"</text>
        </g>
    }
}
