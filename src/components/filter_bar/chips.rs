//! The filters on, as chips that each remove one (members in the order chosen, then the region
//! and the years), and Clear, which removes them all and the search: shown while anything is on.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::country_card::CountryLink;
use crate::domain::dataset::Dataset;
use crate::domain::year_span::YearSpan;
use crate::focus;
use crate::i18n::describe::{country_name, region_label, year_span};
use crate::i18n::strings::fill;
use crate::ids::{self, chip_remove_id};
use crate::state::{UiLang, UrlState};

/// The chips and Clear.
#[component]
pub fn FilterChips(
    /// The loaded dataset (for the members' names and its years).
    dataset: Arc<Dataset>,
    /// What is typed in the members box: Clear empties it.
    query: RwSignal<String>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let data_years = YearSpan::of_dataset(&dataset);
    let anything_on = move || view_state.with(|v| v.filter_count() > 0 || v.search.is_some());
    let clear = move |_| {
        view_state.clear_filters();
        query.set(String::new());
        focus::after_filters_cleared();
    };
    let member_chips = move || {
        let lang = ui.get();
        view_state
            .with(|v| v.members.clone())
            .into_iter()
            .map(|code| {
                let name = country_name(&dataset, &code, lang);
                let id = chip_remove_id(&code);
                // A chosen member's name opens its story.
                let story_code = code.clone();
                let remove = move || {
                    let position =
                        view_state.with_untracked(|v| v.members.iter().position(|m| *m == code));
                    view_state.remove_member(&code);
                    if let Some(position) = position {
                        focus::after_chip_removed(view_state, position);
                    }
                };
                view! { <Chip text=name button_id=id on_remove=remove story=story_code /> }
            })
            .collect_view()
    };
    let region_chip = move || {
        let region = view_state.with(|v| v.region)?;
        let remove = move || {
            view_state.set_region(None);
            focus::after_filter_chip_removed();
        };
        let text = region_label(ui.get(), region).to_string();
        Some(view! { <Chip text=text button_id=ids::REGION_CHIP_REMOVE.into() on_remove=remove /> })
    };
    let years_chip = move || {
        let (from, to) = view_state.with(|v| (v.from, v.to));
        if from.is_none() && to.is_none() {
            return None;
        }
        let span = YearSpan::from_bounds(from, to, data_years);
        let text = year_span(ui.get(), span.first, span.last);
        let remove = move || {
            view_state.set_span(None, None);
            focus::after_filter_chip_removed();
        };
        Some(view! { <Chip text=text button_id=ids::YEARS_CHIP_REMOVE.into() on_remove=remove /> })
    };
    view! {
        <Show when=anything_on>
            <div class="filters__on">
                <ul class="chips" aria-label=ui.text(|s| s.member_filter_chosen)>{member_chips.clone()}</ul>
                <ul class="chips" aria-label=ui.text(|s| s.filters_button)>{region_chip}{years_chip}</ul>
                <button type="button" id=ids::CLEAR_FILTERS class="button button--secondary filters__clear" on:click=clear>
                    {ui.text(|s| s.clear_filters)}
                </button>
            </div>
        </Show>
    }
}

/// One chip: the filter's name (a member's, a link to its story) and a button that removes it
/// ("Remove Moldova").
#[component]
fn Chip(
    text: String,
    button_id: String,
    on_remove: impl Fn() + 'static,
    /// The member whose story the name opens.
    #[prop(optional)]
    story: Option<String>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let label = {
        let text = text.clone();
        move || fill(ui.strings().remove_filter, &[("name", &text)])
    };
    let name = match story {
        Some(code) => view! { <CountryLink code=code text=Signal::stored(text) /> }.into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    };
    view! {
        <li class="chips__chip">
            {name}
            <button type="button" id=button_id class="chips__remove" aria-label=label on:click=move |_| on_remove()>
                <span aria-hidden="true">"×"</span>
            </button>
        </li>
    }
}
