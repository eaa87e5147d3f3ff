//! "Where sources disagree": a heading and each disagreement with its sources, as an event's
//! detail and a member's card show them; nothing when the sources agree.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::source_links::SourceLinks;
use crate::domain::dataset::{Dataset, Discrepancy};
use crate::state::UiLang;

/// The disagreements, under their heading; nothing when there are none.
#[component]
pub fn Discrepancies(
    /// The loaded dataset, for the titles it gives some sources.
    dataset: Arc<Dataset>,
    /// The disagreements to list.
    items: Vec<Discrepancy>,
    /// The list's class, its container's (`event-detail__discrepancies`).
    class: &'static str,
) -> impl IntoView {
    let ui = UiLang::expect();
    (!items.is_empty()).then(|| {
        view! {
            <h3>{ui.text(|s| s.detail_discrepancies)}</h3>
            <ul class=class>
                {items
                    .into_iter()
                    .map(|d| {
                        let note = d.note.clone();
                        view! {
                            <li>
                                <p>{move || note.get(ui.get()).to_string()}</p>
                                <SourceLinks urls=d.sources.clone() dataset=dataset.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
