//! The app's shared state, provided as contexts: the interface language ([`UiLang`]), the URL
//! state ([`UrlState`], the shareable view, mirrored into the address by `app::url_sync`), the
//! open event ([`OpenEvent`]), the page it runs in ([`Page`]) and where loading the dataset
//! stands ([`LoadState`]).
//!
//! Components read the URL state freely but change it only through [`UrlState`]'s named actions,
//! so each part of it has a known set of writers: the member filter chooses members, the span
//! control sets the span, and so on.

use std::sync::Arc;

use leptos::prelude::*;

use crate::api::LoadError;
use crate::domain::dataset::{Dataset, Region};
use crate::domain::lang::Lang;
use crate::domain::url_state::{canonical_link, format_query, preview_link, ViewState};
use crate::domain::validate::Issue;
use crate::i18n::strings::{strings, Strings};

/// What `App` (and the build's first view) provides, as one context: a context lookup is
/// compiled once per type (most of a kilobyte of wasm each), so the four share one.
#[derive(Clone, Copy)]
struct Provided {
    lang: UiLang,
    state: UrlState,
    open: OpenEvent,
    page: Page,
}

fn provided() -> Provided {
    use_context::<Provided>().expect("the contexts App provides")
}

/// Holds the URL state `initial`, follows the open event in the dataset `load` holds, and
/// provides both, the language the state names and `page` as context.
pub fn provide(
    initial: ViewState,
    load: RwSignal<LoadState>,
    page: Page,
) -> (UrlState, UiLang, OpenEvent) {
    let state = UrlState(RwSignal::new(initial));
    let lang = UiLang(Memo::new(move |_| {
        state.with(|v| v.lang.unwrap_or(Lang::En))
    }));
    let open = OpenEvent::follow(state, load);
    provide_context(Provided {
        lang,
        state,
        open,
        page,
    });
    (state, lang, open)
}

/// The language of the whole interface, shared by every component.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

impl UiLang {
    /// The language from context.
    pub fn expect() -> Self {
        provided().lang
    }

    /// The current language (reactive).
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// The interface strings of the current language (reactive).
    pub fn strings(self) -> &'static Strings {
        strings(self.0.get())
    }

    /// One interface string that follows the language, as a child or an attribute value:
    /// `ui.text(|s| s.dismiss)`. Every such text is the same type (`pick` is a function
    /// pointer, not a closure of its own), so the renderer's code for it is compiled once for
    /// all of them instead of once per string.
    pub fn text(
        self,
        pick: fn(&'static Strings) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || pick(self.strings())
    }
}

/// The URL state: what a link carries (language, open event, filters, embed look), held as one
/// [`ViewState`]. Read it anywhere ([`UrlState::with`]); change it with the actions below.
#[derive(Clone, Copy)]
pub struct UrlState(RwSignal<ViewState>);

impl UrlState {
    /// The URL state from context.
    pub fn expect() -> Self {
        provided().state
    }

    /// Reads the state (reactive).
    pub fn with<R>(self, f: impl FnOnce(&ViewState) -> R) -> R {
        self.0.with(f)
    }

    /// Reads the state without subscribing.
    pub fn with_untracked<R>(self, f: impl FnOnce(&ViewState) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// A copy of the whole state (reactive).
    pub fn get(self) -> ViewState {
        self.0.get()
    }

    /// A copy of the whole state without subscribing.
    pub fn get_untracked(self) -> ViewState {
        self.0.get_untracked()
    }

    /// Opens the event with this id (the address adds a history entry for it).
    pub fn open_event(self, id: String) {
        self.0.update(|v| v.event = Some(id));
    }

    /// Closes the open event, if any.
    pub fn close_event(self) {
        self.0.update(|v| v.event = None);
    }

    /// Opens the story of the member `code` (closing the open event, whose detail would cover
    /// the card on a phone).
    pub fn open_country(self, code: String) {
        self.0.update(|v| {
            v.country = Some(code);
            v.event = None;
        });
    }

    /// Ends the member's story: the whole coalition again.
    pub fn close_country(self) {
        self.0.update(|v| v.country = None);
    }

    /// Switches the interface (and content) language.
    pub fn set_lang(self, lang: Lang) {
        self.0.update(|v| v.lang = Some(lang));
    }

    /// Adds a member (ISO code) to the chosen ones, unless it is chosen already.
    pub fn choose_member(self, code: String) {
        self.0.update(|v| {
            if !v.members.contains(&code) {
                v.members.push(code);
            }
        });
    }

    /// Drops a chosen member.
    pub fn remove_member(self, code: &str) {
        self.0.update(|v| v.members.retain(|m| m != code));
    }

    /// Drops the member chosen last.
    pub fn remove_last_member(self) {
        self.0.update(|v| {
            v.members.pop();
        });
    }

    /// Narrows to one region, or (`None`) to none.
    pub fn set_region(self, region: Option<Region>) {
        self.0.update(|v| v.region = region);
    }

    /// Sets the span's bounds as the URL keeps them (`None`: the dataset's own first or last
    /// year).
    pub fn set_span(self, from: Option<i32>, to: Option<i32>) {
        self.0.update(|v| (v.from, v.to) = (from, to));
    }

    /// Sets the event search (as `domain::search::normalize_search` keeps it); nothing changes
    /// when it is the one in force.
    pub fn set_search(self, search: Option<String>) {
        if self.0.with_untracked(|v| v.search != search) {
            self.0.update(|v| v.search = search);
        }
    }

    /// Clear filters: members, region, span and search all go; the open event and the look stay.
    pub fn clear_filters(self) {
        self.0.update(|v| {
            v.members.clear();
            v.region = None;
            v.from = None;
            v.to = None;
            v.search = None;
        });
    }

    /// Puts a whole state in place: for `app::url_sync` only, when the address changed it
    /// (Back, Forward) or the dataset fitted it.
    pub(crate) fn replace(self, state: ViewState) {
        self.0.set(state);
    }
}

/// The open event, as an index into the loaded dataset's events: `None` while none is open, or
/// the dataset is not in (or has no such event). One memo for every part that shows it.
#[derive(Clone, Copy)]
pub struct OpenEvent(pub Memo<Option<usize>>);

impl OpenEvent {
    /// Follows the URL state's event in the dataset `load` holds.
    fn follow(state: UrlState, load: RwSignal<LoadState>) -> Self {
        let open = OpenEvent(Memo::new(move |_| {
            let LoadState::Loaded(loaded) = &*load.read() else {
                return None;
            };
            state.with(|v| {
                let id = v.event.as_deref()?;
                loaded.dataset.events.iter().position(|e| e.id == id)
            })
        }));
        open
    }

    /// The open event from context.
    pub fn expect() -> Self {
        provided().open
    }

    /// The open event's index (reactive).
    pub fn get(self) -> Option<usize> {
        self.0.get()
    }

    /// The open event's index without subscribing.
    pub fn get_untracked(self) -> Option<usize> {
        self.0.get_untracked()
    }
}

/// What the app knows of the page it runs in, read once when it mounts so that components are
/// built without asking the browser: its own address, without query or fragment (where links to
/// a state start: Copy link, the embed code, "Open full view"), and whether the browser offers
/// the Web Share API.
#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub url: &'static str,
    pub can_share: bool,
}

impl Page {
    /// The page from context.
    pub fn expect() -> Self {
        provided().page
    }

    /// The link to `state` on this page, as a reader should share it
    /// (`domain::url_state::canonical_link`).
    pub fn canonical_link(self, state: &ViewState) -> String {
        canonical_link(self.url, state)
    }

    /// The address to share for the event `state` has open: its link-preview page, which chat
    /// apps and social networks draw a card from (`domain::url_state::preview_link`); `None`
    /// when no event is open.
    pub fn preview_link(self, state: &ViewState) -> Option<String> {
        let lang = state.lang.unwrap_or(Lang::En);
        state
            .event
            .as_deref()
            .map(|id| preview_link(self.url, id, lang))
    }

    /// The link to `state` on this page exactly as given (an embed's own link).
    pub fn link(self, state: &ViewState) -> String {
        format!("{}{}", self.url, format_query(state))
    }
}

/// A loaded, validated dataset with its events in chronological order.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Arc<Dataset>,
    pub issues: Vec<Issue>,
}

/// Where loading the dataset stands.
#[derive(Clone, Debug)]
pub enum LoadState {
    Loading,
    Loaded(Arc<Loaded>),
    Failed(LoadError),
}
