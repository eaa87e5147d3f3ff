//! The message shown when the dataset cannot be loaded, with a Retry button.

use leptos::prelude::*;

use crate::api::LoadError;
use crate::domain::validate::DecodeError;
use crate::i18n::strings::{fill, Strings};
use crate::ids;
use crate::state::UiLang;

/// What went wrong, in the reader's language, and the technical detail (if any) untranslated.
fn describe(error: &LoadError, s: &Strings) -> (String, Option<String>) {
    match error {
        LoadError::Network(detail) => (s.error_network.into(), Some(detail.clone())),
        LoadError::Http(status) => (fill(s.error_http, &[("status", &status.to_string())]), None),
        LoadError::Timeout => (s.error_timeout.into(), None),
        LoadError::Decode(DecodeError::NotJson(detail)) => {
            (s.error_not_json.into(), Some(detail.clone()))
        }
        LoadError::Decode(DecodeError::WrongFormat(detail)) => {
            (s.error_wrong_format.into(), Some(detail.clone()))
        }
        LoadError::Decode(DecodeError::NoUsableEvents) => (s.error_no_events.into(), None),
    }
}

/// An alert naming what went wrong, and a Retry button that loads again.
#[component]
pub fn LoadErrorNotice(
    /// The failure to explain.
    error: LoadError,
    /// Called when the reader asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let message = {
        let error = error.clone();
        move || describe(&error, ui.strings()).0
    };
    let detail = describe(&error, ui.strings()).1;
    view! {
        <section id=ids::LOAD_ERROR class="load-error" role="alert" aria-labelledby="load-error-title">
            <h2 id="load-error-title" class="load-error__title">{ui.text(|s| s.load_failed_title)}</h2>
            <p class="load-error__message">{message}</p>
            {detail.map(|detail| view! {
                <details class="load-error__details">
                    <summary>{ui.text(|s| s.technical_details)}</summary>
                    <code lang="en">{detail}</code>
                </details>
            })}
            <button type="button" id=ids::LOAD_ERROR_RETRY class="button load-error__retry" on:click=move |_| on_retry.run(())>
                {ui.text(|s| s.retry)}
            </button>
        </section>
    }
}
