//! Base layers in projected units inside one transformed group: the low-detail world frame
//! always, the detailed region frame once it is large enough on screen, then the Ashraf →
//! Liberty move and the distance claim being inspected. The markup is built once; a pan or zoom
//! only rewrites the group's `transform`, and `vector-effect: non-scaling-stroke` keeps every
//! line crisp at every zoom.

use crate::components::map::map_data::{escape, km_per_unit, use_map, DrawnFeature, MapModel};
use leptos::prelude::*;
use std::fmt::Write;

/// The detailed frame replaces the world frame once the region box is this wide on screen.
pub const REGION_MIN_PX: f64 = 260.0;

fn paths_svg(features: &[DrawnFeature]) -> String {
    let mut out = String::new();
    for f in features {
        let _ = write!(out, r#"<path class="{}" d="{}">"#, f.class, f.d);
        if let Some(name) = &f.name {
            let _ = write!(out, "<title>{}</title>", escape(name));
        }
        out.push_str("</path>");
    }
    out
}

/// The move path, and the ring of the claimed distance around its "to" end with the line to its
/// "from" end.
fn overlay_svg(model: &MapModel, claim: Option<usize>) -> String {
    let mut out = String::new();
    if let Some((d, _, _)) = &model.move_path {
        let _ = write!(out, r#"<path class="map-move" d="{d}"/>"#);
    }
    let claim = claim.and_then(|i| model.claims.get(i));
    if let Some((c, from, to)) = claim.and_then(|c| Some((c, c.from?, c.to?))) {
        let centre = model.proj.forward(to);
        let start = model.proj.forward(from);
        let r = c.claim_km / km_per_unit(model, to.lat);
        let _ = write!(
            out,
            r#"<g class="map-claim"><circle class="map-claim-ring" cx="{:.2}" cy="{:.2}" r="{:.2}"/><line class="map-claim-line" x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}"/></g>"#,
            centre.x, centre.y, r, centre.x, centre.y, start.x, start.y
        );
    }
    out
}

#[component]
pub fn MapLayers() -> impl IntoView {
    let map = use_map();
    let model = map.model.clone();
    let viewport = map.viewport;
    let region_width = model.region_bounds.width();
    let show_region = Memo::new(move |_| viewport.get().zoom * region_width >= REGION_MIN_PX);
    let rb = model.region_bounds;
    let world = paths_svg(&model.world);
    let region = format!(
        r#"<rect class="map-sea" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}"/>{}"#,
        rb.min.x,
        rb.min.y,
        rb.width(),
        rb.height(),
        paths_svg(&model.region)
    );
    let overlay = move || overlay_svg(&model, map.claim_focus.get());
    view! {
        <rect class="map-sea" x="0" y="0" width="100%" height="100%"/>
        <g class="map-base" transform=move || viewport.get().svg_transform()>
            <g class="map-world" inner_html=world/>
            <g class="map-region" style:display=move || if show_region.get() { "inline" } else { "none" } inner_html=region/>
            <g class="map-overlay" inner_html=overlay/>
        </g>
    }
}
