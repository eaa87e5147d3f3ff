//! One member's story (`?country=MD`): what the country card tells and which events the
//! timeline highlights, from the dataset alone.

use super::dataset::{Dataset, Event, EventKind, Member, Region};
use super::date::PartialDate;
use super::filter::event_countries;
use super::membership::{roles, Roles};

/// Where a member stands in the coalition's count of members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceInCount {
    /// One of the founding members.
    Founder,
    /// The n-th member, as a source states it (the dataset's `ordinal`).
    Stated(u32),
    /// The n-th member as the reported counts show it: the first count after it joined, with
    /// no other member joining since the count before.
    Counted { n: u32, as_of: PartialDate },
}

/// What the country card tells of one member.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryStory<'a> {
    pub member: &'a Member,
    pub region: Option<Region>,
    pub place: Option<PlaceInCount>,
    pub roles: Roles,
    /// The accession event that made it a member, if the dataset has one.
    pub accession: Option<&'a Event>,
    /// The indices (into `dataset.events`, chronological) of the events it is named in or took
    /// place in ([`involves`]).
    pub events: Vec<usize>,
}

/// Whether `event` involves the country `code`: it names it, or took place there (an
/// accession only where it made it a member), as the member filter counts it.
pub fn involves(event: &Event, code: &str) -> bool {
    event_countries(event).contains(&code)
}

/// The story of the member `code`; `None` when it is not a member.
pub fn country_story<'a>(dataset: &'a Dataset, code: &str) -> Option<CountryStory<'a>> {
    let member = dataset.member(code)?;
    Some(CountryStory {
        member,
        region: dataset.country(code).map(|c| c.region),
        place: place_in_count(dataset, member),
        roles: roles(dataset, code),
        accession: dataset
            .events
            .iter()
            .find(|e| e.kind == EventKind::Accession && e.members.iter().any(|m| m == code)),
        events: (0..dataset.events.len())
            .filter(|&i| involves(&dataset.events[i], code))
            .collect(),
    })
}

/// A founder, a stated ordinal, or else one the reported counts show: the first count (with no
/// alternative figure) dated from the day the member's joining could start, when no other member
/// (named or not) could have joined from that day to the count's, and the members certainly in
/// before that day are one fewer than the count. Anything less certain gives `None`: the card
/// then says nothing of it.
pub fn place_in_count(dataset: &Dataset, member: &Member) -> Option<PlaceInCount> {
    if member.founder {
        return Some(PlaceInCount::Founder);
    }
    if let Some(n) = member.ordinal {
        return Some(PlaceInCount::Stated(n));
    }
    let first = member.joined.first_day();
    let last = member.joined_by.unwrap_or(member.joined).last_day();
    let report = dataset
        .reported_counts
        .iter()
        .filter(|c| c.date.first_day() >= first && c.date.last_day() >= last)
        .min_by_key(|c| c.date.first_day())
        .filter(|c| c.alternatives.is_empty())?;
    // Every other joining window, named members' and unidentified ones'.
    let windows = dataset
        .members
        .iter()
        .filter(|m| m.country != member.country)
        .map(|m| (m.joined, m.joined_by.unwrap_or(m.joined)))
        .chain(
            dataset
                .unidentified_members
                .iter()
                .map(|m| (m.joined, m.joined_by.unwrap_or(m.joined))),
        );
    let mut before = 0;
    for (from, to) in windows {
        if to.last_day() < first {
            before += 1;
        } else if from.first_day() <= report.date.last_day() {
            return None;
        }
    }
    (before + 1 == report.count).then_some(PlaceInCount::Counted {
        n: report.count,
        as_of: report.date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::decode_dataset;

    fn shipped() -> Dataset {
        decode_dataset(include_str!("../../public/data/foc.json"))
            .unwrap()
            .dataset
    }

    fn ids<'a>(dataset: &'a Dataset, story: &CountryStory) -> Vec<&'a str> {
        story
            .events
            .iter()
            .map(|&i| dataset.events[i].id.as_str())
            .collect()
    }

    #[test]
    fn moldova_is_the_22nd_member_as_its_ministry_counted_in_january_2014() {
        let data = shipped();
        let story = country_story(&data, "MD").unwrap();
        assert_eq!(
            story.place,
            Some(PlaceInCount::Counted {
                n: 22,
                as_of: PartialDate::parse("2014-01").unwrap()
            })
        );
        assert_eq!(story.region, Some(Region::Europe));
        assert_eq!(
            story.accession.map(|e| e.id.as_str()),
            Some("accession-2014-moldova")
        );
        assert!(story.roles.chair_years.is_empty() && story.roles.hosted.is_empty());
        assert_eq!(
            ids(&data, &story),
            [
                "accession-2014-moldova",
                "conference-2014-tallinn",
                "statement-2025-un-cybercrime-convention"
            ]
        );
    }

    #[test]
    fn mongolia_founded_chaired_in_2015_and_hosted_ulaanbaatar() {
        let data = shipped();
        let story = country_story(&data, "MN").unwrap();
        assert_eq!(story.place, Some(PlaceInCount::Founder));
        assert_eq!(
            story
                .roles
                .chair_years
                .iter()
                .map(|d| d.year)
                .collect::<Vec<_>>(),
            [2014]
        );
        assert_eq!(story.roles.hosted, ["conference-2015-ulaanbaatar"]);
        assert!(ids(&data, &story).contains(&"conference-2011-the-hague"));
        assert!(ids(&data, &story).contains(&"conference-2015-ulaanbaatar"));
    }

    #[test]
    fn a_stated_ordinal_wins_and_an_unclear_count_gives_none() {
        let data = shipped();
        assert_eq!(
            country_story(&data, "SK").unwrap().place,
            Some(PlaceInCount::Stated(36))
        );
        // Germany and Georgia joined some time in 2013, between two counts.
        let unclear: Vec<&str> = data
            .members
            .iter()
            .filter(|m| place_in_count(&data, m).is_none())
            .map(|m| m.country.as_str())
            .collect();
        assert!(
            unclear.contains(&"DE") && unclear.contains(&"GE"),
            "{unclear:?}"
        );
        assert!(!unclear.contains(&"MD"));
    }

    #[test]
    fn a_country_that_is_not_a_member_has_no_story() {
        let data = shipped();
        assert!(country_story(&data, "ZZ").is_none());
        assert!(country_story(&data, "md").is_none());
    }
}
