//! The filter controls, as one compact bar above the timeline: the members box and the event
//! search side by side, a Filters button that shows the region and the years and counts the
//! filters on, and the active filters as chips with Clear. A link's `controls=` chooses the
//! full bar (region and years always out), the compact one (the default) or none.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::url_state::Controls;
use crate::ids;
use crate::state::{UiLang, UrlState};

pub mod chips;
pub mod event_search;
pub mod member_combobox;
pub mod region_select;
pub mod span_control;

use chips::FilterChips;
use event_search::EventSearch;
use member_combobox::MemberCombobox;
use region_select::RegionSelect;
use span_control::SpanControl;

/// The bar: members box, search, Filters button and its panel (region, years), chips.
#[component]
pub fn FilterBar(
    /// The loaded dataset (its members, regions and years are the choices).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let controls = view_state.with_untracked(|v| v.controls());
    if controls == Controls::None {
        return ().into_any();
    }
    let compact = controls == Controls::Compact;
    // What is typed in the members box (Clear empties it too).
    let query = RwSignal::new(String::new());
    let panel_open = RwSignal::new(false);
    let count = move || view_state.with(|v| v.filter_count());
    let count_text = move || {
        let n = count();
        (n > 0).then(|| {
            format!(
                " · {}",
                crate::i18n::format::format_number(ui.get(), n as u64)
            )
        })
    };
    let count_description = move || ui.strings().filters_on.format(ui.get(), count() as u64);
    view! {
        <section class="filters" class:filters--full=!compact aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{ui.text(|s| s.filters_heading)}</h2>
            <div class="filters__bar">
                <MemberCombobox dataset=dataset.clone() query=query />
                <EventSearch />
                {compact.then(|| view! {
                    <button
                        type="button"
                        id=ids::FILTERS_BUTTON
                        class="button button--secondary filters__toggle"
                        aria-expanded=move || panel_open.get().to_string()
                        aria-controls=ids::FILTERS_PANEL
                        aria-describedby="filters-count"
                        on:click=move |_| panel_open.update(|open| *open = !*open)
                    >
                        {ui.text(|s| s.filters_button)}
                        {count_text}
                    </button>
                    <span id="filters-count" hidden>{count_description}</span>
                })}
            </div>
            <div
                id=ids::FILTERS_PANEL
                class="filters__panel"
                hidden=move || compact && !panel_open.get()
            >
                <RegionSelect />
                <SpanControl dataset=dataset.clone() />
            </div>
            <FilterChips dataset=dataset query=query />
        </section>
    }
    .into_any()
}
