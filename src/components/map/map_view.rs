//! The map view: loads the base map, then lays out the map, its controls, the selected place,
//! the distance checks and the text alternative.

use crate::app::use_app;
use crate::components::map::distance_checks::DistanceChecks;
use crate::components::map::map_canvas::MapCanvas;
use crate::components::map::map_data::{load_map, now_ms, MapCtx, MapModel};
use crate::components::map::place_list::PlaceList;
use crate::components::map::place_panel::PlacePanel;
use ashraf_core::geo::Viewport;
use ashraf_core::query::FacetKind;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
enum MapLoad {
    Loading,
    Ready(Arc<MapModel>),
    Failed(String),
}

#[component]
pub fn MapView() -> impl IntoView {
    let app = use_app();
    let load = RwSignal::new(MapLoad::Loading);
    let started = now_ms();
    let index = app.index.clone();
    leptos::task::spawn_local(async move {
        load.set(match load_map(index).await {
            Ok(model) => MapLoad::Ready(model),
            Err(message) => MapLoad::Failed(message),
        });
    });
    move || match load.get() {
        MapLoad::Loading => {
            view! { <p class="map-status" role="status">"Loading the map…"</p> }.into_any()
        }
        MapLoad::Failed(message) => view! {
            <div class="map-status" role="alert">
                <p>"The map could not be loaded: " {message}</p>
                <p>"The list of places below the map needs no map data; reload to try again."</p>
            </div>
        }
        .into_any(),
        MapLoad::Ready(model) => view! { <MapReady model started/> }.into_any(),
    }
}

#[component]
fn MapReady(model: Arc<MapModel>, started: f64) -> impl IntoView {
    let app = use_app();
    let selected = Memo::new(move |_| {
        app.state.with(|s| {
            let mut places = s.filters.selected(FacetKind::Place);
            match (places.next(), places.next()) {
                (Some(one), None) => Some(one.to_owned()),
                _ => None,
            }
        })
    });
    // A provisional size; the canvas measures itself and fits the camps once mounted.
    let viewport = RwSignal::new(Viewport::fit(&model.camps_bounds, 800.0, 560.0, 24.0));
    let ctx = MapCtx {
        model: model.clone(),
        viewport,
        selected,
        claim_focus: RwSignal::new(None),
    };
    provide_context(ctx);
    view! {
        <div class="map-view">
            <section class="map-main" aria-labelledby="map-heading">
                <h1 id="map-heading" class="map-heading">"Map: Camp Ashraf, Camp Liberty and the places in the articles"</h1>
                <MapCanvas started/>
            </section>
            <aside class="map-side">
                <PlacePanel/>
                <DistanceChecks/>
                <PlaceList/>
            </aside>
        </div>
    }
}
