//! Distance claims from the articles beside the measured straight-line distance: a small chart
//! per claim (the measured range as a band, the printed number as a tick), the measured range in
//! words, and what a road or a straight-line reading would imply. The app does not decide which
//! the article meant.

use crate::app::use_app;
use crate::components::map::map_data::use_map;
use ashraf_core::geo::{Bounds, Viewport};
use leptos::prelude::*;

const CHART_W: f64 = 220.0;

#[component]
pub fn DistanceChecks() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let model = map.model.clone();
    let move_line = model.move_path.as_ref().map(|(_, range, _)| {
        view! {
            <p class="distance-move">
                "Camp Ashraf → Camp Liberty: "
                <strong>{format!("{:.1} km", range.centre_km)}</strong>
                {format!(" between the mapped points; {} allowing for where each camp's point may lie (straight line on the WGS84 ellipsoid; the road is longer)", range.label())}
            </p>
        }
    });
    let rows = model
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let state = app.state.get_untracked();
            let href = app.href(&state.reading(&c.article_id));
            let (band, tick, scale_max) = match c.measured {
                Some(m) => {
                    let max = (m.max_km.max(c.claim_km) * 1.15).max(1.0);
                    (Some((m.min_km / max * CHART_W, m.max_km / max * CHART_W)), c.claim_km / max * CHART_W, max)
                }
                None => (None, CHART_W / 2.0, c.claim_km * 2.0),
            };
            let measured = c.measured.map_or_else(
                || "not measurable (a place without coordinates)".to_owned(),
                |m| format!("{} straight line (centre {:.1} km)", m.label(), m.centre_km),
            );
            let fit = c.fit.map_or("", |f| f.label());
            let model = map.model.clone();
            let focus = move |_| {
                let next = if map.claim_focus.get_untracked() == Some(i) { None } else { Some(i) };
                map.claim_focus.set(next);
                if let Some(c) = next.and_then(|i| model.claims.get(i)) {
                    if let (Some(from), Some(to)) = (c.from, c.to) {
                        let proj = model.proj;
                        let r = c.claim_km.max(c.measured.map_or(0.0, |m| m.max_km));
                        let centre = proj.forward(to);
                        let b = Bounds::from_points([centre, proj.forward(from)]).padded(r * 0.2).union(&Bounds::from_points([centre]).padded(r));
                        map.viewport.update(|v| *v = Viewport::fit(&b, v.width, v.height, 20.0));
                    }
                }
            };
            let pressed = move || (map.claim_focus.get() == Some(i)).to_string();
            let chart_label = format!("Printed {:.0} km; measured {}", c.claim_km, measured);
            view! {
                <li class="distance-claim" data-fit=c.fit.map(|f| format!("{f:?}"))>
                    <p class="claim-text">"“" {c.as_written.clone()} "” — " <a href=href>{c.article_title.clone()}</a></p>
                    <svg class="claim-chart" width=CHART_W + 20.0 height="34" role="img" aria-label=chart_label>
                        <line class="claim-axis" x1="0" x2=CHART_W y1="22" y2="22"/>
                        {band.map(|(a, b)| view! { <rect class="claim-band" x=a y="14" width=(b - a).max(2.0) height="16"/> })}
                        <line class="claim-tick" x1=tick x2=tick y1="8" y2="34"/>
                        <text class="claim-tick-label" x=tick y="7" text-anchor="middle">{format!("{:.0}", c.claim_km)}</text>
                        <text class="claim-axis-label" x=CHART_W y="7" text-anchor="end">{format!("0–{:.0} km", scale_max)}</text>
                    </svg>
                    <dl class="claim-facts">
                        <dt>"Printed"</dt><dd>{format!("{:.1} km", c.claim_km)}{c.qualifier.clone().map(|q| format!(" ({q})"))}</dd>
                        <dt>"Measured"</dt><dd>{measured}</dd>
                        <dt>"Measured to"</dt><dd>{c.measured_to.clone()}</dd>
                        <dt>"Reading"</dt><dd class="claim-fit">{fit}</dd>
                    </dl>
                    <button type="button" class="link-button" aria-pressed=pressed on:click=focus>"Show this distance on the map"</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="distance-checks" aria-labelledby="distance-heading">
            <h2 id="distance-heading">"Distances: printed and measured"</h2>
            {move_line}
            <p class="muted">"Measured distances are straight lines (geodesics on the WGS84 ellipsoid) between the mapped points, as ranges because the points are uncertain. A printed distance may be by road (longer), to a city's edge rather than its centre (shorter), or rounded: each row says what the printed number would imply, not which was meant."</p>
            <ul class="distance-list">{rows}</ul>
        </section>
    }
}
