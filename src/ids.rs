//! The element ids that more than one file needs: one place, so a component that renders an
//! element and the code that finds it (focus, scrolling, the embed channel) cannot drift apart.

/// The timeline's section (also the skip link's target).
pub const TIMELINE: &str = "timeline";
/// The timeline's keyboard help (the list of markers' accessible description).
pub const TIMELINE_HELP: &str = "timeline-help";
/// The timeline's scroller, which the axis scrolls sideways in.
pub const TIMELINE_SCROLLER: &str = "timeline-scroller";
/// The timeline's list of markers.
pub const TIMELINE_MARKERS: &str = "timeline-events";
/// The notice that says what a link asked for that could not be shown.
pub const NOTICES: &str = "notices";
/// The notice that the dataset could not be loaded.
pub const LOAD_ERROR: &str = "load-error";
/// The open event's detail panel.
pub const EVENT_DETAIL: &str = "event-detail";
/// The detail's title, where focus goes when an event opens.
pub const EVENT_DETAIL_TITLE: &str = "event-detail-title";
/// The member filter's combobox input.
pub const MEMBER_FILTER_INPUT: &str = "member-filter-input";
/// The event search's field (where a reader typing on the first view goes on typing).
pub const EVENT_SEARCH_INPUT: &str = "event-search-input";
/// The member filter's list of options.
pub const MEMBER_FILTER_LISTBOX: &str = "member-filter-listbox";
/// The load error's Retry button.
pub const LOAD_ERROR_RETRY: &str = "load-error-retry";
/// The pre-rendered page, shown until the app starts (src/fallback.rs).
pub const PRERENDERED: &str = "prerendered";
/// The Filters button of the compact bar, and the panel (region, years) it shows.
pub const FILTERS_BUTTON: &str = "filters-button";
pub const FILTERS_PANEL: &str = "filters-panel";
/// The buttons that remove the region's and the years' chips, and Clear.
pub const REGION_CHIP_REMOVE: &str = "chip-remove-region";
pub const YEARS_CHIP_REMOVE: &str = "chip-remove-years";
pub const CLEAR_FILTERS: &str = "clear-filters";
/// The country card (`?country=`) and its title, where focus goes when a story opens.
pub const COUNTRY_CARD: &str = "country-card";
pub const COUNTRY_CARD_TITLE: &str = "country-card-title";

/// The DOM id of an event's marker on the timeline.
pub fn marker_id(event_id: &str) -> String {
    format!("event-{event_id}")
}

/// The DOM id of a member's option in the member filter's list.
pub fn member_option_id(code: &str) -> String {
    format!("member-option-{code}")
}

/// The DOM id of the language switch's button for `lang`.
pub fn language_button_id(lang: crate::domain::lang::Lang) -> String {
    format!("language-{}", lang.code())
}

/// The DOM id of the button that removes a chosen member's chip.
pub fn chip_remove_id(code: &str) -> String {
    format!("member-chip-{code}")
}
