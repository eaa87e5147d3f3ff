//! The year-range control that narrows (zooms) the visible span of the timeline.

use std::sync::Arc;

use leptos::html::Select;
use leptos::prelude::*;

use crate::components::keep_select_showing;
use crate::domain::dataset::Dataset;
use crate::domain::filter::dataset_years;
use crate::state::{UiLang, UrlState};

/// Two year selects (From, To) and an "All years" reset.
#[component]
pub fn SpanControl(
    /// The loaded dataset (its years bound the choice).
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let view_state = UrlState::expect();
    let (first, last) = dataset_years(&dataset);
    let years: Vec<i32> = (first..=last).collect();

    let set_year = move |is_from: bool, value: String| {
        let year = value.parse::<i32>().ok();
        let (mut from, mut to) = view_state.with_untracked(|v| (v.from, v.to));
        if is_from {
            from = year.filter(|y| *y != first);
        } else {
            to = year.filter(|y| *y != last);
        }
        if let (Some(a), Some(b)) = (from.or(Some(first)), to.or(Some(last))) {
            if a > b {
                (from, to) = (
                    Some(b).filter(|y| *y != first),
                    Some(a).filter(|y| *y != last),
                );
            }
        }
        view_state.set_span(from, to);
    };
    // The span in force, as the two selects show it (no bound: the data's first or last year).
    let span = move || view_state.with(|v| (v.from.unwrap_or(first), v.to.unwrap_or(last)));
    let shown = move |is_from: bool| if is_from { span().0 } else { span().1 };
    let options = move |is_from: bool| {
        years
            .iter()
            .map(|&year| {
                let selected = move || shown(is_from) == year;
                view! { <option value=year.to_string() selected=selected>{year}</option> }
            })
            .collect_view()
    };
    let (from_options, to_options) = (options(true), options(false));
    let (from_select, to_select) = (NodeRef::<Select>::new(), NodeRef::<Select>::new());
    keep_select_showing(from_select, move || shown(true).to_string());
    keep_select_showing(to_select, move || shown(false).to_string());
    let all_years = move || view_state.with(|v| v.from.is_none() && v.to.is_none());
    view! {
        <fieldset class="span-control">
            <legend class="span-control__legend">{ui.text(|s| s.span_label)}</legend>
            <label class="span-control__field">
                <span>{ui.text(|s| s.span_from)}</span>
                <select id="span-from" node_ref=from_select on:change=move |ev| set_year(true, event_target_value(&ev))>{from_options}</select>
            </label>
            <label class="span-control__field">
                <span>{ui.text(|s| s.span_to)}</span>
                <select id="span-to" node_ref=to_select on:change=move |ev| set_year(false, event_target_value(&ev))>{to_options}</select>
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
