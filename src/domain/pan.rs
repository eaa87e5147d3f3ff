//! Dragging the timeline sideways with a mouse: where the axis scrolls to as the pointer
//! moves, and whether a press was a drag at all or only a click.

/// How far (in CSS pixels) a pressed pointer must move before the press counts as a drag; a
/// smaller wobble is still a click on the marker under it.
pub const DRAG_THRESHOLD_PX: i32 = 5;

/// A mouse press on the timeline's scroller, from where it started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pan {
    start_x: i32,
    start_scroll: i32,
    dragging: bool,
}

impl Pan {
    /// A press at `x` while the scroller was scrolled to `scroll`.
    pub fn start(x: i32, scroll: i32) -> Self {
        Pan {
            start_x: x,
            start_scroll: scroll,
            dragging: false,
        }
    }

    /// The scroll position for the pointer now at `x` (the axis follows the pointer), or `None`
    /// while the pointer has not yet moved [`DRAG_THRESHOLD_PX`] from where it was pressed.
    /// Once a drag, always a drag: coming back to the start does not make it a click again.
    pub fn scroll_for(&mut self, x: i32) -> Option<i32> {
        let moved = x.saturating_sub(self.start_x);
        if !self.dragging && moved.abs() < DRAG_THRESHOLD_PX {
            return None;
        }
        self.dragging = true;
        Some(self.start_scroll.saturating_sub(moved).max(0))
    }

    /// True once the press has become a drag.
    pub fn is_drag(&self) -> bool {
        self.dragging
    }
}

#[cfg(test)]
mod tests {
    use super::{Pan, DRAG_THRESHOLD_PX};

    #[test]
    fn a_small_wobble_is_still_a_click() {
        let mut pan = Pan::start(100, 40);
        assert_eq!(pan.scroll_for(100 + DRAG_THRESHOLD_PX - 1), None);
        assert_eq!(pan.scroll_for(100 - DRAG_THRESHOLD_PX + 1), None);
        assert!(!pan.is_drag());
    }

    #[test]
    fn the_axis_follows_the_pointer_once_it_is_a_drag() {
        let mut pan = Pan::start(500, 300);
        // Pulling left shows later years: the scroll position grows.
        assert_eq!(pan.scroll_for(380), Some(420));
        assert!(pan.is_drag());
        // Back past the start, even within the threshold, it stays a drag.
        assert_eq!(pan.scroll_for(502), Some(298));
        assert_eq!(pan.scroll_for(700), Some(100));
    }

    #[test]
    fn never_scrolls_before_the_start() {
        let mut pan = Pan::start(10, 20);
        assert_eq!(pan.scroll_for(400), Some(0));
    }
}
