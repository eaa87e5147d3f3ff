//! A list of source links, as the event detail and About show them.

use leptos::prelude::*;

use crate::domain::validate::is_https_url;

/// A list of source links; anything that is not an https URL is shown as text, never linked.
#[component]
pub fn SourceLinks(
    /// The URLs to list.
    urls: Vec<String>,
) -> impl IntoView {
    view! {
        <ul class="source-links">
            {urls
                .into_iter()
                .map(|url| {
                    if is_https_url(&url) {
                        let href = url.clone();
                        view! { <li><a href=href rel="noopener noreferrer" target="_blank">{url}</a></li> }.into_any()
                    } else {
                        view! { <li><span>{url}</span></li> }.into_any()
                    }
                })
                .collect_view()}
        </ul>
    }
}
