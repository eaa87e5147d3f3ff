//! Thin, failure-tolerant wrappers over the browser APIs the app needs (URL, history,
//! storage, document, focus and scrolling). Every call degrades to a no-op where the API is
//! missing or refused, as it can be in sandboxed iframes. They know no component: elements are
//! found by id ([`element`], with the ids in src/ids.rs) and handed in.

use web_sys::Element;

use crate::domain::lang::{Lang, LANG_STORAGE_KEY};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's query string, with its leading `?`.
pub fn query_string() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's URL without query and fragment.
pub fn page_path() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// The absolute URL of this page without query and fragment (where links to a state start).
pub fn page_url() -> String {
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", page_path())
}

/// Writes the query into the address bar as a new history entry.
pub fn push_query(query: &str) {
    write_query(query, true);
}

/// Writes the query into the address bar over the current history entry.
pub fn replace_query(query: &str) {
    write_query(query, false);
}

fn write_query(query: &str, push: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    if query == query_string() {
        return;
    }
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let url = format!("{}{query}{hash}", page_path());
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

fn local_storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language the reader chose on an earlier visit.
pub fn saved_lang() -> Option<Lang> {
    local_storage()
        .and_then(|s| s.get_item(LANG_STORAGE_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the reader's language choice.
pub fn save_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_STORAGE_KEY, lang.code());
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Sets `<html lang>` and the document title.
pub fn set_document_lang_and_title(lang: Lang, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// Sets `<html data-theme>` to a colour scheme a link asked for and `--custom-accent` to its
/// accent colour (six hex digits), or removes them to follow the reader's setting and keep the
/// usual colour (public/style.css).
pub fn set_document_look(theme: Option<&str>, accent: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
    let _ = match accent {
        Some(hex) => root.set_attribute("style", &format!("--custom-accent:#{hex}")),
        None => root.remove_attribute("style"),
    };
}

/// The element with this id, if there is one.
pub fn element(id: &str) -> Option<Element> {
    window()?.document()?.get_element_by_id(id)
}

/// Moves keyboard focus to `element` (which also scrolls it into view); whether focus is now
/// on it (not when it cannot take focus, hidden say).
///
/// In a frame its host sizes to the content ([`SIZED_BY_HOST`], src/host_channel.rs), the
/// host's page is what scrolls, and the frame may not have its new height yet: the browser's own
/// scrolling would scroll the frame's page and leave the host's wherever that took it. There the
/// element is focused without scrolling, and the host is asked to bring `reveal` (the element,
/// or what holds it) into sight ([`reveal_in_host`]).
pub fn focus(element: &Element, reveal: &Element) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return false;
    };
    let sized_by_host = document
        .body()
        .is_some_and(|body| body.class_list().contains(SIZED_BY_HOST));
    if sized_by_host {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&options);
        reveal_in_host(reveal);
    } else {
        let _ = html.focus();
    }
    document
        .active_element()
        .is_some_and(|active| active == *element)
}

/// Whether keyboard focus is on `element` or inside it.
pub fn focus_is_within(element: &Element) -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| element.contains(Some(active.as_ref())))
}

/// Whether `element` has the focus and the browser shows it as keyboard focus
/// (`:focus-visible`).
pub fn has_visible_focus(element: &Element) -> bool {
    element.matches(":focus-visible").unwrap_or(false)
}

/// The element inside `container` that is in the tab order (`tabindex="0"`), if any: the tab
/// stop of a group with a roving tabindex.
pub fn tab_stop_within(container: &Element) -> Option<Element> {
    container.query_selector("[tabindex=\"0\"]").ok().flatten()
}

/// Scrolls the page so that `element` shows whole, its bottom at the bottom of what shows it,
/// unless it does already: of the viewport, and of `frame` (a panel that clips it, such as the
/// event detail's sheet on a phone) when given.
pub fn scroll_page_to_show(element: &Element, frame: Option<&Element>) {
    let Some(window) = window() else {
        return;
    };
    let rect = element.get_bounding_client_rect();
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let clipped = frame
        .map(|frame| frame.get_bounding_client_rect())
        .is_some_and(|frame| rect.bottom() > frame.bottom() || rect.top() < frame.top());
    if rect.top() < 0.0 || rect.bottom() > height || clipped {
        element.scroll_into_view_with_bool(false);
    }
}

/// The body's class while the embedding page sizes the frame to its content (src/host_channel.rs).
pub const SIZED_BY_HOST: &str = "sized-by-host";

/// Posts `{type: kind, [key]: value}` to the embedding page, if any. Only what any reader of
/// the page may know is sent (a height, a public event id, a place on the page), so any origin
/// may receive it.
pub fn post_to_parent(kind: &str, fields: &[(&str, wasm_bindgen::JsValue)]) {
    use js_sys::{Object, Reflect};
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Asks the embedding page to scroll `element` into sight (`foc-timeline:reveal`, with the
/// element's top and bottom on this page and the page's height, which the frame takes first).
pub fn reveal_in_host(element: &Element) {
    let Some(window) = window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let rect = element.get_bounding_client_rect();
    post_to_parent(
        "foc-timeline:reveal",
        &[
            ("top", (rect.top() + scrolled).into()),
            ("bottom", (rect.bottom() + scrolled).into()),
            ("height", body.scroll_height().into()),
        ],
    );
}

/// Copies text with the Clipboard API; `false` where it is missing or refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let call = || -> Result<Promise, JsValue> {
        let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
        let write: Function = Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
        write.call1(&clipboard, &text.into())?.dyn_into()
    };
    match call() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet for a title and URL; `false` where refused or cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    use js_sys::{Function, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let call = || -> Result<Promise, JsValue> {
        let data = Object::new();
        Reflect::set(&data, &"title".into(), &title.into())?;
        Reflect::set(&data, &"url".into(), &url.into())?;
        let share: Function = Reflect::get(&navigator, &"share".into())?.dyn_into()?;
        share.call1(&navigator, &data)?.dyn_into()
    };
    match call() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Resolves in a new task, so that long work split around it leaves the page free to handle
/// input and paint in between: `scheduler.yield()` where there is one (its continuation runs
/// before other queued tasks), else a zero-delay timer. Without a window it resolves at once.
pub async fn next_task() {
    use wasm_bindgen::{JsCast, JsValue};
    let yielded = window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("scheduler")).ok())
        .filter(|scheduler| scheduler.is_object())
        .and_then(|scheduler| {
            let yield_fn = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")).ok()?;
            let yield_fn = yield_fn.dyn_into::<js_sys::Function>().ok()?;
            yield_fn
                .call0(&scheduler)
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    let promise = yielded.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _reject| {
            let queued = window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
            if !queued {
                let _ = resolve.call0(&JsValue::NULL);
            }
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Adds a class to `<body>` (e.g. `embedded` for the compact iframe layout).
pub fn add_body_class(class: &str) {
    if let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.class_list().add_1(class);
    }
}

/// Removes a class from `<body>`.
pub fn remove_body_class(class: &str) {
    if let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.class_list().remove_1(class);
    }
}

/// Scrolls `list`, and nothing else (not the page, nor an embedding page), just enough that
/// its `item` shows whole: for a listbox whose active option is named by
/// `aria-activedescendant` while focus stays in its input.
pub fn scroll_list_to_show(list: &Element, item: &Element) {
    let (frame, item) = (
        list.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let visible_top = frame.top() + f64::from(list.client_top());
    let visible = (visible_top, visible_top + f64::from(list.client_height()));
    let scroll = f64::from(list.scroll_top());
    if let Some(to) = scroll_to_show((item.top(), item.bottom()), visible, scroll, 0.0) {
        list.set_scroll_top(to);
    }
}

/// The scroll offset, along one axis, that shows `item` (its start and end on screen) whole in
/// the `visible` part of a scroller now at `scroll`, with `gap` to spare: the nearest such
/// offset, or `None` when it already shows.
fn scroll_to_show(item: (f64, f64), visible: (f64, f64), scroll: f64, gap: f64) -> Option<i32> {
    if item.0 < visible.0 + gap {
        Some((scroll - (visible.0 + gap - item.0)).floor() as i32)
    } else if item.1 > visible.1 - gap {
        Some((scroll + (item.1 - visible.1 + gap)).ceil() as i32)
    } else {
        None
    }
}

/// Scrolls `scroller` sideways so that `element` (inside it) is centred, without moving focus
/// or scrolling the page (or an embedding page).
pub fn centre_in_scroller(element: &Element, scroller: &Element) {
    let (item, frame) = (
        element.get_bounding_client_rect(),
        scroller.get_bounding_client_rect(),
    );
    let centre =
        item.left() - frame.left() + f64::from(scroller.scroll_left()) + item.width() / 2.0;
    scroller.set_scroll_left((centre - frame.width() / 2.0).max(0.0) as i32);
}

/// Whether `element` lies wholly within `scroller`'s visible width.
pub fn within_scroller(element: &Element, scroller: &Element) -> bool {
    let (item, frame) = (
        element.get_bounding_client_rect(),
        scroller.get_bounding_client_rect(),
    );
    item.left() >= frame.left() && item.right() <= frame.right()
}

/// Brings `element` into sight without moving focus when something may hide it: sideways in its
/// `scroller` just enough to show it whole, then, if `cover` now covers it (a panel at the foot
/// of the screen), the page up until it clears `cover`. In a frame, that page is the frame's
/// own: a frame's `scrollBy` never scrolls its host.
pub fn scroll_clear_of(element: &Element, scroller: &Element, cover: Option<&Element>) {
    /// Room left between the element and the edge it was brought past.
    const GAP: f64 = 8.0;
    let (item, frame) = (
        element.get_bounding_client_rect(),
        scroller.get_bounding_client_rect(),
    );
    let visible_left = frame.left() + f64::from(scroller.client_left());
    let visible = (
        visible_left,
        visible_left + f64::from(scroller.client_width()),
    );
    let scroll = f64::from(scroller.scroll_left());
    if let Some(to) = scroll_to_show((item.left(), item.right()), visible, scroll, GAP) {
        scroller.set_scroll_left(to);
    }
    let Some(cover) = cover else {
        return;
    };
    let (item, cover) = (
        element.get_bounding_client_rect(),
        cover.get_bounding_client_rect(),
    );
    let overlaps = item.bottom() > cover.top()
        && item.top() < cover.bottom()
        && item.right() > cover.left()
        && item.left() < cover.right();
    if overlaps {
        if let Some(w) = window() {
            w.scroll_by_with_x_and_y(0.0, item.bottom() - cover.top() + GAP);
        }
    }
}

/// Calls `f` once the page is about to print (`beforeprint`, or the `print` media query
/// starting to match, as it does when print media is emulated). Lives as long as the page.
pub fn on_print(f: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = window() else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(f);
    let function: &js_sys::Function = callback.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("beforeprint", function);
    if let Ok(Some(print)) = window.match_media("print") {
        let _ = print.add_event_listener_with_callback("change", function);
    }
    callback.forget();
}

/// Moves the `id` of every element inside `container` to its `data-id`: the pre-rendered first
/// view gives its ids to the app's own elements, so that each id names one element.
pub fn take_ids_within(container: &Element) {
    let Ok(list) = container.query_selector_all("[id]") else {
        return;
    };
    for index in 0..list.length() {
        let Some(element) = list
            .item(index)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
        else {
            continue;
        };
        let id = element.id();
        let _ = element.set_attribute("data-id", &id);
        element.remove_attribute("id").ok();
    }
}

/// What the reader did on the pre-rendered first view before the app was live
/// (`window.__focEarly`, kept by `src/fallback.rs`'s script).
#[derive(Default)]
pub struct EarlyInput {
    /// A language code they clicked.
    pub lang: Option<String>,
    /// An event id whose marker they clicked.
    pub event: Option<String>,
    /// What they typed into the event search.
    pub search: Option<String>,
}

/// Takes what the reader did on the pre-rendered first view before the app was live.
pub fn take_early_input() -> EarlyInput {
    use wasm_bindgen::JsValue;
    let Some(window) = window() else {
        return EarlyInput::default();
    };
    let key = JsValue::from_str("__focEarly");
    let early = js_sys::Reflect::get(&window, &key).unwrap_or(JsValue::UNDEFINED);
    if !early.is_object() {
        return EarlyInput::default();
    }
    let _ = js_sys::Reflect::delete_property(window.as_ref(), &key);
    let text = |name: &str| {
        js_sys::Reflect::get(&early, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
    };
    EarlyInput {
        lang: text("lang"),
        event: text("event"),
        search: text("search"),
    }
}
