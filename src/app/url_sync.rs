//! The URL state and the address bar kept in step, both ways.
//!
//! Every change of the state is written into the address as [`history_step`] says: a history
//! entry for each event opened or closed, in place otherwise. Back and Forward put the entry's
//! state back (the language staying the reader's choice). Once the dataset is in, a link's state
//! is fitted to it (an unknown event closed, non-members dropped, the span clamped), written
//! over the link's own entry, so that Back does not return to the broken link.

use leptos::prelude::*;

use crate::browser;
use crate::domain::filter::{name_left_out, sanitize, Sanitized};
use crate::domain::url_state::{format_query, history_step, parse_query, HistoryStep, ViewState};
use crate::focus;
use crate::state::{LoadState, UrlState};

/// Starts keeping `state` and the address in step, for the life of the app; what fitting a link
/// to the dataset changed goes to `repaired` for the reader's notice.
pub fn start(state: UrlState, load: RwSignal<LoadState>, repaired: RwSignal<Vec<Sanitized>>) {
    // The state the current history entry shows; `None` until the first write, which rewrites
    // the entry the page was opened with (its query in canonical form).
    let address = StoredValue::new(None::<ViewState>);

    Effect::new(move |_| {
        let new = state.get();
        let step = address.with_value(|old| match old {
            Some(old) => history_step(old, &new),
            None => HistoryStep::Replace,
        });
        write(step, &new);
        address.set_value(Some(new));
    });

    Effect::new(move |_| {
        let LoadState::Loaded(loaded) = load.get() else {
            return;
        };
        let before = state.get_untracked();
        let mut fitted = before.clone();
        let changes = name_left_out(sanitize(&loaded.dataset, &mut fitted), &loaded.issues);
        if fitted != before {
            // In place: the entry is the link's own, repaired.
            write(HistoryStep::Replace, &fitted);
            address.set_value(Some(fitted.clone()));
            state.replace(fitted);
        }
        if !changes.is_empty() {
            repaired.set(changes);
        }
    });

    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        // Back and Forward walk through opened events; the language stays the reader's choice
        // (the entry's own is older: a language switch adds no history), written over the entry.
        let (entry, _) = parse_query(&browser::query_string());
        let new = ViewState {
            lang: state.with_untracked(|v| v.lang).or(entry.lang),
            ..entry.clone()
        };
        address.set_value(Some(entry));
        // The detail closing takes the focus inside it along: give it back to the marker.
        let closed = state
            .with_untracked(|v| v.event.clone())
            .filter(|_| new.event.is_none() && focus::is_in_event_detail());
        state.replace(new);
        if let Some(id) = closed {
            focus::back_to_marker(&id);
        }
    });
    on_cleanup(move || listener.remove());
}

/// Writes `state` into the address as `step` says.
fn write(step: HistoryStep, state: &ViewState) {
    match step {
        HistoryStep::Push => browser::push_query(&format_query(state)),
        HistoryStep::Replace => browser::replace_query(&format_query(state)),
        HistoryStep::Nothing => {}
    }
}
