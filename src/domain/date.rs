//! Calendar dates at the precision sources give them: a year, a month, or a day.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A date known to the year (`2015`), the month (`2012-08`) or the day (`2014-04-28`).
///
/// Serialised as the ISO 8601 string of its precision. Ordering compares the first day
/// each date could be, then the more precise date first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a string is not a [`PartialDate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Shape(String),
    /// A month outside 1–12.
    Month(String),
    /// A day that month does not have (e.g. 2013-02-29).
    Day(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape(s) => write!(
                f,
                "“{s}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
            ),
            DateError::Month(s) => write!(f, "“{s}” has no such month"),
            DateError::Day(s) => write!(f, "“{s}” has no such day"),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1–12) of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl PartialDate {
    /// A date known to the day. Does not check the calendar; see [`PartialDate::parse`].
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// A date known to the year only.
    pub const fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let shape_error = || DateError::Shape(text.chars().take(40).collect());
        let parts: Vec<&str> = text.split('-').collect();
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let widths_ok = match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2),
            [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
            _ => false,
        };
        if !widths_ok {
            return Err(shape_error());
        }
        let year: i32 = parts[0].parse().map_err(|_| shape_error())?;
        let month: Option<u8> = parts.get(1).map(|m| m.parse().unwrap_or(0));
        let day: Option<u8> = parts.get(2).map(|d| d.parse().unwrap_or(0));
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(text.to_string()));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::Day(text.to_string()));
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The first calendar day this date can mean, as (year, month, day).
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last calendar day this date can mean, as (year, month, day).
    pub fn last_day(self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        )
    }

    /// Days since 1970-01-01 of [`PartialDate::first_day`]: where the date sits on a time axis.
    pub fn start_days(self) -> i64 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }

    /// Days since 1970-01-01 of [`PartialDate::last_day`].
    pub fn end_days(self) -> i64 {
        let (y, m, d) = self.last_day();
        days_from_civil(y, m, d)
    }

    /// The ISO 8601 form at this date's precision, as in a `<time datetime>` attribute.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then_with(|| other.last_day().cmp(&self.last_day()).reverse())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PartialDate::parse(&value)
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> String {
        date.iso()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2015").unwrap(),
            PartialDate {
                year: 2015,
                month: None,
                day: None
            }
        );
        assert_eq!(
            PartialDate::parse("2012-08").unwrap(),
            PartialDate {
                year: 2012,
                month: Some(8),
                day: None
            }
        );
        assert_eq!(
            PartialDate::parse("2014-04-28").unwrap(),
            PartialDate::ymd(2014, 4, 28)
        );
    }

    #[test]
    fn rejects_impossible_and_misshapen_dates() {
        for bad in [
            "",
            "14",
            "2014-4-28",
            "2014-13",
            "2014-00",
            "2013-02-29",
            "2014-04-31",
            "2014-04-28T00:00",
            "２０１４",
            "2014--1",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(
            PartialDate::parse("2024-02-29").is_ok(),
            "2024 is a leap year"
        );
    }

    #[test]
    fn iso_round_trips() {
        for text in ["2011", "2011-12", "2011-12-08"] {
            assert_eq!(PartialDate::parse(text).unwrap().iso(), text);
        }
    }

    #[test]
    fn a_year_spans_its_whole_year_on_the_axis() {
        let year = PartialDate::parse("2015").unwrap();
        assert_eq!(year.first_day(), (2015, 1, 1));
        assert_eq!(year.last_day(), (2015, 12, 31));
        assert_eq!(year.end_days() - year.start_days(), 364);
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().last_day(),
            (2024, 2, 29)
        );
    }

    #[test]
    fn days_from_civil_matches_known_epochs() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2011, 12, 8), 15_316);
    }

    #[test]
    fn orders_by_first_day_then_precise_first() {
        let mut dates: Vec<PartialDate> = ["2014", "2013-06-17", "2014-01-01", "2014-01"]
            .iter()
            .map(|t| PartialDate::parse(t).unwrap())
            .collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(|d| d.iso()).collect();
        assert_eq!(sorted, ["2013-06-17", "2014-01-01", "2014-01", "2014"]);
    }
}
