//! The timeline's markers: one button per event of the dataset, with keyboard movement by a
//! roving tabindex (`domain::roving`) and Escape to close the open event.
//!
//! Every event gets its marker once; the filters only move markers and hide them (`hidden`), so
//! narrowing or widening the view never rebuilds the list. Per marker, the text follows the
//! language in one closure, and "open" and "in the tab order" come from selectors, which wake
//! only the markers whose answer changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::country_story::involves;
use crate::domain::dataset::Dataset;
use crate::domain::lang::Lang;
use crate::domain::roving::next_position;
use crate::domain::timeline::{Placement, TrackPosition};
use crate::focus;
use crate::i18n::describe::{country_name, kind_label, own_short_label, short_label};
use crate::i18n::format::format_date_range;
use crate::ids::{self, marker_id};
use crate::state::{OpenEvent, UiLang, UrlState};

/// What every marker reads besides its own position and language.
#[derive(Clone)]
struct Shared {
    /// Which event is open.
    is_open: Selector<Option<usize>>,
    /// Which marker is the one in the tab order.
    in_tab_order: Selector<Option<usize>>,
    /// The marker focused last.
    active: RwSignal<Option<usize>>,
}

/// The list of markers, placed as `placement` says.
#[component]
pub fn Markers(
    /// The loaded dataset, events in chronological order.
    dataset: Arc<Dataset>,
    /// Where each event sits on the track (`None`: hidden by the filters).
    placement: Memo<Placement>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let open_index = OpenEvent::expect().0;

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
    let shared = Shared {
        is_open: Selector::new(move || open_index.get()),
        in_tab_order: Selector::new(move || tab_stop.get()),
        active,
    };

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
                    focus::to_marker_only(&dataset.events[index].id);
                }
            })
        }
    };

    // Each marker reads its own position, language and part in a member's story. One source
    // with 8,000 subscribers would make every change quadratic: reactive_graph unsubscribes in
    // O(subscribers).
    type Slot = (
        RwSignal<Option<TrackPosition>>,
        RwSignal<Lang>,
        RwSignal<StoryPart>,
    );
    let story = Memo::new(move |_| view_state.with(|v| v.country.clone()));
    let part_in = {
        let dataset = dataset.clone();
        move |index: usize, code: &Option<String>| match code {
            None => StoryPart::NoStory,
            Some(code) if involves(&dataset.events[index], code) => StoryPart::In(code.clone()),
            Some(_) => StoryPart::Out,
        }
    };
    let slots: Vec<Slot> = placement.with_untracked(|p| {
        let lang = ui.0.get_untracked();
        let code = story.get_untracked();
        p.positions
            .iter()
            .enumerate()
            .map(|(i, &at)| {
                (
                    RwSignal::new(at),
                    RwSignal::new(lang),
                    RwSignal::new(part_in(i, &code)),
                )
            })
            .collect()
    });
    {
        let slots = slots.clone();
        Effect::new(move |_| {
            placement.with(|p| {
                for (&at, (position, _, _)) in p.positions.iter().zip(&slots) {
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
            for (_, marker_lang, _) in &slots {
                if marker_lang.get_untracked() != lang {
                    marker_lang.set(lang);
                }
            }
        });
    }

    {
        let slots = slots.clone();
        Effect::new(move |_| {
            story.with(|code| {
                for (index, (_, _, part)) in slots.iter().enumerate() {
                    let now = part_in(index, code);
                    if part.with_untracked(|p| *p != now) {
                        part.set(now);
                    }
                }
            })
        });
    }

    let markers = slots
        .into_iter()
        .enumerate()
        .map(|(index, (position, lang, part))| {
            marker(
                &dataset,
                index,
                (position, lang, part),
                shared.clone(),
                view_state,
            )
        })
        .collect_view();

    view! {
        <ol id=ids::TIMELINE_MARKERS class="timeline__events" aria-labelledby="timeline-title" aria-describedby=ids::TIMELINE_HELP on:keydown=on_keydown>
            {markers}
        </ol>
    }
}

/// An event's part in the member's story the view tells.
#[derive(Clone, Debug, PartialEq, Eq)]
enum StoryPart {
    /// No story: every marker as usual.
    NoStory,
    /// The event involves the member (its ISO code): highlighted, and its name says so.
    In(String),
    /// Dimmed: the story's context.
    Out,
}

/// The marker of the event at `index`: a plain function rather than a component, as there may
/// be thousands.
fn marker(
    dataset: &Arc<Dataset>,
    index: usize,
    (position, lang, part): (
        RwSignal<Option<TrackPosition>>,
        RwSignal<Lang>,
        RwSignal<StoryPart>,
    ),
    shared: Shared,
    view_state: UrlState,
) -> impl IntoView {
    let event = &dataset.events[index];
    let id = event.id.clone();
    let open = {
        let id = id.clone();
        move |_| {
            view_state.open_event(id.clone());
            focus::to_opened_event(&id);
        }
    };
    // The name is the visible short label first (WCAG 2.5.3, label in name), then the title,
    // kind and dates from spans only narrow screens show: referenced by id, they name the button
    // while hidden, and hidden they cost no text layout (two thirds of the time to show 8,000
    // markers).
    let label_id = format!("{}_label", marker_id(&id));
    let (title_id, meta_id) = (
        format!("{}_title", marker_id(&id)),
        format!("{}_meta", marker_id(&id)),
    );
    // Where the label is the title itself, the title is named once.
    let labelled_by = if own_short_label(dataset, event, Lang::En).is_some() {
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
                    {match part.get() {
                        StoryPart::In(code) => Some(format!(" · {}", country_name(&dataset, &code, lang))),
                        _ => None,
                    }}
                </span>
            }
        }
    };
    let Shared {
        is_open,
        in_tab_order,
        active,
    } = shared;
    let expanded = is_open.clone();
    let on_focus = {
        let id = id.clone();
        move |_| {
            active.set(Some(index));
            // Focused, a label cut short shows whole (style.css) and may now reach past the
            // axis's edge: after the browser's own scrolling, bring it all into sight.
            focus::uncover_keyboard_focused_marker(&id);
        }
    };
    view! {
        <li
            class=format!("timeline__item timeline__item--{}", event.kind.code())
            class:timeline__item--highlighted=move || part.with(|p| matches!(p, StoryPart::In(_)))
            class:timeline__item--dimmed=move || part.with(|p| *p == StoryPart::Out)
            hidden=move || position.with(Option::is_none)
            style=move || position.with(|at| at.map(|at| at.style()).unwrap_or_default())
        >
            <button
                type="button"
                id=marker_id(&id)
                class="timeline__event"
                class:timeline__event--open=move || is_open.selected(&Some(index))
                tabindex=move || if in_tab_order.selected(&Some(index)) { "0" } else { "-1" }
                aria-expanded=move || expanded.selected(&Some(index)).to_string()
                aria-controls=ids::EVENT_DETAIL
                aria-labelledby=labelled_by
                on:click=open
                on:focus=on_focus
            >
                {text}
            </button>
        </li>
    }
}
