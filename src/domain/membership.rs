//! Membership over time: who was a member when, the growth series, each member's roles, the roster.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::dataset::{Dataset, Event, EventKind, Member};
use super::date::PartialDate;
use super::filter::chronological;
use super::lang::Lang;
use super::matching::sort_key;
use super::sorting::sort_by;

/// How many named members the coalition had on a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemberCount {
    /// Members certainly joined by then (the last day their join could be has passed).
    pub certain: usize,
    /// The certain ones plus those whose join window had started but not certainly ended.
    pub possible: usize,
}

/// The day (year, month, day) by which a member has certainly joined: the last day of its
/// `joined_by` (the latest date of its join window), or of `joined` where there is no window.
fn certain_day(member: &Member) -> (i32, u8, u8) {
    member.joined_by.unwrap_or(member.joined).last_day()
}

/// The members certainly joined by the last day `date` can mean, by join date then code.
pub fn members_as_of(dataset: &Dataset, date: PartialDate) -> Vec<&Member> {
    let day = date.last_day();
    let mut members: Vec<&Member> = dataset
        .members
        .iter()
        .filter(|m| certain_day(m) <= day)
        .collect();
    sort_by(&mut members, |a, b| by_join_date(a, b));
    members
}

/// The named members on the last day `date` can mean (see [`MemberCount`]).
pub fn count_as_of(dataset: &Dataset, date: PartialDate) -> MemberCount {
    let day = date.last_day();
    count_between(dataset, day, day, &[])
}

/// The named members when `event` happened, some day from the first its start can mean to the
/// last its end (or start) can: at least those certainly joined by that first day, at most
/// those whose joining could have come by that last day. The members an accession names count
/// as joined: its day is the one they joined.
pub fn count_at_event(dataset: &Dataset, event: &Event) -> MemberCount {
    count_between(
        dataset,
        event.start.first_day(),
        event.last_date().last_day(),
        joining_at(event),
    )
}

/// The members an event makes members: an accession's own.
fn joining_at(event: &Event) -> &[String] {
    match event.kind {
        EventKind::Accession => &event.members,
        _ => &[],
    }
}

/// Whether the range of [`count_at_event`] comes, at least in part, from the event's own dates
/// (a year, a month, a span during which members joined), not only from members' uncertain
/// joining dates: on its first day alone, the count would be narrower.
pub fn range_comes_from_event_dates(dataset: &Dataset, event: &Event) -> bool {
    let first = event.start.first_day();
    count_at_event(dataset, event) != count_between(dataset, first, first, joining_at(event))
}

fn count_between(
    dataset: &Dataset,
    first: (i32, u8, u8),
    last: (i32, u8, u8),
    joining: &[String],
) -> MemberCount {
    let mut count = MemberCount::default();
    for member in &dataset.members {
        if certain_day(member) <= first || joining.contains(&member.country) {
            count.certain += 1;
            count.possible += 1;
        } else if member.joined.first_day() <= last {
            count.possible += 1;
        }
    }
    count
}

/// The certain named-member count as a step series, ascending: one point per day on which it
/// changes (the day a member becomes certain, as a full date), with the count from that day on.
pub fn growth_series(dataset: &Dataset) -> Vec<(PartialDate, usize)> {
    let mut days: Vec<(i32, u8, u8)> = dataset.members.iter().map(certain_day).collect();
    sort_by(&mut days, Ord::cmp);
    let mut series: Vec<(PartialDate, usize)> = Vec::new();
    for (index, (year, month, day)) in days.into_iter().enumerate() {
        let point = (PartialDate::ymd(year, month, day), index + 1);
        match series.last_mut() {
            Some(last) if last.0 == point.0 => last.1 = point.1,
            _ => series.push(point),
        }
    }
    series
}

/// What a country has been in the coalition.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    /// A founding member.
    pub founder: bool,
    /// The starts of the chairship terms naming the country, in order.
    pub chair_years: Vec<PartialDate>,
    /// The ids of the conferences held in the country, in chronological order.
    pub hosted: Vec<String>,
}

/// The roles of the country with ISO code `code` (all empty for a country that had none).
pub fn roles(dataset: &Dataset, code: &str) -> Roles {
    let mut chair_years: Vec<PartialDate> = dataset
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Chairship && e.members.iter().any(|m| m == code))
        .map(|e| e.start)
        .collect();
    sort_by(&mut chair_years, PartialDate::cmp);
    let mut hosted: Vec<_> = dataset
        .events
        .iter()
        .filter(|e| {
            e.kind == EventKind::Conference
                && e.place.as_ref().and_then(|p| p.country.as_deref()) == Some(code)
        })
        .collect();
    sort_by(&mut hosted, |a, b| chronological(a, b));
    Roles {
        founder: dataset.member(code).is_some_and(|m| m.founder),
        chair_years,
        hosted: hosted.into_iter().map(|e| e.id.clone()).collect(),
    }
}

/// How the member roster is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RosterSort {
    /// By country name in the display language.
    #[default]
    Name,
    /// By join date (earliest possible), then name.
    Joined,
}

/// The members ordered for the roster: by country name in `lang` (in that language's
/// alphabetical order, see [`sort_key`]) or by join date then name. `descending` reverses the
/// chosen order; ties stay by name, then code, ascending. A member whose country is missing is
/// named by its code.
pub fn sort_roster(
    dataset: &Dataset,
    lang: Lang,
    sort: RosterSort,
    descending: bool,
) -> Vec<&Member> {
    let names: HashMap<&str, &str> = dataset
        .countries
        .iter()
        .map(|c| (c.code.as_str(), c.name.get(lang)))
        .collect();
    let mut rows: Vec<(Vec<u32>, &Member)> = dataset
        .members
        .iter()
        .map(|m| {
            (
                sort_key(
                    names.get(m.country.as_str()).copied().unwrap_or(&m.country),
                    lang,
                ),
                m,
            )
        })
        .collect();
    sort_by(&mut rows, |(key_a, a), (key_b, b)| {
        let primary = match sort {
            RosterSort::Name => key_a.cmp(key_b),
            RosterSort::Joined => a.joined.cmp(&b.joined),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| key_a.cmp(key_b))
            .then_with(|| a.country.cmp(&b.country))
    });
    rows.into_iter().map(|(_, member)| member).collect()
}

/// Orders two members by join date, then code (the order of [`members_as_of`]).
pub fn by_join_date(a: &Member, b: &Member) -> Ordering {
    a.joined
        .cmp(&b.joined)
        .then_with(|| a.country.cmp(&b.country))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::{About, Country, Event, Place, Region, Text};

    fn text(en: &str, mn: &str, ro: &str) -> Text {
        Text {
            en: en.into(),
            mn: mn.into(),
            ro: ro.into(),
        }
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn member(code: &str, joined: &str, joined_by: Option<&str>, founder: bool) -> Member {
        Member {
            country: code.into(),
            joined: date(joined),
            joined_by: joined_by.map(date),
            founder,
            ordinal: None,
            note: None,
            sources: vec!["https://example.org".into()],
        }
    }

    fn event(
        id: &str,
        kind: EventKind,
        start: &str,
        members: &[&str],
        place: Option<&str>,
    ) -> Event {
        Event {
            id: id.into(),
            kind,
            start: date(start),
            end: None,
            title: text(id, id, id),
            summary: text(id, id, id),
            place: place.map(|code| Place {
                country: Some(code.into()),
                ..Place::default()
            }),
            theme: None,
            participants: None,
            outcomes: vec![],
            members: members.iter().map(|m| m.to_string()).collect(),
            discrepancies: vec![],
            part_of: None,
            sources: vec!["https://example.org".into()],
        }
    }

    fn sample() -> Dataset {
        let country = |code: &str, en: &str, mn: &str, ro: &str| Country {
            code: code.into(),
            name: text(en, mn, ro),
            region: Region::Europe,
        };
        Dataset {
            format: "foc-timeline".into(),
            version: 1,
            updated: date("2025-06-01"),
            about: About {
                name: text("FOC", "FOC", "FOC"),
                summary: text("FOC", "FOC", "FOC"),
                areas_of_action: vec![],
                sources: vec![],
            },
            countries: vec![
                country("NL", "Netherlands", "Нидерланд", "Țările de Jos"),
                country("EE", "Estonia", "Эстони", "Estonia"),
                country("MN", "Mongolia", "Монгол", "Mongolia"),
                country("MD", "Moldova", "Молдова", "Republica Moldova"),
                country("GH", "Ghana", "Гана", "Ghana"),
                country("TN", "Tunisia", "Тунис", "Tunisia"),
            ],
            members: vec![
                member("NL", "2011-12-08", None, true),
                member("EE", "2011-12-08", None, true),
                member("MN", "2012", None, false),
                member("MD", "2014-01-01", None, false),
                member("GH", "2020-02", Some("2021-11"), false),
                member("TN", "2012-09", None, false),
            ],
            unidentified_members: vec![],
            reported_counts: vec![],
            events: vec![
                event(
                    "conference-2011-hague",
                    EventKind::Conference,
                    "2011-12-08",
                    &["NL", "EE"],
                    Some("NL"),
                ),
                event(
                    "conference-2014-tallinn",
                    EventKind::Conference,
                    "2014-04-28",
                    &["EE"],
                    Some("EE"),
                ),
                event(
                    "chairship-2015-mongolia",
                    EventKind::Chairship,
                    "2015",
                    &["MN"],
                    None,
                ),
                event(
                    "chairship-2014-estonia",
                    EventKind::Chairship,
                    "2014",
                    &["EE"],
                    None,
                ),
                event(
                    "chairship-2023-estonia",
                    EventKind::Chairship,
                    "2023",
                    &["EE"],
                    None,
                ),
                event(
                    "statement-2013-ee",
                    EventKind::Statement,
                    "2013",
                    &["EE"],
                    Some("EE"),
                ),
                event(
                    "conference-2022-virtual",
                    EventKind::Conference,
                    "2022-10",
                    &["EE"],
                    None,
                ),
            ],
            source_titles: vec![],
        }
    }

    fn codes(members: &[&Member]) -> Vec<String> {
        members.iter().map(|m| m.country.clone()).collect()
    }

    #[test]
    fn founders_are_members_from_the_founding_day() {
        let data = sample();
        assert_eq!(
            codes(&members_as_of(&data, date("2011-12-08"))),
            ["EE", "NL"]
        );
        assert!(members_as_of(&data, date("2011-12-07")).is_empty());
        assert_eq!(
            count_as_of(&data, date("2011-12")),
            MemberCount {
                certain: 2,
                possible: 2
            }
        );
    }

    #[test]
    fn year_only_join_is_certain_only_at_the_end_of_the_year() {
        let data = sample();
        assert_eq!(
            count_as_of(&data, date("2012-06-30")),
            MemberCount {
                certain: 2,
                possible: 3
            }
        );
        assert_eq!(
            count_as_of(&data, date("2012")),
            MemberCount {
                certain: 4,
                possible: 4
            }
        );
        assert_eq!(
            codes(&members_as_of(&data, date("2012"))),
            ["EE", "NL", "MN", "TN"]
        );
    }

    #[test]
    fn window_member_is_possible_not_certain() {
        let data = sample();
        let inside = count_as_of(&data, date("2021-01-15"));
        assert_eq!(
            inside,
            MemberCount {
                certain: 5,
                possible: 6
            }
        );
        assert!(!codes(&members_as_of(&data, date("2021-01-15"))).contains(&"GH".to_string()));
        assert_eq!(
            count_as_of(&data, date("2021-11-30")),
            MemberCount {
                certain: 6,
                possible: 6
            }
        );
        assert_eq!(
            count_as_of(&data, date("2019")),
            MemberCount {
                certain: 5,
                possible: 5
            }
        );
    }

    #[test]
    fn a_window_inside_the_join_year_is_certain_at_its_end_not_the_years() {
        let mut data = sample();
        data.members
            .push(member("IS", "2023", Some("2023-06"), false));
        assert!(codes(&members_as_of(&data, date("2023-06-30"))).contains(&"IS".to_string()));
        assert!(!codes(&members_as_of(&data, date("2023-06-29"))).contains(&"IS".to_string()));
        assert_eq!(growth_series(&data).last(), Some(&(date("2023-06-30"), 7)));
    }

    #[test]
    fn an_event_counts_members_from_the_first_day_it_can_mean_to_the_last() {
        let mut data = sample();
        // Joined at some time in 2012 (MN) or on 2012-09 (TN): a 2012 statement may come before
        // or after either.
        let statement = event("statement-2012", EventKind::Statement, "2012", &[], None);
        assert_eq!(
            count_at_event(&data, &statement),
            MemberCount {
                certain: 2,
                possible: 4
            }
        );
        // An accession counts the member it names, and those whose windows have started.
        data.members
            .push(member("CV", "2024", Some("2024-05"), false));
        data.members
            .push(member("SI", "2024", Some("2024-12-03"), false));
        data.members.push(member("AM", "2024-12-03", None, false));
        let mut cape_verde = event(
            "accession-2024-cape-verde",
            EventKind::Accession,
            "2024",
            &["CV"],
            None,
        );
        cape_verde.end = Some(date("2024-05"));
        assert_eq!(
            count_at_event(&data, &cape_verde),
            MemberCount {
                certain: 7,
                possible: 8
            }
        );
        let armenia = event(
            "accession-2024-armenia",
            EventKind::Accession,
            "2024-12-03",
            &["AM"],
            None,
        );
        assert_eq!(
            count_at_event(&data, &armenia),
            MemberCount {
                certain: 9,
                possible: 9
            }
        );
        // Another kind of event naming members does not make them members.
        let mut chair = armenia.clone();
        chair.kind = EventKind::Chairship;
        chair.members = vec!["CV".into()];
        chair.start = date("2023-01-01");
        assert_eq!(
            count_at_event(&data, &chair),
            MemberCount {
                certain: 6,
                possible: 6
            }
        );
    }

    #[test]
    fn a_range_is_put_down_to_the_event_dates_only_where_members_joined_during_them() {
        let mut data = sample();
        // A 2012 statement: Tunisia joined in September 2012, during it.
        let statement = event("statement-2012", EventKind::Statement, "2012", &[], None);
        assert!(range_comes_from_event_dates(&data, &statement));
        // A two-day meeting while a member's window (April to December) is open: the range
        // comes from that window, not from the meeting's second day.
        data.members
            .push(member("LT", "2014-04", Some("2014-12"), false));
        let mut meeting = event(
            "conference-2014",
            EventKind::Conference,
            "2014-04-28",
            &[],
            None,
        );
        meeting.end = Some(date("2014-04-29"));
        assert_eq!(
            count_at_event(&data, &meeting).possible,
            count_at_event(&data, &meeting).certain + 1
        );
        assert!(!range_comes_from_event_dates(&data, &meeting));
        // A one-day event never puts it down to its date.
        meeting.end = None;
        assert!(!range_comes_from_event_dates(&data, &meeting));
    }

    #[test]
    fn growth_series_steps_on_the_day_membership_becomes_certain() {
        let data = sample();
        assert_eq!(
            growth_series(&data),
            [
                (date("2011-12-08"), 2),
                (date("2012-09-30"), 3),
                (date("2012-12-31"), 4),
                (date("2014-01-01"), 5),
                (date("2021-11-30"), 6),
            ]
        );
        let empty = Dataset {
            members: vec![],
            ..sample()
        };
        assert!(growth_series(&empty).is_empty());
    }

    #[test]
    fn roles_collect_founding_chairs_and_hosted_conferences() {
        let data = sample();
        let estonia = roles(&data, "EE");
        assert!(estonia.founder);
        assert_eq!(estonia.chair_years, [date("2014"), date("2023")]);
        assert_eq!(estonia.hosted, ["conference-2014-tallinn"]);
        let mongolia = roles(&data, "MN");
        assert_eq!(
            mongolia,
            Roles {
                founder: false,
                chair_years: vec![date("2015")],
                hosted: vec![]
            }
        );
        assert_eq!(roles(&data, "ZZ"), Roles::default());
    }

    #[test]
    fn roster_sorts_by_name_in_language() {
        let data = sample();
        // Romanian Ț is a letter after T: "Tunisia" before "Țările de Jos".
        let ro = sort_roster(&data, Lang::Ro, RosterSort::Name, false);
        assert_eq!(codes(&ro), ["EE", "GH", "MN", "MD", "TN", "NL"]);
        let mn = sort_roster(&data, Lang::Mn, RosterSort::Name, false);
        assert_eq!(codes(&mn), ["GH", "MD", "MN", "NL", "TN", "EE"]);
        let en_desc = sort_roster(&data, Lang::En, RosterSort::Name, true);
        assert_eq!(codes(&en_desc), ["TN", "NL", "MN", "MD", "GH", "EE"]);
    }

    #[test]
    fn roster_sorts_by_join_date_then_name() {
        let data = sample();
        let joined = sort_roster(&data, Lang::En, RosterSort::Joined, false);
        assert_eq!(codes(&joined), ["EE", "NL", "MN", "TN", "MD", "GH"]);
        let latest_first = sort_roster(&data, Lang::En, RosterSort::Joined, true);
        assert_eq!(codes(&latest_first), ["GH", "MD", "TN", "MN", "EE", "NL"]);
    }

    #[test]
    fn roster_names_a_member_without_country_by_its_code() {
        let mut data = sample();
        data.members.push(member("AA", "2013", None, false));
        let roster = sort_roster(&data, Lang::En, RosterSort::Name, false);
        assert_eq!(roster[0].country, "AA");
    }

    #[test]
    fn members_as_of_uses_join_date_order() {
        let data = sample();
        let all = members_as_of(&data, date("2025"));
        assert_eq!(codes(&all), ["EE", "NL", "MN", "TN", "MD", "GH"]);
        assert!(all
            .windows(2)
            .all(|pair| by_join_date(pair[0], pair[1]).is_lt()));
    }
}
