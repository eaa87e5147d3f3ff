//! The event search: a search field whose words narrow the timeline to the events that contain
//! them all, in any language (`domain::search`); kept in the URL as `q`.

use leptos::prelude::*;

use crate::domain::search::normalize_search;
use crate::ids;
use crate::state::{UiLang, UrlState};

/// The search field, its label (shown as its placeholder) and hint (shown while the empty
/// field has focus).
#[component]
pub fn EventSearch() -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    // What is typed, spaces and all; the view state keeps its normalized form.
    let typed = RwSignal::new(view_state.with_untracked(|v| v.search.clone().unwrap_or_default()));
    // Clear filters, Back and Forward change the search from outside; the field follows.
    Effect::new(move |_| {
        let search = view_state.with(|v| v.search.clone());
        if normalize_search(&typed.get_untracked()) != search {
            typed.set(search.unwrap_or_default());
        }
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        let search = normalize_search(&text);
        typed.set(text);
        view_state.set_search(search);
    };
    view! {
        <div class="filters__field filters__field--search">
            <label for=ids::EVENT_SEARCH_INPUT class="visually-hidden">{ui.text(|s| s.search_label)}</label>
            <input
                id=ids::EVENT_SEARCH_INPUT
                class="event-search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=ui.text(|s| s.search_label)
                aria-describedby="event-search-hint"
                prop:value=move || typed.get()
                on:input=on_input
            />
            <p id="event-search-hint" class="filters__hint">{ui.text(|s| s.search_hint)}</p>
        </div>
    }
}
