//! The Embed dialog: choose language, colour scheme, accent colour, starting event and height,
//! see the filters the embed keeps and a live preview, and copy the snippet (an iframe,
//! optionally with the embed script, which can also keep the host page's `#event=` in step).

use std::sync::Arc;

use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::colour::Rgb;
use crate::domain::dataset::Dataset;
use crate::domain::embed_code::{
    embed_snippet, embed_view, parse_height, script_url_beside, EmbedChoices, MAX_HEIGHT,
    MIN_HEIGHT,
};
use crate::domain::lang::Lang;
use crate::domain::url_state::{format_query, parse_accent, Theme};
use crate::i18n::describe::{filter_lines, theme_label, url_notice_text};
use crate::i18n::format::{format_date_range, format_number};
use crate::i18n::strings::{fill, strings};
use crate::state::{UiLang, UrlState};

const DEFAULT_HEIGHT: u32 = 700;

/// The Embed button and its modal dialog.
#[component]
pub fn EmbedDialog(
    /// The loaded dataset (for the list of events).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let dialog = NodeRef::<Dialog>::new();
    let lang = RwSignal::new(ui.0.get_untracked());
    let event = RwSignal::new(None::<String>);
    let theme = RwSignal::new(None::<Theme>);
    // As typed: empty for the usual colour; anything else must be a readable colour
    // (the same rule as a link's `accent`).
    let accent_text = RwSignal::new(String::new());
    let height = RwSignal::new(DEFAULT_HEIGHT);
    // What is typed in the height field is out of range or not a number: the code keeps
    // `height`, and the field says so.
    let height_invalid = RwSignal::new(false);
    let with_script = RwSignal::new(true);
    let keep_hash = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let is_open = RwSignal::new(false);

    let open = move |_| {
        lang.set(ui.0.get_untracked());
        event.set(view_state.with_untracked(|v| v.event.clone()));
        theme.set(view_state.with_untracked(|v| v.theme));
        accent_text.set(view_state.with_untracked(|v| v.accent.map(Rgb::hex).unwrap_or_default()));
        copied.set(false);
        // A value left invalid last time gives way to the height the code uses.
        if height_invalid.get_untracked() {
            height_invalid.set(false);
            height.notify();
        }
        if let Some(dialog) = dialog.get() {
            is_open.set(dialog.show_modal().is_ok());
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let embed_url = move || {
        let choices = EmbedChoices {
            lang: lang.get(),
            event: event.get(),
            theme: theme.get(),
            accent: accent_text.with(|text| parse_accent(text).ok().flatten()),
        };
        let state = view_state.with(|current| embed_view(current, choices));
        format!("{}{}", browser::page_url(), format_query(&state))
    };
    let snippet = move || {
        let url = embed_url();
        let script = with_script.get().then(|| script_url_beside(&url));
        embed_snippet(
            &url,
            strings(lang.get()).iframe_title,
            height.get(),
            script.as_deref(),
            keep_hash.get(),
        )
    };
    let copy = move |_| {
        let code = snippet();
        spawn_local(async move { copied.set(browser::copy_to_clipboard(&code).await) });
    };
    let filters = {
        let dataset = dataset.clone();
        move || {
            let lines = view_state.with(|v| filter_lines(&dataset, v, ui.get()));
            lines
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        }
    };
    // Built while the dialog is open only: 80 options nobody sees would slow the first load.
    let event_options = {
        let dataset = dataset.clone();
        move || {
            if !is_open.get() {
                return None;
            }
            let lang = ui.get();
            dataset
                .events
                .iter()
                .map(|e| {
                    let id = e.id.clone();
                    let selected = {
                        let id = id.clone();
                        move || event.with(|chosen| chosen.as_deref() == Some(id.as_str()))
                    };
                    let label = format!(
                        "{} ({})",
                        e.title.get(lang),
                        format_date_range(lang, e.start, e.end)
                    );
                    view! { <option value=id selected=selected>{label}</option> }
                })
                .collect_view()
                .into()
        }
    };

    view! {
        <button type="button" class="button button--secondary app-header__embed" on:click=open>
            {ui.text(|s| s.embed_button)}
        </button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=move |_| is_open.set(false)>
            <div class="embed-dialog__header">
                <h2 id="embed-title">{ui.text(|s| s.embed_title)}</h2>
                <button type="button" class="event-detail__close" on:click=close>{ui.text(|s| s.detail_close)}</button>
            </div>
            <div class="embed-dialog__body">
                <div class="embed-dialog__form">
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_lang)}</span>
                        <select name="embed-lang" on:change=move |ev| {
                            if let Some(chosen) = Lang::from_code(&event_target_value(&ev)) {
                                lang.set(chosen);
                            }
                        }>
                            {Lang::ALL
                                .into_iter()
                                .map(|l| view! {
                                    <option value=l.code() lang=l.code() selected=move || lang.get() == l>{l.native_name()}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_theme)}</span>
                        <select name="embed-theme" on:change=move |ev| theme.set(Theme::from_code(&event_target_value(&ev)))>
                            <option value="" selected=move || theme.get().is_none()>{ui.text(|s| s.theme_auto)}</option>
                            {Theme::ALL
                                .into_iter()
                                .map(|t| view! {
                                    <option value=t.code() selected=move || theme.get() == Some(t)>{move || theme_label(ui.get(), t)}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_accent)}</span>
                        <input
                            type="text"
                            name="embed-accent"
                            autocomplete="off"
                            spellcheck="false"
                            aria-describedby="embed-accent-hint embed-accent-error"
                            aria-invalid=move || if accent_text.with(|t| parse_accent(t).is_err()) { "true" } else { "false" }
                            prop:value=move || accent_text.get()
                            on:input=move |ev| accent_text.set(event_target_value(&ev))
                        />
                    </label>
                    <p id="embed-accent-hint" class="embed-dialog__hint">{ui.text(|s| s.embed_accent_hint)}</p>
                    <p id="embed-accent-error" class="embed-dialog__error" aria-live="polite">
                        {move || accent_text.with(|t| parse_accent(t).err()).map(|problem| url_notice_text(ui.get(), &problem))}
                    </p>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_event)}</span>
                        <select name="embed-event" on:change=move |ev| {
                            let id = event_target_value(&ev);
                            event.set((!id.is_empty()).then_some(id));
                        }>
                            <option value="" selected=move || event.with(Option::is_none)>{ui.text(|s| s.embed_no_event)}</option>
                            {event_options}
                        </select>
                    </label>
                    <div class="embed-dialog__filters">
                        <p id="embed-filters-title">{ui.text(|s| s.embed_filters)}</p>
                        <ul aria-labelledby="embed-filters-title">{filters}</ul>
                    </div>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_height)}</span>
                        <input
                            type="number"
                            name="embed-height"
                            min=MIN_HEIGHT.to_string()
                            max=MAX_HEIGHT.to_string()
                            step="50"
                            aria-describedby="embed-height-error"
                            aria-invalid=move || if height_invalid.get() { "true" } else { "false" }
                            prop:value=move || height.get().to_string()
                            on:input=move |ev| match parse_height(&event_target_value(&ev)) {
                                Some(value) => {
                                    height_invalid.set(false);
                                    height.set(value);
                                }
                                None => height_invalid.set(true),
                            }
                        />
                    </label>
                    <p id="embed-height-error" class="embed-dialog__error" aria-live="polite">
                        {move || if height_invalid.get() { height_error(ui.get(), height.get()) } else { String::new() }}
                    </p>
                    <label class="embed-dialog__check">
                        <input type="checkbox" name="embed-script" prop:checked=move || with_script.get() on:change=move |ev| with_script.set(event_target_checked(&ev)) />
                        <span>{ui.text(|s| s.embed_script)}</span>
                    </label>
                    <label class="embed-dialog__check">
                        <input
                            type="checkbox"
                            name="embed-keep-hash"
                            prop:checked=move || keep_hash.get()
                            prop:disabled=move || !with_script.get()
                            on:change=move |ev| keep_hash.set(event_target_checked(&ev))
                        />
                        <span>{ui.text(|s| s.embed_keep_hash)}</span>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_code)}</span>
                        <textarea class="embed-dialog__code" name="embed-code" readonly rows="5" prop:value=snippet></textarea>
                    </label>
                    <div class="embed-dialog__actions">
                        <button type="button" class="button" on:click=copy>{ui.text(|s| s.embed_copy)}</button>
                        <span role="status">{move || copied.get().then(|| ui.strings().embed_copied)}</span>
                    </div>
                </div>
                <figure class="embed-dialog__preview">
                    <figcaption>{ui.text(|s| s.embed_preview)}</figcaption>
                    // Only while open, so that a closed dialog loads nothing.
                    <Show when=move || is_open.get()>
                        <iframe
                            src=embed_url
                            title=move || strings(lang.get()).iframe_title
                            height=move || height.get().to_string()
                        ></iframe>
                    </Show>
                </figure>
            </div>
        </dialog>
    }
}

/// Why the typed height is not used, and the height the code keeps.
fn height_error(lang: Lang, kept: u32) -> String {
    fill(
        strings(lang).embed_height_invalid,
        &[
            ("min", &format_number(lang, MIN_HEIGHT.into())),
            ("max", &format_number(lang, MAX_HEIGHT.into())),
            ("height", &format_number(lang, kept.into())),
        ],
    )
}
