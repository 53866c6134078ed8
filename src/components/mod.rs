//! One component per file. Views compose these; shared state comes from `crate::app::use_app`.

pub mod explorer;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_chips;
pub mod header;
pub mod map;
pub mod notices;
pub mod offline_indicator;
pub mod paragraph;
pub mod provenance_panel;
pub mod quote_card;
pub mod quote_drift;
pub mod quote_facet;
pub mod quote_filters;
pub mod quote_speaker_panel;
pub mod quote_toolbar;
pub mod quote_tools;
pub mod quote_wall;
pub mod reader;
pub mod result_item;
pub mod result_list;
pub mod search_box;
pub mod snippet;
