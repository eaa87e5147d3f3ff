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
    // One copy of the event and the dataset for every text below that follows the language.
    let (event, dataset) = (StoredValue::new(event), StoredValue::new(dataset));
    let when = move || event.with_value(|e| format_date_range(ui.get(), e.start, e.end));
    let place = move || {
        let lang = ui.get();
        event.with_value(|e| {
            let place = e.place.as_ref()?;
            dataset.with_value(|d| place_text(d, place, lang))
        })
    };
    let theme = move || event.with_value(|e| e.theme.as_ref().map(|t| t.get(ui.get()).to_string()));
    let participants = move || {
        event.with_value(|e| {
            e.participants
                .as_ref()
                .map(|p| participants_text(ui.get(), p))
        })
    };
    let members_involved = move || {
        let lang = ui.get();
        event.with_value(|e| {
            dataset.with_value(|d| {
                e.members
                    .iter()
                    .map(|code| country_name(d, code, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        })
    };
    let has_members = event.with_value(|e| !e.members.is_empty());
    let start = event.with_value(|e| e.start.iso());

    view! {
        <dl class="event-detail__facts">
            <dt>{ui.text(|s| s.detail_when)}</dt>
            <dd>
                <time datetime=start>{when}</time>
            </dd>
            {move || place().map(|place| view! { <dt>{ui.strings().detail_where}</dt><dd>{place}</dd> })}
            {move || theme().map(|theme| view! { <dt>{ui.strings().detail_theme}</dt><dd>{theme}</dd> })}
            {move || participants().map(|p| view! { <dt>{ui.strings().detail_participants}</dt><dd>{p}</dd> })}
            {has_members.then(|| view! {
                <dt>{ui.text(|s| s.detail_members)}</dt>
                <dd>{members_involved}</dd>
            })}
            <dt>{members_label}</dt>
            <dd>{members_that_day}</dd>
        </dl>
    }
}
