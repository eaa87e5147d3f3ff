//! A notice listing the dataset records the app left out because they are invalid.

use leptos::prelude::*;

use crate::app::UiLang;
use crate::domain::validate::{Issue, Location, Problem, RecordKind};
use crate::i18n::strings::{fill, Strings};

/// What is wrong, in the reader's language, and the detail: a value from the data (a code, a
/// URL), or the JSON parser's message, which is English (`true` when it is).
fn problem_text<'a>(problem: &'a Problem, s: &Strings) -> (&'static str, Option<(&'a str, bool)>) {
    match problem {
        Problem::Malformed(detail) => (s.problem_malformed, Some((detail, true))),
        Problem::Duplicate(_) => (s.problem_duplicate, None),
        Problem::BadId(_) => (s.problem_bad_id, None),
        Problem::BadCountryCode(code) => (s.problem_bad_country_code, Some((code, false))),
        Problem::UnknownCountry(code) => (s.problem_unknown_country, Some((code, false))),
        Problem::EndBeforeStart => (s.problem_end_before_start, None),
        Problem::EmptyText(_) => (s.problem_empty_text, None),
        Problem::CedillaInRomanian => (s.problem_cedilla, None),
        Problem::MongolianNotCyrillic => (s.problem_not_cyrillic, None),
        Problem::TextTooLong => (s.problem_text_too_long, None),
        Problem::BadSourceUrl(url) => (s.problem_bad_source_url, Some((url, false))),
        Problem::NoSources => (s.problem_no_sources, None),
        Problem::JoinedBeforeCount(date) => (s.problem_joined_before_count, Some((date, false))),
        Problem::UnknownConference(id) => (s.problem_unknown_conference, Some((id, false))),
    }
}

/// The record in the reader's language: "member MD", "гишүүн MD", "membrul MD"; an event's id
/// or a list position as it is in the file.
fn record_text(location: &Location, s: &Strings) -> String {
    match location.kind() {
        (Some(RecordKind::Country), code) => fill(s.record_country, &[("code", code)]),
        (Some(RecordKind::Member), code) => fill(s.record_member, &[("code", code)]),
        (None, name) => name.to_string(),
    }
}

/// One line: the record, its field unless the whole record is at fault, and the problem, with
/// its detail after it (the parser's English marked as English).
fn issue_line(issue: &Issue, s: &Strings) -> impl IntoView {
    let (problem, detail) = problem_text(&issue.problem, s);
    let record = record_text(&issue.location, s);
    let line = if issue.location.field.is_empty() {
        fill(
            s.data_issue_record_line,
            &[("record", &record), ("problem", problem)],
        )
    } else {
        fill(
            s.data_issue_line,
            &[
                ("record", &record),
                ("field", &issue.location.field),
                ("problem", problem),
            ],
        )
    };
    let detail = detail.map(|(text, english)| {
        view! { " (" <span lang=english.then_some("en")>{text.to_string()}</span> ")" }
    });
    view! { {line} {detail} }
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
                <h2 id="data-issues-title" class="data-issues__title">{ui.text(|s| s.data_issues_title)}</h2>
                <ul class="data-issues__list">
                    {issues
                        .into_iter()
                        .take(50)
                        .map(|issue| view! { <li>{move || issue_line(&issue, ui.strings())}</li> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
