//! `on_mount`: work that needs the browser, run once the component that asks for it is on the
//! page, never while it is built (nor when components are rendered without a browser).

use std::cell::Cell;

use leptos::prelude::*;

/// Runs `f` once, after the calling component is built and mounted (an effect's first run).
pub fn on_mount(f: impl FnOnce() + 'static) {
    on_mount_boxed(Box::new(f));
}

// One effect type for every caller: a generic effect per call site would compile its machinery
// once for each.
fn on_mount_boxed(f: Box<dyn FnOnce()>) {
    let f = Cell::new(Some(f));
    Effect::new(move |_| {
        if let Some(f) = f.take() {
            f();
        }
    });
}
