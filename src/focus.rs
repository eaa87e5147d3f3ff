//! Where keyboard focus goes, and what scrolls into sight, when the app changes what is on
//! screen: opening and closing an event, a deep link, a removed chip, a dismissed notice, a
//! retried load. Each waits for the next animation frame, when the change is rendered, and is
//! called from event handlers and effects only, never while a component is built.

use crate::browser;
use crate::ids::{self, marker_id};
use crate::state::UrlState;

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

/// A deep link's event on the timeline: focus goes to its marker, brought into sight beside or
/// above the detail.
pub fn to_marker(event_id: &str) {
    let marker = marker_id(event_id);
    browser::focus_element(&marker);
    browser::uncover(&marker, ids::EVENT_DETAIL);
}

/// Focus goes to an event's marker (the arrow keys' move); the browser scrolls it into sight.
pub fn to_marker_only(event_id: &str) {
    browser::focus_element(&marker_id(event_id));
}

/// Focus goes to the open event's detail (its title).
pub fn to_event_detail() {
    browser::focus_element(ids::EVENT_DETAIL_TITLE);
}

/// Embedded, a deep link's marker is scrolled to the middle of its axis; focus stays with the
/// host page.
pub fn centre_marker(event_id: &str) {
    browser::reveal_in_scroller(&marker_id(event_id));
}

/// A marker just focused from the keyboard shows its whole label (style.css), which may now
/// reach past the axis's edge: after the browser's own scrolling, brings it all into sight. A
/// mouse press keeps the axis where the reader's hand put it.
pub fn uncover_keyboard_focused_marker(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || browser::uncover_keyboard_focus(&marker));
}

/// After a chip's own button removed the chip at `position`: focus goes to the chip now in its
/// place, else the one before it, else (no chip left) the member input, never to the page body.
pub fn after_chip_removed(state: UrlState, position: usize) {
    request_frame(move || {
        let next = state.with_untracked(|v| {
            let last = v.members.len().checked_sub(1)?;
            v.members.get(position.min(last)).cloned()
        });
        let landed = next.is_some_and(|code| browser::focus_element(&ids::chip_remove_id(&code)));
        if !landed {
            browser::focus_element(ids::MEMBER_FILTER_INPUT);
        }
    });
}

/// Focus stays in the member input while the arrow keys move through its options: the list
/// scrolls (itself only) to show the active one.
pub fn keep_option_in_view(code: &str) {
    browser::keep_item_in_view(ids::MEMBER_FILTER_LISTBOX, &ids::member_option_id(code));
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
