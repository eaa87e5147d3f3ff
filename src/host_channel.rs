//! The message channel with the page that embeds the app in an iframe (the host page, running
//! public/embed.js): the app reports its height whenever it changes (`{type: "foc-timeline:resize", height}`), answers height requests
//! (`foc-timeline:measure`, which carries no data; from the parent page it also means the frame
//! is sized to its content, so the page lays itself out as one flowing column), and obeys
//! `{type: "foc-timeline:open", event}` only from origins listed in index.html's
//! `<meta name="foc-timeline:allowed-origins">`. When the reader opens or closes an event it
//! says so (`{type: "foc-timeline:event", event}`, the id or null), so that embed.js can keep
//! the host page's `#event=` in step where the host asked for it. In a frame sized to its
//! content, moving the focus asks the host to scroll what took it into sight instead of
//! scrolling itself (`{type: "foc-timeline:reveal", top, bottom, height}`, src/browser.rs).
//! When the reader came to the host page for an event (its `#event=`), the host asks for that
//! event to be brought into sight once it is open (`foc-timeline:reveal-open`, no data).

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::browser::{self, post_to_parent};
use crate::ids;
use crate::state::UrlState;

/// The origins allowed to send commands, from index.html.
fn allowed_origins() -> Vec<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='foc-timeline:allowed-origins']")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .map(|list| list.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Sends the content's height to the embedding page (the height is not a secret).
fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    // Still hidden behind the pre-rendered page (app::mount): its height means nothing yet, and
    // the reveal resizes the body, which reports again.
    if body.class_list().contains("starting") {
        return;
    }
    post_to_parent(
        "foc-timeline:resize",
        &[("height", JsValue::from(body.scroll_height()))],
    );
}

/// Whether a message comes from the page that embeds this one.
fn from_parent(event: &web_sys::MessageEvent) -> bool {
    let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
    match (event.source(), parent) {
        (Some(source), Some(parent)) => Object::is(&source, &parent),
        _ => false,
    }
}

fn string_field(data: &JsValue, key: &str) -> Option<String> {
    Reflect::get(data, &key.into())
        .ok()
        .and_then(|v| v.as_string())
}

/// What the host asked to see with `foc-timeline:reveal-open`, once the dataset is in (or could
/// not be had): the open event's detail, else the notice that says why the link's event is not
/// open, else the load error. The frame's height, which the host is still applying, decides
/// where the detail goes (beside the timeline only in a frame tall enough): until the frame
/// holds the page, it waits a little (`tries_left` times 50 ms) rather than send a place that
/// the new height will move.
fn reveal_what_was_linked(tries_left: u8) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let frame_height = window.inner_height().ok().and_then(|h| h.as_f64());
    let page_height = document.body().map(|b| f64::from(b.scroll_height()));
    if let (Some(frame_height), Some(page_height)) = (frame_height, page_height) {
        if frame_height + 1.0 < page_height && tries_left > 0 {
            report_height();
            set_timeout(
                move || reveal_what_was_linked(tries_left - 1),
                std::time::Duration::from_millis(50),
            );
            return;
        }
    }
    let target = [ids::EVENT_DETAIL, ids::NOTICES, ids::LOAD_ERROR]
        .into_iter()
        .find_map(browser::element);
    if let Some(element) = target {
        browser::reveal_in_host(&element);
    }
}

/// Starts the embed channel for the life of the page; `settled` turns true once loading the
/// dataset has ended, either way.
pub fn start(view_state: UrlState, settled: Signal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };

    let on_resize = Closure::<dyn FnMut()>::new(report_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    on_resize.forget();

    // A frame out of the host's sight gets no rendering updates in Chromium (no ResizeObserver
    // callbacks, no animation frames) until the reader scrolls to it: the height of the loaded
    // explorer is sent in a task of its own, after its first render, and so is a reveal.
    Effect::new(move |_| {
        if settled.get() {
            set_timeout(report_height, std::time::Duration::ZERO);
        }
    });
    let reveal_asked = RwSignal::new(false);
    Effect::new(move |_| {
        if reveal_asked.get() && settled.get() {
            reveal_asked.set(false);
            set_timeout(|| reveal_what_was_linked(20), std::time::Duration::ZERO);
        }
    });

    let allowed = allowed_origins();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            match string_field(&data, "type").as_deref() {
                Some("foc-timeline:measure") => {
                    // The host sizes the frame to its content (embed.js), so the host page is what
                    // scrolls: the event detail must not stick to the frame's edges or scroll
                    // inside it (style.css `.sized-by-host`).
                    if from_parent(&event) {
                        browser::add_body_class(browser::SIZED_BY_HOST);
                    }
                    report_height();
                }
                Some("foc-timeline:reveal-open") if from_parent(&event) => reveal_asked.set(true),
                Some("foc-timeline:open") if allowed.iter().any(|o| *o == event.origin()) => {
                    if let Some(id) = string_field(&data, "event").filter(|id| id.len() <= 200) {
                        view_state.open_event(id);
                    }
                }
                _ => {}
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    report_height();

    // The reader's openings and closings, not the event the frame was loaded with (the host
    // put that one in the URL itself).
    let last_told = StoredValue::new(view_state.get_untracked().event);
    Effect::new(move |_| {
        let event = view_state.with(|v| v.event.clone());
        if last_told.get_value() != event {
            last_told.set_value(event.clone());
            let value = event.map_or(JsValue::NULL, JsValue::from);
            post_to_parent("foc-timeline:event", &[("event", value)]);
        }
    });
}
