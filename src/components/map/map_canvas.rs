//! The drawing: an SVG whose base layers sit in one transformed group (so panning and zooming
//! change a single attribute and strokes stay crisp with `vector-effect: non-scaling-stroke`),
//! with markers, labels, the scale bar and the north arrow drawn in screen pixels above them.
//!
//! Interaction: drag (mouse, pen, one finger), pinch (two fingers), wheel, and the keyboard when
//! the map has focus (+ / − zoom, arrows pan, 0 fits both camps). Pointer capture starts only
//! once a drag has moved a few pixels, so a tap on a marker stays a click.

use crate::app::{use_app, use_go};
use crate::components::map::attribution::Attribution;
use crate::components::map::map_controls::MapControls;
use crate::components::map::map_data::select_place_state;
use crate::components::map::map_data::{now_ms, use_map};
use crate::components::map::map_labels::{label_items, labels_svg};
use crate::components::map::map_layers::MapLayers;
use crate::components::map::map_legend::MapLegend;
use crate::components::map::map_markers::markers_svg;
use crate::components::map::north_arrow::NorthArrow;
use crate::components::map::scale_bar::ScaleBar;
use ashraf_core::geo::{Point, Viewport};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Zoom step of one key press or button.
pub const ZOOM_STEP: f64 = 1.5;
/// Pan step of one arrow key, in pixels.
const PAN_STEP: f64 = 80.0;
/// Movement before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 4.0;

#[derive(Clone, Copy, Debug)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

#[component]
pub fn MapCanvas(started: f64) -> impl IntoView {
    let map = use_map();
    let viewport = map.viewport;
    let container = NodeRef::<Div>::new();
    let pointers = StoredValue::new(Vec::<Pointer>::new());
    let dragging = StoredValue::new(false);
    let press = StoredValue::new(Point::default());
    let rendered_ms = RwSignal::new(None::<(f64, f64)>);
    let overlay = NodeRef::<leptos::svg::G>::new();
    let app = use_app();
    let go = use_go();

    // Markers and labels in screen pixels, redrawn as one piece of markup per view change; the
    // marker that had keyboard focus gets it back.
    let model = map.model.clone();
    let labels = StoredValue::new(label_items(&model));
    Effect::new(move |_| {
        let v = viewport.get();
        let selected = map.selected.get();
        let Some(g) = overlay.get() else { return };
        let focused = crate::load::document()
            .and_then(|d| d.active_element())
            .and_then(|e| e.get_attribute("data-place"));
        let mut html = markers_svg(&model, &v, selected.as_deref());
        labels.with_value(|items| html.push_str(&labels_svg(&model, items, &v)));
        g.set_inner_html(&html);
        if let Some(id) = focused {
            let found = g.query_selector(&format!(
                "[data-place=\"{}\"]",
                crate::components::map::map_data::escape(&id)
            ));
            if let Ok(Some(el)) = found {
                if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
                    let _ = el.focus();
                }
            }
        }
    });
    let place_of = |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-place]").ok().flatten())
            .and_then(|el| el.get_attribute("data-place"))
    };
    let choose = move |id: String| go(select_place_state(&app.state.get_untracked(), &id), false);
    let on_click = {
        let choose = choose.clone();
        move |e: ev::MouseEvent| {
            if let Some(id) = place_of(e.target()) {
                choose(id);
            }
        }
    };

    // Measure the container and fit the camps on first mount; follow window resizes.
    let measure = move || {
        container.get_untracked().map(|el| {
            let rect = el.get_bounding_client_rect();
            (rect.width().max(200.0), rect.height().max(200.0))
        })
    };
    let camps = map.model.camps_bounds;
    Effect::new(move |first: Option<()>| {
        if let Some((w, h)) = measure() {
            if first.is_none() {
                viewport.set(Viewport::fit(&camps, w, h, 28.0));
                // Two frames later the SVG has been laid out and painted.
                request_frame(move || {
                    request_frame(move || {
                        let now = now_ms();
                        rendered_ms.set(Some((now - started, now)));
                    });
                });
            }
        }
    });
    let resize = window_event_listener(ev::resize, move |_| {
        if let Some((w, h)) = measure() {
            viewport.update(|v| *v = v.resized(w, h));
        }
    });
    on_cleanup(move || resize.remove());

    let local = move |client_x: f64, client_y: f64| {
        container
            .get_untracked()
            .map_or(Point::new(client_x, client_y), |el| {
                let rect = el.get_bounding_client_rect();
                Point::new(client_x - rect.left(), client_y - rect.top())
            })
    };

    let on_pointerdown = move |e: ev::PointerEvent| {
        if e.button() > 0 {
            return;
        }
        let p = local(e.client_x() as f64, e.client_y() as f64);
        pointers.update_value(|ps| {
            ps.retain(|q| q.id != e.pointer_id());
            ps.push(Pointer {
                id: e.pointer_id(),
                x: p.x,
                y: p.y,
            });
        });
        press.set_value(p);
        if pointers.with_value(Vec::len) >= 2 {
            dragging.set_value(true);
            capture(&e);
        }
    };
    let on_pointermove = move |e: ev::PointerEvent| {
        let p = local(e.client_x() as f64, e.client_y() as f64);
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|q| q.id == e.pointer_id()) else {
            return;
        };
        if !dragging.get_value() {
            let start = press.get_value();
            if (p.x - start.x).hypot(p.y - start.y) < DRAG_THRESHOLD {
                return;
            }
            dragging.set_value(true);
            capture(&e);
        }
        let mut after = before.clone();
        after[i] = Pointer {
            id: e.pointer_id(),
            x: p.x,
            y: p.y,
        };
        pointers.set_value(after.clone());
        e.prevent_default();
        if before.len() >= 2 {
            // Pinch: zoom by the change of finger spread about their midpoint, and follow it.
            let (a0, b0, a1, b1) = (before[0], before[1], after[0], after[1]);
            let d0 = (a0.x - b0.x).hypot(a0.y - b0.y).max(1.0);
            let d1 = (a1.x - b1.x).hypot(a1.y - b1.y).max(1.0);
            let m0 = Point::new((a0.x + b0.x) / 2.0, (a0.y + b0.y) / 2.0);
            let m1 = Point::new((a1.x + b1.x) / 2.0, (a1.y + b1.y) / 2.0);
            viewport.update(|v| *v = v.pan_by(m1.x - m0.x, m1.y - m0.y).zoom_about(d1 / d0, m1));
        } else {
            let q = before[i];
            viewport.update(|v| *v = v.pan_by(p.x - q.x, p.y - q.y));
        }
    };
    let on_pointerup = move |e: ev::PointerEvent| {
        pointers.update_value(|ps| ps.retain(|q| q.id != e.pointer_id()));
        if pointers.with_value(Vec::is_empty) {
            // After a drag the pointer was captured by the SVG, so no marker receives a click.
            dragging.set_value(false);
        }
    };
    let on_wheel = move |e: ev::WheelEvent| {
        e.prevent_default();
        let p = local(e.client_x() as f64, e.client_y() as f64);
        // Pixel deltas (trackpads) zoom smoothly; line deltas (mouse wheels) a step per notch.
        let dy = match e.delta_mode() {
            0 => e.delta_y(),
            1 => e.delta_y() * 40.0,
            _ => e.delta_y() * 400.0,
        };
        let factor = (-dy / 300.0).exp2().clamp(0.25, 4.0);
        viewport.update(|v| *v = v.zoom_about(factor, p));
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if e.key() == "Enter" || e.key() == " " {
            if let Some(id) = place_of(e.target()) {
                e.prevent_default();
                choose(id);
            }
            return;
        }
        let v = viewport.get_untracked();
        let centre = Point::new(v.width / 2.0, v.height / 2.0);
        let next = match e.key().as_str() {
            "+" | "=" => Some(v.zoom_about(ZOOM_STEP, centre)),
            "-" | "_" => Some(v.zoom_about(1.0 / ZOOM_STEP, centre)),
            "ArrowLeft" => Some(v.pan_by(PAN_STEP, 0.0)),
            "ArrowRight" => Some(v.pan_by(-PAN_STEP, 0.0)),
            "ArrowUp" => Some(v.pan_by(0.0, PAN_STEP)),
            "ArrowDown" => Some(v.pan_by(0.0, -PAN_STEP)),
            "0" => Some(Viewport::fit(&camps, v.width, v.height, 28.0)),
            _ => None,
        };
        if let Some(next) = next {
            e.prevent_default();
            viewport.set(next);
        }
    };

    let size = Memo::new(move |_| {
        let v = viewport.get();
        (v.width, v.height)
    });
    view! {
        <div class="map-frame">
            <MapControls/>
            <div class="map-canvas" node_ref=container
                data-rendered-ms=move || rendered_ms.get().map(|(ms, _)| format!("{ms:.1}"))
                data-rendered-at=move || rendered_ms.get().map(|(_, at)| format!("{at:.1}"))
                data-decode-ms=format!("{:.1}", map.model.decode_ms)
                data-map-bytes=map.model.bytes
                data-zoom=move || format!("{:.4}", viewport.get().zoom)
                data-centre=move || { let v = viewport.get(); format!("{:.3},{:.3}", v.centre.x, v.centre.y) }
            >
                <svg class="map-svg" role="application" tabindex="0"
                    aria-label="Map. Drag or use the arrow keys to pan, + and − to zoom, 0 to show both camps. The list of places beside the map gives the same information as text."
                    aria-describedby="map-keys"
                    width=move || size.get().0 height=move || size.get().1
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerup=on_pointerup
                    on:pointercancel=on_pointerup
                    on:wheel=on_wheel
                    on:keydown=on_keydown
                    on:click=on_click
                >
                    <MapLayers/>
                    <g class="map-overlay-px" node_ref=overlay></g>
                    <ScaleBar/>
                    <NorthArrow/>
                </svg>
                <p id="map-keys" class="visually-hidden">"Keyboard: + and − zoom, arrow keys pan, 0 shows both camps. Each place marker is a button."</p>
            </div>
            <Attribution/>
            <MapLegend/>
        </div>
    }
}

fn capture(e: &ev::PointerEvent) {
    if let Some(el) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.set_pointer_capture(e.pointer_id());
    }
}

fn request_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(f);
}
