//! Entry point: mounts the app in the browser. Natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    foc_timeline::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("foc-timeline is a browser app: run `make serve`.");
}
