//! Where keyboard focus goes, and what scrolls into sight, when the app changes what is on
//! screen: opening and closing an event, a deep link, a removed chip, a dismissed notice, a
//! retried load. Each waits for the next animation frame, when the change is rendered, and is
//! called from event handlers and effects only, never while a component is built.

use crate::browser;
use crate::ids::{self, marker_id};

/// After an event opened: focus goes to its detail's title, and its marker is brought into sight
/// beside or above the detail.
pub fn to_opened_event(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        browser::focus_element(ids::EVENT_DETAIL_TITLE);
        browser::uncover(&marker, ids::EVENT_DETAIL);
    });
}

/// After an event closed: focus goes back to its marker; if the filters now hide it, to the
/// timeline's tab stop, or else to the timeline itself, never to nowhere.
pub fn back_to_marker(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        let _ = browser::focus_element(&marker)
            || browser::focus_selector("#timeline .timeline__event[tabindex=\"0\"]")
            || browser::focus_element(ids::TIMELINE);
    });
}

/// Whether focus is inside the open event's detail (which takes it along when it closes).
pub fn is_in_event_detail() -> bool {
    browser::focus_is_within(ids::EVENT_DETAIL)
}

/// After a retried load failed again: focus goes to the new notice's Retry.
pub fn to_retry() {
    request_frame(|| {
        browser::focus_element(ids::LOAD_ERROR_RETRY);
    });
}

/// Focus goes to the timeline (after a retried load, a dismissed notice).
pub fn to_timeline() {
    request_frame(|| {
        browser::focus_element(ids::TIMELINE);
    });
}

fn request_frame(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}
