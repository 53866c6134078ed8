//! The legend: what each mark means, and what the map leaves out.

use leptos::prelude::*;

#[component]
pub fn MapLegend() -> impl IntoView {
    view! {
        <details class="map-legend">
            <summary>"Legend and sources"</summary>
            <ul>
                <li><span class="key key-camp" aria-hidden="true"></span>"Camp: a disc of its position uncertainty (Camp Ashraf ± 3.5 km: one published coordinate to ±1′ and an area of about 36 km²), never a pin"</li>
                <li><span class="key key-place" aria-hidden="true"></span>"Place named in the articles; the larger the marker, the more articles name it"</li>
                <li><span class="key key-town" aria-hidden="true"></span>"Town (Natural Earth populated places; Al Khalis from GeoNames)"</li>
                <li><span class="key key-move" aria-hidden="true"></span>"The planned move from Camp Ashraf to Camp Liberty, along the geodesic (straight line on the ellipsoid); its length is a range because the ends are uncertain"</li>
                <li><span class="key key-river" aria-hidden="true"></span>"Rivers: Tigris, Euphrates, Shatt al-Arab (Natural Earth 1:50m, generalised to about 2 km)"</li>
                <li><span class="key key-diyala" aria-hidden="true"></span>"Diyala river (CIA World DataBank II via GSHHG; LGPL-3.0-or-later). Natural Earth has no Diyala at this scale, so this one layer comes from another source, under its own licence."</li>
                <li><span class="key key-gov" aria-hidden="true"></span>"Diyala and Baghdad governorates (Natural Earth admin-1)"</li>
                <li>"Not drawn: Lake Hamrin (absent from Natural Earth), roads (so road distances cannot be measured here)."</li>
            </ul>
        </details>
    }
}
