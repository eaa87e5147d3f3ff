//! One member's story (`?country=MD`), above the timeline: when it joined and which member it
//! was, its region, the terms it chaired, the conferences it hosted, the events it is named
//! in, where the sources disagree, and the sources; plus [`CountryLink`], which opens a story.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::discrepancies::Discrepancies;
use crate::components::event_link::EventLink;
use crate::components::on_mount::on_mount;
use crate::components::source_links::SourceLinks;
use crate::domain::country_story::{country_story, CountryStory};
use crate::domain::dataset::{Dataset, EventKind};
use crate::domain::url_state::{format_query, ViewState};
use crate::focus;
use crate::i18n::describe::{country_heading, joined_text, place_in_count_text, region_label};
use crate::i18n::format::format_date_range;
use crate::ids;
use crate::state::{UiLang, UrlState};

/// A link that opens a member's story in place (a plain link to its URL without script).
#[component]
pub fn CountryLink(
    /// The member's ISO code.
    code: String,
    /// The link's words.
    text: Signal<String>,
) -> impl IntoView {
    let view_state = UrlState::expect();
    let href = {
        let code = code.clone();
        move || {
            view_state.with(|v| {
                format_query(&ViewState {
                    country: Some(code.clone()),
                    event: None,
                    ..v.clone()
                })
            })
        }
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        view_state.open_country(code.clone());
        focus::to_country_card();
    };
    view! { <a class="country-link" href=href on:click=open>{text}</a> }
}

/// The card of the member the URL state names, if it is one (an unknown code is dropped, with
/// a notice, before the card would show).
#[component]
pub fn CountryCard(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let view_state = UrlState::expect();
    let code = Memo::new(move |_| view_state.with(|v| v.country.clone()));
    move || {
        let code = code.get()?;
        dataset.member(&code)?;
        Some(view! { <Card dataset=dataset.clone() code=code /> })
    }
}

#[component]
fn Card(dataset: Arc<Dataset>, code: String) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let close = move |_| {
        view_state.close_country();
        focus::after_country_closed();
    };
    let story = country_story(&dataset, &code).expect("CountryCard checked the member");
    let sources = story.member.sources.clone();
    let discrepancies = story
        .accession
        .map(|e| e.discrepancies.clone())
        .unwrap_or_default();
    let heading = {
        let (dataset, code) = (dataset.clone(), code.clone());
        move || country_heading(&dataset, &code, ui.get())
    };
    let facts = facts(&dataset, &story);
    let events = story
        .events
        .iter()
        .map(|&i| dataset.events[i].clone())
        .collect::<Vec<_>>();
    let note = story.member.note.clone();
    let first_event = events.first().map(|e| e.id.clone());
    on_mount(move || {
        if let Some(id) = first_event.filter(|_| view_state.with_untracked(|v| v.event.is_none())) {
            focus::show_story_start(&id);
        }
    });
    view! {
        <section id=ids::COUNTRY_CARD class="country-card" aria-labelledby=ids::COUNTRY_CARD_TITLE>
            <header class="country-card__header">
                <h2 id=ids::COUNTRY_CARD_TITLE class="country-card__title" tabindex="-1">{heading}</h2>
                <button type="button" class="country-card__close" on:click=close>
                    {ui.text(|s| s.country_close)}
                </button>
            </header>
            <p class="country-card__hint">{ui.text(|s| s.country_hint)}</p>
            {facts}
            // The rest folds away, so the timeline stays on a phone's first screen.
            <details class="country-card__more">
                <summary>{ui.text(|s| s.country_more)}</summary>
                {note.map(|note| view! { <p class="country-card__note">{move || note.get(ui.get()).to_string()}</p> })}
                <h3>{ui.text(|s| s.country_events)}</h3>
                <ul class="country-card__events">
                    {events
                        .into_iter()
                        .map(|event| {
                            let date = (event.start, event.end);
                            view! {
                                <li>
                                    <time datetime=event.start.iso()>{move || format_date_range(ui.get(), date.0, date.1)}</time>
                                    " "
                                    <EventLink event=event />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <Discrepancies dataset=dataset.clone() items=discrepancies class="country-card__discrepancies" />
                <h3>{ui.text(|s| s.detail_sources)}</h3>
                <SourceLinks urls=sources dataset=dataset.clone() />
            </details>
        </section>
    }
}

/// The card's facts as a description list: joined (and which member), region, chaired, hosted.
fn facts(dataset: &Arc<Dataset>, story: &CountryStory) -> impl IntoView {
    let ui = UiLang::expect();
    let member = story.member.clone();
    let place = story.place;
    let region = story.region;
    let joined = move || {
        let lang = ui.get();
        let date = joined_text(lang, &member);
        match place {
            Some(place) => format!("{date} · {}", place_in_count_text(lang, place)),
            None => date,
        }
    };
    let chaired: Vec<_> = story
        .events
        .iter()
        .map(|&i| &dataset.events[i])
        .filter(|e| e.kind == EventKind::Chairship)
        .cloned()
        .collect();
    let hosted: Vec<_> = story
        .roles
        .hosted
        .iter()
        .filter_map(|id| dataset.event(id).cloned())
        .collect();
    let joined_iso = story.member.joined.iso();
    view! {
        <dl class="country-card__facts">
            <dt>{ui.text(|s| s.roster_joined)}</dt>
            <dd><time datetime=joined_iso>{joined}</time></dd>
            {region.map(|region| view! {
                <dt>{ui.text(|s| s.region_label)}</dt>
                <dd>{move || region_label(ui.get(), region)}</dd>
            })}
            {(!chaired.is_empty()).then(|| view! {
                <dt>{ui.text(|s| s.country_chaired)}</dt>
                <dd>
                    <ul class="country-card__list">
                        {chaired.into_iter().map(|term| {
                            let dates = (term.start, term.end);
                            view! {
                                <li>
                                    <EventLink event=term />
                                    " ("
                                    {move || format_date_range(ui.get(), dates.0, dates.1)}
                                    ")"
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </dd>
            })}
            {(!hosted.is_empty()).then(|| view! {
                <dt>{ui.text(|s| s.country_hosted)}</dt>
                <dd>
                    <ul class="country-card__list">
                        {hosted.into_iter().map(|conference| view! { <li><EventLink event=conference /></li> }).collect_view()}
                    </ul>
                </dd>
            })}
        </dl>
    }
}
