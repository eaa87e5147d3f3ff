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
    let neighbours = Memo::new(move |_| visible.with(|shown| shown_neighbours(shown, index)));
    let step = move |to: Option<usize>| {
        if let Some(i) = to {
            let id = dataset.events[i].id.clone();
            view_state.open_event(id.clone());
            focus::to_opened_event(&id);
        }
    };
    let step_back = {
        let step = step.clone();
        move |_| step(neighbours.get_untracked().0)
    };
    let step_on = move |_| step(neighbours.get_untracked().1);
    // aria-disabled, not disabled: at either end the button keeps the focus of whoever just
    // pressed it.
    view! {
        <div class="event-detail__steps">
            <button
                type="button"
                class="button button--secondary"
                aria-disabled=move || neighbours.with(|n| n.0.is_none()).to_string()
                on:click=step_back
            >
                <span aria-hidden="true">"← "</span>
                {ui.text(|s| s.detail_previous)}
            </button>
            <button
                type="button"
                class="button button--secondary"
                aria-disabled=move || neighbours.with(|n| n.1.is_none()).to_string()
                on:click=step_on
            >
                {ui.text(|s| s.detail_next)}
                <span aria-hidden="true">" →"</span>
            </button>
        </div>
    }
}
