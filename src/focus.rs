//! Where keyboard focus goes, and what scrolls into sight, when the app changes what is on
//! screen: opening and closing an event, a deep link, moving along the timeline, a removed chip,
//! a dismissed notice, a retried load. Called from event handlers and effects only, never while
//! a component is built; the `after_*` and `to_*` moves that follow a state change wait for the
//! next animation frame, when the change is rendered.
//!
//! This module knows which elements to use (by their ids, src/ids.rs); `browser` does the
//! focusing and scrolling.

use leptos::html::Input;
use leptos::prelude::{GetUntracked, NodeRef};
use web_sys::Element;

use crate::browser;
use crate::domain::lang::Lang;
use crate::ids::{self, marker_id};
use crate::state::UrlState;

/// Focuses the element with this id; whether focus is now on it. In a frame sized by its host,
/// the host is asked to show the whole event detail when the element is inside it (its start,
/// and as much of it as fits), else the element.
fn focus_id(id: &str) -> bool {
    let Some(element) = browser::element(id) else {
        return false;
    };
    let detail = browser::element(ids::EVENT_DETAIL).filter(|d| d.contains(Some(&element)));
    browser::focus(&element, detail.as_ref().unwrap_or(&element))
}

/// Brings a marker back into sight without moving focus: sideways on the axis (the side panel
/// narrows the timeline), then above the event detail if that now covers it (the panel at the
/// foot of a phone's or tablet's screen).
fn uncover(marker: &Element) {
    if let Some(scroller) = browser::element(ids::TIMELINE_SCROLLER) {
        let detail = browser::element(ids::EVENT_DETAIL);
        browser::scroll_clear_of(marker, &scroller, detail.as_ref());
    }
}

/// After an event opened: focus goes to its detail's title, and its marker is brought into sight
/// beside or above the detail.
pub fn to_opened_event(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        focus_id(ids::EVENT_DETAIL_TITLE);
        if let Some(marker) = browser::element(&marker) {
            uncover(&marker);
        }
    });
}

/// After an event closed: focus goes back to its marker; if the filters now hide it, to the
/// timeline's tab stop, or else to the timeline itself, never to nowhere.
pub fn back_to_marker(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        let _ = focus_id(&marker) || to_tab_stop() || focus_id(ids::TIMELINE);
    });
}

/// Focus goes to the marker in the timeline's tab order; false when there is none.
fn to_tab_stop() -> bool {
    browser::element(ids::TIMELINE_MARKERS)
        .and_then(|markers| browser::tab_stop_within(&markers))
        .is_some_and(|stop| browser::focus(&stop, &stop))
}

/// A deep link's event on the timeline: focus goes to its marker, brought into sight beside or
/// above the detail.
pub fn to_marker(event_id: &str) {
    let marker = marker_id(event_id);
    focus_id(&marker);
    if let Some(marker) = browser::element(&marker) {
        uncover(&marker);
    }
}

/// Focus goes to an event's marker (the arrow keys' move); the browser scrolls it into sight.
pub fn to_marker_only(event_id: &str) {
    focus_id(&marker_id(event_id));
}

/// Focus goes to the open event's detail (its title).
pub fn to_event_detail() {
    focus_id(ids::EVENT_DETAIL_TITLE);
}

/// Embedded, a deep link's marker is scrolled to the middle of its axis; focus stays with the
/// host page.
pub fn centre_marker(event_id: &str) {
    let marker = browser::element(&marker_id(event_id));
    if let (Some(marker), Some(scroller)) = (marker, browser::element(ids::TIMELINE_SCROLLER)) {
        browser::centre_in_scroller(&marker, &scroller);
    }
}

/// A marker just focused from the keyboard shows its whole label (style.css), which may now
/// reach past the axis's edge: after the browser's own scrolling, brings it all into sight. A
/// mouse press keeps the axis where the reader's hand put it.
pub fn uncover_keyboard_focused_marker(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        if let Some(marker) = browser::element(&marker).filter(browser::has_visible_focus) {
            uncover(&marker);
        }
    });
}

/// After a chip's own button removed the chip at `position`: focus goes to the chip now in its
/// place, else the one before it, else (no chip left) the member input, never to the page body.
pub fn after_chip_removed(state: UrlState, position: usize) {
    request_frame(move || {
        let next = state.with_untracked(|v| {
            let last = v.members.len().checked_sub(1)?;
            v.members.get(position.min(last)).cloned()
        });
        let landed = next.is_some_and(|code| focus_id(&ids::chip_remove_id(&code)));
        if !landed {
            focus_id(ids::MEMBER_FILTER_INPUT);
        }
    });
}

/// After the region's or the years' chip removed itself: focus goes to the other one, else to
/// Clear (still there while a member or the search is on), else to the member input.
pub fn after_filter_chip_removed() {
    request_frame(|| {
        let landed = [
            ids::REGION_CHIP_REMOVE,
            ids::YEARS_CHIP_REMOVE,
            ids::CLEAR_FILTERS,
        ]
        .into_iter()
        .any(focus_id);
        if !landed {
            focus_id(ids::MEMBER_FILTER_INPUT);
        }
    });
}

/// A member's story opened: focus goes to its card's title, brought into sight.
pub fn to_country_card() {
    request_frame(|| {
        focus_id(ids::COUNTRY_CARD_TITLE);
    });
}

/// A member's story opened with no event open: its first event's marker is brought into sight on
/// the axis if it is out of it (a recent member's story starts far to the right); focus stays.
pub fn show_story_start(event_id: &str) {
    let marker = marker_id(event_id);
    request_frame(move || {
        let marker = browser::element(&marker);
        if let (Some(marker), Some(scroller)) = (marker, browser::element(ids::TIMELINE_SCROLLER)) {
            if !browser::within_scroller(&marker, &scroller) {
                browser::centre_in_scroller(&marker, &scroller);
            }
        }
    });
}

/// The story closed with its card's own button: focus goes to the timeline.
pub fn after_country_closed() {
    request_frame(|| {
        let _ = to_tab_stop() || focus_id(ids::TIMELINE);
    });
}

/// Clear removed every filter and, with them, itself: focus goes to the member input.
pub fn after_filters_cleared() {
    request_frame(|| {
        focus_id(ids::MEMBER_FILTER_INPUT);
    });
}

/// Focus stays in the member input while the arrow keys move through its options: the list
/// scrolls (itself only) to show the active one.
pub fn keep_option_in_view(code: &str) {
    let list = browser::element(ids::MEMBER_FILTER_LISTBOX);
    let option = browser::element(&ids::member_option_id(code));
    if let (Some(list), Some(option)) = (list, option) {
        browser::scroll_list_to_show(&list, &option);
    }
}

/// The field to copy the link by hand is about to appear: on a phone it can land below the
/// fold of the detail's sheet, so once it is rendered the page scrolls to show it.
pub fn show_copy_field(field: NodeRef<Input>) {
    request_frame(move || {
        if let Some(field) = field.get_untracked() {
            let detail = browser::element(ids::EVENT_DETAIL);
            browser::scroll_page_to_show(&field, detail.as_ref());
        }
    });
}

/// Whether focus is inside the open event's detail (which takes it along when it closes).
pub fn is_in_event_detail() -> bool {
    browser::element(ids::EVENT_DETAIL).is_some_and(|detail| browser::focus_is_within(&detail))
}

/// After a retried load failed again: focus goes to the new notice's Retry.
pub fn to_retry() {
    request_frame(|| {
        focus_id(ids::LOAD_ERROR_RETRY);
    });
}

/// Focus goes to the event search's field (the reader was typing in the first view's).
pub fn to_event_search() {
    request_frame(|| {
        focus_id(ids::EVENT_SEARCH_INPUT);
    });
}

/// Focus goes to the timeline (after a retried load).
pub fn to_timeline() {
    request_frame(|| {
        focus_id(ids::TIMELINE);
    });
}

/// After the notice's Dismiss: focus goes on to the timeline or, while the data loads, the
/// current language's button, not to the page body.
pub fn after_notice_dismissed(lang: Lang) {
    request_frame(move || {
        let _ = focus_id(ids::TIMELINE) || focus_id(&ids::language_button_id(lang));
    });
}

/// Runs `f` in the next animation frame, when what just changed is rendered.
pub fn request_frame(f: impl FnOnce() + 'static) {
    request_frame_boxed(Box::new(f));
}

// One closure type for every caller: each would otherwise compile its own JS callback glue.
fn request_frame_boxed(f: Box<dyn FnOnce()>) {
    leptos::prelude::request_animation_frame(f);
}
