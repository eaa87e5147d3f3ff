//! The interactive timeline: events on a time axis in lanes (a vertical list on narrow
//! screens), a legend of kinds, a live count, and keyboard movement with a roving tabindex.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{UiLang, View};
use crate::browser;
use crate::domain::dataset::{Dataset, EventKind};
use crate::domain::filter::dataset_years;
use crate::domain::roving::next_position;
use crate::domain::timeline::{fixed, place_events, year_ticks, Span};
use crate::i18n::describe::{kind_label, short_label};
use crate::i18n::format::format_date_range;

/// Pixels the axis gives each year at most zoomed out; a narrower span gets more room.
const PX_PER_YEAR: f64 = 170.0;
/// The width a marker's label needs on the axis, in pixels (kept in step with style.css).
const LABEL_PX: f64 = 160.0;

/// The DOM id of an event's marker.
pub fn marker_id(event_id: &str) -> String {
    format!("event-{event_id}")
}

/// One placed marker: the event's index in the dataset and where it sits.
#[derive(Clone, Debug, PartialEq)]
struct Marker {
    index: usize,
    x: f64,
    width: f64,
    /// The lane counted from the top of the whole track.
    lane: usize,
}

/// The band of lanes one kind of event occupies.
#[derive(Clone, Debug, PartialEq)]
struct Band {
    kind: EventKind,
    first_lane: usize,
    lanes: usize,
}

/// Places the visible events in one band of lanes per kind; markers stay in chronological order.
fn layout(
    dataset: &Dataset,
    indices: &[usize],
    span: &Span,
    min_gap: f64,
) -> (Vec<Marker>, Vec<Band>) {
    let mut markers = Vec::with_capacity(indices.len());
    let mut bands = Vec::new();
    for kind in EventKind::ALL {
        let of_kind: Vec<usize> = indices
            .iter()
            .copied()
            .filter(|&i| dataset.events[i].kind == kind)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let events: Vec<_> = of_kind.iter().map(|&i| &dataset.events[i]).collect();
        let first_lane = bands
            .iter()
            .map(|b: &Band| b.first_lane + b.lanes)
            .max()
            .unwrap_or(0);
        let placed = place_events(span, &events, min_gap);
        let lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(1);
        markers.extend(placed.into_iter().zip(of_kind).map(|(p, index)| Marker {
            index,
            x: p.x,
            width: p.width,
            lane: first_lane + p.lane,
        }));
        bands.push(Band {
            kind,
            first_lane,
            lanes,
        });
    }
    markers.sort_by_key(|m| m.index);
    (markers, bands)
}

/// The timeline of the visible events.
#[component]
pub fn Timeline(
    /// The loaded dataset, events in chronological order.
    dataset: Arc<Dataset>,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = View::expect().0;
    let (first_year, last_year) = dataset_years(&dataset);
    let span_years = Memo::new(move |_| {
        view_state.with(|v| (v.from.unwrap_or(first_year), v.to.unwrap_or(last_year)))
    });
    let placement = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let (from, to) = span_years.get();
            let track_px = f64::from((to - from + 1).max(1)) * PX_PER_YEAR;
            visible.with(|indices| {
                layout(
                    &dataset,
                    indices,
                    &Span::years(from, to),
                    100.0 * LABEL_PX / track_px,
                )
            })
        })
    };
    let markers = Memo::new(move |_| placement.with(|(markers, _)| markers.clone()));
    let lanes = Memo::new(move |_| {
        placement.with(|(_, bands)| {
            bands
                .iter()
                .map(|b| b.first_lane + b.lanes)
                .max()
                .unwrap_or(1)
        })
    });
    let ticks = Memo::new(move |_| {
        let (from, to) = span_years.get();
        year_ticks(&Span::years(from, to), 20)
    });

    // The one marker in the tab order: the open event if shown, else the first shown.
    let active = RwSignal::new(None::<usize>);
    let tab_stop = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let shown = markers.get();
            let open = view_state.with(|v| v.event.clone());
            let open_index = open.and_then(|id| dataset.events.iter().position(|e| e.id == id));
            [active.get(), open_index]
                .into_iter()
                .flatten()
                .find(|i| shown.iter().any(|m| m.index == *i))
                .or_else(|| shown.first().map(|m| m.index))
        })
    };

    // A deep link restores focus on its event once the timeline is on screen.
    {
        let dataset = dataset.clone();
        let open_id = view_state.get_untracked().event;
        // Embedded, the app must not take focus from the host page: it only scrolls its axis.
        let embedded = view_state.get_untracked().embed;
        request_animation_frame(move || {
            if let Some(id) = open_id.filter(|id| dataset.event(id).is_some()) {
                if embedded {
                    browser::reveal_in_scroller(&marker_id(&id));
                } else {
                    browser::focus_element(&marker_id(&id));
                }
            }
        });
    }

    let bar_kind = dataset.clone();
    let on_keydown = {
        let dataset = dataset.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let shown = markers.get_untracked();
            let current = tab_stop
                .get_untracked()
                .and_then(|i| shown.iter().position(|m| m.index == i));
            if let Some(next) = next_position(&ev.key(), current, shown.len()) {
                ev.prevent_default();
                let index = shown[next].index;
                active.set(Some(index));
                browser::focus_element(&marker_id(&dataset.events[index].id));
            }
        }
    };

    let open_event = move |id: String| {
        view_state.update(|v| v.event = Some(id));
        request_animation_frame(|| browser::focus_element("event-detail-title"));
    };

    let count = move || {
        let lang = ui.get();
        ui.strings()
            .events_shown
            .format(lang, visible.with(|v| v.len() as u64))
    };

    view! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-title" tabindex="-1">
            <div class="timeline__header">
                <h2 id="timeline-title" class="timeline__title">{move || ui.strings().timeline_heading}</h2>
                <p class="timeline__count" role="status">{count}</p>
            </div>
            <p id="timeline-help" class="timeline__help">{move || ui.strings().timeline_help}</p>
            <ul class="legend" aria-label=move || ui.strings().legend_heading>
                {EventKind::ALL
                    .into_iter()
                    .map(|kind| view! {
                        <li class=format!("legend__item legend__item--{}", kind.code())>
                            <span class="legend__swatch" aria-hidden="true"></span>
                            {move || kind_label(ui.get(), kind)}
                        </li>
                    })
                    .collect_view()}
            </ul>
            <Show when=move || visible.with(|v| v.is_empty())>
                <p class="timeline__empty">{move || ui.strings().no_events_match}</p>
            </Show>
            <div class="timeline__scroller">
                <div
                    class="timeline__track"
                    style=move || {
                        let (from, to) = span_years.get();
                        format!(
                            "--years: {}; --lanes: {}",
                            (to - from + 1).max(1),
                            lanes.get(),
                        )
                    }
                >
                    <ol class="timeline__axis" aria-hidden="true">
                        {move || ticks
                            .get()
                            .into_iter()
                            .map(|(year, x)| view! { <li class="timeline__tick" style=format!("--x: {}%", fixed(x, 3))>{year}</li> })
                            .collect_view()}
                    </ol>
                    <div class="timeline__bands" aria-hidden="true">
                        {move || placement.with(|(markers, bands)| {
                            let band_views = bands
                                .iter()
                                .map(|band| {
                                    let kind = band.kind;
                                    view! {
                                        <div
                                            class=format!("timeline__band timeline__band--{}", kind.code())
                                            style=format!("--lane: {}; --lanes: {}", band.first_lane, band.lanes)
                                        >
                                            <span class="timeline__band-label">{move || kind_label(ui.get(), kind)}</span>
                                        </div>
                                    }
                                })
                                .collect_view();
                            let bars = markers
                                .iter()
                                .filter(|m| m.width > 0.05)
                                .map(|m| view! {
                                    <span
                                        class=format!("timeline__bar timeline__bar--{}", bar_kind.events[m.index].kind.code())
                                        style=format!("--x: {}%; --w: {}%; --lane: {}", fixed(m.x, 3), fixed(m.width, 3), m.lane)
                                    ></span>
                                })
                                .collect_view();
                            (band_views, bars)
                        })}
                    </div>
                    <ol class="timeline__events" aria-labelledby="timeline-title" aria-describedby="timeline-help" on:keydown=on_keydown>
                        <For
                            each=move || markers.get()
                            key=|m| (m.index, m.lane, (m.x * 1000.0) as i64, (m.width * 1000.0) as i64)
                            let:marker
                        >
                            {
                                let event = dataset.events[marker.index].clone();
                                let id = event.id.clone();
                                let index = marker.index;
                                let kind = event.kind;
                                let (title_event, date_event) = (event.clone(), event.clone());
                                let label_event = event.clone();
                                let label_dataset = dataset.clone();
                                let is_open = {
                                    let id = id.clone();
                                    move || view_state.with(|v| v.event.as_deref() == Some(id.as_str()))
                                };
                                let open = {
                                    let id = id.clone();
                                    move |_| open_event(id.clone())
                                };
                                view! {
                                    <li
                                        class=format!("timeline__item timeline__item--{}", kind.code())
                                        style=format!("--x: {}%; --w: {}%; --lane: {}", fixed(marker.x, 3), fixed(marker.width, 3), marker.lane)
                                    >
                                        <button
                                            type="button"
                                            id=marker_id(&id)
                                            class="timeline__event"
                                            class:timeline__event--open=is_open.clone()
                                            tabindex=move || if tab_stop.get() == Some(index) { "0" } else { "-1" }
                                            aria-expanded=move || is_open().to_string()
                                            aria-controls="event-detail"
                                            on:click=open
                                            on:focus=move |_| active.set(Some(index))
                                        >
                                            <span class="timeline__dot" aria-hidden="true"></span>
                                            <span class="timeline__label" aria-hidden="true">
                                                {move || short_label(&label_dataset, &label_event, ui.get())}
                                            </span>
                                            <span class="timeline__full-title">{move || title_event.title.get(ui.get()).to_string()}</span>
                                            <span class="timeline__meta">
                                                <span class="timeline__kind">{move || kind_label(ui.get(), kind)}</span>
                                                ", "
                                                <time datetime=date_event.start.iso()>
                                                    {move || format_date_range(ui.get(), date_event.start, date_event.end)}
                                                </time>
                                            </span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ol>
                </div>
            </div>
        </section>
    }
}
