//! The scale bar, bottom left: the longest round distance (1, 2, 5 × 10ⁿ) that fits in 120 px,
//! measured along the parallel through the centre of the view.

use crate::components::map::map_data::{km_per_unit, use_map};
use ashraf_core::geo::scale_bar;
use leptos::prelude::*;

const MAX_PX: f64 = 120.0;

#[component]
pub fn ScaleBar() -> impl IntoView {
    let map = use_map();
    let model = map.model.clone();
    let viewport = map.viewport;
    let bar = Memo::new(move |_| {
        let v = viewport.get();
        let lat = model.proj.inverse(v.centre).lat;
        scale_bar(km_per_unit(&model, lat) / v.zoom, MAX_PX)
    });
    move || {
        let b = bar.get()?;
        let y = map.viewport.with(|v| v.height) - 14.0;
        let x = 12.0;
        let end = x + b.length_px;
        let aria = format!("Scale: this bar is {}", b.label);
        Some(view! {
            <g class="map-scale" role="img" aria-label=aria>
                <rect class="map-scale-bg" x=x - 6.0 y=y - 20.0 width=b.length_px + 12.0 height="28" rx="4"/>
                <path class="map-scale-bar" d=format!("M{x} {} V{y} H{end} V{}", y - 6.0, y - 6.0)/>
                <text class="map-scale-label" x=x y=y - 9.0>{b.label}</text>
            </g>
        })
    }
}
