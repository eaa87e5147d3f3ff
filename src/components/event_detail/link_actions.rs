//! Copy link and Share in the event detail, and the status line that says what copying did.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::dataset::Event;
use crate::domain::lang::Lang;
use crate::focus;
use crate::i18n::strings::strings;
use crate::state::{Page, UiLang, UrlState};

/// What the Copy link button has done.
#[derive(Clone, Debug, PartialEq)]
enum CopyState {
    Idle,
    /// Copied, as said in this language.
    Copied(Lang),
    /// The clipboard was refused: show the link to copy by hand.
    Manual,
}

/// Copy link, Share (where the browser offers it) and the copy status.
#[component]
pub fn LinkActions(
    /// The open event (its title goes to the share sheet).
    event: Arc<Event>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let page = Page::expect();
    // What a reader pastes into a chat: the open event's link-preview page, in the language on
    // screen now (reactive). Chat apps and social networks draw its card; a person who opens it
    // lands on the event. The filters stay in the address bar (and an embed's "Open full view").
    let link_now = move || {
        view_state.with(|v| {
            page.preview_link(v)
                .unwrap_or_else(|| page.canonical_link(v))
        })
    };
    let copy_state = RwSignal::new(CopyState::Idle);
    let copy_field = NodeRef::<Input>::new();
    let copy = move |_| {
        let link = untrack(link_now);
        // Cleared first, so that a second copy is announced again.
        copy_state.set(CopyState::Idle);
        spawn_local(async move {
            if browser::copy_to_clipboard(&link).await {
                copy_state.set(CopyState::Copied(ui.0.get_untracked()));
            } else {
                copy_state.set(CopyState::Manual);
                // On a phone the field can land below the fold of the detail's sheet.
                focus::show_copy_field(copy_field);
            }
        });
    };
    // A language switch copies nothing: "Link copied" goes rather than being said again.
    Effect::new(move |previous: Option<Lang>| {
        let lang = ui.get();
        if previous.is_some_and(|previous| previous != lang)
            && matches!(copy_state.get_untracked(), CopyState::Copied(_))
        {
            copy_state.set(CopyState::Idle);
        }
        lang
    });
    let share = move |_| {
        let title = event.title.get(ui.0.get_untracked()).to_string();
        let link = untrack(link_now);
        spawn_local(async move {
            browser::share(&title, &link).await;
        });
    };

    view! {
        <div class="event-detail__actions">
            <button type="button" class="button" on:click=copy>{ui.text(|s| s.copy_link)}</button>
            {page.can_share.then(|| view! {
                <button type="button" class="button button--secondary" on:click=share>{ui.text(|s| s.share)}</button>
            })}
            <p class="event-detail__copy-status" role="status">
                {move || match copy_state.get() {
                    CopyState::Idle => None,
                    CopyState::Copied(lang) => Some(view! { <span>{strings(lang).link_copied}</span> }.into_any()),
                    // The link to what is on screen now, in the language it is in now.
                    CopyState::Manual => Some(view! {
                        <label class="event-detail__manual-copy">
                            {ui.text(|s| s.copy_manually)}
                            " "
                            <input type="text" name="event-link" readonly node_ref=copy_field prop:value=link_now on:focus=|ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            } />
                        </label>
                    }.into_any()),
                }}
            </p>
        </div>
    }
}
