//! Narrowing the timeline by members, region, years and search words (the visible events),
//! and fitting a shared view to the dataset.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::OnceLock;

use super::dataset::{Dataset, Event, EventKind};
use super::search::{search_words, SearchIndex};
use super::url_state::ViewState;
use super::validate::Issue;
use super::year_span::YearSpan;

/// The country of an event's place, as a country the event involves: a host, a venue. An
/// accession's place is only where it was announced (Tunisia joined at Nairobi): it involves the
/// joining country alone, so filtering by Kenya does not show Tunisia's accession.
fn place_involved(event: &Event) -> Option<&str> {
    if event.kind == EventKind::Accession {
        return None;
    }
    event
        .place
        .as_ref()
        .and_then(|place| place.country.as_deref())
}

/// The countries an event involves: its members, then the country of its place (not for an
/// accession, see [`place_involved`]), each once.
pub fn event_countries(event: &Event) -> Vec<&str> {
    let place = place_involved(event);
    let mut countries: Vec<&str> = Vec::with_capacity(event.members.len() + 1);
    for code in event.members.iter().map(String::as_str).chain(place) {
        if !countries.contains(&code) {
            countries.push(code);
        }
    }
    countries
}

/// Whether any country `event` involves is in `codes`.
fn involves_any(event: &Event, codes: &HashSet<&str>) -> bool {
    event
        .members
        .iter()
        .any(|code| codes.contains(code.as_str()))
        || place_involved(event).is_some_and(|code| codes.contains(code))
}

/// A view state's members, region and span prepared for testing many events: chosen codes and
/// region codes as sets.
#[derive(Clone, Debug)]
pub struct Matcher<'a> {
    members: Option<HashSet<&'a str>>,
    region: Option<HashSet<&'a str>>,
    from_days: i64,
    to_days: i64,
}

impl<'a> Matcher<'a> {
    /// Prepares `state`'s narrowing, looking its region up in `dataset.countries`.
    pub fn new(dataset: &'a Dataset, state: &'a ViewState) -> Self {
        let members =
            (!state.members.is_empty()).then(|| state.members.iter().map(String::as_str).collect());
        let region = state.region.map(|region| {
            dataset
                .countries
                .iter()
                .filter(|country| country.region == region)
                .map(|country| country.code.as_str())
                .collect()
        });
        let (from_days, to_days) = YearSpan::days_of_bounds(state.from, state.to);
        Matcher {
            members,
            region,
            from_days,
            to_days,
        }
    }

    /// Whether `event` passes: some day of the event (from the first day of its start to the
    /// last day of its end) falls within the span; if members are chosen, it involves one of
    /// them; if a region is set, it involves a country of that region. An event that involves no
    /// country fails any member or region filter.
    pub fn matches(&self, event: &Event) -> bool {
        let first = event.start.start_days();
        let last = event.last_date().end_days().max(first);
        first <= self.to_days
            && last >= self.from_days
            && self
                .members
                .as_ref()
                .is_none_or(|codes| involves_any(event, codes))
            && self
                .region
                .as_ref()
                .is_none_or(|codes| involves_any(event, codes))
    }
}

/// Chronological order of events: by start, then end, then id.
pub fn chronological(a: &Event, b: &Event) -> Ordering {
    a.start
        .cmp(&b.start)
        .then_with(|| a.last_date().cmp(&b.last_date()))
        .then_with(|| a.id.cmp(&b.id))
}

/// The events a view state shows, as the timeline lists them: the indices (ascending, into
/// `dataset.events`, which the app keeps in [`chronological`] order) of those that pass its
/// members, region and span ([`Matcher::matches`]) and contain every word of its search
/// ([`SearchIndex::matches`]). `search_index` is made the first time a search needs it.
pub fn visible_events(
    dataset: &Dataset,
    state: &ViewState,
    search_index: &OnceLock<SearchIndex>,
) -> Vec<usize> {
    let matcher = Matcher::new(dataset, state);
    let words = state
        .search
        .as_deref()
        .map(search_words)
        .unwrap_or_default();
    let index = (!words.is_empty()).then(|| search_index.get_or_init(|| SearchIndex::new(dataset)));
    (0..dataset.events.len())
        .filter(|&i| {
            matcher.matches(&dataset.events[i])
                && index.is_none_or(|index| index.matches(i, &words))
        })
        .collect()
}

/// The shown events just before and just after the event at `index` (indices into the
/// chronologically sorted events; `shown` ascending, as the timeline's `visible` list is). The
/// event itself need not be shown: a link can open an event the filters hide.
pub fn shown_neighbours(shown: &[usize], index: usize) -> (Option<usize>, Option<usize>) {
    let before = shown.partition_point(|&s| s < index);
    let after = shown.partition_point(|&s| s <= index);
    (
        before.checked_sub(1).map(|i| shown[i]),
        shown.get(after).copied(),
    )
}

/// The first and last year that any event, member join (named or not) or reported count
/// touches ([`YearSpan::of_dataset`]).
pub fn dataset_years(dataset: &Dataset) -> (i32, i32) {
    let span = YearSpan::of_dataset(dataset);
    (span.first, span.last)
}

/// Something [`sanitize`] had to change in a view state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sanitized {
    /// The open event is not in the dataset; it was closed.
    UnknownEvent(String),
    /// The open event is in the dataset's file but was left out as invalid; it was closed.
    LeftOutEvent(String),
    /// A chosen code is not a member of the coalition; it was dropped.
    UnknownMember(String),
    /// The span was reversed or reached beyond the dataset's years; it was put in order and
    /// clamped to [`dataset_years`].
    SpanOutOfRange,
}

/// Fits a view state (from a link) to the dataset: closes an unknown event and the story of a
/// country that is not a member, drops codes that are not members (and repeated codes, silently), puts the span in order and clamps it to the
/// dataset's years, then drops a bound at the first or last year (silently: it is the default,
/// as the year selects write it). Says what needs the reader's notice; the rest of the state is
/// kept.
pub fn sanitize(dataset: &Dataset, state: &mut ViewState) -> Vec<Sanitized> {
    let mut changes = Vec::new();
    if let Some(id) = &state.event {
        if dataset.event(id).is_none() {
            changes.push(Sanitized::UnknownEvent(id.clone()));
            state.event = None;
        }
    }
    let members: HashSet<&str> = dataset
        .members
        .iter()
        .map(|member| member.country.as_str())
        .collect();
    if let Some(code) = &state.country {
        if !members.contains(code.as_str()) {
            changes.push(Sanitized::UnknownMember(code.clone()));
            state.country = None;
        }
    }
    let mut seen: HashSet<String> = HashSet::new();
    state.members.retain(|code| {
        if !members.contains(code.as_str()) {
            changes.push(Sanitized::UnknownMember(code.clone()));
            false
        } else {
            seen.insert(code.clone())
        }
    });
    let data = YearSpan::of_dataset(dataset);
    if YearSpan::bounds_need_fitting(state.from, state.to, data) {
        changes.push(Sanitized::SpanOutOfRange);
    }
    (state.from, state.to) = YearSpan::from_bounds(state.from, state.to, data)
        .clamped_to(data)
        .bounds(data);
    changes
}

/// Tells apart, among the unknown events [`sanitize`] closed, those the dataset's file has but
/// that were left out as invalid (named by an issue), so the reader is not told they do not exist.
pub fn name_left_out(changes: Vec<Sanitized>, issues: &[Issue]) -> Vec<Sanitized> {
    changes
        .into_iter()
        .map(|change| match change {
            Sanitized::UnknownEvent(id) if issues.iter().any(|i| i.location.record == id) => {
                Sanitized::LeftOutEvent(id)
            }
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::{
        About, Country, EventKind, Member, Place, Region, ReportedCount, Text,
    };
    use crate::domain::date::PartialDate;

    fn text(s: &str) -> Text {
        Text {
            en: s.into(),
            mn: s.into(),
            ro: s.into(),
        }
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn event(
        id: &str,
        start: &str,
        end: Option<&str>,
        members: &[&str],
        place: Option<&str>,
    ) -> Event {
        Event {
            id: id.into(),
            kind: EventKind::Milestone,
            start: date(start),
            end: end.map(date),
            title: text(id),
            summary: text(id),
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

    fn member(code: &str, joined: &str) -> Member {
        Member {
            country: code.into(),
            joined: date(joined),
            joined_by: None,
            founder: false,
            ordinal: None,
            note: None,
            sources: vec!["https://example.org".into()],
        }
    }

    fn dataset(events: Vec<Event>) -> Dataset {
        let country = |code: &str, region| Country {
            code: code.into(),
            name: text(code),
            region,
        };
        Dataset {
            format: "foc-timeline".into(),
            version: 1,
            updated: date("2025-06-01"),
            about: About {
                name: text("FOC"),
                summary: text("FOC"),
                areas_of_action: vec![],
                sources: vec![],
            },
            countries: vec![
                country("MD", Region::Europe),
                country("EE", Region::Europe),
                country("MN", Region::AsiaPacific),
                country("KE", Region::Africa),
                country("CR", Region::Americas),
                country("XK", Region::Europe),
            ],
            members: vec![
                member("EE", "2011-12"),
                member("KE", "2011-12"),
                member("MN", "2012"),
                member("MD", "2014-01-01"),
            ],
            unidentified_members: vec![],
            reported_counts: vec![ReportedCount {
                date: date("2012-08"),
                count: 17,
                alternatives: vec![],
                note: None,
                sources: vec!["https://example.org".into()],
            }],
            events,
            source_titles: vec![],
        }
    }

    fn sample() -> Dataset {
        dataset(vec![
            event(
                "conference-2011-hague",
                "2011-12-08",
                Some("2011-12-09"),
                &["EE", "KE"],
                Some("NL"),
            ),
            event(
                "conference-2012-nairobi",
                "2012-09-06",
                Some("2012-09-07"),
                &[],
                Some("KE"),
            ),
            event(
                "conference-2013-tunis",
                "2013-06-17",
                Some("2013-06-18"),
                &[],
                Some("TN"),
            ),
            event("accession-2014-moldova", "2014-01-01", None, &["MD"], None),
            event(
                "conference-2014-tallinn",
                "2014-04-28",
                Some("2014-04-29"),
                &["EE"],
                Some("EE"),
            ),
            event(
                "conference-2015-ulaanbaatar",
                "2015-05-07",
                Some("2015-05-08"),
                &["MN"],
                Some("MN"),
            ),
            event("milestone-2016", "2016", None, &[], None),
            event(
                "conference-2019-berlin",
                "2019-11-25",
                None,
                &["CR"],
                Some("DE"),
            ),
        ])
    }

    fn ids(events: &[&Event]) -> Vec<String> {
        events.iter().map(|e| e.id.clone()).collect()
    }

    fn filter(
        members: &[&str],
        region: Option<Region>,
        from: Option<i32>,
        to: Option<i32>,
    ) -> ViewState {
        ViewState {
            members: members.iter().map(|m| m.to_string()).collect(),
            region,
            from,
            to,
            ..ViewState::default()
        }
    }

    /// The events `state` shows, as the app computes them.
    fn visible<'a>(data: &'a Dataset, state: &ViewState) -> Vec<&'a Event> {
        visible_events(data, state, &OnceLock::new())
            .into_iter()
            .map(|i| &data.events[i])
            .collect()
    }

    /// Whether `state` shows `event`.
    fn passes(data: &Dataset, event: &Event, state: &ViewState) -> bool {
        visible(data, state).iter().any(|e| e.id == event.id)
    }

    #[test]
    fn empty_filter_shows_every_event_in_order() {
        let mut data = sample();
        data.events.reverse();
        // As the app does once the dataset is in.
        crate::domain::sorting::sort_by(&mut data.events, chronological);
        let shown = visible(&data, &ViewState::default());
        assert_eq!(shown.len(), 8);
        assert_eq!(shown[0].id, "conference-2011-hague");
        assert_eq!(shown[7].id, "conference-2019-berlin");
        assert!(shown
            .windows(2)
            .all(|pair| chronological(pair[0], pair[1]).is_le()));
    }

    #[test]
    fn event_outside_span_is_hidden() {
        let data = sample();
        let shown = visible(&data, &filter(&[], None, Some(2013), Some(2014)));
        assert_eq!(
            ids(&shown),
            [
                "conference-2013-tunis",
                "accession-2014-moldova",
                "conference-2014-tallinn"
            ]
        );
    }

    #[test]
    fn year_only_event_matches_any_span_touching_its_year() {
        let data = sample();
        let milestone = data.event("milestone-2016").unwrap();
        assert!(passes(
            &data,
            milestone,
            &filter(&[], None, Some(2016), Some(2016))
        ));
        assert!(passes(
            &data,
            milestone,
            &filter(&[], None, None, Some(2016))
        ));
        assert!(!passes(
            &data,
            milestone,
            &filter(&[], None, Some(2017), None)
        ));
    }

    #[test]
    fn event_spanning_the_span_start_is_shown() {
        let data = dataset(vec![event(
            "long",
            "2013-12-30",
            Some("2014-01-02"),
            &[],
            None,
        )]);
        assert_eq!(
            visible(&data, &filter(&[], None, Some(2014), None)).len(),
            1
        );
        assert_eq!(
            visible(&data, &filter(&[], None, None, Some(2013))).len(),
            1
        );
        assert_eq!(
            visible(&data, &filter(&[], None, Some(2015), None)).len(),
            0
        );
    }

    #[test]
    fn reversed_span_is_read_in_order() {
        let data = sample();
        let forward = visible(&data, &filter(&[], None, Some(2013), Some(2014)));
        let reversed = visible(&data, &filter(&[], None, Some(2014), Some(2013)));
        assert_eq!(ids(&forward), ids(&reversed));
    }

    #[test]
    fn chosen_member_shows_events_involving_it_as_member_or_host() {
        let data = sample();
        let shown = visible(&data, &filter(&["KE"], None, None, None));
        assert_eq!(
            ids(&shown),
            ["conference-2011-hague", "conference-2012-nairobi"]
        );
        let shown = visible(&data, &filter(&["MD", "MN"], None, None, None));
        assert_eq!(
            ids(&shown),
            ["accession-2014-moldova", "conference-2015-ulaanbaatar"]
        );
    }

    #[test]
    fn all_members_unknown_shows_nothing() {
        let data = sample();
        assert!(visible(&data, &filter(&["ZZ", "QQ"], None, None, None)).is_empty());
    }

    #[test]
    fn region_filter_uses_country_regions() {
        let data = sample();
        let shown = visible(&data, &filter(&[], Some(Region::Americas), None, None));
        assert_eq!(ids(&shown), ["conference-2019-berlin"]);
        let shown = visible(&data, &filter(&[], Some(Region::AsiaPacific), None, None));
        assert_eq!(ids(&shown), ["conference-2015-ulaanbaatar"]);
        // NL and TN are not in the sample's countries: their events are in no region.
        let shown = visible(&data, &filter(&[], Some(Region::Africa), None, None));
        assert_eq!(
            ids(&shown),
            ["conference-2011-hague", "conference-2012-nairobi"]
        );
    }

    #[test]
    fn members_region_and_span_all_apply() {
        let data = sample();
        let shown = visible(
            &data,
            &filter(&["EE", "MN"], Some(Region::Europe), Some(2012), None),
        );
        assert_eq!(ids(&shown), ["conference-2014-tallinn"]);
    }

    #[test]
    fn event_without_countries_fails_member_and_region_filters() {
        let data = sample();
        let milestone = data.event("milestone-2016").unwrap();
        assert!(event_countries(milestone).is_empty());
        assert!(passes(&data, milestone, &ViewState::default()));
        assert!(!passes(
            &data,
            milestone,
            &filter(&["EE"], None, None, None)
        ));
        assert!(!passes(
            &data,
            milestone,
            &filter(&[], Some(Region::Europe), None, None)
        ));
    }

    #[test]
    fn event_countries_are_members_then_place_without_repeats() {
        let e = event("e", "2014", None, &["EE", "MD", "EE"], Some("EE"));
        assert_eq!(event_countries(&e), ["EE", "MD"]);
        let e = event("e", "2014", None, &["MD"], Some("EE"));
        assert_eq!(event_countries(&e), ["MD", "EE"]);
    }

    #[test]
    fn an_accession_involves_the_joining_country_not_the_host_of_its_place() {
        let data = sample();
        let mut accession = event(
            "accession-2012-tunisia",
            "2012-09-07",
            None,
            &["MD"],
            Some("EE"),
        );
        accession.kind = EventKind::Accession;
        assert_eq!(event_countries(&accession), ["MD"]);
        let mut data = data;
        data.events.push(accession.clone());
        assert!(!passes(
            &data,
            &accession,
            &filter(&["EE"], None, None, None)
        ));
        assert!(passes(
            &data,
            &accession,
            &filter(&["MD"], None, None, None)
        ));
    }

    #[test]
    fn the_open_event_and_the_look_do_not_narrow() {
        let data = sample();
        let state = ViewState {
            event: Some("conference-2014-tallinn".into()),
            embed: true,
            ..filter(&["MD"], None, None, None)
        };
        assert_eq!(ids(&visible(&data, &state)), ["accession-2014-moldova"]);
    }

    #[test]
    fn search_words_narrow_within_the_filters() {
        let data = sample();
        let search = |q: &str, members: &[&str]| ViewState {
            search: Some(q.into()),
            ..filter(members, None, None, None)
        };
        assert_eq!(
            ids(&visible(&data, &search("TALLINN", &[]))),
            ["conference-2014-tallinn"]
        );
        assert!(visible(&data, &search("tallinn", &["MD"])).is_empty());
        assert!(visible(&data, &search("tallinn nairobi", &[])).is_empty());
    }

    #[test]
    fn neighbours_are_the_nearest_shown_events_either_side() {
        let shown = [1, 4, 5, 9];
        assert_eq!(shown_neighbours(&shown, 4), (Some(1), Some(5)));
        assert_eq!(shown_neighbours(&shown, 1), (None, Some(4)));
        assert_eq!(shown_neighbours(&shown, 9), (Some(5), None));
        // An open event the filters hide still has shown neighbours.
        assert_eq!(shown_neighbours(&shown, 7), (Some(5), Some(9)));
        assert_eq!(shown_neighbours(&shown, 0), (None, Some(1)));
        assert_eq!(shown_neighbours(&[], 3), (None, None));
        assert_eq!(shown_neighbours(&[3], 3), (None, None));
    }

    #[test]
    fn dataset_years_cover_events_joins_and_counts() {
        let mut data = sample();
        assert_eq!(dataset_years(&data), (2011, 2019));
        data.members[0].joined_by = Some(date("2021-11"));
        data.reported_counts[0].date = date("2010");
        assert_eq!(dataset_years(&data), (2010, 2021));
        let empty = Dataset {
            members: vec![],
            reported_counts: vec![],
            ..dataset(vec![])
        };
        assert_eq!(dataset_years(&empty), (2025, 2025));
    }

    #[test]
    fn sanitize_drops_unknown_event_and_non_members() {
        let data = sample();
        let mut state = ViewState {
            event: Some("conference-2099-nowhere".into()),
            members: vec![
                "MD".into(),
                "XK".into(),
                "ZZ".into(),
                "MD".into(),
                "EE".into(),
            ],
            from: Some(2012),
            embed: true,
            ..ViewState::default()
        };
        let changes = sanitize(&data, &mut state);
        assert_eq!(
            changes,
            [
                Sanitized::UnknownEvent("conference-2099-nowhere".into()),
                Sanitized::UnknownMember("XK".into()),
                Sanitized::UnknownMember("ZZ".into()),
            ]
        );
        assert_eq!(state.event, None);
        assert_eq!(state.members, ["MD", "EE"]);
        assert_eq!(
            (state.from, state.to, state.embed),
            (Some(2012), None, true)
        );
    }

    #[test]
    fn sanitize_closes_the_story_of_a_country_that_is_not_a_member() {
        let data = sample();
        let mut state = ViewState {
            country: Some("ZZ".into()),
            members: vec!["MD".into()],
            ..ViewState::default()
        };
        assert_eq!(
            sanitize(&data, &mut state),
            [Sanitized::UnknownMember("ZZ".into())]
        );
        assert_eq!((state.country, state.members), (None, vec!["MD".into()]));
        let mut member = ViewState {
            country: Some("MD".into()),
            ..ViewState::default()
        };
        assert!(sanitize(&data, &mut member).is_empty());
        assert_eq!(member.country.as_deref(), Some("MD"));
    }

    #[test]
    fn sanitize_keeps_a_valid_state_unchanged() {
        let data = sample();
        let mut state = ViewState {
            event: Some("conference-2014-tallinn".into()),
            members: vec!["MN".into()],
            region: Some(Region::Europe),
            from: Some(2012),
            to: Some(2018),
            ..ViewState::default()
        };
        let before = state.clone();
        assert!(sanitize(&data, &mut state).is_empty());
        assert_eq!(state, before);
    }

    #[test]
    fn sanitize_clamps_span_to_dataset_years() {
        let data = sample();
        let mut state = ViewState {
            from: Some(1990),
            to: Some(2050),
            ..ViewState::default()
        };
        assert_eq!(sanitize(&data, &mut state), [Sanitized::SpanOutOfRange]);
        // Clamped to 2011–2019, the whole span: no bounds left.
        assert_eq!((state.from, state.to), (None, None));

        let mut state = ViewState {
            from: Some(2030),
            to: Some(2015),
            ..ViewState::default()
        };
        assert_eq!(sanitize(&data, &mut state), [Sanitized::SpanOutOfRange]);
        assert_eq!((state.from, state.to), (Some(2015), None));

        let mut state = ViewState {
            to: Some(2000),
            ..ViewState::default()
        };
        assert_eq!(sanitize(&data, &mut state), [Sanitized::SpanOutOfRange]);
        assert_eq!((state.from, state.to), (None, Some(2011)));
    }

    #[test]
    fn an_event_left_out_as_invalid_is_named_so() {
        use crate::domain::validate::{Location, Problem};
        let left_out = Issue {
            location: Location {
                record: "conference-2014-tallinn".into(),
                field: "title.en".into(),
            },
            problem: Problem::EmptyText(crate::domain::lang::Lang::En),
        };
        let changes = vec![
            Sanitized::UnknownEvent("conference-2014-tallinn".into()),
            Sanitized::UnknownEvent("conference-2099-nowhere".into()),
            Sanitized::SpanOutOfRange,
        ];
        assert_eq!(
            name_left_out(changes, &[left_out]),
            [
                Sanitized::LeftOutEvent("conference-2014-tallinn".into()),
                Sanitized::UnknownEvent("conference-2099-nowhere".into()),
                Sanitized::SpanOutOfRange,
            ]
        );
    }

    #[test]
    fn sanitize_drops_bounds_at_the_datasets_years_silently() {
        let data = sample();
        let mut state = ViewState {
            members: vec!["MN".into(), "MN".into()],
            from: Some(2011),
            to: Some(2019),
            ..ViewState::default()
        };
        assert!(sanitize(&data, &mut state).is_empty());
        assert_eq!((state.from, state.to), (None, None));
        assert_eq!(state.members, ["MN"]);
    }

    #[test]
    fn hundredfold_dataset_filters_correctly() {
        let codes = ["MD", "EE", "MN", "KE", "CR"];
        let events: Vec<Event> = (0..5_000)
            .map(|i| {
                let year = 2011 + (i % 15);
                let start = format!("{year}-{:02}-{:02}", 1 + (i / 15) % 12, 1 + (i / 180) % 28);
                let members = [codes[i as usize % codes.len()]];
                event(&format!("event-{i:05}"), &start, None, &members, None)
            })
            .collect();
        let mut data = dataset(events);
        crate::domain::sorting::sort_by(&mut data.events, chronological);
        let all = visible(&data, &ViewState::default());
        assert_eq!(all.len(), 5_000);
        assert!(all
            .windows(2)
            .all(|pair| chronological(pair[0], pair[1]).is_lt()));

        let narrowed = filter(&["MD", "KE"], Some(Region::Europe), Some(2015), Some(2016));
        let shown = visible(&data, &narrowed);
        let expected = data
            .events
            .iter()
            .filter(|e| e.members == ["MD"] && (2015..=2016).contains(&e.start.year))
            .count();
        assert_eq!(shown.len(), expected);
        assert!(expected > 0);
        assert!(shown.iter().all(|e| passes(&data, e, &narrowed)));
    }
}
