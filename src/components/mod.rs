//! One component per file. Views compose these; shared state comes from `crate::app::use_app`.

pub mod explorer;
pub mod export_panel;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_chips;
pub mod header;
pub mod import_form;
pub mod import_review;
pub mod import_view;
pub mod map;
pub mod notices;
pub mod offline_indicator;
pub mod paragraph;
pub mod provenance_panel;
pub mod reader;
pub mod result_item;
pub mod result_list;
pub mod search_box;
pub mod snippet;
pub mod user_badge;
pub mod user_list;
pub mod user_notices;
