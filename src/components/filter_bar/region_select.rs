//! The region select: narrows the members and the timeline to one region's.

use leptos::html::Select;
use leptos::prelude::*;

use crate::components::select_sync::keep_select_showing;
use crate::domain::dataset::Region;
use crate::i18n::describe::region_label;
use crate::state::{UiLang, UrlState};

/// The labelled region select; "All regions" is no region.
#[component]
pub fn RegionSelect() -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let region_select = NodeRef::<Select>::new();
    keep_select_showing(region_select, move || {
        view_state.with(|v| v.region.map(Region::code).unwrap_or_default().to_string())
    });
    view! {
        <div class="filters__field">
            <label for="region-filter" class="filters__label">{ui.text(|s| s.region_label)}</label>
            <select
                id="region-filter"
                class="filters__select"
                node_ref=region_select
                on:change=move |ev| {
                    let region = Region::from_code(&event_target_value(&ev));
                    view_state.set_region(region);
                }
            >
                <option value="" selected=move || view_state.with(|v| v.region.is_none())>
                    {ui.text(|s| s.all_regions)}
                </option>
                {Region::ALL
                    .into_iter()
                    .map(|region| view! {
                        <option value=region.code() selected=move || view_state.with(|v| v.region == Some(region))>
                            {move || region_label(ui.get(), region)}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
