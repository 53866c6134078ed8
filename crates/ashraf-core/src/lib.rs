//! Ashraf Explorer's core: the corpus model, the ingest that builds it, the search index,
//! the URL query state and the geography. No web dependencies; tested natively.

pub mod claims;
pub mod compare;
pub mod corpus_reader;
pub mod csv_text;
pub mod drift;
pub mod geo;
pub mod index;
#[cfg(feature = "ingest")]
pub mod ingest;
pub mod model;
pub mod naming;
pub mod query;
pub mod quote_wall;
pub mod sentences;
pub mod synth;
pub mod text;
pub mod timeline;
pub mod user;
pub mod utf8_join;
