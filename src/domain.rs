//! Pure domain logic: the dataset, its validation, filtering, timeline maths and URL state.

pub mod colour;
pub mod country_story;
pub mod dataset;
pub mod date;
pub mod embed_code;
pub mod filter;
pub mod html;
pub mod lang;
pub mod matching;
pub mod membership;
pub mod pan;
pub mod related;
pub mod roving;
pub mod search;
pub mod sorting;
pub mod timeline;
pub mod url_state;
pub mod validate;
pub mod year_span;
