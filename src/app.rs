//! The app shell: the view state (kept in the URL), the language, loading the dataset, and the
//! page layout around the components.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

mod explorer;
mod url_sync;

use explorer::Explorer;

use crate::api::PendingLoad;
use crate::browser;
use crate::components::{
    language_switch::LanguageSwitch, load_error::LoadErrorNotice, notices::Notices,
};
use crate::domain::colour::Rgb;
use crate::domain::filter::chronological;
use crate::domain::lang::Lang;
use crate::domain::search::normalize_search;
use crate::domain::sorting;
use crate::domain::url_state::{parse_query, Theme, ViewState};
use crate::focus;
use crate::i18n::describe::country_heading;
use crate::i18n::strings::strings;
use crate::state::{self, LoadState, Loaded, OpenEvent, Page, UiLang, UrlState};

/// Mounts the app on `<body>`. The pre-rendered first view (`index.html`, `src/fallback.rs`: the
/// same components, rendered at build time) stays on screen, and the app hidden
/// (`body.starting`), until the dataset is in: then the app takes its place in one frame, with
/// the same layout, so nothing on screen moves. The first view gives its ids to the app's
/// elements (it keeps them as `data-id`), so each id names one element.
pub fn mount() {
    EARLY_LOAD.set(Some(PendingLoad::start()));
    browser::add_body_class("starting");
    if let Some(prerendered) = browser::element(crate::ids::PRERENDERED) {
        browser::take_ids_within(&prerendered);
    }
    // In a task of its own, apart from the module's instantiation: no long task at start.
    wasm_bindgen_futures::spawn_local(async {
        browser::next_task().await;
        leptos::mount::mount_to_body(App);
    });
}

thread_local! {
    /// The dataset's request, sent by [`mount`] before the app mounts so the two overlap; the
    /// app's first load takes it, and Retry sends a new one.
    static EARLY_LOAD: std::cell::Cell<Option<PendingLoad>> = const { std::cell::Cell::new(None) };
}

/// Swaps the pre-rendered first view for the app; later calls do nothing. Called as the load's
/// outcome is set: the app renders it in microtasks, which all run before the next paint, so
/// that paint shows the app whole, never a state in between; and the app is on show before the
/// frame in which it moves focus (a deep link's event).
fn reveal_app() {
    if let Some(prerendered) = browser::element(crate::ids::PRERENDERED) {
        prerendered.remove();
    }
    browser::remove_body_class("starting");
}

/// What the reader did on the first view before the app was live (`src/fallback.rs` keeps it):
/// a language is chosen as the switch chooses it, what they typed into the event search is
/// searched (and they go on typing in the app's field), then an event opens as its marker opens
/// it.
fn replay_early_input(state: UrlState) {
    let browser::EarlyInput {
        lang,
        event,
        search,
    } = browser::take_early_input();
    if let Some(lang) = lang.as_deref().and_then(Lang::from_code) {
        browser::save_lang(lang);
        state.set_lang(lang);
    }
    if let Some(typed) = search {
        state.set_search(normalize_search(&typed));
        focus::to_event_search();
    }
    if let Some(id) = event.filter(|id| !id.is_empty()) {
        state.open_event(id.clone());
        focus::to_opened_event(&id);
    }
}

/// The language to start in: the URL, else the saved choice, else the browser's, else English.
fn initial_lang(from_url: Option<Lang>) -> Lang {
    from_url
        .or_else(browser::saved_lang)
        .or_else(|| Lang::first_supported(browser::browser_languages().iter().map(String::as_str)))
        .unwrap_or(Lang::En)
}

/// Loads the dataset into `load` (taking the request [`mount`] sent, if still unused), showing
/// the loading state meanwhile.
fn start_loading(load: RwSignal<LoadState>) {
    load.set(LoadState::Loading);
    let pending = EARLY_LOAD.take().unwrap_or_else(PendingLoad::start);
    spawn_local(async move {
        let outcome = pending.finish().await;
        // The explorer is built in a task of its own, apart from the decoding.
        browser::next_task().await;
        load.set(match outcome {
            Ok(mut checked) => {
                sorting::sort_by(&mut checked.dataset.events, chronological);
                LoadState::Loaded(Arc::new(Loaded {
                    dataset: Arc::new(checked.dataset),
                    issues: checked.issues,
                }))
            }
            Err(error) => LoadState::Failed(error),
        });
        reveal_app();
    });
}

#[component]
pub fn App() -> impl IntoView {
    // What the browser says: the link's state, the reader's language, the page's address.
    let (url_state, url_notices) = parse_query(&browser::query_string());
    let lang_from_url = url_state.lang;
    let load = RwSignal::new(LoadState::Loading);
    let (state, UiLang(lang), open) = state::provide(
        ViewState {
            lang: Some(initial_lang(lang_from_url)),
            ..url_state
        },
        load,
        Page {
            url: browser::page_url().leak(),
            can_share: browser::can_share(),
        },
    );
    let url_notices = RwSignal::new(url_notices);
    let state_notices = RwSignal::new(Vec::new());
    start_loading(load);

    // Retry's button goes away with its notice: once the new attempt ends, focus goes to the
    // timeline, or to the next notice's Retry, rather than to the page body.
    let retrying = StoredValue::new(false);
    Effect::new(move |_| {
        let failed = match &*load.read() {
            LoadState::Loading => return,
            LoadState::Failed(_) => true,
            LoadState::Loaded(_) => false,
        };
        if retrying.get_value() {
            retrying.set_value(false);
            if failed {
                focus::to_retry();
            } else {
                focus::to_timeline();
            }
        }
    });
    let retry = Callback::new(move |_| {
        retrying.set_value(true);
        start_loading(load);
    });

    // The first load's end: what the reader clicked on the first view takes effect.
    let replayed = StoredValue::new(false);
    Effect::new(move |_| {
        if !matches!(*load.read(), LoadState::Loading) && !replayed.get_value() {
            replayed.set_value(true);
            replay_early_input(state);
        }
    });

    url_sync::start(state, load, state_notices);
    mirror_into_document(state, lang, load, open);
    if state.get_untracked().embed {
        browser::add_body_class("embedded");
        let settled = Signal::derive(move || !matches!(*load.read(), LoadState::Loading));
        crate::host_channel::start(state, settled);
    }
    let on_choose_lang = Callback::new(move |chosen: Lang| {
        browser::save_lang(chosen);
        state.set_lang(chosen);
    });
    view! {
        <Shell
            load=load
            url_notices=url_notices
            state_notices=state_notices
            on_retry=retry
            on_choose_lang=on_choose_lang
        />
    }
}

/// The page the app shows, from the state in context (`UrlState`, `UiLang`, `Page`, `OpenEvent`)
/// and what it is given: nothing here reads the browser, so the build renders it to HTML too
/// (`src/bin/prerender.rs`), as the first view that the app then takes over.
#[component]
pub fn Shell(
    /// The dataset, loading, loaded or failed.
    load: RwSignal<LoadState>,
    /// What was wrong with the link.
    url_notices: RwSignal<Vec<crate::domain::url_state::UrlNotice>>,
    /// What the link asked for that the dataset could not give (repaired in place).
    state_notices: RwSignal<Vec<crate::domain::filter::Sanitized>>,
    /// Retry after a failed load.
    on_retry: Callback<()>,
    /// The reader chose a language.
    on_choose_lang: Callback<Lang>,
) -> impl IntoView {
    let state = UrlState::expect();
    let lang = UiLang::expect().0;
    let page = Page::expect();
    let app_title = move || UiLang(lang).strings().app_title;
    let full_view = move || state.with(|v| page.canonical_link(v));
    // Shown only in an embed (`body.embedded`, style.css), but always rendered: the build's first
    // view is one page for embeds and full views alike, and an embed's header must not gain a
    // line when the app takes it over.
    view! {
        <a class="skip-link" href="#timeline">{UiLang(lang).text(|s| s.skip_to_timeline)}</a>
        <header class="app-header">
            <h1 class="app-header__title">{app_title}</h1>
            <a class="app-header__full-view" href=full_view target="_blank" rel="noopener">
                {UiLang(lang).text(|s| s.open_full_view)}
            </a>
            <LanguageSwitch on_choose=on_choose_lang />
        </header>
        <main id="main" class="app-main">
            <Notices url_notices=url_notices state_notices=state_notices />
            {move || match load.get() {
                LoadState::Loading => view! {
                    <p class="loading" role="status">{UiLang(lang).text(|s| s.loading)}</p>
                }
                    .into_any(),
                LoadState::Failed(error) => view! {
                    <LoadErrorNotice error=error on_retry=on_retry />
                }
                    .into_any(),
                LoadState::Loaded(loaded) => view! { <Explorer loaded=loaded /> }.into_any(),
            }}
        </main>
    }
}

/// Mirrors the state into the document: `<html lang>`, the title (naming the open event, else
/// the member whose story is told) and
/// the look a link asks for (colour scheme, accent).
fn mirror_into_document(
    state: UrlState,
    lang: Memo<Lang>,
    load: RwSignal<LoadState>,
    open: OpenEvent,
) {
    Effect::new(move |_| {
        let lang = lang.get();
        let app_title = strings(lang).app_title;
        let country = state.with(|v| v.country.clone());
        let event_title = match &*load.read() {
            LoadState::Loaded(loaded) => {
                let dataset = &loaded.dataset;
                open.get()
                    .map(|index| dataset.events[index].title.get(lang).to_string())
                    .or_else(|| {
                        let code = country.filter(|code| dataset.member(code).is_some())?;
                        Some(country_heading(dataset, &code, lang))
                    })
            }
            _ => None,
        };
        let title = match event_title {
            Some(event) => format!("{event} · {app_title}"),
            None => app_title.to_string(),
        };
        browser::set_document_lang_and_title(lang, &title);
        let (theme, accent) = state.with(|v| (v.theme, v.accent));
        browser::set_document_look(theme.map(Theme::code), accent.map(Rgb::hex).as_deref());
    });
}
