//! Distance claims from the articles beside the measured straight-line distance: a small chart
//! per claim (the measured range as a band, the printed number as a tick), the measured range in
//! words, and what a road or a straight-line reading would imply. The app does not decide which
//! the article meant.
//!
//! The list is static markup built once (links go through the router's anchor handling); the
//! "show on the map" buttons reach one delegated click handler through `data-claim`.

use crate::app::use_app;
use crate::components::map::map_data::{escape, use_map, MapCtx};
use ashraf_core::geo::{Bounds, Viewport};
use leptos::ev;
use leptos::prelude::*;
use std::fmt::Write;
use wasm_bindgen::JsCast;

const CHART_W: f64 = 220.0;

#[component]
pub fn DistanceChecks() -> impl IntoView {
    let map = use_map();
    let app = use_app();
    let model = map.model.clone();
    let state = app.state.get_untracked();
    let mut html = String::new();
    if let Some((_, range, _)) = &model.move_path {
        let _ = write!(
            html,
            "<p class=\"distance-move\">Camp Ashraf → Camp Liberty: <strong>{:.1} km</strong> between the mapped points; {} allowing for where each camp's point may lie (straight line on the WGS84 ellipsoid; the road is longer)</p>",
            range.centre_km,
            range.label()
        );
    }
    html.push_str("<p class=\"muted\">Measured distances are straight lines (geodesics on the WGS84 ellipsoid) between the mapped points, as ranges because the points are uncertain. A printed distance may be by road (longer), to a city's edge rather than its centre (shorter), or rounded: each row says what the printed number would imply, not which was meant.</p><ul class=\"distance-list\">");
    for (i, c) in model.claims.iter().enumerate() {
        let href = app.href(&state.reading(&c.article_id));
        let (band, tick, scale_max) = match c.measured {
            Some(m) => {
                let max = (m.max_km.max(c.claim_km) * 1.15).max(1.0);
                (
                    Some((m.min_km / max * CHART_W, m.max_km / max * CHART_W)),
                    c.claim_km / max * CHART_W,
                    max,
                )
            }
            None => (None, CHART_W / 2.0, c.claim_km * 2.0),
        };
        let measured = c.measured.map_or_else(
            || "not measurable (a place without coordinates)".to_owned(),
            |m| format!("{} straight line (centre {:.1} km)", m.label(), m.centre_km),
        );
        let fit = c.fit.map_or("", |f| f.label());
        let _ = write!(
            html,
            "<li class=\"distance-claim\" data-fit=\"{fit_id}\"><p class=\"claim-text\">“{text}” — <a href=\"{href}\">{title}</a></p>\
             <svg class=\"claim-chart\" width=\"{w}\" height=\"46\" role=\"img\" aria-label=\"Printed {claim:.0} km; measured {measured_attr}\">\
             <line class=\"claim-axis\" x1=\"0\" x2=\"{cw}\" y1=\"22\" y2=\"22\"/>",
            fit_id = c.fit.map(|f| format!("{f:?}")).unwrap_or_default(),
            text = escape(&c.as_written),
            href = escape(&href),
            title = escape(&c.article_title),
            w = CHART_W + 20.0,
            claim = c.claim_km,
            measured_attr = escape(&measured),
            cw = CHART_W,
        );
        if let Some((a, b)) = band {
            let _ = write!(
                html,
                "<rect class=\"claim-band\" x=\"{a:.1}\" y=\"14\" width=\"{:.1}\" height=\"16\"/>",
                (b - a).max(2.0)
            );
        }
        let _ = write!(
            html,
            "<line class=\"claim-tick\" x1=\"{tick:.1}\" x2=\"{tick:.1}\" y1=\"8\" y2=\"34\"/>\
             <text class=\"claim-tick-label\" x=\"{tick:.1}\" y=\"7\" text-anchor=\"middle\">{claim:.0}</text>\
             <text class=\"claim-axis-label\" x=\"0\" y=\"44\">0</text><text class=\"claim-axis-label\" x=\"{cw}\" y=\"44\" text-anchor=\"end\">{scale_max:.0} km</text></svg>\
             <dl class=\"claim-facts\"><dt>Printed</dt><dd>{claim:.1} km{qualifier}</dd>\
             <dt>Measured</dt><dd>{measured}</dd><dt>Measured to</dt><dd>{to}</dd>\
             <dt>Reading</dt><dd class=\"claim-fit\">{fit}</dd></dl>\
             <button type=\"button\" class=\"link-button\" data-claim=\"{i}\" aria-pressed=\"false\">Show this distance on the map</button></li>",
            claim = c.claim_km,
            cw = CHART_W,
            qualifier = c.qualifier.as_deref().map(|q| format!(" ({})", escape(q))).unwrap_or_default(),
            measured = escape(&measured),
            to = escape(&c.measured_to),
        );
    }
    html.push_str("</ul>");

    let on_click = move |e: ev::MouseEvent| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-claim]").ok().flatten());
        let Some(button) = button else { return };
        let Some(i) = button
            .get_attribute("data-claim")
            .and_then(|v| v.parse::<usize>().ok())
        else {
            return;
        };
        let next = if map.claim_focus.get_untracked() == Some(i) {
            None
        } else {
            Some(i)
        };
        show_claim(&map, next);
        // Mark the pressed button (static markup: update its siblings by hand).
        if let Some(list) = button.closest(".distance-list").ok().flatten() {
            // <li class="distance-claim"> … <button data-claim></li> for each claim.
            let mut item = list.first_element_child();
            while let Some(li) = item {
                if let Some(b) = li.last_element_child() {
                    let pressed = b
                        .get_attribute("data-claim")
                        .and_then(|v| v.parse::<usize>().ok())
                        == next;
                    let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
                }
                item = li.next_element_sibling();
            }
        }
    };
    view! {
        <section class="distance-checks" aria-labelledby="distance-heading" on:click=on_click>
            <h2 id="distance-heading">"Distances: printed and measured"</h2>
            <div inner_html=html></div>
        </section>
    }
}

/// Draws claim `i` on the map (or nothing) and fits the view to its ring.
fn show_claim(map: &MapCtx, claim: Option<usize>) {
    map.claim_focus.set(claim);
    let Some(c) = claim.and_then(|i| map.model.claims.get(i)) else {
        return;
    };
    let (Some(from), Some(to)) = (c.from, c.to) else {
        return;
    };
    let proj = map.model.proj;
    let r = c.claim_km.max(c.measured.map_or(0.0, |m| m.max_km));
    let centre = proj.forward(to);
    let b = Bounds::from_points([centre, proj.forward(from)])
        .padded(r * 0.2)
        .union(&Bounds::from_points([centre]).padded(r));
    map.viewport
        .update(|v| *v = Viewport::fit(&b, v.width, v.height, 20.0));
}
