//! Previous and Next in the event detail: steps to the shown events either side of the open
//! one, in the timeline's order.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::filter::shown_neighbours;
use crate::focus;
use crate::state::{UiLang, UrlState};

/// The Previous and Next buttons.
#[component]
pub fn DetailSteps(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// The open event's index in `dataset.events`.
    index: usize,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    // The shown events either side (indices into `dataset.events`); the open one itself may be
    // hidden by the filters.
    let previous = Memo::new(move |_| visible.with(|shown| shown_neighbours(shown, index).0));
    let next = Memo::new(move |_| visible.with(|shown| shown_neighbours(shown, index).1));
    let step = move |to: Option<usize>| {
        if let Some(i) = to {
            let id = dataset.events[i].id.clone();
            view_state.open_event(id.clone());
            focus::to_opened_event(&id);
        }
    };
    let step_back = {
        let step = step.clone();
        move |_| step(previous.get_untracked())
    };
    let step_on = move |_| step(next.get_untracked());
    // aria-disabled, not disabled: at either end the button keeps the focus of whoever just
    // pressed it.
    view! {
        <div class="event-detail__steps">
            <button
                type="button"
                class="button button--secondary"
                aria-disabled=move || previous.with(Option::is_none).to_string()
                on:click=step_back
            >
                <span aria-hidden="true">"← "</span>
                {ui.text(|s| s.detail_previous)}
            </button>
            <button
                type="button"
                class="button button--secondary"
                aria-disabled=move || next.with(Option::is_none).to_string()
                on:click=step_on
            >
                {ui.text(|s| s.detail_next)}
                <span aria-hidden="true">" →"</span>
            </button>
        </div>
    }
}
