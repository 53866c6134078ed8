//! The credit line the data's licences ask for (see data/map/PROVENANCE.md).

use crate::components::map::map_data::use_map;
use leptos::prelude::*;

#[component]
pub fn Attribution() -> impl IntoView {
    let map = use_map();
    view! {
        <p class="map-attribution">
            {map.model.attribution.clone()}
            " Projection: equirectangular, true scale along 33.5° N."
        </p>
    }
}
