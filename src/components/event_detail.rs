//! The detail of the open event: what, when, where, who, the coalition that day, sources,
//! disagreements between sources, Copy link / Share, and steps to the shown events before and
//! after it. Escape closes it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::country_card::CountryLink;
use crate::components::discrepancies::Discrepancies;
use crate::components::related_events::RelatedEvents;
use crate::components::source_links::SourceLinks;
use crate::domain::dataset::{Dataset, Event, EventKind};
use crate::focus;
use crate::i18n::describe::{country_heading, kind_label};
use crate::ids;
use crate::state::{OpenEvent, UiLang, UrlState};

pub mod facts;
pub mod link_actions;
pub mod steps;

use facts::DetailFacts;
use link_actions::LinkActions;
use steps::DetailSteps;

/// The detail panel of the event named in the view state; nothing when none is open.
#[component]
pub fn EventDetail(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let open = OpenEvent::expect();
    move || {
        open.get().map(|index| {
            view! { <DetailPanel dataset=dataset.clone() index=index visible=visible /> }
        })
    }
}

/// The open event's detail: its parts, Close, and Escape to close.
#[component]
fn DetailPanel(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// The open event's index in `dataset.events`.
    index: usize,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let event = Arc::new(dataset.events[index].clone());
    let close = {
        let id = event.id.clone();
        move || {
            view_state.close_event();
            focus::back_to_marker(&id);
        }
    };
    let on_keydown = {
        let close = close.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                close();
            }
        }
    };
    let title = {
        let event = event.clone();
        move || event.title.get(ui.get()).to_string()
    };
    let kind = event.kind;
    let summary = {
        let event = event.clone();
        move || event.summary.get(ui.get()).to_string()
    };

    view! {
        <section
            id=ids::EVENT_DETAIL
            class=format!("event-detail event-detail--{}", kind.code())
            aria-labelledby=ids::EVENT_DETAIL_TITLE
            on:keydown=on_keydown
        >
            <header class="event-detail__header">
                <p class="event-detail__kind">{move || kind_label(ui.get(), kind)}</p>
                <h2 id=ids::EVENT_DETAIL_TITLE class="event-detail__title" tabindex="-1">
                    {title}
                </h2>
                <button type="button" class="event-detail__close" on:click=move |_| close()>
                    {ui.text(|s| s.detail_close)}
                </button>
            </header>
            <DetailSteps dataset=dataset.clone() index=index visible=visible />
            <DetailFacts dataset=dataset.clone() event=event.clone() />
            <p class="event-detail__summary">{summary}</p>
            {(kind == EventKind::Accession).then(|| {
                let dataset = dataset.clone();
                view! {
                    <ul class="event-detail__stories">
                        {event.members.iter().filter(|code| dataset.member(code).is_some()).map(|code| {
                            let (dataset, name_code) = (dataset.clone(), code.clone());
                            let text = Signal::derive(move || country_heading(&dataset, &name_code, ui.get()));
                            view! { <li><CountryLink code=code.clone() text=text /></li> }
                        }).collect_view()}
                    </ul>
                }
            })}
            <RelatedEvents dataset=dataset.clone() event=event.clone() />
            <DetailNotes dataset=dataset.clone() event=event.clone() />
            <LinkActions event=event />
        </section>
    }
}

/// The event's outcomes, the disagreements between its sources, and its sources.
#[component]
fn DetailNotes(
    /// The loaded dataset, for the titles it gives some sources.
    dataset: Arc<Dataset>,
    /// The event.
    event: Arc<Event>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let outcomes = event.outcomes.clone();
    let discrepancies = event.discrepancies.clone();
    view! {
        {(!outcomes.is_empty()).then(|| view! {
            <h3>{ui.text(|s| s.detail_outcomes)}</h3>
            <ul class="event-detail__outcomes">
                {move || outcomes.iter().map(|o| view! { <li>{o.get(ui.get()).to_string()}</li> }).collect_view()}
            </ul>
        })}
        <Discrepancies dataset=dataset.clone() items=discrepancies class="event-detail__discrepancies" />
        <h3>{ui.text(|s| s.detail_sources)}</h3>
        <SourceLinks urls=event.sources.clone() dataset=dataset />
    }
}
