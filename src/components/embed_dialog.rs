//! The Embed dialog: choose language, colour scheme, accent colour, starting event, controls
//! and height, see the filters the embed keeps and a live preview, and copy the snippet (an
//! iframe, optionally with the embed script, which can also keep the host page's `#event=` in
//! step).

use std::sync::Arc;

use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::colour::Rgb;
use crate::domain::dataset::Dataset;
use crate::domain::embed_code::{
    embed_snippet, embed_view, script_url_beside, EmbedChoices, MAX_HEIGHT, MIN_HEIGHT,
};
use crate::domain::lang::Lang;
use crate::domain::membership::{sort_roster, RosterSort};
use crate::domain::url_state::{Controls, Theme};
use crate::i18n::describe::{
    controls_label, country_name, embed_height_error, filter_lines, theme_label, url_notice_text,
};
use crate::i18n::format::format_date_range;
use crate::i18n::strings::strings;
use crate::state::{Page, UiLang, UrlState};

/// The Embed button and its modal dialog.
#[component]
pub fn EmbedDialog(
    /// The loaded dataset (for the list of events).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let dialog = NodeRef::<Dialog>::new();
    let choices = RwSignal::new(EmbedChoices::new(ui.0.get_untracked()));
    let copied = RwSignal::new(false);
    let is_open = RwSignal::new(false);
    // The text fields show what was typed (setting a field to its own value changes nothing).
    let accent_text = move || choices.with(|c| c.accent_text.clone());
    let height_text = move || choices.with(|c| c.height_text.clone());
    let height = move || choices.with(|c| c.height);
    let height_invalid = move || choices.with(EmbedChoices::height_invalid);
    let lang = move || choices.with(|c| c.lang);
    let with_script = move || choices.with(|c| c.with_script);

    let open = move |_| {
        let (event, country, theme, accent) =
            view_state.with_untracked(|v| (v.event.clone(), v.country.clone(), v.theme, v.accent));
        choices.update(|c| {
            c.lang = ui.0.get_untracked();
            c.event = event;
            c.country = country;
            c.theme = theme;
            c.accent_text = accent.map(Rgb::hex).unwrap_or_default();
            // A value left invalid last time gives way to the height the code uses.
            c.forget_invalid_height();
        });
        copied.set(false);
        if let Some(dialog) = dialog.get() {
            is_open.set(dialog.show_modal().is_ok());
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let page = Page::expect();
    let embed_url = move || {
        let state = choices.with(|c| view_state.with(|current| embed_view(current, c)));
        page.link(&state)
    };
    let snippet = move || {
        let url = embed_url();
        choices.with(|c| {
            let script = c.with_script.then(|| script_url_beside(&url));
            embed_snippet(
                &url,
                strings(c.lang).iframe_title,
                c.height,
                script.as_deref(),
                c.keep_hash,
            )
        })
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
                        move || choices.with(|c| c.event.as_deref() == Some(id.as_str()))
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
    // The members, by name in the reader's language, for "One country's story".
    let country_options = {
        let dataset = dataset.clone();
        move || {
            if !is_open.get() {
                return None;
            }
            let lang = ui.get();
            sort_roster(&dataset, lang, RosterSort::Name, false)
                .into_iter()
                .map(|member| {
                    let code = member.country.clone();
                    let selected = {
                        let code = code.clone();
                        move || choices.with(|c| c.country.as_deref() == Some(code.as_str()))
                    };
                    let name = country_name(&dataset, &code, lang);
                    view! { <option value=code selected=selected>{name}</option> }
                })
                .collect_view()
                .into()
        }
    };

    view! {
        <button type="button" class="button button--secondary timeline__embed" on:click=open>
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
                                choices.update(|c| c.lang = chosen);
                            }
                        }>
                            {Lang::ALL
                                .into_iter()
                                .map(|l| view! {
                                    <option value=l.code() lang=l.code() selected=move || lang() == l>{l.native_name()}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_theme)}</span>
                        <select name="embed-theme" on:change=move |ev| choices.update(|c| c.theme = Theme::from_code(&event_target_value(&ev)))>
                            <option value="" selected=move || choices.with(|c| c.theme.is_none())>{ui.text(|s| s.theme_auto)}</option>
                            {Theme::ALL
                                .into_iter()
                                .map(|t| view! {
                                    <option value=t.code() selected=move || choices.with(|c| c.theme == Some(t))>{move || theme_label(ui.get(), t)}</option>
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
                            aria-invalid=move || if choices.with(|c| c.accent_problem().is_some()) { "true" } else { "false" }
                            prop:value=accent_text
                            on:input=move |ev| choices.update(|c| c.accent_text = event_target_value(&ev))
                        />
                    </label>
                    <p id="embed-accent-hint" class="embed-dialog__hint">{ui.text(|s| s.embed_accent_hint)}</p>
                    <p id="embed-accent-error" class="embed-dialog__error" aria-live="polite">
                        {move || choices.with(|c| c.accent_problem()).map(|problem| url_notice_text(ui.get(), &problem))}
                    </p>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_country)}</span>
                        <select name="embed-country" on:change=move |ev| {
                            let code = event_target_value(&ev);
                            choices.update(|c| c.country = (!code.is_empty()).then_some(code));
                        }>
                            <option value="" selected=move || choices.with(|c| c.country.is_none())>{ui.text(|s| s.embed_no_country)}</option>
                            {country_options}
                        </select>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_event)}</span>
                        <select name="embed-event" on:change=move |ev| {
                            let id = event_target_value(&ev);
                            choices.update(|c| c.event = (!id.is_empty()).then_some(id));
                        }>
                            <option value="" selected=move || choices.with(|c| c.event.is_none())>{ui.text(|s| s.embed_no_event)}</option>
                            {event_options}
                        </select>
                    </label>
                    <label class="embed-dialog__field">
                        <span>{ui.text(|s| s.embed_controls)}</span>
                        <select name="embed-controls" on:change=move |ev| {
                            if let Some(controls) = Controls::from_code(&event_target_value(&ev)) {
                                choices.update(|c| c.controls = controls);
                            }
                        }>
                            {Controls::ALL
                                .into_iter()
                                .map(|option| view! {
                                    <option value=option.code() selected=move || choices.with(|c| c.controls == option)>
                                        {move || controls_label(ui.get(), option)}
                                    </option>
                                })
                                .collect_view()}
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
                            aria-invalid=move || if height_invalid() { "true" } else { "false" }
                            prop:value=height_text
                            on:input=move |ev| choices.update(|c| c.type_height(&event_target_value(&ev)))
                        />
                    </label>
                    <p id="embed-height-error" class="embed-dialog__error" aria-live="polite">
                        {move || if height_invalid() { embed_height_error(ui.get(), height()) } else { String::new() }}
                    </p>
                    <label class="embed-dialog__check">
                        <input type="checkbox" name="embed-script" prop:checked=with_script on:change=move |ev| choices.update(|c| c.with_script = event_target_checked(&ev)) />
                        <span>{ui.text(|s| s.embed_script)}</span>
                    </label>
                    <label class="embed-dialog__check">
                        <input
                            type="checkbox"
                            name="embed-keep-hash"
                            prop:checked=move || choices.with(|c| c.keep_hash)
                            prop:disabled=move || !with_script()
                            on:change=move |ev| choices.update(|c| c.keep_hash = event_target_checked(&ev))
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
                            title=move || strings(lang()).iframe_title
                            height=move || height().to_string()
                        ></iframe>
                    </Show>
                </figure>
            </div>
        </dialog>
    }
}
