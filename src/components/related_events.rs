//! The links between an event's detail and the conference it came from: "Part of: …" on a
//! statement, milestone or accession, and the events a conference gave rise to on its own.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::event_link::EventLink;
use crate::domain::dataset::{Dataset, Event};
use crate::domain::related::{conference_of, parts_of};
use crate::state::UiLang;

/// "Part of: <conference>" for an event that came from one, and "From this conference: …" for
/// a conference that other events came from; nothing otherwise.
#[component]
pub fn RelatedEvents(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// The event whose detail is open.
    event: Arc<Event>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let conference = conference_of(&dataset, &event).cloned();
    let parts: Vec<Event> = parts_of(&dataset, &event).into_iter().cloned().collect();
    view! {
        {conference.map(|conference| view! {
            <p class="event-detail__part-of">
                {ui.text(|s| s.detail_part_of)}
                " "
                <EventLink event=conference />
            </p>
        })}
        {(!parts.is_empty()).then(|| view! {
            <h3>{ui.text(|s| s.detail_parts)}</h3>
            <ul class="event-detail__parts">
                {parts.into_iter().map(|part| view! { <li><EventLink event=part /></li> }).collect_view()}
            </ul>
        })}
    }
}
