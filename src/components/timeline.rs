//! The interactive timeline: events on a time axis in lanes (a vertical list on narrow
//! screens), a legend of kinds, a live count, and keyboard movement with a roving tabindex.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser;
use crate::domain::dataset::{Dataset, EventKind};
use crate::domain::lang::Lang;
use crate::domain::pan::Pan;
use crate::domain::roving::next_position;
use crate::domain::timeline::{fixed, place_events, year_ticks, Span};
use crate::domain::year_span::YearSpan;
use crate::focus;
use crate::i18n::describe::{kind_label, own_short_label, short_label};
use crate::i18n::format::format_date_range;
use crate::ids::marker_id;
use crate::state::{OpenEvent, UiLang, UrlState};

/// Pixels the axis gives each year at most zoomed out; a narrower span gets more room.
const PX_PER_YEAR: f64 = 170.0;
/// The width a marker's label needs on the axis, in pixels (kept in step with style.css).
const LABEL_PX: f64 = 160.0;
/// The scroller's class while a mouse drags it (style.css: a grabbing cursor).
const PANNING: &str = "timeline__scroller--panning";

/// Where one shown event sits on the track.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Position {
    x: f64,
    width: f64,
    /// The lane counted from the top of the whole track.
    lane: usize,
}

impl Position {
    /// The custom properties style.css places a marker or a bar with.
    fn style(&self) -> String {
        format!(
            "--x: {}%; --w: {}%; --lane: {}",
            fixed(self.x, 3),
            fixed(self.width, 3),
            self.lane
        )
    }
}

/// The band of lanes one kind of event occupies.
#[derive(Clone, Debug, PartialEq)]
struct Band {
    kind: EventKind,
    first_lane: usize,
    lanes: usize,
}

/// The shown events placed on the track.
#[derive(Clone, Debug, Default, PartialEq)]
struct Placement {
    /// Where each event of the dataset sits, by its index; `None` when the filters hide it.
    positions: Vec<Option<Position>>,
    /// Indices of the shown events, in chronological order.
    shown: Vec<usize>,
    bands: Vec<Band>,
}

impl Placement {
    /// Lanes on the whole track (at least one, so an empty track keeps its height).
    fn lanes(&self) -> usize {
        self.bands
            .iter()
            .map(|b| b.first_lane + b.lanes)
            .max()
            .unwrap_or(1)
    }
}

/// Places the shown events in one band of lanes per kind.
fn layout(dataset: &Dataset, shown: &[usize], span: &Span, min_gap: f64) -> Placement {
    let mut positions = vec![None; dataset.events.len()];
    let mut bands: Vec<Band> = Vec::new();
    for kind in EventKind::ALL {
        let of_kind: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| dataset.events[i].kind == kind)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let events: Vec<_> = of_kind.iter().map(|&i| &dataset.events[i]).collect();
        let first_lane = bands.last().map_or(0, |b| b.first_lane + b.lanes);
        let placed = place_events(span, &events, min_gap);
        let lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(1);
        for (p, index) in placed.into_iter().zip(of_kind) {
            positions[index] = Some(Position {
                x: p.x,
                width: p.width,
                lane: first_lane + p.lane,
            });
        }
        bands.push(Band {
            kind,
            first_lane,
            lanes,
        });
    }
    Placement {
        positions,
        shown: shown.to_vec(),
        bands,
    }
}

/// The timeline of the visible events.
///
/// Every event of the dataset gets its marker once; the filters only move markers and hide
/// them (`hidden`), so narrowing or widening the view never rebuilds the list. Per marker, the
/// text follows the language in one closure, and "open" and "in the tab order" come from
/// selectors, which wake only the markers whose answer changes.
#[component]
pub fn Timeline(
    /// The loaded dataset, events in chronological order.
    dataset: Arc<Dataset>,
    /// Indices (into `dataset.events`) of the events the filters let through, in order.
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let data_years = YearSpan::of_dataset(&dataset);
    let span_years =
        Memo::new(move |_| view_state.with(|v| YearSpan::from_bounds(v.from, v.to, data_years)));
    let placement = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let years = span_years.get();
            let track_px = f64::from(years.years()) * PX_PER_YEAR;
            visible.with(|shown| {
                layout(
                    &dataset,
                    shown,
                    &Span::years(years.first, years.last),
                    100.0 * LABEL_PX / track_px,
                )
            })
        })
    };
    let lanes = Memo::new(move |_| placement.with(Placement::lanes));
    let ticks = Memo::new(move |_| {
        let years = span_years.get();
        year_ticks(&Span::years(years.first, years.last), 20)
    });

    let open_index = OpenEvent::expect().0;
    let is_open = Selector::new(move || open_index.get());

    // The one marker in the tab order: the last focused if shown, else the open event if
    // shown, else the first shown.
    let active = RwSignal::new(None::<usize>);
    let tab_stop = Memo::new(move |_| {
        placement.with(|p| {
            [active.get(), open_index.get()]
                .into_iter()
                .flatten()
                .find(|&i| p.positions[i].is_some())
                .or_else(|| p.shown.first().copied())
        })
    });
    let in_tab_order = Selector::new(move || tab_stop.get());

    // A deep link restores focus on its event once the timeline is on screen; when the link's
    // own filters hide that event, on its detail instead, so the reader still lands on it.
    {
        let open_id = view_state.get_untracked().event;
        // Embedded, the app must not take focus from the host page: it only scrolls its axis.
        let embedded = view_state.get_untracked().embed;
        request_animation_frame(move || {
            let Some(index) = open_index.get_untracked() else {
                return;
            };
            let Some(id) = open_id else {
                return;
            };
            let shown = placement.with_untracked(|p| p.positions[index].is_some());
            match (shown, embedded) {
                (true, true) => browser::reveal_in_scroller(&marker_id(&id)),
                (true, false) => {
                    let marker = marker_id(&id);
                    browser::focus_element(&marker);
                    browser::uncover(&marker, "event-detail");
                }
                (false, false) => {
                    browser::focus_element("event-detail-title");
                }
                (false, true) => {}
            }
        });
    }

    let on_keydown = {
        let dataset = dataset.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            // Escape closes the open event from anywhere in the timeline; focus stays put.
            if ev.key() == "Escape" && open_index.get_untracked().is_some() {
                ev.prevent_default();
                view_state.close_event();
                return;
            }
            placement.with_untracked(|p| {
                let current = tab_stop
                    .get_untracked()
                    .and_then(|i| p.shown.iter().position(|&s| s == i));
                if let Some(next) = next_position(&ev.key(), current, p.shown.len()) {
                    ev.prevent_default();
                    let index = p.shown[next];
                    active.set(Some(index));
                    browser::focus_element(&marker_id(&dataset.events[index].id));
                }
            })
        }
    };

    let open_event = move |id: String| {
        view_state.open_event(id.clone());
        focus::to_opened_event(&id);
    };

    // A mouse drags the axis sideways: its scroll bar is often below the fold, and not every
    // mouse scrolls sideways. Touch screens pan it natively. A press that does not move
    // [`crate::domain::pan::DRAG_THRESHOLD_PX`] stays a click on the marker under it.
    let pan = StoredValue::new(None::<Pan>);
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        use wasm_bindgen::JsCast;
        let Some(scroller) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let pressed = pan.get_value();
        match (ev.type_().as_str(), pressed) {
            ("pointerdown", _) => {
                // Only where the axis scrolls: in the narrow list a drag selects text.
                let mouse_press = ev.pointer_type() == "mouse"
                    && ev.button() == 0
                    && scroller.scroll_width() > scroller.client_width();
                pan.set_value(
                    mouse_press.then(|| Pan::start(ev.client_x(), scroller.scroll_left())),
                );
            }
            // The button still down: follow the pointer.
            ("pointermove", Some(mut pressed)) if ev.buttons() & 1 == 1 => {
                let was_drag = pressed.is_drag();
                if let Some(to) = pressed.scroll_for(ev.client_x()) {
                    if !was_drag {
                        // The rest of the drag comes to the scroller, even off it; so does the
                        // click that ends it, which therefore opens no marker.
                        let _ = scroller.set_pointer_capture(ev.pointer_id());
                        let _ = scroller.class_list().add_1(PANNING);
                    }
                    scroller.set_scroll_left(to);
                    pan.set_value(Some(pressed));
                }
            }
            // Up, cancelled, or moved with the button released where no pointerup reached us.
            (_, Some(pressed)) => {
                if pressed.is_drag() {
                    let _ = scroller.class_list().remove_1(PANNING);
                }
                pan.set_value(None);
            }
            _ => {}
        }
    };

    let count = move || {
        let lang = ui.get();
        ui.strings()
            .events_shown
            .format(lang, visible.with(|v| v.len() as u64))
    };

    let bands_and_bars = {
        let dataset = dataset.clone();
        move || {
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
                                <span class="timeline__band-label">{move || kind_label(ui.get(), kind)}</span>
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
                        view! {
                            <span
                                class=format!("timeline__bar timeline__bar--{}", dataset.events[i].kind.code())
                                style=at.style()
                            ></span>
                        }
                    })
                    .collect_view();
                (band_views, bars)
            })
        }
    };

    // Each marker reads its own position and language. One source with 8,000 subscribers
    // would make every change quadratic: reactive_graph unsubscribes in O(subscribers).
    let slots: Vec<(RwSignal<Option<Position>>, RwSignal<Lang>)> = placement.with_untracked(|p| {
        let lang = ui.0.get_untracked();
        p.positions
            .iter()
            .map(|&at| (RwSignal::new(at), RwSignal::new(lang)))
            .collect()
    });
    {
        let slots = slots.clone();
        Effect::new(move |_| {
            placement.with(|p| {
                for (&at, (position, _)) in p.positions.iter().zip(&slots) {
                    if position.get_untracked() != at {
                        position.set(at);
                    }
                }
            })
        });
    }
    {
        let slots = slots.clone();
        Effect::new(move |_| {
            let lang = ui.get();
            for (_, marker_lang) in &slots {
                if marker_lang.get_untracked() != lang {
                    marker_lang.set(lang);
                }
            }
        });
    }

    let markers = slots
        .into_iter()
        .enumerate()
        .map(|(index, (position, lang))| {
            let event = &dataset.events[index];
            let id = event.id.clone();
            let open = {
                let id = id.clone();
                move |_| open_event(id.clone())
            };
            // The name is the visible short label first (WCAG 2.5.3, label in name), then the
            // title, kind and dates from spans only narrow screens show: referenced by id, they
            // name the button while hidden, and hidden they cost no text layout (two thirds of
            // the time to show 8,000 markers).
            let label_id = format!("{}_label", marker_id(&id));
            let (title_id, meta_id) = (format!("{}_title", marker_id(&id)), format!("{}_meta", marker_id(&id)));
            // Where the label is the title itself, the title is named once.
            let labelled_by = if own_short_label(&dataset, event, Lang::En).is_some() {
                format!("{label_id} {title_id} {meta_id}")
            } else {
                format!("{label_id} {meta_id}")
            };
            let text = {
                let dataset = dataset.clone();
                move || {
                    let lang = lang.get();
                    let event = &dataset.events[index];
                    view! {
                        <span id=label_id.clone() class="timeline__label">{short_label(&dataset, event, lang)}</span>
                        <span id=title_id.clone() class="timeline__full-title">{event.title.get(lang).to_string()}</span>
                        // Flex items ignore it; text-based checks (axe's label-in-name) need it.
                        " "
                        <span id=meta_id.clone() class="timeline__meta">
                            {kind_label(lang, event.kind)}
                            ", "
                            <time datetime=event.start.iso()>{format_date_range(lang, event.start, event.end)}</time>
                        </span>
                    }
                }
            };
            let (open_now, expanded, tab_stop_here) =
                (is_open.clone(), is_open.clone(), in_tab_order.clone());
            view! {
                <li
                    class=format!("timeline__item timeline__item--{}", event.kind.code())
                    hidden=move || position.with(Option::is_none)
                    style=move || position.with(|at| at.map(|at| at.style()).unwrap_or_default())
                >
                    <button
                        type="button"
                        id=marker_id(&id)
                        class="timeline__event"
                        class:timeline__event--open=move || open_now.selected(&Some(index))
                        tabindex=move || if tab_stop_here.selected(&Some(index)) { "0" } else { "-1" }
                        aria-expanded=move || expanded.selected(&Some(index)).to_string()
                        aria-controls="event-detail"
                        aria-labelledby=labelled_by
                        on:click=open
                        on:focus={
                            let marker = marker_id(&id);
                            move |_| {
                                active.set(Some(index));
                                // Focused, a label cut short shows whole (style.css) and may
                                // now reach past the axis's edge: after the browser's own
                                // scrolling, bring it all into sight.
                                let marker = marker.clone();
                                request_animation_frame(move || browser::uncover_keyboard_focus(&marker));
                            }
                        }
                    >
                        {text}
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-title" tabindex="-1">
            <div class="timeline__header">
                <h2 id="timeline-title" class="timeline__title">{ui.text(|s| s.timeline_heading)}</h2>
                <p class="timeline__count" role="status">{count}</p>
            </div>
            <p id="timeline-help" class="timeline__help">{ui.text(|s| s.timeline_help)}</p>
            <ul class="legend" aria-label=ui.text(|s| s.legend_heading)>
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
                <p class="timeline__empty">{ui.text(|s| s.no_events_match)}</p>
            </Show>
            <div
                class="timeline__scroller"
                on:pointerdown=on_pointer
                on:pointermove=on_pointer
                on:pointerup=on_pointer
                on:pointercancel=on_pointer
            >
                <div
                    class="timeline__track"
                    style=move || {
                        format!("--years: {}; --lanes: {}", span_years.get().years(), lanes.get())
                    }
                >
                    <ol class="timeline__axis" aria-hidden="true">
                        {move || ticks
                            .get()
                            .into_iter()
                            .map(|(year, x)| view! { <li class="timeline__tick" style=format!("--x: {}%", fixed(x, 3))>{year}</li> })
                            .collect_view()}
                    </ol>
                    <div class="timeline__bands" aria-hidden="true">{bands_and_bars}</div>
                    <ol class="timeline__events" aria-labelledby="timeline-title" aria-describedby="timeline-help" on:keydown=on_keydown>
                        {markers}
                    </ol>
                </div>
            </div>
        </section>
    }
}
