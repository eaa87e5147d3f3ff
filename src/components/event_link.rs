//! A link that opens an event's detail in place, used wherever the app names another event.

use leptos::prelude::*;

use crate::domain::dataset::Event;
use crate::domain::url_state::{format_query, ViewState};
use crate::focus;
use crate::state::{UiLang, UrlState};

/// A link that opens another event's detail in place (a plain link to its URL without script).
#[component]
pub fn EventLink(
    /// The event to open.
    event: Event,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let id = event.id.clone();
    let href = move || {
        view_state.with(|v| {
            format_query(&ViewState {
                event: Some(id.clone()),
                ..v.clone()
            })
        })
    };
    let id = event.id.clone();
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        view_state.open_event(id.clone());
        focus::to_opened_event(&id);
    };
    view! { <a href=href on:click=open>{move || event.title.get(ui.get()).to_string()}</a> }
}
