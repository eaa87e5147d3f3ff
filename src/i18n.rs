//! Everything language-specific: CLDR data (months, patterns, plurals, numbers), formatting,
//! and the interface strings of each language.

pub mod cldr;
pub mod describe;
pub mod format;
pub mod strings;
