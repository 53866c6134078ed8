//! The map view: an offline vector map drawn as SVG from `data/map.json` (see
//! `scripts/map/build-map-data` and `data/map/PROVENANCE.md`), with the corpus's places on it.
//! One component per file; the data model and its loading live in `map_data`.

pub mod attribution;
pub mod distance_checks;
pub mod map_canvas;
pub mod map_controls;
pub mod map_data;
pub mod map_labels;
pub mod map_layers;
pub mod map_legend;
pub mod map_markers;
pub mod map_view;
pub mod north_arrow;
pub mod place_list;
pub mod place_panel;
pub mod scale_bar;
