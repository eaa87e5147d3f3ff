//! Presentational components: props in, callbacks out; no business logic in `view!`.

pub mod about;
pub mod data_issues;
pub mod embed_dialog;
pub mod event_detail;
pub mod event_search;
pub mod growth_chart;
pub mod language_switch;
pub mod load_error;
pub mod member_filter;
pub mod notices;
pub mod print_list;
pub mod related_events;
pub mod roster;
pub mod span_control;
pub mod timeline;

use leptos::html::Select;
use leptos::prelude::*;

/// Keeps `select` showing `value` (reactive), whatever set it. Once the reader has picked an
/// option by hand, a select no longer follows its options' `selected` attributes: a state set
/// elsewhere (a crossed year swapped, Clear filters, Back) would leave it showing the old one.
pub fn keep_select_showing(select: NodeRef<Select>, value: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let value = value();
        if let Some(select) = select.get() {
            select.set_value(&value);
        }
    });
}
