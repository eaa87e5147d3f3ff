//! The detail of the open event: what, when, where, who, the coalition that day, sources,
//! disagreements between sources, Copy link / Share, and steps to the shown events before and
//! after it. Escape closes it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::{UiLang, View};
use crate::browser;
use crate::components::related_events::RelatedEvents;
use crate::components::timeline::{open_event, return_focus_to_marker};
use crate::domain::dataset::{Dataset, Event};
use crate::domain::filter::shown_neighbours;
use crate::domain::lang::Lang;
use crate::domain::membership::{count_at_event, range_comes_from_event_dates};
use crate::domain::url_state::{format_query, ViewState};
use crate::domain::validate::is_https_url;
use crate::i18n::describe::{country_name, kind_label, participants_text, place_text};
use crate::i18n::format::format_date_range;
use crate::i18n::strings::{fill, strings};

/// The canonical standalone link to what is on screen: never the embed view, and with the
/// reader's own colour setting and the usual colours, not those a host page chose for its embed.
pub fn canonical_link(state: &ViewState) -> String {
    browser::absolute_url(&format_query(&ViewState {
        embed: false,
        theme: None,
        accent: None,
        ..state.clone()
    }))
}

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

/// The detail panel of the event named in the view state; nothing when none is open.
#[component]
pub fn EventDetail(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let view_state = View::expect().0;
    let open = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            view_state
                .with(|v| v.event.clone())
                .and_then(|id| dataset.event(&id).cloned())
        })
    };
    move || {
        open.get().map(
            |event| view! { <DetailPanel dataset=dataset.clone() event=event visible=visible /> },
        )
    }
}

#[component]
fn DetailPanel(dataset: Arc<Dataset>, event: Event, visible: Memo<Vec<usize>>) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = View::expect().0;
    let event = Arc::new(event);
    let id = event.id.clone();
    // The shown events either side, in the timeline's order (indices into `dataset.events`).
    let index = dataset.events.iter().position(|e| e.id == id);
    let neighbour = move |after: bool| {
        Memo::new(move |_| {
            let (before_it, after_it) = index.map_or((None, None), |i| {
                visible.with(|shown| shown_neighbours(shown, i))
            });
            if after {
                after_it
            } else {
                before_it
            }
        })
    };
    let (previous, next) = (neighbour(false), neighbour(true));
    let step = {
        let dataset = dataset.clone();
        move |to: Memo<Option<usize>>| {
            if let Some(i) = to.get_untracked() {
                open_event(view_state, dataset.events[i].id.clone());
            }
        }
    };
    let close = {
        let id = id.clone();
        move || {
            view_state.update(|v| v.event = None);
            return_focus_to_marker(&id);
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
    let copy_state = RwSignal::new(CopyState::Idle);
    let copy = move |_| {
        let link = view_state.with_untracked(canonical_link);
        // Cleared first, so that a second copy is announced again.
        copy_state.set(CopyState::Idle);
        spawn_local(async move {
            if browser::copy_to_clipboard(&link).await {
                copy_state.set(CopyState::Copied(ui.0.get_untracked()));
            } else {
                copy_state.set(CopyState::Manual);
                // On a phone the field can land below the fold of the detail's sheet.
                request_animation_frame(|| {
                    browser::scroll_into_sight(".event-detail__manual-copy input")
                });
            }
        });
    };
    // A language switch copies nothing: "Link copied" goes rather than being said again.
    Effect::new(move |previous: Option<Lang>| {
        let lang = ui.get();
        if previous.is_some_and(|previous| previous != lang)
            && matches!(copy_state.get_untracked(), CopyState::Copied(_))
        {
            copy_state.set(CopyState::Idle);
        }
        lang
    });
    let share = {
        let event = event.clone();
        move |_| {
            let title = event.title.get(ui.get()).to_string();
            let link = view_state.with_untracked(canonical_link);
            spawn_local(async move {
                browser::share(&title, &link).await;
            });
        }
    };

    let e = event.clone();
    let d = dataset.clone();
    let place = move || e.place.as_ref().and_then(|p| place_text(&d, p, ui.get()));
    let e = event.clone();
    let theme = move || e.theme.as_ref().map(|t| t.get(ui.get()).to_string());
    let e = event.clone();
    let participants = move || {
        e.participants
            .as_ref()
            .map(|p| participants_text(ui.get(), p))
    };
    let e = event.clone();
    let d = dataset.clone();
    let members_involved = move || {
        let lang = ui.get();
        e.members
            .iter()
            .map(|code| country_name(&d, code, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
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
            let upper = crate::i18n::format::format_number(lang, count.possible as u64);
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
    let (e1, e2, e3, e4, e5) = (
        event.clone(),
        event.clone(),
        event.clone(),
        event.clone(),
        event.clone(),
    );
    let has_members = !event.members.is_empty();

    view! {
        <section
            id="event-detail"
            class=format!("event-detail event-detail--{}", event.kind.code())
            aria-labelledby="event-detail-title"
            on:keydown=on_keydown
        >
            <header class="event-detail__header">
                <p class="event-detail__kind">{move || kind_label(ui.get(), e1.kind)}</p>
                <h2 id="event-detail-title" class="event-detail__title" tabindex="-1">
                    {move || e2.title.get(ui.get()).to_string()}
                </h2>
                <button type="button" class="event-detail__close" on:click=move |_| close()>
                    {ui.text(|s| s.detail_close)}
                </button>
            </header>
            // aria-disabled, not disabled: at either end the button keeps the focus of whoever
            // just pressed it.
            <div class="event-detail__steps">
                <button
                    type="button"
                    class="button button--secondary"
                    aria-disabled=move || previous.with(Option::is_none).to_string()
                    on:click={
                        let step = step.clone();
                        move |_| step(previous)
                    }
                >
                    <span aria-hidden="true">"← "</span>
                    {ui.text(|s| s.detail_previous)}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    aria-disabled=move || next.with(Option::is_none).to_string()
                    on:click=move |_| step(next)
                >
                    {ui.text(|s| s.detail_next)}
                    <span aria-hidden="true">" →"</span>
                </button>
            </div>
            <dl class="event-detail__facts">
                <dt>{ui.text(|s| s.detail_when)}</dt>
                <dd>
                    <time datetime=event.start.iso()>{move || format_date_range(ui.get(), e3.start, e3.end)}</time>
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
            <p class="event-detail__summary">{move || e4.summary.get(ui.get()).to_string()}</p>
            <RelatedEvents dataset=dataset.clone() event=event.clone() />
            {(!event.outcomes.is_empty()).then(|| {
                let outcomes = event.outcomes.clone();
                view! {
                    <h3>{ui.text(|s| s.detail_outcomes)}</h3>
                    <ul class="event-detail__outcomes">
                        {move || outcomes.iter().map(|o| view! { <li>{o.get(ui.get()).to_string()}</li> }).collect_view()}
                    </ul>
                }
            })}
            {(!event.discrepancies.is_empty()).then(|| {
                let discrepancies = e5.discrepancies.clone();
                view! {
                    <h3>{ui.text(|s| s.detail_discrepancies)}</h3>
                    <ul class="event-detail__discrepancies">
                        {discrepancies
                            .into_iter()
                            .map(|d| {
                                let note = d.note.clone();
                                view! {
                                    <li>
                                        <p>{move || note.get(ui.get()).to_string()}</p>
                                        <SourceLinks urls=d.sources.clone() dataset=dataset.clone() />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
            <h3>{ui.text(|s| s.detail_sources)}</h3>
            <SourceLinks urls=event.sources.clone() dataset=dataset.clone() />
            <div class="event-detail__actions">
                <button type="button" class="button" on:click=copy>{ui.text(|s| s.copy_link)}</button>
                {browser::can_share().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=share>{ui.text(|s| s.share)}</button>
                })}
                <p class="event-detail__copy-status" role="status">
                    {move || match copy_state.get() {
                        CopyState::Idle => None,
                        CopyState::Copied(lang) => Some(view! { <span>{strings(lang).link_copied}</span> }.into_any()),
                        // The link to what is on screen now, in the language it is in now.
                        CopyState::Manual => Some(view! {
                            <label class="event-detail__manual-copy">
                                {ui.text(|s| s.copy_manually)}
                                " "
                                <input type="text" name="event-link" readonly prop:value=move || view_state.with(canonical_link) on:focus=|ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } />
                            </label>
                        }.into_any()),
                    }}
                </p>
            </div>
        </section>
    }
}

/// What the Copy link button has done.
#[derive(Clone, Debug, PartialEq)]
enum CopyState {
    Idle,
    /// Copied, as said in this language.
    Copied(Lang),
    /// The clipboard was refused: show the link to copy by hand.
    Manual,
}
