//! The event detail's facts: when, where, the theme, who took part, the members involved and
//! the coalition's size that day (or at the time).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::{Dataset, Event};
use crate::domain::membership::{count_at_event, range_comes_from_event_dates};
use crate::i18n::describe::{country_name, participants_text, place_text};
use crate::i18n::format::{format_date_range, format_number};
use crate::i18n::strings::fill;
use crate::state::UiLang;

/// The facts of one event, as a description list.
#[component]
pub fn DetailFacts(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// The event.
    event: Arc<Event>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let count = count_at_event(&dataset, &event);
    // An event dated by a year, a month or a span has members "at the time"; its count's range
    // is put down to its dates where members joined during them, else to joining dates.
    let one_day = event.is_one_day();
    let grew_during_it = range_comes_from_event_dates(&dataset, &event);
    let members_that_day = move || {
        let lang = ui.get();
        let s = ui.strings();
        let mut text = s.members_count.format(lang, count.certain as u64);
        if count.possible > count.certain {
            let upper = format_number(lang, count.possible as u64);
            let why = if grew_during_it {
                s.detail_members_period
            } else {
                s.detail_members_uncertain
            };
            text = format!("{text} ({})", fill(why, &[("n", &upper)]));
        }
        text
    };
    let members_label = ui.text(if one_day {
        |s| s.detail_members_that_day
    } else {
        |s| s.detail_members_then
    });
    let start = event.start.iso();
    // The whole list follows the language at once: one copy of the event and the dataset.
    move || {
        let lang = ui.get();
        let s = ui.strings();
        let place = event
            .place
            .as_ref()
            .and_then(|p| place_text(&dataset, p, lang));
        let theme = event.theme.as_ref().map(|t| t.get(lang).to_string());
        let participants = event
            .participants
            .as_ref()
            .map(|p| participants_text(lang, p));
        let members_involved = (!event.members.is_empty()).then(|| {
            event
                .members
                .iter()
                .map(|code| country_name(&dataset, code, lang))
                .collect::<Vec<_>>()
                .join(", ")
        });
        view! {
            <dl class="event-detail__facts">
                <dt>{s.detail_when}</dt>
                <dd>
                    <time datetime=start.clone()>{format_date_range(lang, event.start, event.end)}</time>
                </dd>
                {place.map(|place| view! { <dt>{s.detail_where}</dt><dd>{place}</dd> })}
                {theme.map(|theme| view! { <dt>{s.detail_theme}</dt><dd>{theme}</dd> })}
                {participants.map(|p| view! { <dt>{s.detail_participants}</dt><dd>{p}</dd> })}
                {members_involved.map(|names| view! { <dt>{s.detail_members}</dt><dd>{names}</dd> })}
                <dt>{members_label()}</dt>
                <dd>{members_that_day()}</dd>
            </dl>
        }
    }
}
