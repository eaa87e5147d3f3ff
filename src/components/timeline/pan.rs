//! `use_pan`: a mouse drags the timeline's axis sideways. Its scroll bar is often below the
//! fold, and not every mouse scrolls sideways; touch screens pan it natively. A press that does
//! not move [`crate::domain::pan::DRAG_THRESHOLD_PX`] stays a click on the marker under it.

use leptos::prelude::*;

use crate::domain::pan::Pan;

/// The scroller's class while a mouse drags it (style.css: a grabbing cursor).
const PANNING: &str = "timeline__scroller--panning";

/// The handler for the scroller's `pointerdown`, `pointermove`, `pointerup` and
/// `pointercancel`: it follows one drag at a time (`domain::pan` does the arithmetic).
pub fn use_pan() -> impl Fn(leptos::ev::PointerEvent) + Copy + 'static {
    let pan = StoredValue::new(None::<Pan>);
    move |ev: leptos::ev::PointerEvent| {
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
    }
}
