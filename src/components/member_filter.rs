//! The member filter: an ARIA 1.2 combobox that matches names in all three languages and ISO
//! codes ([`combobox`]), chosen members as removable chips ([`chips`]), a region select and a
//! Clear control.

use std::sync::Arc;

use leptos::html::Select;
use leptos::prelude::*;

use crate::components::select_sync::keep_select_showing;
use crate::domain::dataset::{Dataset, Region};
use crate::i18n::describe::region_label;
use crate::state::{UiLang, UrlState};

pub mod chips;
pub mod combobox;

use chips::MemberChips;
use combobox::MemberCombobox;

/// The member combobox, chips, region select and Clear button.
#[component]
pub fn MemberFilter(
    /// The loaded dataset (its members are the options).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let query = RwSignal::new(String::new());
    let clear = move |_| {
        view_state.clear_filters();
        query.set(String::new());
    };
    let region_select = NodeRef::<Select>::new();
    keep_select_showing(region_select, move || {
        view_state.with(|v| v.region.map(Region::code).unwrap_or_default().to_string())
    });
    view! {
        <div class="member-filter">
            <MemberCombobox dataset=dataset.clone() query=query />
            <MemberChips dataset=dataset />
            <div class="member-filter__field">
                <label for="region-filter" class="member-filter__label">{ui.text(|s| s.region_label)}</label>
                <select
                    id="region-filter"
                    class="member-filter__select"
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
            <button type="button" class="button button--secondary member-filter__clear" on:click=clear>
                {ui.text(|s| s.clear_filters)}
            </button>
        </div>
    }
}
