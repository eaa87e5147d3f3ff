//! Loading the dataset: fetch it with gloo-net (with a time limit), then decode and validate.
//!
//! [`PendingLoad::start`] sends the request at once, so `main` can start it before the app
//! mounts (the request then overlaps the mounting); [`PendingLoad::finish`] waits and decodes.

use std::{cell::Cell, rc::Rc, time::Duration};

use gloo_net::http::{Request, Response};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

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

/// A request for the dataset that is under way, with its time limit running.
pub struct PendingLoad {
    response: Result<js_sys::Promise, LoadError>,
    timer: Option<i32>,
    timed_out: Rc<Cell<bool>>,
    // Kept alive until the load ends: the timer calls it.
    _on_timeout: Closure<dyn FnMut()>,
}

impl PendingLoad {
    /// Sends the request now and starts the time limit.
    pub fn start() -> Self {
        let controller = web_sys::AbortController::new().ok();
        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            Closure::once(move || {
                timed_out.set(true);
                if let Some(controller) = controller {
                    controller.abort();
                }
            })
        };
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                LOAD_TIMEOUT.as_millis() as i32,
            )
            .ok()
        });
        let signal = controller.map(|c| c.signal());
        let response = Request::get(DATASET_URL)
            .abort_signal(signal.as_ref())
            .build()
            .map_err(|e| LoadError::Network(e.to_string()))
            .and_then(|request| {
                let window = web_sys::window().ok_or(LoadError::Network("no window".into()))?;
                Ok(window.fetch_with_request(&request.into()))
            });
        PendingLoad {
            response,
            timer,
            timed_out,
            _on_timeout: on_timeout,
        }
    }

    /// Waits for the answer, then decodes and validates it.
    pub async fn finish(self) -> Result<Checked, LoadError> {
        let text = match self.response {
            Ok(promise) => read_text(promise).await,
            Err(error) => Err(error),
        };
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer) {
            window.clear_timeout_with_handle(timer);
        }
        let text = text.map_err(|error| {
            if self.timed_out.get() {
                LoadError::Timeout
            } else {
                error
            }
        })?;
        decode_dataset(&text).map_err(LoadError::Decode)
    }
}

async fn read_text(fetch: js_sys::Promise) -> Result<String, LoadError> {
    let network = |e: wasm_bindgen::JsValue| {
        LoadError::Network(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "fetch failed".into()),
        )
    };
    let response = Response::from(
        JsFuture::from(fetch)
            .await
            .map_err(network)?
            .unchecked_into::<web_sys::Response>(),
    );
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}
