//! Base layers in projected units inside one transformed group: the low-detail world frame
//! always, the detailed region frame once it is large enough on screen, then the Ashraf →
//! Liberty move and the distance claim being inspected. Paths are built once; a pan or zoom only
//! rewrites the group's `transform`.

use crate::components::map::map_data::{km_per_unit, use_map};
use leptos::prelude::*;

/// The detailed frame replaces the world frame once the region box is this wide on screen.
const REGION_MIN_PX: f64 = 260.0;

#[component]
pub fn MapLayers() -> impl IntoView {
    let map = use_map();
    let model = map.model.clone();
    let viewport = map.viewport;
    let region_width = model.region_bounds.width();
    let show_region = Memo::new(move |_| viewport.get().zoom * region_width >= REGION_MIN_PX);
    let paths = |features: &[crate::components::map::map_data::DrawnFeature]| {
        features
            .iter()
            .map(|f| {
                let title = f.name.clone().map(|n| view! { <title>{n}</title> });
                view! { <path class=f.class.clone() d=f.d.clone()>{title}</path> }
            })
            .collect_view()
    };
    let world = paths(&model.world);
    let region = paths(&model.region);
    let rb = model.region_bounds;
    let move_path = model.move_path.as_ref().map(|(d, _, _)| {
        view! { <path class="map-move" d=d.clone()/> }
    });
    let claim = {
        let model = model.clone();
        move || {
            let c = map.claim_focus.get().and_then(|i| model.claims.get(i))?;
            let (from, to) = (c.from?, c.to?);
            let centre = model.proj.forward(to);
            let start = model.proj.forward(from);
            let r = c.claim_km / km_per_unit(&model, to.lat);
            Some(view! {
                <g class="map-claim">
                    <circle class="map-claim-ring" cx=centre.x cy=centre.y r=r/>
                    <line class="map-claim-line" x1=centre.x y1=centre.y x2=start.x y2=start.y/>
                </g>
            })
        }
    };
    view! {
        <rect class="map-sea" x="0" y="0" width="100%" height="100%"/>
        <g class="map-base" transform=move || viewport.get().svg_transform()>
            <g class="map-world">{world}</g>
            <g class="map-region" style:display=move || if show_region.get() { "inline" } else { "none" }>
                <rect class="map-sea" x=rb.min.x y=rb.min.y width=rb.width() height=rb.height()/>
                {region}
            </g>
            {move_path}
            {claim}
        </g>
    }
}
