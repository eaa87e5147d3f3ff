//! The full chronological list of events with dates, places and source URLs: hidden on
//! screen, it is what the page prints. It is built when the page is about to print, not on
//! load: at 8,000 events it would otherwise double the page's elements for nothing.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser;
use crate::components::on_mount::on_mount;
use crate::domain::dataset::Dataset;
use crate::i18n::describe::{kind_label, place_text};
use crate::i18n::format::format_date_range;
use crate::state::UiLang;

/// Every event, oldest first, as an ordered list of articles.
#[component]
pub fn PrintList(
    /// The loaded dataset, events in chronological order.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let printing = RwSignal::new(false);
    // Registered once the list is on the page, not while it is built.
    on_mount(move || browser::on_print(move || printing.set(true)));
    view! {
        <section class="print-list" aria-hidden="true">
            <h2>{ui.text(|s| s.timeline_heading)}</h2>
            <ol class="print-list__items">
                {move || {
                    if !printing.get() {
                        return None;
                    }
                    let lang = ui.get();
                    dataset
                        .events
                        .iter()
                        .map(|event| {
                            let place = event.place.as_ref().and_then(|p| place_text(&dataset, p, lang));
                            view! {
                                <li class="print-list__item">
                                    <h3>{event.title.get(lang).to_string()}</h3>
                                    <p>
                                        {kind_label(lang, event.kind)}
                                        " · "
                                        {format_date_range(lang, event.start, event.end)}
                                        {place.map(|p| format!(" · {p}"))}
                                    </p>
                                    <p>{event.summary.get(lang).to_string()}</p>
                                    <ul>{event.sources.iter().map(|url| view! { <li>{url.clone()}</li> }).collect_view()}</ul>
                                </li>
                            }
                        })
                        .collect_view()
                        .into()
                }}
            </ol>
        </section>
    }
}
