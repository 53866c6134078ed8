//! Markers in screen pixels: base-map towns as small dots, and every place the corpus names as a
//! button sized by its number of articles. Camps are drawn as areas: a disc of their uncertainty
//! radius at true scale (never smaller than a marker), so Camp Ashraf is not a pin.
//!
//! Rendered as SVG markup for the current view; clicks and keys reach the map through one
//! delegated handler that reads `data-place` (see `map_canvas`).

use crate::components::map::map_data::{
    escape, km_per_unit, marker_radius, town_visible, MapModel,
};
use crate::wording::plural;
use ashraf_core::geo::{LonLat, Viewport};
use std::fmt::Write;

/// The towns' and markers' SVG markup for view `v`, with `selected` highlighted.
pub fn markers_svg(model: &MapModel, v: &Viewport, selected: Option<&str>) -> String {
    let mut out = String::from(r#"<g class="map-towns" aria-hidden="true">"#);
    let on_screen = |x: f64, y: f64, margin: f64| {
        x > -margin && y > -margin && x < v.width + margin && y < v.height + margin
    };
    let corpus_names: Vec<String> = model.places.iter().map(|p| p.name.to_lowercase()).collect();
    for t in &model.towns {
        if !town_visible(t.rank, v.zoom) || corpus_names.contains(&t.name.to_lowercase()) {
            continue;
        }
        let s = v.to_screen(model.proj.forward(LonLat::new(t.lon, t.lat)));
        if on_screen(s.x, s.y, 10.0) {
            let r = if t.rank <= 1 { 3.0 } else { 2.2 };
            let _ = write!(
                out,
                r#"<circle class="map-town" cx="{:.1}" cy="{:.1}" r="{r}"/>"#,
                s.x, s.y
            );
        }
    }
    out.push_str(r#"</g><g class="map-markers">"#);
    let mut points: Vec<_> = model.places.iter().filter(|p| p.is_point()).collect();
    // Big markers first, so small ones stay clickable on top.
    points.sort_unstable_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
    for p in points {
        let s = v.to_screen(model.proj.forward(p.at));
        let base_r = marker_radius(p.articles);
        let camp = p.is_camp();
        let area_r = p.uncertainty_km / km_per_unit(model, p.at.lat) * v.zoom;
        let r = if camp { area_r.max(base_r) } else { base_r };
        if !on_screen(s.x, s.y, r + 10.0) {
            continue;
        }
        let is_selected = selected == Some(p.id.as_str());
        let label = format!(
            "{}: {} article{}{}. Press to filter the articles by this place.",
            p.name,
            p.articles,
            plural(p.articles),
            if camp {
                format!(
                    ", drawn as an area of {:.1} km radius (position uncertainty)",
                    p.uncertainty_km
                )
            } else {
                String::new()
            },
        );
        let _ = write!(
            out,
            r#"<g class="map-marker kind-{kind}{sel}" role="button" tabindex="0" data-place="{id}" aria-pressed="{pressed}" aria-label="{label}">"#,
            kind = escape(&p.kind),
            sel = if is_selected { " selected" } else { "" },
            id = escape(&p.id),
            pressed = is_selected,
            label = escape(&label),
        );
        if camp {
            let _ = write!(
                out,
                r#"<circle class="map-camp-area" cx="{:.1}" cy="{:.1}" r="{:.1}"/>"#,
                s.x, s.y, r
            );
        }
        let dot = if camp {
            (base_r * 0.6).max(4.0)
        } else {
            base_r
        };
        let _ = write!(
            out,
            r#"<circle class="map-marker-dot" cx="{x:.1}" cy="{y:.1}" r="{dot:.1}"/><circle class="map-marker-hit" cx="{x:.1}" cy="{y:.1}" r="{hit:.1}"/></g>"#,
            x = s.x,
            y = s.y,
            hit = r.max(12.0),
        );
    }
    out.push_str("</g>");
    out
}
