//! Events that belong together: a statement, milestone or accession that came from a conference
//! (`part_of`), and the events a conference gave rise to, for the links between their details.

use super::dataset::{Dataset, Event};

/// The conference an event came from, when it names one the dataset has.
pub fn conference_of<'a>(dataset: &'a Dataset, event: &Event) -> Option<&'a Event> {
    event.part_of.as_deref().and_then(|id| dataset.event(id))
}

/// The events that name `conference` as the one they came from, in the dataset's order.
pub fn parts_of<'a>(dataset: &'a Dataset, conference: &Event) -> Vec<&'a Event> {
    dataset
        .events
        .iter()
        .filter(|e| e.part_of.as_deref() == Some(conference.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::decode_dataset;

    fn linked() -> Dataset {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
        value["events"][1]["part_of"] = "conference-2011-the-hague".into();
        decode_dataset(&value.to_string()).unwrap().dataset
    }

    #[test]
    fn a_part_names_its_conference_and_the_conference_lists_it() {
        let data = linked();
        let (conference, accession) = (&data.events[0], &data.events[1]);
        assert_eq!(
            conference_of(&data, accession).map(|e| e.id.as_str()),
            Some("conference-2011-the-hague")
        );
        assert_eq!(
            parts_of(&data, conference)
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["accession-2014-moldova"]
        );
        assert!(conference_of(&data, conference).is_none());
        assert!(parts_of(&data, accession).is_empty());
    }

    #[test]
    fn a_part_whose_conference_is_missing_links_nowhere() {
        let mut data = linked();
        data.events.remove(0);
        assert!(conference_of(&data, &data.events[0]).is_none());
    }
}
