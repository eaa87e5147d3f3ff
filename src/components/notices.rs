//! Notices about a link's unusable parts: unknown parameters, events or members; each says
//! what was ignored, and the rest of the link still applies.

use leptos::prelude::*;

use crate::domain::filter::Sanitized;
use crate::domain::url_state::UrlNotice;
use crate::focus;
use crate::i18n::describe::{sanitized_text, url_notice_text};
use crate::ids;
use crate::state::UiLang;

/// The notice, or nothing when the link was understood in full.
#[component]
pub fn Notices(
    /// What the URL parser could not use.
    url_notices: RwSignal<Vec<UrlNotice>>,
    /// What the dataset did not know (unknown event, non-members, span).
    state_notices: RwSignal<Vec<Sanitized>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let any = move || url_notices.with(|n| !n.is_empty()) || state_notices.with(|n| !n.is_empty());
    let dismiss = move |_| {
        url_notices.set(Vec::new());
        state_notices.set(Vec::new());
        // The button goes away with the notice: focus goes on to the timeline (or, while the
        // data loads, the current language's button), not to the page body.
        focus::after_notice_dismissed(ui.0.get_untracked());
    };
    view! {
        <Show when=any>
            <section id=ids::NOTICES class="notice" role="status" aria-labelledby="notice-title">
                <h2 id="notice-title" class="notice__title">{ui.text(|s| s.url_notice_title)}</h2>
                <ul class="notice__list">
                    {move || {
                        let lang = ui.get();
                        let mut lines: Vec<String> = url_notices.with(|n| n.iter().map(|n| url_notice_text(lang, n)).collect());
                        lines.extend(state_notices.with(|n| n.iter().map(|n| sanitized_text(lang, n)).collect::<Vec<_>>()));
                        lines.into_iter().take(20).map(|line| view! { <li>{line}</li> }).collect_view()
                    }}
                </ul>
                <button type="button" class="button button--secondary" on:click=dismiss>{ui.text(|s| s.dismiss)}</button>
            </section>
        </Show>
    }
}
