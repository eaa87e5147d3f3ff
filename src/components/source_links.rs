//! A list of source links, as the event detail and About show them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::validate::is_https_url;
use crate::state::UiLang;

/// A list of source links; anything that is not an https URL is shown as text, never linked.
/// A source the dataset titles (a ministry page cited by its site's root, a mirrored text) is
/// named before its link.
#[component]
pub fn SourceLinks(
    /// The URLs to list.
    urls: Vec<String>,
    /// The dataset, for the titles it gives some sources.
    #[prop(optional)]
    dataset: Option<Arc<Dataset>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    view! {
        <ul class="source-links">
            {urls
                .into_iter()
                .map(|url| {
                    let title = dataset.as_ref().and_then(|d| d.source_title(&url)).cloned();
                    let title = title.map(|t| view! { <span class="source-links__title">{move || t.get(ui.get()).to_string()}</span>" " });
                    if is_https_url(&url) {
                        let href = url.clone();
                        view! { <li>{title}<a href=href rel="noopener noreferrer" target="_blank">{url}</a></li> }.into_any()
                    } else {
                        view! { <li>{title}<span>{url}</span></li> }.into_any()
                    }
                })
                .collect_view()}
        </ul>
    }
}
