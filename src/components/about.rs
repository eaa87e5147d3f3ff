//! What the coalition is and its three areas of action (from the seed documents).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::UiLang;
use crate::components::event_detail::SourceLinks;
use crate::domain::dataset::Dataset;

/// The coalition's description, areas of action and sources.
#[component]
pub fn About(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let about = dataset.about.clone();
    let areas = about.areas_of_action.clone();
    let (name, summary) = (about.name.clone(), about.summary.clone());
    view! {
        <section class="about" aria-labelledby="about-title">
            <h2 id="about-title">{move || name.get(ui.get()).to_string()}</h2>
            <div class="about__summary">
                {move || {
                    summary
                        .paragraphs(ui.get())
                        .into_iter()
                        .map(|paragraph| view! { <p>{paragraph.to_string()}</p> })
                        .collect_view()
                }}
            </div>
            <h3>{ui.text(|s| s.about_areas)}</h3>
            <ul class="about__areas">
                {move || {
                    let lang = ui.get();
                    areas
                        .iter()
                        .map(|area| view! {
                            <li><strong>{area.title.get(lang).to_string()}</strong>": "{area.description.get(lang).to_string()}</li>
                        })
                        .collect_view()
                }}
            </ul>
            <details class="about__sources">
                <summary>{ui.text(|s| s.detail_sources)}</summary>
                <SourceLinks urls=about.sources.clone() dataset=dataset.clone() />
            </details>
        </section>
    }
}
