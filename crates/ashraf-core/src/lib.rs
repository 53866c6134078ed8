pub mod index;
pub mod model;
pub mod query;
pub mod text;
