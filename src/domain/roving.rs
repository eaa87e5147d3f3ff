//! Keyboard movement in a list with a roving tabindex (arrows, Home, End).

/// The position focus moves to for `key`, from `current` among `len` items; `None` when the
/// key does not move focus (so the event is left to the browser).
pub fn next_position(key: &str, current: Option<usize>, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    Some(match (key, current) {
        ("ArrowRight" | "ArrowDown", Some(i)) => (i + 1).min(last),
        ("ArrowLeft" | "ArrowUp", Some(i)) => i.saturating_sub(1),
        ("ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp", None) => 0,
        ("Home", _) => 0,
        ("End", _) => last,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::next_position;

    #[test]
    fn arrows_move_one_step_and_stop_at_the_ends() {
        assert_eq!(next_position("ArrowRight", Some(0), 3), Some(1));
        assert_eq!(next_position("ArrowDown", Some(2), 3), Some(2));
        assert_eq!(next_position("ArrowLeft", Some(0), 3), Some(0));
        assert_eq!(next_position("ArrowUp", Some(2), 3), Some(1));
    }

    #[test]
    fn home_and_end_jump_to_the_ends() {
        assert_eq!(next_position("Home", Some(2), 3), Some(0));
        assert_eq!(next_position("End", None, 3), Some(2));
    }

    #[test]
    fn other_keys_and_empty_lists_do_not_move() {
        assert_eq!(next_position("a", Some(1), 3), None);
        assert_eq!(next_position("Tab", Some(1), 3), None);
        assert_eq!(next_position("End", None, 0), None);
    }
}
