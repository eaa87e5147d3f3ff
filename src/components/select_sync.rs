//! Keeping a `<select>` showing the state, whoever changed it.

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
