//! FOC Timeline: an embeddable, multilingual (English, Mongolian, Romanian) history of the
//! Freedom Online Coalition.
//!
//! `domain` and `i18n` are plain Rust (no browser, no Leptos) and are tested natively;
//! the browser app (`app`, `api`, `components`, `browser`) is built for wasm32 only.

pub mod domain;
pub mod i18n;

/// The pre-rendered page, written into `index.html` at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;

/// Link-preview pages and their card images, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod previews;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
