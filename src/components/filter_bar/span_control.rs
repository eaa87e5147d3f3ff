//! The year-range control that narrows (zooms) the visible span of the timeline.

use std::sync::Arc;

use leptos::html::Select;
use leptos::prelude::*;

use crate::components::select_sync::keep_select_showing;
use crate::domain::dataset::Dataset;
use crate::domain::year_span::YearSpan;
use crate::state::{UiLang, UrlState};

/// Two year selects (From, To) and an "All years" reset.
#[component]
pub fn SpanControl(
    /// The loaded dataset (its years bound the choice).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let data = YearSpan::of_dataset(&dataset);
    let years: Vec<i32> = (data.first..=data.last).collect();

    // The span in force, as the two selects show it.
    let span = move || view_state.with(|v| YearSpan::from_bounds(v.from, v.to, data));
    let set_year = move |bound: Bound, value: String| {
        let span = view_state.with_untracked(|v| YearSpan::from_bounds(v.from, v.to, data));
        let span = match bound {
            Bound::From => span.with_first(value.parse().unwrap_or(data.first)),
            Bound::To => span.with_last(value.parse().unwrap_or(data.last)),
        };
        let (from, to) = span.bounds(data);
        view_state.set_span(from, to);
    };
    let shown = move |bound: Bound| match bound {
        Bound::From => span().first,
        Bound::To => span().last,
    };
    let options = move |bound: Bound| {
        years
            .iter()
            .map(|&year| {
                let selected = move || shown(bound) == year;
                view! { <option value=year.to_string() selected=selected>{year}</option> }
            })
            .collect_view()
    };
    let (from_options, to_options) = (options(Bound::From), options(Bound::To));
    let (from_select, to_select) = (NodeRef::<Select>::new(), NodeRef::<Select>::new());
    keep_select_showing(from_select, move || shown(Bound::From).to_string());
    keep_select_showing(to_select, move || shown(Bound::To).to_string());
    let all_years = move || view_state.with(|v| v.from.is_none() && v.to.is_none());
    view! {
        <fieldset class="span-control">
            <legend class="span-control__legend">{ui.text(|s| s.span_label)}</legend>
            <label class="span-control__field">
                <span>{ui.text(|s| s.span_from)}</span>
                <select id="span-from" node_ref=from_select on:change=move |ev| set_year(Bound::From, event_target_value(&ev))>{from_options}</select>
            </label>
            <label class="span-control__field">
                <span>{ui.text(|s| s.span_to)}</span>
                <select id="span-to" node_ref=to_select on:change=move |ev| set_year(Bound::To, event_target_value(&ev))>{to_options}</select>
            </label>
            // aria-disabled, not disabled: a disabled button drops the focus of whoever just
            // pressed it to the page body.
            <button
                type="button"
                class="button button--secondary"
                aria-disabled=move || all_years().to_string()
                on:click=move |_| {
                    if !all_years() {
                        view_state.set_span(None, None);
                    }
                }
            >
                {ui.text(|s| s.span_all)}
            </button>
        </fieldset>
    }
}

/// Which end of the span a select sets.
#[derive(Clone, Copy)]
enum Bound {
    From,
    To,
}
