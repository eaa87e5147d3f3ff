//! A notice listing the dataset records the app left out because they are invalid.

use leptos::prelude::*;

use crate::app::UiLang;
use crate::domain::validate::{Issue, Problem};
use crate::i18n::strings::{fill, Strings};

fn problem_text(problem: &Problem, s: &Strings) -> String {
    let (text, detail) = match problem {
        Problem::Malformed(detail) => (s.problem_malformed, Some(detail)),
        Problem::Duplicate(_) => (s.problem_duplicate, None),
        Problem::BadId(_) => (s.problem_bad_id, None),
        Problem::BadCountryCode(code) => (s.problem_bad_country_code, Some(code)),
        Problem::UnknownCountry(code) => (s.problem_unknown_country, Some(code)),
        Problem::EndBeforeStart => (s.problem_end_before_start, None),
        Problem::EmptyText(_) => (s.problem_empty_text, None),
        Problem::CedillaInRomanian => (s.problem_cedilla, None),
        Problem::MongolianNotCyrillic => (s.problem_not_cyrillic, None),
        Problem::TextTooLong => (s.problem_text_too_long, None),
        Problem::BadSourceUrl(url) => (s.problem_bad_source_url, Some(url)),
        Problem::NoSources => (s.problem_no_sources, None),
    };
    match detail {
        Some(detail) => format!("{text} ({detail})"),
        None => text.to_string(),
    }
}

/// Lists invalid records by id and field; renders nothing when the dataset is clean.
#[component]
pub fn DataIssues(
    /// The problems found while loading.
    issues: Vec<Issue>,
) -> impl IntoView {
    let ui = UiLang::expect();
    (!issues.is_empty()).then(|| {
        view! {
            <section class="data-issues" role="status" aria-labelledby="data-issues-title">
                <h2 id="data-issues-title" class="data-issues__title">{move || ui.strings().data_issues_title}</h2>
                <ul class="data-issues__list">
                    {issues
                        .into_iter()
                        .take(50)
                        .map(|issue| {
                            let line = move || {
                                let s = ui.strings();
                                fill(
                                    s.data_issue_line,
                                    &[
                                        ("record", &issue.location.record),
                                        ("field", &issue.location.field),
                                        ("problem", &problem_text(&issue.problem, s)),
                                    ],
                                )
                            };
                            view! { <li>{line}</li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
