//! FOC Timeline: an embeddable, multilingual (English, Mongolian, Romanian) history of the
//! Freedom Online Coalition.
//!
//! `domain` and `i18n` are plain Rust (no browser, no Leptos) and are tested natively. The
//! browser app (`app`, `api`, `components`, `browser`) runs in wasm32; it builds natively too,
//! with Leptos's `ssr` renderer, so that the build can render its first view to HTML
//! ([`first_view`]): components call the browser only from effects and event handlers, which a
//! render to HTML never runs.

#![recursion_limit = "256"]

pub mod domain;
pub mod i18n;
pub mod ids;

/// The pre-rendered page, written into `index.html` at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;

/// The first view's HTML, rendered by the app's components at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod first_view;

/// Link-preview pages and their card images, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod previews;

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod focus;
pub mod host_channel;
pub mod state;
