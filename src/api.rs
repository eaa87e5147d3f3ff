//! Loading the dataset: fetch it with gloo-net (with a time limit), then decode and validate.

use std::time::Duration;

use gloo_net::http::Request;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::domain::validate::{decode_dataset, Checked, DecodeError};

/// Where the dataset is, relative to the page, so that any sub-path works.
pub const DATASET_URL: &str = "data/foc.json";
/// How long the app waits for the dataset before it gives up and offers Retry.
pub const LOAD_TIMEOUT: Duration = Duration::from_secs(20);

/// Why the dataset could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed (offline, refused, blocked).
    Network(String),
    /// The server answered with this non-success status.
    Http(u16),
    /// No answer within [`LOAD_TIMEOUT`].
    Timeout,
    /// The answer is not a usable dataset.
    Decode(DecodeError),
}

/// Fetches, decodes and validates the dataset.
pub async fn load_dataset() -> Result<Checked, LoadError> {
    let controller = web_sys::AbortController::new()
        .map_err(|_| LoadError::Network("AbortController".into()))?;
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Closure::once(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            LOAD_TIMEOUT.as_millis() as i32,
        )
        .ok()
    });
    let result = fetch_text(&controller.signal()).await;
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    drop(on_timeout);
    let text = result.map_err(|error| {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            error
        }
    })?;
    decode_dataset(&text).map_err(LoadError::Decode)
}

async fn fetch_text(signal: &web_sys::AbortSignal) -> Result<String, LoadError> {
    let response = Request::get(DATASET_URL)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}
