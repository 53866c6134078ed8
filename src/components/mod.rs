//! One component per file. Views compose these; shared state comes from `crate::app::use_app`.

pub mod claims_table;
pub mod claims_view;
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
pub mod reader;
pub mod result_item;
pub mod result_list;
pub mod scope_note;
pub mod search_box;
pub mod snippet;
pub mod timeline_dom;
pub mod timeline_entry;
pub mod timeline_range;
pub mod timeline_view;
