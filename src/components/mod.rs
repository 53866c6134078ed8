//! One component per file. Views compose these; shared state comes from `crate::app::use_app`.

pub mod copy_compare;
pub mod explorer;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_chips;
pub mod header;
pub mod map;
pub mod naming_chart;
pub mod notices;
pub mod offline_indicator;
pub mod paragraph;
pub mod provenance_panel;
pub mod quote_drift;
pub mod reader;
pub mod result_item;
pub mod result_list;
pub mod search_box;
pub mod snippet;
pub mod synonym_toggle;
pub mod word_diff;
