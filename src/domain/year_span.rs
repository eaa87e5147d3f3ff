//! A span of whole years, and the rules a view state's `from` and `to` follow: a missing bound is
//! the dataset's own first or last year, a reversed span is read in order, and a bound at the
//! dataset's own year is not kept (it is the default, as the year selects write it).

use super::dataset::Dataset;
use super::date::days_from_civil;

/// The years `first` to `last`, both included, `first <= last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSpan {
    pub first: i32,
    pub last: i32,
}

impl YearSpan {
    /// The years from `a` to `b`, in order whichever comes first.
    pub fn between(a: i32, b: i32) -> YearSpan {
        YearSpan {
            first: a.min(b),
            last: a.max(b),
        }
    }

    /// The first and last year that any event, member join (named or not) or reported count
    /// touches; the year of `updated` for a dataset with none of them.
    pub fn of_dataset(dataset: &Dataset) -> YearSpan {
        let events = dataset
            .events
            .iter()
            .flat_map(|event| [event.start.year, event.last_date().year]);
        let members = dataset.members.iter().flat_map(|member| {
            [
                Some(member.joined.year),
                member.joined_by.map(|date| date.year),
            ]
        });
        let unidentified = dataset.unidentified_members.iter().flat_map(|member| {
            [
                Some(member.joined.year),
                member.joined_by.map(|date| date.year),
            ]
        });
        let counts = dataset.reported_counts.iter().map(|count| count.date.year);
        let years = events
            .chain(members.chain(unidentified).flatten())
            .chain(counts);
        let (first, last) = years
            .fold(None, |span: Option<(i32, i32)>, year| match span {
                None => Some((year, year)),
                Some((first, last)) => Some((first.min(year), last.max(year))),
            })
            .unwrap_or((dataset.updated.year, dataset.updated.year));
        YearSpan { first, last }
    }

    /// The span a view state's bounds ask for within `data` (the dataset's years): a missing
    /// bound is `data`'s own, and a reversed span is read in order.
    pub fn from_bounds(from: Option<i32>, to: Option<i32>, data: YearSpan) -> YearSpan {
        YearSpan::between(from.unwrap_or(data.first), to.unwrap_or(data.last))
    }

    /// The days (since 1970-01-01) a view state's bounds cover whatever the dataset: 1 January
    /// of `from` to 31 December of `to`, a missing bound unbounded, a reversed span read in order.
    pub fn days_of_bounds(from: Option<i32>, to: Option<i32>) -> (i64, i64) {
        let (from, to) = match (from, to) {
            (Some(a), Some(b)) => {
                let span = YearSpan::between(a, b);
                (Some(span.first), Some(span.last))
            }
            open => open,
        };
        (
            from.map_or(i64::MIN, |year| days_from_civil(year, 1, 1)),
            to.map_or(i64::MAX, |year| days_from_civil(year, 12, 31)),
        )
    }

    /// The bounds a view state keeps for this span: none at `data`'s own first or last year.
    pub fn bounds(self, data: YearSpan) -> (Option<i32>, Option<i32>) {
        (
            Some(self.first).filter(|&year| year != data.first),
            Some(self.last).filter(|&year| year != data.last),
        )
    }

    /// Whether bounds from a link need fitting to `data`: reversed, or reaching past its years.
    pub fn bounds_need_fitting(from: Option<i32>, to: Option<i32>, data: YearSpan) -> bool {
        let reversed = matches!((from, to), (Some(a), Some(b)) if a > b);
        reversed || [from, to].into_iter().flatten().any(|y| !data.contains(y))
    }

    /// This span with its first year moved to `year` (a crossed span is put in order).
    pub fn with_first(self, year: i32) -> YearSpan {
        YearSpan::between(year, self.last)
    }

    /// This span with its last year moved to `year` (a crossed span is put in order).
    pub fn with_last(self, year: i32) -> YearSpan {
        YearSpan::between(self.first, year)
    }

    /// This span cut to `within`'s years (a span wholly outside shrinks to the nearest end).
    pub fn clamped_to(self, within: YearSpan) -> YearSpan {
        let clamp = |year: i32| year.clamp(within.first, within.last);
        YearSpan::between(clamp(self.first), clamp(self.last))
    }

    /// Whether `year` is in the span.
    pub fn contains(self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// How many years the span covers.
    pub fn years(self) -> i32 {
        self.last - self.first + 1
    }

    /// The span as days since 1970-01-01: 1 January of the first year to 31 December of the last.
    pub fn days(self) -> (i64, i64) {
        (
            days_from_civil(self.first, 1, 1),
            days_from_civil(self.last, 12, 31),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: YearSpan = YearSpan {
        first: 2011,
        last: 2025,
    };

    #[test]
    fn missing_bounds_are_the_datasets_and_reversed_bounds_read_in_order() {
        assert_eq!(YearSpan::from_bounds(None, None, DATA), DATA);
        assert_eq!(
            YearSpan::from_bounds(Some(2014), None, DATA),
            YearSpan::between(2014, 2025)
        );
        assert_eq!(
            YearSpan::from_bounds(Some(2016), Some(2013), DATA),
            YearSpan::between(2013, 2016)
        );
        assert_eq!(YearSpan::between(2016, 2013).first, 2013);
        assert_eq!(
            YearSpan::days_of_bounds(Some(2016), Some(2013)),
            YearSpan::between(2013, 2016).days()
        );
        assert_eq!(
            YearSpan::days_of_bounds(None, Some(2013)),
            (i64::MIN, YearSpan::between(2013, 2013).days().1)
        );
    }

    #[test]
    fn bounds_at_the_datasets_own_years_are_not_kept() {
        assert_eq!(DATA.bounds(DATA), (None, None));
        assert_eq!(
            YearSpan::between(2013, 2025).bounds(DATA),
            (Some(2013), None)
        );
        assert_eq!(
            YearSpan::between(2011, 2011).bounds(DATA),
            (None, Some(2011))
        );
    }

    #[test]
    fn moving_one_bound_past_the_other_swaps_them() {
        let span = YearSpan::between(2013, 2016);
        assert_eq!(span.with_first(2020), YearSpan::between(2016, 2020));
        assert_eq!(span.with_last(2012), YearSpan::between(2012, 2013));
        assert_eq!(span.with_first(2014), YearSpan::between(2014, 2016));
    }

    #[test]
    fn clamping_keeps_a_span_within_the_data() {
        assert_eq!(YearSpan::between(1990, 2030).clamped_to(DATA), DATA);
        assert_eq!(
            YearSpan::between(1990, 1995).clamped_to(DATA),
            YearSpan::between(2011, 2011)
        );
        assert!(YearSpan::bounds_need_fitting(Some(2016), Some(2013), DATA));
        assert!(YearSpan::bounds_need_fitting(None, Some(2030), DATA));
        assert!(!YearSpan::bounds_need_fitting(Some(2011), Some(2025), DATA));
        assert_eq!(DATA.years(), 15);
    }
}
