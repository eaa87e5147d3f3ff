//! The app shell: the view state (kept in the URL), the language, loading the dataset, and the
//! page layout around the components.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::PendingLoad;
use crate::browser;
use crate::components::event_detail::canonical_link;
use crate::components::timeline::return_focus_to_marker;
use crate::components::{
    about::About, data_issues::DataIssues, embed_dialog::EmbedDialog, event_detail::EventDetail,
    event_search::EventSearch, growth_chart::GrowthChart, language_switch::LanguageSwitch,
    load_error::LoadErrorNotice, member_filter::MemberFilter, notices::Notices,
    print_list::PrintList, roster::Roster, span_control::SpanControl, timeline::Timeline,
};
use crate::domain::colour::Rgb;
use crate::domain::dataset::Dataset;
use crate::domain::filter::{chronological, name_left_out, sanitize, Filter, Matcher};
use crate::domain::lang::Lang;
use crate::domain::search::{search_words, SearchIndex};
use crate::domain::sorting;
use crate::domain::url_state::{format_query, parse_query, Theme, ViewState};
use crate::i18n::strings::strings;
use crate::state::{LoadState, Loaded, UiLang, UrlState};

/// How long the pre-rendered page may stay up while the dataset loads; after that the app shows
/// its own loading state.
const START_GRACE: std::time::Duration = std::time::Duration::from_millis(400);

/// Mounts the app on `<body>`. The pre-rendered fallback (for readers without wasm) stays on
/// screen, and the app hidden (`body.starting`), until the dataset is in or [`START_GRACE`] is
/// over: a fast load goes straight from the fallback to the timeline, with no "Loading…" frame
/// in between to lay out and paint.
pub fn mount() {
    EARLY_LOAD.set(Some(PendingLoad::start()));
    browser::add_body_class("starting");
    set_timeout(reveal_app, START_GRACE);
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

/// Swaps the pre-rendered fallback for the app; later calls do nothing.
fn reveal_app() {
    browser::remove_element("prerendered");
    browser::remove_body_class("starting");
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
    let (url_state, url_notices) = parse_query(&browser::query_string());
    let lang_from_url = url_state.lang;
    let (view_state, UiLang(lang)) = UrlState::provide(ViewState {
        lang: Some(initial_lang(lang_from_url)),
        ..url_state
    });
    let url_notices = RwSignal::new(url_notices);
    let state_notices = RwSignal::new(Vec::new());

    let load = RwSignal::new(LoadState::Loading);
    start_loading(load);

    // The event the address shows: opening another adds a history entry (sync_with_browser).
    let last_event = StoredValue::new(view_state.get_untracked().event);
    // Once loaded, drop what the dataset does not know (unknown event, non-members, span). A
    // repair is written over the link's own entry: Back would otherwise go to the broken link.
    Effect::new(move |_| {
        if let LoadState::Loaded(loaded) = load.get() {
            let before = view_state.get_untracked();
            let mut state = before.clone();
            let repaired = name_left_out(sanitize(&loaded.dataset, &mut state), &loaded.issues);
            if state != before {
                last_event.set_value(state.event.clone());
                view_state.replace(state);
            }
            if !repaired.is_empty() {
                state_notices.set(repaired);
            }
        }
    });

    // Retry's button goes away with its notice: once the new attempt ends, focus goes to the
    // timeline, or to the next notice's Retry, rather than to the page body.
    let retrying = StoredValue::new(false);
    Effect::new(move |_| {
        let target = match &*load.read() {
            LoadState::Loading => return,
            LoadState::Failed(_) => ".load-error__retry",
            LoadState::Loaded(_) => "#timeline",
        };
        if retrying.get_value() {
            retrying.set_value(false);
            request_animation_frame(move || {
                browser::focus_selector(target);
            });
        }
    });
    let retry = Callback::new(move |_| {
        retrying.set_value(true);
        start_loading(load);
    });

    sync_with_browser(view_state, lang, load, last_event);
    let embedded = view_state.get_untracked().embed;
    if embedded {
        browser::add_body_class("embedded");
        let settled = Signal::derive(move || !matches!(*load.read(), LoadState::Loading));
        crate::embed::start(view_state, settled);
    }

    let app_title = move || UiLang(lang).strings().app_title;
    let full_view = move || view_state.with(canonical_link);
    view! {
        <a class="skip-link" href="#timeline">{UiLang(lang).text(|s| s.skip_to_timeline)}</a>
        <header class="app-header">
            <h1 class="app-header__title">{app_title}</h1>
            {embedded.then(|| view! {
                <a class="app-header__full-view" href=full_view target="_blank" rel="noopener">
                    {UiLang(lang).text(|s| s.open_full_view)}
                </a>
            })}
            <LanguageSwitch on_choose=Callback::new(move |chosen: Lang| {
                browser::save_lang(chosen);
                view_state.set_lang(chosen);
            }) />
        </header>
        <main id="main" class="app-main">
            <Notices url_notices=url_notices state_notices=state_notices />
            {move || match load.get() {
                LoadState::Loading => view! {
                    <p class="loading" role="status">{UiLang(lang).text(|s| s.loading)}</p>
                }
                    .into_any(),
                LoadState::Failed(error) => view! {
                    <LoadErrorNotice error=error on_retry=retry />
                }
                    .into_any(),
                LoadState::Loaded(loaded) => view! { <Explorer loaded=loaded /> }.into_any(),
            }}
        </main>
    }
}

/// Mirrors the state into the URL (a history entry per opened event, in place otherwise),
/// `<html lang>`, the title and the look a link asks for (colour scheme, accent); follows Back
/// and Forward.
fn sync_with_browser(
    view_state: UrlState,
    lang: Memo<Lang>,
    load: RwSignal<LoadState>,
    last_event: StoredValue<Option<String>>,
) {
    Effect::new(move |_| {
        let state = view_state.get();
        let event_changed = last_event.get_value() != state.event;
        last_event.set_value(state.event.clone());
        browser::set_query(&format_query(&state), event_changed);
    });
    Effect::new(move |_| {
        let lang = lang.get();
        let app_title = strings(lang).app_title;
        let event_title = view_state
            .with(|v| v.event.clone())
            .and_then(|id| match load.get() {
                LoadState::Loaded(loaded) => loaded
                    .dataset
                    .event(&id)
                    .map(|e| e.title.get(lang).to_string()),
                _ => None,
            });
        let title = match event_title {
            Some(event) => format!("{event} · {app_title}"),
            None => app_title.to_string(),
        };
        browser::set_document_lang_and_title(lang, &title);
        let (theme, accent) = view_state.with(|v| (v.theme, v.accent));
        browser::set_document_look(theme.map(Theme::code), accent.map(Rgb::hex).as_deref());
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        // Back and Forward walk through opened events; the language stays the reader's choice
        // (the entry's own is older: a language switch adds no history).
        let (mut state, _) = parse_query(&browser::query_string());
        state.lang = view_state.get_untracked().lang.or(state.lang);
        last_event.set_value(state.event.clone());
        // The detail closing takes the focus inside it along: give it back to the marker.
        let closed = view_state
            .with_untracked(|v| v.event.clone())
            .filter(|_| state.event.is_none() && browser::focus_is_within("event-detail"));
        view_state.replace(state);
        if let Some(id) = closed {
            return_focus_to_marker(&id);
        }
    });
    on_cleanup(move || listener.remove());
}

/// The loaded app: filters, timeline, detail, chart and roster.
#[component]
fn Explorer(
    /// The loaded dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let view_state = UrlState::expect();
    let dataset = loaded.dataset.clone();
    // The events' folded text, made the first time someone searches.
    let search_index = Arc::new(OnceLock::<SearchIndex>::new());
    let visible = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let filter = view_state.with(Filter::from_view);
            let matcher = Matcher::new(&dataset, &filter);
            let words =
                view_state.with(|v| v.search.as_deref().map(search_words).unwrap_or_default());
            let index = (!words.is_empty())
                .then(|| search_index.get_or_init(|| SearchIndex::new(&dataset)));
            (0..dataset.events.len())
                .filter(|&i| {
                    matcher.matches(&dataset.events[i])
                        && index.is_none_or(|index| index.matches(i, &words))
                })
                .collect::<Vec<usize>>()
        })
    };
    let embedded = view_state.get_untracked().embed;
    let painted = FirstPaint::start();
    let below_the_fold = |stage: u8, part: fn(Arc<Dataset>) -> AnyView| {
        let dataset = dataset.clone();
        move || (!embedded && painted.reached(stage)).then(|| part(dataset.clone()))
    };
    view! {
        <DataIssues issues=loaded.issues.clone() />
        <div class="explorer">
            <section class="filters" aria-labelledby="filters-title">
                <h2 id="filters-title" class="visually-hidden">{UiLang::expect().text(|s| s.filters_heading)}</h2>
                <MemberFilter dataset=loaded.dataset.clone() />
                <SpanControl dataset=loaded.dataset.clone() />
                <EventSearch />
                {(!embedded).then(|| view! { <EmbedDialog dataset=loaded.dataset.clone() /> })}
            </section>
            // The open event's detail goes beside or below its timeline, and sticks only within
            // this box (style.css), never over the chart and roster below.
            <div class="explorer__timeline-and-detail">
                <Timeline dataset=loaded.dataset.clone() visible=visible />
                <EventDetail dataset=loaded.dataset.clone() visible=visible />
            </div>
            {below_the_fold(1, |dataset| view! { <GrowthChart dataset=dataset /> }.into_any())}
            {below_the_fold(2, |dataset| view! { <Roster dataset=dataset /> }.into_any())}
            {below_the_fold(3, |dataset| view! { <About dataset=dataset /> }.into_any())}
            <PrintList dataset=loaded.dataset.clone() />
        </div>
    }
}

/// How far the explorer has got after its first frame (filters, timeline, detail) was
/// painted: what is below the fold waits for it, so the events show sooner (on a slow phone the
/// chart, roster and About would double the time to the first useful frame), and is then built
/// one part per task, so the page answers input in between.
#[derive(Clone, Copy)]
struct FirstPaint(ReadSignal<u8>);

impl FirstPaint {
    /// The parts built after the first paint.
    const LATER_PARTS: u8 = 3;

    /// Starts watching for the next painted frame.
    fn start() -> Self {
        let (stage, set_stage) = signal(0u8);
        // The animation frame comes before that frame's paint; a task queued from it, after.
        request_animation_frame(move || {
            spawn_local(async move {
                for reached in 1..=Self::LATER_PARTS {
                    browser::next_task().await;
                    set_stage.set(reached);
                }
            })
        });
        FirstPaint(stage)
    }

    /// True once the first frame is painted and the parts before `part` are built (reactive).
    fn reached(self, part: u8) -> bool {
        self.0.get() >= part
    }
}
