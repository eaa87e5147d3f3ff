//! The member roster: every named member with joining date and roles, sortable by name or
//! joining date; while an event is open, only the members as of that event.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::country_card::CountryLink;
use crate::domain::dataset::Dataset;
use crate::domain::lang::Lang;
use crate::domain::membership::{members_as_of, roles, sort_roster, RosterSort};
use crate::i18n::describe::{country_name, joined_text, unidentified_note};
use crate::i18n::format::{format_date_as_of, format_number};
use crate::i18n::strings::{fill, strings};
use crate::state::{OpenEvent, UiLang};

fn roles_text(dataset: &Dataset, lang: Lang, code: &str) -> String {
    let s = strings(lang);
    let roles = roles(dataset, code);
    let mut parts = Vec::new();
    if roles.founder {
        parts.push(s.roster_founder.to_string());
    }
    if !roles.chair_years.is_empty() {
        let years: Vec<String> = roles
            .chair_years
            .iter()
            .map(|d| d.year.to_string())
            .collect();
        parts.push(fill(s.roster_chair, &[("years", &years.join(", "))]));
    }
    if !roles.hosted.is_empty() {
        parts.push(s.hosted_conferences.format(lang, roles.hosted.len() as u64));
    }
    parts.join("; ")
}

/// The sortable member table.
#[component]
pub fn Roster(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let open = OpenEvent::expect();
    let sort = RwSignal::new((RosterSort::Joined, false));
    let open_date = {
        let dataset = dataset.clone();
        Memo::new(move |_| open.get().map(|index| dataset.events[index].start))
    };
    let reported = dataset
        .reported_counts
        .iter()
        .max_by_key(|c| c.date)
        .map(|c| c.count);
    let named = dataset.members.len();

    let caption = {
        let dataset = dataset.clone();
        move || {
            let lang = ui.get();
            let s = ui.strings();
            match open_date.get() {
                Some(date) => fill(
                    s.roster_as_of,
                    &[
                        ("date", &format_date_as_of(lang, date)),
                        (
                            "count",
                            &format_number(lang, members_as_of(&dataset, date).len() as u64),
                        ),
                    ],
                ),
                None => s.roster_all.to_string(),
            }
        }
    };
    let rows = {
        let dataset = dataset.clone();
        move || {
            let lang = ui.get();
            let (key, descending) = sort.get();
            let mut members = sort_roster(&dataset, lang, key, descending);
            if let Some(date) = open_date.get() {
                let as_of: HashSet<&str> = members_as_of(&dataset, date)
                    .iter()
                    .map(|m| m.country.as_str())
                    .collect();
                members.retain(|m| as_of.contains(m.country.as_str()));
            }
            members
                .into_iter()
                .map(|member| {
                    view! {
                        <tr>
                            <th scope="row">
                                <CountryLink
                                    code=member.country.clone()
                                    text=Signal::stored(country_name(&dataset, &member.country, lang))
                                />
                                " "
                                <span class="roster__code">{member.country.clone()}</span>
                            </th>
                            <td><time datetime=member.joined.iso()>{joined_text(lang, member)}</time></td>
                            <td>{roles_text(&dataset, lang, &member.country)}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let header = move |key: RosterSort, label: fn(Lang) -> &'static str| {
        let aria_sort = move || match sort.get() {
            (k, false) if k == key => "ascending",
            (k, true) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button
                    type="button"
                    class="roster__sort"
                    on:click=move |_| sort.update(|(k, desc)| {
                        *desc = *k == key && !*desc;
                        *k = key;
                    })
                >
                    {move || label(ui.get())}
                    <span class="roster__sort-icon" aria-hidden="true">
                        {move || match aria_sort() { "ascending" => "▲", "descending" => "▼", _ => "↕" }}
                    </span>
                </button>
            </th>
        }
    };
    view! {
        <section class="roster" aria-labelledby="roster-title">
            <h2 id="roster-title">{ui.text(|s| s.roster_heading)}</h2>
            {reported.filter(|r| *r as usize > named).map(|reported| view! {
                <p class="roster__note">
                    {move || unidentified_note(ui.get(), reported, named)}
                </p>
            })}
            <div class="roster__scroller">
                <table class="roster__table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            {header(RosterSort::Name, |lang| strings(lang).roster_country)}
                            {header(RosterSort::Joined, |lang| strings(lang).roster_joined)}
                            <th scope="col">{ui.text(|s| s.roster_roles)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
