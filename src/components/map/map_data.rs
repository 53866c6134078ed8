//! The map's data: the base map decoded from `data/map.json`, the corpus's places with their
//! article counts, the distance claims checked against the geodesic distance, and the shared
//! map state (viewport, selection) provided to the map's components through context.

pub use crate::load::now_ms;
use ashraf_core::geo::{
    compare_claim, decode_map, distance_range, svg_path, Bounds, ClaimFit, DistanceRange,
    LayerKind, LonLat, MapData, MapPlace, Point, Projection, Viewport,
};
use ashraf_core::index::Index;
use ashraf_core::model::ClaimKind;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

/// Relative, so it resolves against the document base URL (sub-path deploys work).
pub const MAP_URL: &str = "data/map.json";

/// Relative slack granted to round numbers in prose ("about 50 miles").
pub const CLAIM_ROUNDING: f64 = 0.05;

/// A place the corpus names, with its position and how many articles mention it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInfo {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub at: LonLat,
    pub uncertainty_km: f64,
    pub coord_source: String,
    pub articles: usize,
    pub quotes: usize,
}

impl PlaceInfo {
    /// Countries and regions are areas, not points: listed, not pinned.
    pub fn is_point(&self) -> bool {
        !matches!(self.kind.as_str(), "country" | "region")
    }

    pub fn is_camp(&self) -> bool {
        self.kind == "camp"
    }
}

/// One distance claim from the corpus beside the measured straight-line distance.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimCheck {
    pub as_written: String,
    pub qualifier: Option<String>,
    pub subject: String,
    pub claim_km: f64,
    pub article_id: String,
    pub article_title: String,
    pub sentence: String,
    pub from: Option<LonLat>,
    pub to: Option<LonLat>,
    /// What the "to" end was measured to ("Baghdad's centre point", "the nearest point of the
    /// Iran–Iraq border").
    pub measured_to: String,
    pub measured: Option<DistanceRange>,
    pub fit: Option<ClaimFit>,
}

/// A path ready to draw, in projected units.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnFeature {
    pub class: String,
    pub d: String,
    pub name: Option<String>,
}

/// Everything the map draws, prepared once.
pub struct MapModel {
    pub proj: Projection,
    pub attribution: String,
    pub world: Vec<DrawnFeature>,
    pub region: Vec<DrawnFeature>,
    pub region_bounds: Bounds,
    pub world_bounds: Bounds,
    pub iraq_bounds: Bounds,
    pub camps_bounds: Bounds,
    pub places: Vec<PlaceInfo>,
    pub towns: Vec<MapPlace>,
    /// Named rivers of the detailed frame, projected, for their labels.
    pub rivers: Vec<(String, Vec<Point>)>,
    pub claims: Vec<ClaimCheck>,
    /// The Ashraf → Liberty move: its path and its length as a range.
    pub move_path: Option<(String, DistanceRange, LonLat)>,
    /// The edges of Iran's polygon in the detailed frame, for distances "from the Iranian border".
    pub iran_border: Vec<Vec<LonLat>>,
    pub bytes: usize,
    pub decode_ms: f64,
}

/// What the map view shares with its parts.
#[derive(Clone)]
pub struct MapCtx {
    pub model: Arc<MapModel>,
    pub viewport: RwSignal<Viewport>,
    /// The place selected on the map (the URL's place filter), if exactly one.
    pub selected: Memo<Option<String>>,
    /// The distance claim drawn on the map, by index into `model.claims`.
    pub claim_focus: RwSignal<Option<usize>>,
}

pub fn use_map() -> MapCtx {
    // Provided by `MapView` before any of its parts exist.
    expect_context::<MapCtx>()
}

thread_local! {
    static CACHE: RefCell<Option<Arc<MapModel>>> = const { RefCell::new(None) };
}

/// Loads (once per page) and prepares the map.
pub async fn load_map(index: Arc<Index>) -> Result<Arc<MapModel>, String> {
    if let Some(model) = CACHE.with(|c| c.borrow().clone()) {
        return Ok(model);
    }
    let text = crate::load::fetch_text(MAP_URL).await?;
    let started = now_ms();
    let data = decode_map(&text).map_err(|e| e.to_string())?;
    let mut model = build_model(&data, &index);
    model.bytes = text.len();
    model.decode_ms = now_ms() - started;
    let model = Arc::new(model);
    CACHE.with(|c| *c.borrow_mut() = Some(model.clone()));
    Ok(model)
}

fn build_model(data: &MapData, index: &Index) -> MapModel {
    let proj = Projection::REGION;
    let corpus = index.corpus();

    let mut world = Vec::new();
    let mut region = Vec::new();
    let mut region_bounds = Bounds::EMPTY;
    let mut world_bounds = Bounds::EMPTY;
    let mut iraq_bounds = Bounds::EMPTY;
    for frame in &data.frames {
        let target = if frame.id == "region" {
            &mut region
        } else {
            &mut world
        };
        let bounds = Bounds::of_lonlat_box(&proj, frame.bbox);
        if frame.id == "region" {
            region_bounds = bounds;
        } else {
            world_bounds = bounds;
        }
        for layer in &frame.layers {
            for feature in &layer.features {
                let closed = layer.kind == LayerKind::Polygon;
                let mut class = format!("map-{}", layer.id.replace('_', "-"));
                if let Some(id) = &feature.id {
                    match (layer.id.as_str(), id.as_str()) {
                        ("countries", "IRQ") => class.push_str(" is-iraq"),
                        ("governorates", "IRQ-3243") => class.push_str(" is-diyala"),
                        ("governorates", "IRQ-3063") => class.push_str(" is-baghdad"),
                        _ => {}
                    }
                }
                if frame.id == "region"
                    && layer.id == "countries"
                    && feature.id.as_deref() == Some("IRQ")
                {
                    iraq_bounds = Bounds::from_points(
                        feature.parts.iter().flatten().map(|p| proj.forward(*p)),
                    );
                }
                target.push(DrawnFeature {
                    class,
                    d: svg_path(&proj, &feature.parts, closed, 2),
                    name: feature.name.clone(),
                });
            }
        }
    }
    // Polygons first, lines above them.
    let order = |f: &DrawnFeature| {
        [
            "map-countries",
            "map-governorates",
            "map-lakes",
            "map-rivers",
            "map-diyala",
            "map-governorate-lines",
            "map-borders",
        ]
        .iter()
        .position(|c| f.class.split(' ').next() == Some(*c))
        .unwrap_or(9)
    };
    region.sort_unstable_by_key(order);
    world.sort_unstable_by_key(order);

    // Places with their article and quote counts.
    let places: Vec<PlaceInfo> = corpus
        .entities
        .places
        .iter()
        .filter(|p| LonLat::new(p.lon, p.lat).is_valid())
        .map(|p| {
            let articles: Vec<_> = corpus
                .articles
                .iter()
                .filter(|a| a.places.contains(&p.id))
                .collect();
            let quotes = articles
                .iter()
                .map(|a| {
                    let paragraphs: HashSet<usize> = a
                        .mentions
                        .iter()
                        .filter(|m| m.entity == p.id)
                        .map(|m| m.paragraph)
                        .collect();
                    corpus
                        .quotes
                        .iter()
                        .filter(|q| q.article == a.id && paragraphs.contains(&q.paragraph))
                        .count()
                })
                .sum();
            PlaceInfo {
                id: p.id.clone(),
                name: p.name.clone(),
                kind: p.kind.clone(),
                at: LonLat::new(p.lon, p.lat),
                uncertainty_km: p.uncertainty_km.max(0.0),
                coord_source: p.coord_source.clone(),
                articles: articles.len(),
                quotes,
            }
        })
        .collect();
    let place = |id: &str| places.iter().find(|p| p.id == id);

    let camps_bounds = {
        let pts: Vec<Point> = ["camp-ashraf", "camp-liberty", "baghdad"]
            .iter()
            .filter_map(|id| place(id))
            .map(|p| proj.forward(p.at))
            .collect();
        if pts.is_empty() {
            region_bounds
        } else {
            Bounds::from_points(pts).padded(18.0)
        }
    };

    // The Iran–Iraq border, for claims measured "from the Iranian border": the edges of Iran's
    // polygon in the detailed frame (the part nearest to any Iraqi place is the shared border).
    let iran_rings: Vec<Vec<LonLat>> = data
        .frame("region")
        .and_then(|f| f.layer("countries"))
        .and_then(|l| l.features.iter().find(|f| f.id.as_deref() == Some("IRN")))
        .map(|f| f.parts.clone())
        .unwrap_or_default();

    let claims = corpus
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Distance)
        .filter_map(|c| {
            let claim_km = c.km?;
            let measured = ashraf_core::claims::measure_distance(
                corpus,
                c.from_place.as_deref().unwrap_or_default(),
                c.to_place.as_deref().unwrap_or_default(),
                &iran_rings,
            );
            Some(ClaimCheck {
                as_written: c.as_written.clone(),
                qualifier: c.qualifier.clone(),
                subject: c.subject.clone(),
                claim_km,
                article_title: corpus
                    .article(&c.article)
                    .map_or_else(|| c.article.clone(), |a| a.title.clone()),
                article_id: c.article.clone(),
                sentence: c.text.clone(),
                from: measured.as_ref().map(|m| m.from),
                to: measured.as_ref().map(|m| m.to),
                measured_to: measured.as_ref().map_or_else(
                    || "a place with no coordinates".to_owned(),
                    |m| m.to_label.clone(),
                ),
                fit: measured
                    .as_ref()
                    .map(|m| compare_claim(claim_km, &m.range, CLAIM_ROUNDING)),
                measured: measured.map(|m| m.range),
            })
        })
        .collect();

    let move_path = match (place("camp-ashraf"), place("camp-liberty")) {
        (Some(a), Some(l)) => {
            let path = ashraf_core::geo::geodesic_path(a.at, l.at, 16);
            let d = svg_path(&proj, std::slice::from_ref(&path), false, 2);
            let mid = path.get(path.len() / 2).copied().unwrap_or(a.at);
            Some((
                d,
                distance_range(a.at, a.uncertainty_km, l.at, l.uncertainty_km),
                mid,
            ))
        }
        _ => None,
    };

    let rivers = data
        .frame("region")
        .map(|f| {
            f.layers
                .iter()
                .filter(|l| l.id == "rivers" || l.id == "diyala")
                .flat_map(|l| l.features.iter())
                .filter_map(|feature| {
                    let name = feature.name.clone()?;
                    let pts = feature
                        .parts
                        .iter()
                        .flatten()
                        .map(|p| proj.forward(*p))
                        .collect();
                    Some((name, pts))
                })
                .collect()
        })
        .unwrap_or_default();

    MapModel {
        proj,
        rivers,
        attribution: data.attribution.clone(),
        world,
        region,
        region_bounds,
        world_bounds: places
            .iter()
            .filter(|p| p.is_point())
            .fold(region_bounds, |b, p| {
                b.union(&Bounds::from_points([proj.forward(p.at)]))
            })
            .padded(250.0)
            .clamp_to(&world_bounds),
        iraq_bounds: if iraq_bounds.is_empty() {
            region_bounds
        } else {
            iraq_bounds.padded(15.0)
        },
        camps_bounds,
        places,
        towns: data.places.clone(),
        claims,
        move_path,
        iran_border: iran_rings,
        bytes: 0,
        decode_ms: 0.0,
    }
}

trait ClampTo {
    fn clamp_to(self, outer: &Bounds) -> Bounds;
}

impl ClampTo for Bounds {
    /// The box limited to `outer` (unchanged when `outer` is empty).
    fn clamp_to(self, outer: &Bounds) -> Bounds {
        if outer.is_empty() {
            return self;
        }
        Bounds {
            min: Point::new(self.min.x.max(outer.min.x), self.min.y.max(outer.min.y)),
            max: Point::new(self.max.x.min(outer.max.x), self.max.y.min(outer.max.y)),
        }
    }
}

/// Ground kilometres per projected unit at a latitude.
pub fn km_per_unit(model: &MapModel, lat: f64) -> f64 {
    model.proj.km_per_unit_at(lat)
}

/// Marker radius in pixels for a place mentioned in `articles` articles.
pub fn marker_radius(articles: usize) -> f64 {
    4.0 + 2.5 * (articles as f64).sqrt()
}

/// Whether a base-map town of this rank is shown at this zoom (pixels per km).
pub fn town_visible(rank: i32, zoom: f64) -> bool {
    match rank {
        i32::MIN..=1 => true,
        2 => zoom >= 1.1,
        _ => zoom >= 2.5,
    }
}

/// The URL state after choosing place `id` on the map: the map view filtered by that place
/// alone, or unfiltered when it was already the selection.
pub fn select_place_state(
    state: &ashraf_core::query::ViewState,
    id: &str,
) -> ashraf_core::query::ViewState {
    use ashraf_core::query::{FacetKind, View};
    let mut next = state.explorer();
    next.view = View::Map;
    let only_this = {
        let mut selected = state.filters.selected(FacetKind::Place);
        selected.next() == Some(id) && selected.next().is_none()
    };
    next.filters.clear_facet(FacetKind::Place);
    if !only_this {
        next.filters.insert(FacetKind::Place, id);
    }
    next
}

/// Text made safe for SVG / HTML markup (element content and attribute values).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
