//! Layout maths for the horizontal time axis: positions, lanes for events, and year ticks.

use super::dataset::Event;
use super::date::days_from_civil;

/// A stretch of the time axis, as days since 1970-01-01, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first day of the axis (at 0 %).
    pub start_days: i64,
    /// The last day of the axis (at 100 %).
    pub end_days: i64,
}

impl Span {
    /// 1 January `from` to 31 December `to`; a reversed range is read in order.
    pub fn years(from: i32, to: i32) -> Span {
        let (from, to) = (from.min(to), from.max(to));
        Span {
            start_days: days_from_civil(from, 1, 1),
            end_days: days_from_civil(to, 12, 31),
        }
    }
}

/// Where `days` sits along the axis, in percent from its start (0.0) to its end (100.0),
/// clamped to that range. An empty or reversed span puts everything at 0.0.
pub fn position(span: &Span, days: i64) -> f64 {
    let length = span.end_days - span.start_days;
    if length <= 0 {
        return 0.0;
    }
    let percent = (days - span.start_days) as f64 / length as f64 * 100.0;
    percent.clamp(0.0, 100.0)
}

/// An event laid out on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed<'a> {
    /// The event.
    pub event: &'a Event,
    /// Where the event starts, in percent (see [`position`]).
    pub x: f64,
    /// How far it reaches, in percent: to the last day of its end (or of its start).
    pub width: f64,
    /// The row it is drawn in, 0 first.
    pub lane: usize,
}

/// The lanes' free-from positions, in a tree of minima so that the first lane an event fits in
/// is found in logarithmic time. Unused lanes are free from −∞.
struct Lanes {
    leaves: usize,
    min: Vec<f64>,
}

impl Lanes {
    fn new(capacity: usize) -> Self {
        let leaves = capacity.max(1).next_power_of_two();
        Lanes {
            leaves,
            min: vec![f64::NEG_INFINITY; 2 * leaves],
        }
    }

    /// The first lane free at `x` (there is always one while fewer than `capacity` are used).
    fn first_free(&self, x: f64) -> usize {
        let mut node = 1;
        while node < self.leaves {
            node = if self.min[2 * node] <= x {
                2 * node
            } else {
                2 * node + 1
            };
        }
        node - self.leaves
    }

    fn set(&mut self, lane: usize, free_from: f64) {
        let mut node = lane + self.leaves;
        self.min[node] = free_from;
        while node > 1 {
            node /= 2;
            self.min[node] = self.min[2 * node].min(self.min[2 * node + 1]);
        }
    }
}

/// Lays `events` (in chronological order) out on `span`: `x` is where an event starts, `width`
/// how far it reaches, and `lane` the first row in which the previous marker, taking at least
/// `min_gap_percent` of room, ends at or before `x`, so that markers in a row never overlap.
pub fn place_events<'a>(
    span: &Span,
    events: &[&'a Event],
    min_gap_percent: f64,
) -> Vec<Placed<'a>> {
    let gap = if min_gap_percent.is_finite() {
        min_gap_percent.max(0.0)
    } else {
        0.0
    };
    let mut lanes = Lanes::new(events.len());
    events
        .iter()
        .map(|&event| {
            let x = position(span, event.start.start_days());
            let width = (position(span, event.last_date().end_days()) - x).max(0.0);
            let lane = lanes.first_free(x);
            lanes.set(lane, x + width.max(gap));
            Placed {
                event,
                x,
                width,
                lane,
            }
        })
        .collect()
}

/// How many lanes `placed` uses.
pub fn lane_count(placed: &[Placed]) -> usize {
    placed.iter().map(|p| p.lane + 1).max().unwrap_or(0)
}

/// The year `days` (since 1970-01-01) falls in.
fn year_of(days: i64) -> i32 {
    let estimate = 1970 + days.div_euclid(365) as i32;
    let mut year = estimate;
    while days_from_civil(year, 1, 1) > days {
        year -= 1;
    }
    while days_from_civil(year + 1, 1, 1) <= days {
        year += 1;
    }
    year
}

/// The years to label on the axis, with the position of their 1 January: every year, or every
/// 2nd, 5th, 10th, 20th, 50th … (multiples of the step), the smallest step giving at most
/// `max_ticks`. Only years whose 1 January lies within the span are labelled; when no multiple
/// of the step does, the first such year is.
pub fn year_ticks(span: &Span, max_ticks: usize) -> Vec<(i32, f64)> {
    if max_ticks == 0 || span.end_days < span.start_days {
        return Vec::new();
    }
    let mut first = year_of(span.start_days);
    if days_from_civil(first, 1, 1) < span.start_days {
        first += 1;
    }
    let last = year_of(span.end_days);
    if first > last {
        return Vec::new();
    }
    let tick = |year: i32| (year, position(span, days_from_civil(year, 1, 1)));
    let (first, last) = (i64::from(first), i64::from(last));
    let steps = (0..18).flat_map(|power| [1, 2, 5].map(|mantissa| mantissa * 10_i64.pow(power)));
    for step in steps {
        let aligned = first + (step - first.rem_euclid(step)) % step;
        let count = if aligned > last {
            0
        } else {
            (last - aligned) / step + 1
        };
        if count as u64 <= max_ticks as u64 {
            if count == 0 {
                return vec![tick(first as i32)];
            }
            return (0..count)
                .map(|i| tick((aligned + i * step) as i32))
                .collect();
        }
    }
    vec![tick(first as i32)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::{EventKind, Text};
    use crate::domain::date::PartialDate;

    fn event(id: &str, start: &str, end: Option<&str>) -> Event {
        let text = Text {
            en: id.into(),
            mn: id.into(),
            ro: id.into(),
        };
        Event {
            id: id.into(),
            kind: EventKind::Conference,
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
            title: text.clone(),
            summary: text,
            place: None,
            theme: None,
            participants: None,
            outcomes: vec![],
            members: vec![],
            discrepancies: vec![],
            part_of: None,
            sources: vec![],
        }
    }

    /// Checks that no two markers of a lane overlap, given the minimum gap.
    fn assert_no_overlap(placed: &[Placed], gap: f64) {
        let mut last_in_lane: Vec<Option<&Placed>> = vec![None; lane_count(placed)];
        for p in placed {
            if let Some(previous) = last_in_lane[p.lane] {
                assert!(
                    previous.x + previous.width.max(gap) <= p.x,
                    "{} overlaps {} in lane {}",
                    previous.event.id,
                    p.event.id,
                    p.lane
                );
            }
            last_in_lane[p.lane] = Some(p);
        }
    }

    #[test]
    fn span_of_years_runs_from_new_year_to_new_years_eve() {
        let span = Span::years(2011, 2012);
        assert_eq!(span.start_days, days_from_civil(2011, 1, 1));
        assert_eq!(span.end_days, days_from_civil(2012, 12, 31));
        assert_eq!(
            Span::years(2012, 2011),
            span,
            "a reversed range is read in order"
        );
    }

    #[test]
    fn position_is_a_clamped_percentage() {
        let span = Span::years(2011, 2012);
        assert_eq!(position(&span, span.start_days), 0.0);
        assert_eq!(position(&span, span.end_days), 100.0);
        assert_eq!(position(&span, span.start_days - 400), 0.0);
        assert_eq!(position(&span, span.end_days + 400), 100.0);
        let middle = position(&span, days_from_civil(2012, 1, 1));
        assert!((middle - 50.0).abs() < 0.2, "{middle}");
        let empty = Span {
            start_days: 10,
            end_days: 10,
        };
        assert_eq!(position(&empty, 10), 0.0);
    }

    #[test]
    fn separate_events_share_the_first_lane() {
        let span = Span::years(2011, 2020);
        let a = event("a", "2011-12-08", Some("2011-12-09"));
        let b = event("b", "2014-04-28", Some("2014-04-29"));
        let placed = place_events(&span, &[&a, &b], 1.0);
        assert_eq!(placed.iter().map(|p| p.lane).collect::<Vec<_>>(), [0, 0]);
        assert_eq!(lane_count(&placed), 1);
        assert!(placed[0].width > 0.0 && placed[0].width < 0.1);
    }

    #[test]
    fn overlapping_events_go_to_separate_lanes() {
        let span = Span::years(2011, 2020);
        let year = event("year", "2014", None);
        let inside = event("inside", "2014-04-28", None);
        let next_day = event("next", "2014-04-29", None);
        let later = event("later", "2015-06-01", None);
        let placed = place_events(&span, &[&year, &inside, &next_day, &later], 1.0);
        assert_eq!(
            placed.iter().map(|p| p.lane).collect::<Vec<_>>(),
            [0, 1, 2, 0]
        );
        assert_eq!(lane_count(&placed), 3);
        assert_no_overlap(&placed, 1.0);
        // A year-only date reaches over its whole year.
        assert!((placed[0].width - 10.0).abs() < 0.1, "{}", placed[0].width);
    }

    #[test]
    fn minimum_gap_keeps_point_markers_apart() {
        let span = Span::years(2011, 2020);
        let a = event("a", "2014-04-28", None);
        let b = event("b", "2014-05-28", None);
        assert_eq!(
            lane_count(&place_events(&span, &[&a, &b], 1.0)),
            2,
            "a month is under 1 %"
        );
        assert_eq!(lane_count(&place_events(&span, &[&a, &b], 0.5)), 1);
        assert_eq!(lane_count(&place_events(&span, &[&a, &b], f64::NAN)), 1);
    }

    #[test]
    fn freed_lane_is_reused_first() {
        let span = Span::years(2010, 2019);
        let events = [
            event("a", "2010", Some("2012")),
            event("b", "2011", None),
            event("c", "2012-06", None),
            event("d", "2013-06", None),
        ];
        let refs: Vec<&Event> = events.iter().collect();
        let placed = place_events(&span, &refs, 1.0);
        assert_eq!(
            placed.iter().map(|p| p.lane).collect::<Vec<_>>(),
            [0, 1, 1, 0]
        );
    }

    #[test]
    fn no_events_need_no_lanes() {
        assert!(place_events(&Span::years(2011, 2020), &[], 1.0).is_empty());
        assert_eq!(lane_count(&[]), 0);
    }

    #[test]
    fn events_outside_the_span_sit_at_its_edges() {
        let span = Span::years(2012, 2013);
        let before = event("before", "2011-05-01", None);
        let after = event("after", "2015-05-01", None);
        let placed = place_events(&span, &[&before, &after], 1.0);
        assert_eq!((placed[0].x, placed[0].width), (0.0, 0.0));
        assert_eq!((placed[1].x, placed[1].width), (100.0, 0.0));
    }

    #[test]
    fn hundredfold_events_never_overlap_in_a_lane() {
        let events: Vec<Event> = (0..5_000)
            .map(|i| {
                let start = format!(
                    "{}-{:02}-{:02}",
                    2011 + i % 15,
                    1 + (i / 15) % 12,
                    1 + (i / 180) % 28
                );
                let end = (i % 7 == 0).then(|| format!("{}", 2011 + i % 15));
                event(&format!("e{i:05}"), &start, end.as_deref())
            })
            .collect();
        let mut refs: Vec<&Event> = events.iter().collect();
        refs.sort_by(|a, b| crate::domain::filter::chronological(a, b));
        let span = Span::years(2011, 2025);
        let placed = place_events(&span, &refs, 0.8);
        assert_eq!(placed.len(), 5_000);
        assert_no_overlap(&placed, 0.8);
        // Greedy first fit: an event only opens a lane when every earlier lane is busy at its x.
        let lanes = lane_count(&placed);
        let mut free_from = vec![f64::NEG_INFINITY; lanes];
        for p in &placed {
            assert!(
                free_from[..p.lane].iter().all(|&free| free > p.x),
                "{} could go higher",
                p.event.id
            );
            free_from[p.lane] = p.x + p.width.max(0.8);
        }
        assert!(lanes > 1);
    }

    #[test]
    fn same_day_events_stack_one_per_lane() {
        let events: Vec<Event> = (0..5_000)
            .map(|i| event(&format!("e{i:05}"), "2014-04-28", None))
            .collect();
        let refs: Vec<&Event> = events.iter().collect();
        let placed = place_events(&Span::years(2011, 2020), &refs, 0.5);
        assert_eq!(lane_count(&placed), 5_000);
        assert!(placed.iter().enumerate().all(|(i, p)| p.lane == i));
    }

    #[test]
    fn every_year_is_ticked_when_there_is_room() {
        let span = Span::years(2011, 2015);
        let ticks = year_ticks(&span, 10);
        assert_eq!(
            ticks.iter().map(|t| t.0).collect::<Vec<_>>(),
            [2011, 2012, 2013, 2014, 2015]
        );
        assert_eq!(ticks[0].1, 0.0);
        assert!(ticks.windows(2).all(|w| w[0].1 < w[1].1));
    }

    #[test]
    fn ticks_thin_out_to_round_steps() {
        let span = Span::years(2011, 2026);
        let years = |max| {
            year_ticks(&span, max)
                .iter()
                .map(|t| t.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(years(16).len(), 16);
        assert_eq!(years(8), [2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
        assert_eq!(years(4), [2015, 2020, 2025]);
        assert_eq!(years(2), [2020]);
        assert_eq!(years(1), [2020]);
        assert!(years(0).is_empty());
        let long = Span::years(1900, 2100);
        assert_eq!(
            year_ticks(&long, 5).iter().map(|t| t.0).collect::<Vec<_>>(),
            [1900, 1950, 2000, 2050, 2100]
        );
    }

    #[test]
    fn short_span_without_a_round_year_labels_its_first_year() {
        let span = Span::years(2011, 2014);
        assert_eq!(year_ticks(&span, 1), [(2011, 0.0)]);
        let inside_a_year = Span {
            start_days: days_from_civil(2014, 3, 1),
            end_days: days_from_civil(2014, 9, 1),
        };
        assert!(year_ticks(&inside_a_year, 5).is_empty());
    }

    #[test]
    fn year_of_handles_boundaries_and_old_dates() {
        for year in [1899, 1900, 1969, 1970, 2000, 2024, 2100] {
            assert_eq!(year_of(days_from_civil(year, 1, 1)), year);
            assert_eq!(year_of(days_from_civil(year, 12, 31)), year);
        }
    }
}

/// `value` with `decimals` (0–3) decimal places, for CSS and SVG numbers. Integer arithmetic
/// only: Rust's float formatting would add about 11 KB to the wasm.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals.min(3));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals.min(3) as usize
        )
    }
}

#[cfg(test)]
mod fixed_tests {
    use super::fixed;

    #[test]
    fn formats_fixed_point_like_the_float_formatter() {
        assert_eq!(fixed(12.3456, 3), "12.346");
        assert_eq!(fixed(0.0, 3), "0.000");
        assert_eq!(fixed(99.9996, 3), "100.000");
        assert_eq!(fixed(-4.25, 1), "-4.3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(7.0, 0), "7");
        for v in [0.1234, 5.5, 33.3333, 100.0] {
            assert_eq!(fixed(v, 3), format!("{v:.3}"));
        }
    }
}
