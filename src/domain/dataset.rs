//! The dataset's types, decoded with serde from `public/data/foc.json`
//! (format described in `docs/dataset-format.md`).

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::lang::Lang;

/// The only `format` value this app reads.
pub const FORMAT_NAME: &str = "foc-timeline";
/// The format version this app reads.
pub const FORMAT_VERSION: u32 = 1;

/// A human-readable text in every language of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub mn: String,
    pub ro: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Mn => &self.mn,
            Lang::Ro => &self.ro,
        }
    }

    /// Each language with its text.
    pub fn all(&self) -> [(Lang, &str); 3] {
        [
            (Lang::En, &self.en),
            (Lang::Mn, &self.mn),
            (Lang::Ro, &self.ro),
        ]
    }

    /// The paragraphs of the text in `lang`: the dataset separates them with a blank line.
    /// Blank paragraphs are dropped; a text without a blank line is one paragraph.
    pub fn paragraphs(&self, lang: Lang) -> Vec<&str> {
        self.get(lang)
            .split("\n\n")
            .map(str::trim)
            .filter(|paragraph| !paragraph.is_empty())
            .collect()
    }
}

/// The whole dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    pub updated: PartialDate,
    pub about: About,
    pub countries: Vec<Country>,
    pub members: Vec<Member>,
    #[serde(default)]
    pub unidentified_members: Vec<UnidentifiedMember>,
    #[serde(default)]
    pub reported_counts: Vec<ReportedCount>,
    pub events: Vec<Event>,
    /// What some source URLs are, where the address alone does not say it (a ministry page
    /// cited by its site's root, a text read through a mirror).
    #[serde(default)]
    pub source_titles: Vec<SourceTitle>,
}

/// The title of a cited page: its publisher, title and date where known.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceTitle {
    pub url: String,
    pub title: Text,
}

/// What the coalition is, and its areas of action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub name: Text,
    pub summary: Text,
    #[serde(default)]
    pub areas_of_action: Vec<AreaOfAction>,
    pub sources: Vec<String>,
}

/// One of the coalition's areas of action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaOfAction {
    pub title: Text,
    pub description: Text,
}

/// A world region, for the region filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Africa,
    Americas,
    AsiaPacific,
    Europe,
}

impl Region {
    /// Every region, in display order.
    pub const ALL: [Region; 4] = [
        Region::Africa,
        Region::Americas,
        Region::AsiaPacific,
        Region::Europe,
    ];

    /// The code used in URLs and the dataset.
    pub fn code(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::AsiaPacific => "asia_pacific",
            Region::Europe => "europe",
        }
    }

    /// Parses a URL or dataset code.
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A country referenced by the dataset, named per Unicode CLDR.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: Text,
    pub region: Region,
}

/// A member state of the coalition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub country: String,
    /// The earliest date the sources allow.
    pub joined: PartialDate,
    /// The latest date of a window, where sources give only a window.
    #[serde(default)]
    pub joined_by: Option<PartialDate>,
    #[serde(default)]
    pub founder: bool,
    /// The member's ordinal, only where a source states it.
    #[serde(default)]
    pub ordinal: Option<u32>,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

/// A member slot the coalition counts but no source names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnidentifiedMember {
    pub ordinal: u32,
    pub joined: PartialDate,
    #[serde(default)]
    pub joined_by: Option<PartialDate>,
    pub note: Text,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A member count reported by a source on a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedCount {
    pub date: PartialDate,
    pub count: u32,
    #[serde(default)]
    pub alternatives: Vec<AlternativeCount>,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

/// Another source's figure for the same date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternativeCount {
    pub count: u32,
    pub sources: Vec<String>,
}

/// What sort of event a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Conference,
    Accession,
    Chairship,
    Statement,
    Milestone,
}

impl EventKind {
    /// Every kind, in legend order.
    pub const ALL: [EventKind; 5] = [
        EventKind::Conference,
        EventKind::Accession,
        EventKind::Chairship,
        EventKind::Statement,
        EventKind::Milestone,
    ];

    /// The code used in CSS classes and URLs.
    pub fn code(self) -> &'static str {
        match self {
            EventKind::Conference => "conference",
            EventKind::Accession => "accession",
            EventKind::Chairship => "chairship",
            EventKind::Statement => "statement",
            EventKind::Milestone => "milestone",
        }
    }
}

/// Where an event took place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    #[serde(default)]
    pub city: Option<Text>,
    /// Held online (virtual events have no city); `country` is then the host.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
    /// The CLDR time-zone id whose exemplar city gives the city's names.
    #[serde(default)]
    pub cldr_zone: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
}

/// How exact a reported figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
}

/// Who took part in a conference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    pub count: u32,
    pub qualifier: Qualifier,
    #[serde(default)]
    pub countries: Option<u32>,
    #[serde(default)]
    pub countries_qualifier: Option<Qualifier>,
}

/// A recorded disagreement between sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    pub note: Text,
    pub sources: Vec<String>,
}

/// One event on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    pub start: PartialDate,
    #[serde(default)]
    pub end: Option<PartialDate>,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub place: Option<Place>,
    #[serde(default)]
    pub theme: Option<Text>,
    #[serde(default)]
    pub participants: Option<Participants>,
    #[serde(default)]
    pub outcomes: Vec<Text>,
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(default)]
    pub discrepancies: Vec<Discrepancy>,
    /// The id of the conference this statement, milestone or accession came from; the detail
    /// names it and links to it, and the conference's detail links back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    pub sources: Vec<String>,
}

impl Event {
    /// The last day the event can cover (its end, else its start).
    pub fn last_date(&self) -> PartialDate {
        self.end.unwrap_or(self.start)
    }

    /// Whether the event took one known day: not a year, a month, or a span from start to end.
    pub fn is_one_day(&self) -> bool {
        self.start.day.is_some() && self.last_date() == self.start
    }
}

impl Dataset {
    /// The title the dataset gives a source URL, if any.
    pub fn source_title(&self, url: &str) -> Option<&Text> {
        self.source_titles
            .iter()
            .find(|t| t.url == url)
            .map(|t| &t.title)
    }

    /// The country with this ISO code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The member record of this country, if it is a member.
    pub fn member(&self, code: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.country == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_line_separates_paragraphs() {
        let text = Text {
            en: "One.\n\nTwo, still\none paragraph.\n\n\n\nThree. ".into(),
            mn: "Нэг.".into(),
            ro: "\n\n".into(),
        };
        assert_eq!(
            text.paragraphs(Lang::En),
            ["One.", "Two, still\none paragraph.", "Three."]
        );
        assert_eq!(text.paragraphs(Lang::Mn), ["Нэг."]);
        assert!(text.paragraphs(Lang::Ro).is_empty());
    }

    #[test]
    fn one_day_is_a_day_with_no_other_end() {
        let event = |start: &str, end: Option<&str>| -> Event {
            let text = r#"{"en": "x", "mn": "х", "ro": "x"}"#;
            let end = end.map_or(String::new(), |end| format!(r#""end": "{end}","#));
            serde_json::from_str(&format!(
                r#"{{"id": "e", "kind": "statement", "start": "{start}", {end}
                    "title": {text}, "summary": {text}, "sources": []}}"#
            ))
            .unwrap()
        };
        assert!(event("2014-04-28", None).is_one_day());
        assert!(event("2014-04-28", Some("2014-04-28")).is_one_day());
        assert!(!event("2014-04-28", Some("2014-04-29")).is_one_day());
        assert!(!event("2014-04", None).is_one_day());
        assert!(!event("2011", None).is_one_day());
    }
}
