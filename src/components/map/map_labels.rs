//! Labels in screen pixels, placed greedily by `ashraf_core::geo::place_labels` so that none
//! overlaps another or a marker: the camps first, then the Ashraf → Liberty distance, the corpus's
//! places by number of articles, rivers, then towns by size. A label with no free spot is left out
//! at that zoom (the text list beside the map names every place).
//!
//! Rendered as SVG markup (one string per view change) rather than one reactive node per label:
//! the map redraws its overlay in one go, and the WASM module stays small.

use crate::components::map::map_data::{
    escape, km_per_unit, marker_radius, town_visible, MapModel,
};
use ashraf_core::geo::{estimate_text_width, place_labels, LabelRequest, LonLat, Point, Viewport};
use std::fmt::Write;

const FONT_PX: f64 = 12.5;
const LINE_PX: f64 = 16.0;
const MAX_AREA_CLEARANCE: f64 = 18.0;
/// River names appear with the detailed frame.
const RIVER_LABEL_MIN_PX: f64 = 260.0;

pub struct LabelItem {
    text: String,
    at: Point,
    priority: i32,
    marker_r: f64,
    /// Camps: the uncertainty radius in projected units (the label clears the drawn area, up
    /// to `MAX_AREA_CLEARANCE` pixels, beyond which it sits inside it).
    area_units: f64,
    /// Towns appear only from some zoom on.
    town_rank: Option<i32>,
    /// Rivers: the line; the label goes beside its middle visible vertex.
    path: Vec<Point>,
    class: &'static str,
}

/// Every label the map may show, built once.
pub fn label_items(model: &MapModel) -> Vec<LabelItem> {
    let mut items: Vec<LabelItem> = Vec::new();
    let corpus_names: Vec<String> = model.places.iter().map(|p| p.name.to_lowercase()).collect();
    for p in model.places.iter().filter(|p| p.is_point()) {
        items.push(LabelItem {
            text: p.name.clone(),
            at: model.proj.forward(p.at),
            priority: if p.is_camp() {
                1000
            } else {
                100 + p.articles as i32 * 5
            },
            marker_r: marker_radius(p.articles),
            area_units: if p.is_camp() {
                p.uncertainty_km / km_per_unit(model, p.at.lat)
            } else {
                0.0
            },
            town_rank: None,
            path: Vec::new(),
            class: if p.is_camp() {
                "map-label is-camp"
            } else {
                "map-label is-place"
            },
        });
    }
    if let Some((_, range, mid)) = &model.move_path {
        items.push(LabelItem {
            text: format!("move: {} straight line", range.label()),
            at: model.proj.forward(*mid),
            priority: 900,
            marker_r: 0.0,
            area_units: 0.0,
            town_rank: None,
            path: Vec::new(),
            class: "map-label is-move",
        });
    }
    for t in model
        .towns
        .iter()
        .filter(|t| !corpus_names.contains(&t.name.to_lowercase()))
    {
        items.push(LabelItem {
            text: t.name.clone(),
            at: model.proj.forward(LonLat::new(t.lon, t.lat)),
            priority: 60 - 15 * t.rank.clamp(0, 3),
            marker_r: 3.0,
            area_units: 0.0,
            town_rank: Some(t.rank),
            path: Vec::new(),
            class: "map-label is-town",
        });
    }
    for (name, path) in &model.rivers {
        items.push(LabelItem {
            text: name.clone(),
            at: Point::default(),
            priority: 50,
            marker_r: 0.0,
            area_units: 0.0,
            town_rank: None,
            path: path.clone(),
            class: "map-label is-river",
        });
    }
    items
}

/// The labels' SVG markup for view `v`.
pub fn labels_svg(model: &MapModel, items: &[LabelItem], v: &Viewport) -> String {
    let region_width = model.region_bounds.width();
    let mut requests = Vec::new();
    let mut owners = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if item.town_rank.is_some_and(|r| !town_visible(r, v.zoom)) {
            continue;
        }
        let inside =
            |s: &Point| s.x > 20.0 && s.y > 20.0 && s.x < v.width - 20.0 && s.y < v.height - 20.0;
        let s = if item.path.is_empty() {
            v.to_screen(item.at)
        } else {
            if v.zoom * region_width < RIVER_LABEL_MIN_PX {
                continue;
            }
            let visible: Vec<Point> = item
                .path
                .iter()
                .map(|p| v.to_screen(*p))
                .filter(inside)
                .collect();
            match visible.get(visible.len() / 2) {
                Some(s) => *s,
                None => continue,
            }
        };
        if s.x < 0.0 || s.y < 0.0 || s.x > v.width || s.y > v.height {
            continue;
        }
        requests.push(LabelRequest {
            anchor: s,
            // Camp names are bold, hence wider.
            width: estimate_text_width(&item.text, FONT_PX)
                * if item.class.contains("is-camp") {
                    1.15
                } else {
                    1.0
                },
            height: LINE_PX,
            marker_radius: item
                .marker_r
                .max((item.area_units * v.zoom).min(MAX_AREA_CLEARANCE)),
            priority: item.priority,
        });
        owners.push(i);
    }
    // Keep the corner furniture (scale bar) clear.
    let placed = place_labels(&requests, v.width, v.height - 34.0);
    let mut out = String::new();
    for (i, p) in owners.into_iter().zip(placed) {
        let (Some(item), Some(p)) = (items.get(i), p) else {
            continue;
        };
        let o = p.text_origin();
        let _ = write!(
            out,
            r#"<text class="{}" x="{:.1}" y="{:.1}">{}</text>"#,
            item.class,
            o.x,
            o.y,
            escape(&item.text)
        );
    }
    out
}
