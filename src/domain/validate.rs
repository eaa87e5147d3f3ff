//! Decoding and validating a dataset: record by record, so that one broken record is reported
//! by id and field while the valid rest stays usable.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::dataset::{Dataset, Event, EventKind, Text, FORMAT_NAME, FORMAT_VERSION};
use super::date::PartialDate;
use super::lang::Lang;

/// The longest text a record may hold; the longest summary in the shipped data is about 1,500.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Where in the dataset a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The record: an event id, a country code, or a list position such as `members[3]`.
    pub record: String,
    /// The field within the record (`title.ro`, `sources[0]`), empty for the whole record.
    pub field: String,
}

/// How validation names a country's record ("country XX") and a member's ("member XX"); the
/// interface says them in each language ([`Location::kind`]).
const COUNTRY_RECORD: &str = "country ";
const MEMBER_RECORD: &str = "member ";

fn country_record(code: &str) -> String {
    format!("{COUNTRY_RECORD}{code}")
}

fn member_record(code: &str) -> String {
    format!("{MEMBER_RECORD}{code}")
}

/// A kind of record named by its code, for saying it in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Country,
    Member,
}

impl Location {
    /// The record's kind, when it is a country or a member, and its code; other records (events
    /// by id, list positions such as `members[3]`) have no kind and keep their whole name.
    pub fn kind(&self) -> (Option<RecordKind>, &str) {
        if let Some(code) = self.record.strip_prefix(COUNTRY_RECORD) {
            (Some(RecordKind::Country), code)
        } else if let Some(code) = self.record.strip_prefix(MEMBER_RECORD) {
            (Some(RecordKind::Member), code)
        } else {
            (None, &self.record)
        }
    }
}

/// What is wrong with a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The record does not decode (wrong type, missing or unknown field, impossible date).
    Malformed(String),
    /// Two records share this id or code.
    Duplicate(String),
    /// An id that is not a lower-case slug.
    BadId(String),
    /// A country code that is not ISO 3166-1 alpha-2 shaped.
    BadCountryCode(String),
    /// A reference to a country the dataset does not list.
    UnknownCountry(String),
    /// An end date before the start date.
    EndBeforeStart,
    /// A text that is empty in this language.
    EmptyText(Lang),
    /// Romanian text with cedilla (U+015F, U+0163) instead of comma-below ș/ț.
    CedillaInRomanian,
    /// Mongolian text without a single Cyrillic letter (an untranslated copy).
    MongolianNotCyrillic,
    /// A text longer than [`MAX_TEXT_CHARS`] (it would swamp the page).
    TextTooLong,
    /// A source that is not an https URL (e.g. `javascript:`).
    BadSourceUrl(String),
    /// A record without any source.
    NoSources,
    /// A member's join window starts in a month before a reported count (on the date given)
    /// that leaves the member out: the count is below the member's ordinal, so the member had
    /// not joined yet.
    JoinedBeforeCount(String),
    /// `part_of` names an id that is not a conference in the dataset.
    UnknownConference(String),
}

/// One problem found in a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub location: Location,
    pub problem: Problem,
}

/// Why no dataset could be had at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON (truncated, HTML, empty), with the parser's message.
    NotJson(String),
    /// JSON, but not an object with this app's `format` and a known `version`.
    WrongFormat(String),
    /// Decoded, but no event survived validation.
    NoUsableEvents,
}

/// A dataset as the app uses it: what is valid, and the issues found in the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub dataset: Dataset,
    pub issues: Vec<Issue>,
}

fn issue(record: impl Into<String>, field: impl Into<String>, problem: Problem) -> Issue {
    Issue {
        location: Location {
            record: record.into(),
            field: field.into(),
        },
        problem,
    }
}

/// Decodes a list record by record, naming each failure by the record's `id`, `code` or
/// `country` when it has one.
fn decode_list<T: DeserializeOwned>(root: &Value, key: &str, issues: &mut Vec<Issue>) -> Vec<T> {
    let Some(value) = root.get(key) else {
        return Vec::new();
    };
    let Some(items) = value.as_array() else {
        issues.push(issue(key, "", Problem::Malformed("expected a list".into())));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| match T::deserialize(item) {
            Ok(record) => Some(record),
            Err(error) => {
                issues.push(issue(
                    record_name(key, index, item),
                    "",
                    Problem::Malformed(error.to_string()),
                ));
                None
            }
        })
        .collect()
}

/// A record that does not decode is named as validation names it: a country or member by its
/// kind and code (`member MD`, not the bare `MD` a country record would share), an event by id.
fn record_name(list: &str, index: usize, item: &Value) -> String {
    ["id", "code", "country"]
        .iter()
        .find_map(|key| item.get(key).and_then(Value::as_str))
        .filter(|name| name.len() <= 80)
        .map(|name| match list {
            "countries" => country_record(name),
            "members" => member_record(name),
            _ => name.to_string(),
        })
        .unwrap_or_else(|| format!("{list}[{index}]"))
}

/// Decodes and validates a dataset from JSON text, keeping every valid record.
pub fn decode_dataset(json: &str) -> Result<Checked, DecodeError> {
    let root: Value =
        serde_json::from_str(json).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    if root.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(DecodeError::WrongFormat(format!(
            "“format” is not “{FORMAT_NAME}”"
        )));
    }
    let version = root.get("version").and_then(Value::as_u64);
    if version != Some(u64::from(FORMAT_VERSION)) {
        return Err(DecodeError::WrongFormat(format!(
            "“version” is not {FORMAT_VERSION}"
        )));
    }
    let mut issues = Vec::new();
    let about = match root.get("about").map(super::dataset::About::deserialize) {
        Some(Ok(about)) => about,
        Some(Err(error)) => return Err(DecodeError::WrongFormat(format!("about: {error}"))),
        None => return Err(DecodeError::WrongFormat("“about” is missing".into())),
    };
    let updated = root
        .get("updated")
        .and_then(Value::as_str)
        .and_then(|s| super::date::PartialDate::parse(s).ok())
        .ok_or_else(|| DecodeError::WrongFormat("“updated” is not a date".into()))?;
    let dataset = Dataset {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        updated,
        about,
        countries: decode_list(&root, "countries", &mut issues),
        members: decode_list(&root, "members", &mut issues),
        unidentified_members: decode_list(&root, "unidentified_members", &mut issues),
        reported_counts: decode_list(&root, "reported_counts", &mut issues),
        events: decode_list(&root, "events", &mut issues),
        source_titles: decode_list(&root, "source_titles", &mut issues),
    };
    let mut checked = keep_valid(dataset);
    issues.append(&mut checked.issues);
    checked.issues = issues;
    if checked.dataset.events.is_empty() {
        return Err(DecodeError::NoUsableEvents);
    }
    Ok(checked)
}

/// Validates a decoded dataset and drops every record with a problem, repeating until what is
/// left refers only to what is left (dropping a country can orphan a member).
pub fn keep_valid(mut dataset: Dataset) -> Checked {
    let mut all_issues = drop_duplicates(&mut dataset);
    loop {
        let issues = validate(&dataset);
        if issues.is_empty() {
            break;
        }
        let bad: HashSet<&str> = issues.iter().map(|i| i.location.record.as_str()).collect();
        dataset
            .countries
            .retain(|c| !bad.contains(country_record(&c.code).as_str()));
        dataset
            .members
            .retain(|m| !bad.contains(member_record(&m.country).as_str()));
        dataset.events.retain(|e| !bad.contains(e.id.as_str()));
        let mut index = 0;
        dataset.reported_counts.retain(|_| {
            index += 1;
            !bad.contains(format!("reported_counts[{}]", index - 1).as_str())
        });
        let mut index = 0;
        dataset.source_titles.retain(|_| {
            index += 1;
            !bad.contains(format!("source_titles[{}]", index - 1).as_str())
        });
        let mut index = 0;
        dataset.unidentified_members.retain(|_| {
            index += 1;
            !bad.contains(format!("unidentified_members[{}]", index - 1).as_str())
        });
        all_issues.extend(issues);
    }
    Checked {
        dataset,
        issues: all_issues,
    }
}

/// Keeps the first record of each event id, country code and member country, reporting the
/// later ones.
fn drop_duplicates(dataset: &mut Dataset) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut keep_first = |key: &str, record: String, seen: &mut HashSet<String>| {
        let first = seen.insert(key.to_string());
        if !first {
            issues.push(issue(record, "id", Problem::Duplicate(key.to_string())));
        }
        first
    };
    let mut seen = HashSet::new();
    dataset
        .events
        .retain(|e| keep_first(&e.id, e.id.clone(), &mut seen));
    let mut seen = HashSet::new();
    dataset
        .countries
        .retain(|c| keep_first(&c.code, country_record(&c.code), &mut seen));
    let mut seen = HashSet::new();
    dataset
        .members
        .retain(|m| keep_first(&m.country, member_record(&m.country), &mut seen));
    issues
}

/// Every problem in a decoded dataset; an empty list means it is valid.
pub fn validate(dataset: &Dataset) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_texts(
        "about",
        &[
            ("name", &dataset.about.name),
            ("summary", &dataset.about.summary),
        ],
        &mut issues,
    );
    for (i, area) in dataset.about.areas_of_action.iter().enumerate() {
        let (title, description) = (
            format!("areas_of_action[{i}].title"),
            format!("areas_of_action[{i}].description"),
        );
        check_texts(
            "about",
            &[(&title, &area.title), (&description, &area.description)],
            &mut issues,
        );
    }
    check_sources("about", &dataset.about.sources, &mut issues);

    let mut codes = HashSet::new();
    for country in &dataset.countries {
        let record = country_record(&country.code);
        if !is_country_code(&country.code) {
            issues.push(issue(
                &record,
                "code",
                Problem::BadCountryCode(country.code.clone()),
            ));
        }
        if !codes.insert(country.code.as_str()) {
            issues.push(issue(
                &record,
                "code",
                Problem::Duplicate(country.code.clone()),
            ));
        }
        check_texts(&record, &[("name", &country.name)], &mut issues);
    }
    let known = |code: &str| codes.contains(code);

    let mut member_codes = HashSet::new();
    for member in &dataset.members {
        let record = member_record(&member.country);
        if !known(&member.country) {
            issues.push(issue(
                &record,
                "country",
                Problem::UnknownCountry(member.country.clone()),
            ));
        }
        if !member_codes.insert(member.country.as_str()) {
            issues.push(issue(
                &record,
                "country",
                Problem::Duplicate(member.country.clone()),
            ));
        }
        if member
            .joined_by
            .is_some_and(|by| by.last_day() < member.joined.first_day())
        {
            issues.push(issue(&record, "joined_by", Problem::EndBeforeStart));
        }
        if let Some(note) = &member.note {
            check_texts(&record, &[("note", note)], &mut issues);
        }
        check_sources(&record, &member.sources, &mut issues);
        if let Some(ordinal) = member.ordinal {
            check_join_against_counts(&record, ordinal, member.joined, dataset, &mut issues);
        }
    }

    for (i, slot) in dataset.unidentified_members.iter().enumerate() {
        let record = format!("unidentified_members[{i}]");
        check_texts(&record, &[("note", &slot.note)], &mut issues);
        for (j, url) in slot.sources.iter().enumerate() {
            check_url(&record, j, url, &mut issues);
        }
        check_join_against_counts(&record, slot.ordinal, slot.joined, dataset, &mut issues);
    }

    for (i, count) in dataset.reported_counts.iter().enumerate() {
        let record = format!("reported_counts[{i}]");
        if let Some(note) = &count.note {
            check_texts(&record, &[("note", note)], &mut issues);
        }
        check_sources(&record, &count.sources, &mut issues);
        for alternative in &count.alternatives {
            check_sources(&record, &alternative.sources, &mut issues);
        }
    }

    for (i, source) in dataset.source_titles.iter().enumerate() {
        let record = format!("source_titles[{i}]");
        check_texts(&record, &[("title", &source.title)], &mut issues);
        check_url(&record, 0, &source.url, &mut issues);
    }

    let conferences: HashSet<&str> = dataset
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Conference)
        .map(|e| e.id.as_str())
        .collect();
    let mut ids = HashSet::new();
    for event in &dataset.events {
        if !ids.insert(event.id.as_str()) {
            issues.push(issue(&event.id, "id", Problem::Duplicate(event.id.clone())));
        }
        check_event(event, &known, &mut issues);
        if let Some(part_of) = event
            .part_of
            .as_deref()
            .filter(|id| !conferences.contains(id))
        {
            let shown: String = part_of.chars().take(80).collect();
            issues.push(issue(
                &event.id,
                "part_of",
                Problem::UnknownConference(shown),
            ));
        }
    }
    issues
}

/// A member whose ordinal is above a reported count had not joined on that count's date, so
/// its join window may not start in a month before it: "2024" for a member still missing from
/// a count of 23 September 2024 claims January to August, which the sources rule out ("2024-09"
/// is as tight as a month-precise start can be). Only the record's own figure counts, not the
/// alternatives other sources give; a year-only count rules out only the years before it;
/// members without a stated ordinal cannot be placed in a count and are not checked.
fn check_join_against_counts(
    record: &str,
    ordinal: u32,
    joined: PartialDate,
    dataset: &Dataset,
    issues: &mut Vec<Issue>,
) {
    // The first day of the count's month (of its year, for a year-only count).
    let month_start = |date: PartialDate| PartialDate { day: None, ..date }.start_days();
    let latest_excluding = dataset
        .reported_counts
        .iter()
        .filter(|count| count.count < ordinal)
        .map(|count| count.date)
        .filter(|date| joined.start_days() < month_start(*date))
        .max_by_key(|date| date.start_days());
    if let Some(date) = latest_excluding {
        issues.push(issue(
            record,
            "joined",
            Problem::JoinedBeforeCount(date.iso()),
        ));
    }
}

fn check_event(event: &Event, known: &dyn Fn(&str) -> bool, issues: &mut Vec<Issue>) {
    let record = event.id.as_str();
    if !is_slug(record) {
        issues.push(issue(
            record.chars().take(80).collect::<String>(),
            "id",
            Problem::BadId(record.into()),
        ));
    }
    if event.end.is_some_and(|end| end < event.start) {
        issues.push(issue(record, "end", Problem::EndBeforeStart));
    }
    check_texts(
        record,
        &[("title", &event.title), ("summary", &event.summary)],
        issues,
    );
    if let Some(theme) = &event.theme {
        check_texts(record, &[("theme", theme)], issues);
    }
    for (i, outcome) in event.outcomes.iter().enumerate() {
        check_texts(record, &[(&format!("outcomes[{i}]"), outcome)], issues);
    }
    if let Some(place) = &event.place {
        if let Some(city) = &place.city {
            check_texts(record, &[("place.city", city)], issues);
        }
        if let Some(code) = place.country.as_deref().filter(|code| !known(code)) {
            issues.push(issue(
                record,
                "place.country",
                Problem::UnknownCountry(code.into()),
            ));
        }
    }
    for (i, code) in event.members.iter().enumerate() {
        if !known(code) {
            issues.push(issue(
                record,
                format!("members[{i}]"),
                Problem::UnknownCountry(code.clone()),
            ));
        }
    }
    for (i, discrepancy) in event.discrepancies.iter().enumerate() {
        check_texts(
            record,
            &[(&format!("discrepancies[{i}].note"), &discrepancy.note)],
            issues,
        );
        check_sources(record, &discrepancy.sources, issues);
    }
    check_sources(record, &event.sources, issues);
}

fn check_texts(record: &str, texts: &[(&str, &Text)], issues: &mut Vec<Issue>) {
    for (field, text) in texts {
        for (lang, value) in text.all() {
            let problem = if value.trim().is_empty() {
                Problem::EmptyText(lang)
            } else if value.len() > MAX_TEXT_CHARS && value.chars().count() > MAX_TEXT_CHARS {
                Problem::TextTooLong
            } else {
                continue;
            };
            issues.push(issue(record, format!("{field}.{}", lang.code()), problem));
        }
        if has_cedilla(&text.ro) {
            issues.push(issue(
                record,
                format!("{field}.ro"),
                Problem::CedillaInRomanian,
            ));
        }
        if !text.mn.trim().is_empty() && !has_cyrillic(&text.mn) {
            issues.push(issue(
                record,
                format!("{field}.mn"),
                Problem::MongolianNotCyrillic,
            ));
        }
    }
}

fn check_sources(record: &str, sources: &[String], issues: &mut Vec<Issue>) {
    if sources.is_empty() {
        issues.push(issue(record, "sources", Problem::NoSources));
    }
    for (i, url) in sources.iter().enumerate() {
        check_url(record, i, url, issues);
    }
}

fn check_url(record: &str, index: usize, url: &str, issues: &mut Vec<Issue>) {
    if !is_https_url(url) {
        let shown: String = url.chars().take(120).collect();
        issues.push(issue(
            record,
            format!("sources[{index}]"),
            Problem::BadSourceUrl(shown),
        ));
    }
}

/// Whether a URL is an absolute https URL with a host and no spaces or control characters.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty()
            && host.contains('.')
            && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Whether an id is a lower-case ASCII slug such as `conference-2014-tallinn`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Whether a code is shaped like ISO 3166-1 alpha-2 (`MD`).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a text holds the cedilla letters (U+015E, U+015F, U+0162, U+0163) that Romanian must not use.
pub fn has_cedilla(text: &str) -> bool {
    text.contains(['\u{015F}', '\u{0163}', '\u{015E}', '\u{0162}'])
}

fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}
