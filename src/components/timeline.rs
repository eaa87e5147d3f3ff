//! The interactive timeline: events on a time axis in lanes, each lane named and coloured by its
//! kind (a vertical list on narrow screens, each event naming its kind), and a live count. The
//! keyboard help is its accessible description, shown while a marker has keyboard focus. The layout is worked out in
//! `domain::timeline`; the markers and their keyboard movement are in [`markers`], dragging the
//! axis with a mouse in [`pan`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::on_mount::on_mount;
use crate::domain::country_story::involves;
use crate::domain::dataset::Dataset;
use crate::domain::timeline::{css_number, label_gap_percent, place_in_bands, year_ticks, Span};
use crate::domain::year_span::YearSpan;
use crate::focus;
use crate::i18n::describe::kind_label;
use crate::ids;
use crate::state::{OpenEvent, UiLang, UrlState};

pub mod markers;
pub mod pan;

use markers::Markers;
use pan::use_pan;

/// The timeline of the visible events.
#[component]
pub fn Timeline(
    /// The loaded dataset, events in chronological order.
    dataset: Arc<Dataset>,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
    /// What goes at the end of the timeline's heading row (the Embed button).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let open_index = OpenEvent::expect().0;
    let data_years = YearSpan::of_dataset(&dataset);
    let span_years =
        Memo::new(move |_| view_state.with(|v| YearSpan::from_bounds(v.from, v.to, data_years)));
    let placement = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let years = span_years.get();
            let span = Span::years(years.first, years.last);
            let gap = label_gap_percent(years.years());
            visible.with(|shown| place_in_bands(&dataset.events, shown, &span, gap))
        })
    };
    let lanes = Memo::new(move |_| placement.with(|p| p.lanes()));
    let ticks = Memo::new(move |_| {
        let years = span_years.get();
        year_ticks(&Span::years(years.first, years.last), 20)
    });

    // A deep link restores focus on its event once the timeline is on screen; when the link's
    // own filters hide that event, on its detail instead, so the reader still lands on it.
    // Embedded, the app must not take focus from the host page: it only scrolls its axis.
    on_mount(move || {
        let (open_id, embedded) = view_state.with_untracked(|v| (v.event.clone(), v.embed));
        focus::request_frame(move || {
            let (Some(index), Some(id)) = (open_index.get_untracked(), open_id) else {
                return;
            };
            let shown = placement.with_untracked(|p| p.positions[index].is_some());
            match (shown, embedded) {
                (true, true) => focus::centre_marker(&id),
                (true, false) => focus::to_marker(&id),
                (false, false) => focus::to_event_detail(),
                (false, true) => {}
            }
        });
    });

    let count = move || {
        let lang = ui.get();
        ui.strings()
            .events_shown
            .format(lang, visible.with(|v| v.len() as u64))
    };

    let bands_and_bars = {
        let dataset = dataset.clone();
        move || {
            let story = view_state.with(|v| v.country.clone());
            placement.with(|p| {
                let band_views = p
                    .bands
                    .iter()
                    .map(|band| {
                        let kind = band.kind;
                        view! {
                            <div
                                class=format!("timeline__band timeline__band--{}", kind.code())
                                style=format!("--lane: {}; --lanes: {}", band.first_lane, band.lanes)
                            >
                                <span class="timeline__band-label">
                                    <span class="timeline__swatch" aria-hidden="true"></span>
                                    {move || kind_label(ui.get(), kind)}
                                </span>
                            </div>
                        }
                    })
                    .collect_view();
                let bars = p
                    .shown
                    .iter()
                    .filter_map(|&i| p.positions[i].map(|at| (i, at)))
                    .filter(|(_, at)| at.width > 0.05)
                    .map(|(i, at)| {
                        let event = &dataset.events[i];
                        let dimmed = story
                            .as_deref()
                            .is_some_and(|code| !involves(event, code));
                        view! {
                            <span
                                class=format!("timeline__bar timeline__bar--{}", event.kind.code())
                                class:timeline__bar--dimmed=dimmed
                                style=at.style()
                            ></span>
                        }
                    })
                    .collect_view();
                (band_views, bars)
            })
        }
    };

    let on_pointer = use_pan();

    view! {
        <section id=ids::TIMELINE class="timeline" aria-labelledby="timeline-title" tabindex="-1">
            <div class="timeline__header">
                <h2 id="timeline-title" class="timeline__title">{ui.text(|s| s.timeline_heading)}</h2>
                <p class="timeline__count" role="status">{count}</p>
                {children.map(|children| view! { <div class="timeline__header-end">{children()}</div> })}
            </div>
            <p id=ids::TIMELINE_HELP class="timeline__help">{ui.text(|s| s.timeline_help)}</p>
            <Show when=move || visible.with(|v| v.is_empty())>
                <p class="timeline__empty">{ui.text(|s| s.no_events_match)}</p>
            </Show>
            <div
                id=ids::TIMELINE_SCROLLER
                class="timeline__scroller"
                on:pointerdown=on_pointer
                on:pointermove=on_pointer
                on:pointerup=on_pointer
                on:pointercancel=on_pointer
            >
                <div
                    class="timeline__track"
                    style=move || format!("--years: {}; --lanes: {}", span_years.get().years(), lanes.get())
                >
                    <ol class="timeline__axis" aria-hidden="true">
                        {move || ticks
                            .get()
                            .into_iter()
                            .map(|(year, x)| view! { <li class="timeline__tick" style=format!("--x: {}%", css_number(x, 3))>{year}</li> })
                            .collect_view()}
                    </ol>
                    <div class="timeline__bands" aria-hidden="true">{bands_and_bars}</div>
                    <Markers dataset=dataset placement=placement />
                </div>
            </div>
        </section>
    }
}
