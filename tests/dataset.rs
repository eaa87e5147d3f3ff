//! The dataset: the shipped file decodes and passes every rule, and each rule catches its own
//! kind of broken record (a valid fixture, broken one way per test).

use foc_timeline::domain::dataset::EventKind;
use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::validate::{
    decode_dataset, DecodeError, Issue, Location, Problem, RecordKind,
};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../public/data/foc.json");
const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// Decodes a fixture and returns the issues and the ids of the events that were kept.
fn check(value: Value) -> (Vec<Issue>, Vec<String>) {
    let checked = decode_dataset(&value.to_string()).expect("fixture should stay usable");
    let ids = checked
        .dataset
        .events
        .iter()
        .map(|e| e.id.clone())
        .collect();
    (checked.issues, ids)
}

fn only_problem(value: Value) -> (Problem, String, String, Vec<String>) {
    let (issues, kept) = check(value);
    assert_eq!(issues.len(), 1, "expected one issue, got {issues:?}");
    let issue = issues.into_iter().next().unwrap();
    (
        issue.problem,
        issue.location.record,
        issue.location.field,
        kept,
    )
}

#[test]
fn shipped_dataset_decodes_and_passes_every_rule() {
    let checked = decode_dataset(SHIPPED).expect("shipped dataset decodes");
    assert_eq!(checked.issues, vec![], "shipped dataset has problems");
    let data = &checked.dataset;
    assert_eq!(data.members.len(), 40, "the 40 members the sources name");
    for kind in EventKind::ALL {
        assert!(
            data.events.iter().any(|e| e.kind == kind),
            "no {kind:?} events"
        );
    }
    assert!(data.event("conference-2014-tallinn").is_some());
    assert!(
        data.member("MD")
            .is_some_and(|m| m.joined.iso() == "2014-01-01"),
        "Moldova joined on 1 January 2014 (SEED-MD)"
    );
}

#[test]
fn minimal_fixture_is_valid() {
    let (issues, kept) = check(minimal());
    assert_eq!(issues, vec![]);
    assert_eq!(
        kept,
        ["conference-2011-the-hague", "accession-2014-moldova"]
    );
}

#[test]
fn duplicate_event_ids_are_reported() {
    let mut data = minimal();
    data["events"][1]["id"] = json!("conference-2011-the-hague");
    let (problem, _, _, kept) = only_problem(data);
    assert_eq!(
        problem,
        Problem::Duplicate("conference-2011-the-hague".into())
    );
    assert_eq!(
        kept,
        ["conference-2011-the-hague"],
        "the first record with the id is kept"
    );
}

#[test]
fn ids_must_be_slugs() {
    let mut data = minimal();
    data["events"][1]["id"] = json!("Accession 2014 <Moldova>");
    let (problem, _, field, kept) = only_problem(data);
    assert!(matches!(problem, Problem::BadId(_)));
    assert_eq!(field, "id");
    assert_eq!(
        kept,
        ["conference-2011-the-hague"],
        "the valid rest stays usable"
    );
}

#[test]
fn impossible_dates_name_the_record() {
    let mut data = minimal();
    data["events"][1]["start"] = json!("2014-02-30");
    let (problem, record, _, kept) = only_problem(data);
    assert!(
        matches!(&problem, Problem::Malformed(m) if m.contains("2014-02-30")),
        "{problem:?}"
    );
    assert_eq!(record, "accession-2014-moldova");
    assert_eq!(kept, ["conference-2011-the-hague"]);
}

#[test]
fn end_before_start_is_reported() {
    let mut data = minimal();
    data["events"][0]["end"] = json!("2011-12-01");
    let (problem, record, field, _) = only_problem(data);
    assert_eq!(
        (problem, record.as_str(), field.as_str()),
        (Problem::EndBeforeStart, "conference-2011-the-hague", "end")
    );
}

#[test]
fn unknown_country_references_are_reported() {
    let mut data = minimal();
    data["events"][1]["members"] = json!(["MD", "XX"]);
    let (problem, _, field, _) = only_problem(data);
    assert_eq!(
        (problem, field.as_str()),
        (Problem::UnknownCountry("XX".into()), "members[1]")
    );
}

#[test]
fn a_dropped_country_takes_its_dependants_with_it() {
    let mut data = minimal();
    data["countries"][1]["code"] = json!("Moldova");
    let (issues, kept) = check(data);
    assert!(issues
        .iter()
        .any(|i| matches!(i.problem, Problem::BadCountryCode(_))));
    assert!(
        issues.iter().any(|i| i.location.record == "member MD"),
        "{issues:?}"
    );
    assert_eq!(kept, ["conference-2011-the-hague"]);
    // The interface names these records in each language by their kind and code.
    let kinds: Vec<_> = issues.iter().map(|i| i.location.kind()).collect();
    assert!(
        kinds.contains(&(Some(RecordKind::Country), "Moldova")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(Some(RecordKind::Member), "MD")),
        "{kinds:?}"
    );
    let event = Location {
        record: "conference-2014-tallinn".into(),
        field: "title.en".into(),
    };
    assert_eq!(event.kind(), (None, "conference-2014-tallinn"));
}

#[test]
fn every_text_needs_every_language() {
    let mut data = minimal();
    data["events"][0]["title"]["mn"] = json!("  ");
    let (problem, _, field, _) = only_problem(data);
    assert_eq!(
        (problem, field.as_str()),
        (Problem::EmptyText(Lang::Mn), "title.mn")
    );

    let mut data = minimal();
    data["events"][0]["summary"]
        .as_object_mut()
        .unwrap()
        .remove("ro");
    let (problem, _, _, _) = only_problem(data);
    assert!(
        matches!(&problem, Problem::Malformed(m) if m.contains("missing field `ro`")),
        "{problem:?}"
    );
}

#[test]
fn romanian_cedilla_letters_are_rejected() {
    let mut data = minimal();
    data["events"][1]["title"]["ro"] = json!("Republica Moldova aderă la Coali\u{0163}ie");
    let (problem, _, field, _) = only_problem(data);
    assert_eq!(
        (problem, field.as_str()),
        (Problem::CedillaInRomanian, "title.ro")
    );
}

#[test]
fn mongolian_must_be_cyrillic() {
    let mut data = minimal();
    data["events"][1]["summary"]["mn"] = json!("Moldova becomes a member.");
    let (problem, _, field, _) = only_problem(data);
    assert_eq!(
        (problem, field.as_str()),
        (Problem::MongolianNotCyrillic, "summary.mn")
    );
}

#[test]
fn sources_must_be_https_links() {
    for bad in [
        "javascript:alert(1)",
        "http://example.org/",
        "https://",
        "https:// spaced.org",
        "data:text/html,x",
    ] {
        let mut data = minimal();
        data["events"][1]["sources"] = json!([bad]);
        let (problem, _, field, _) = only_problem(data);
        assert!(
            matches!(problem, Problem::BadSourceUrl(_)),
            "{bad}: {problem:?}"
        );
        assert_eq!(field, "sources[0]");
    }
    let mut data = minimal();
    data["events"][1]["sources"] = json!([]);
    assert_eq!(only_problem(data).0, Problem::NoSources);
}

#[test]
fn wrong_types_and_unknown_fields_name_the_record() {
    let mut data = minimal();
    data["events"][0]["members"] = json!("NL");
    let (problem, record, _, _) = only_problem(data);
    assert!(matches!(problem, Problem::Malformed(_)));
    assert_eq!(record, "conference-2011-the-hague");

    let mut data = minimal();
    data["events"][0]["titel"] = json!("typo");
    assert!(matches!(only_problem(data).0, Problem::Malformed(m) if m.contains("titel")));

    // Records are decoded one by one: a position inside the record would mislead, so none.
    let mut data = minimal();
    data["events"][0]["start"] = json!(2011);
    assert!(
        matches!(only_problem(data).0, Problem::Malformed(m) if !m.is_empty() && !m.contains(" at line "))
    );

    // A record that is not even an object is named by its place in the list.
    let mut data = minimal();
    data["events"][1] = json!(42);
    let (problem, record, _, _) = only_problem(data);
    assert!(matches!(problem, Problem::Malformed(_)));
    assert_eq!(record, "events[1]");

    // A list that is not a list is reported under its name.
    let mut data = minimal();
    data["reported_counts"] = json!({"2011": 8});
    let (problem, record, _, _) = only_problem(data);
    assert_eq!(problem, Problem::Malformed("expected a list".into()));
    assert_eq!(record, "reported_counts");
}

#[test]
fn unusable_files_give_typed_errors() {
    assert!(matches!(decode_dataset(""), Err(DecodeError::NotJson(_))));
    assert!(matches!(
        decode_dataset(&MINIMAL[..MINIMAL.len() / 2]),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode_dataset("<!doctype html><p>Not found</p>"),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode_dataset("[]"),
        Err(DecodeError::WrongFormat(_))
    ));
    let mut data = minimal();
    data["version"] = json!(2);
    assert!(matches!(
        decode_dataset(&data.to_string()),
        Err(DecodeError::WrongFormat(_))
    ));
    let mut data = minimal();
    data["events"] = json!([]);
    assert_eq!(
        decode_dataset(&data.to_string()),
        Err(DecodeError::NoUsableEvents)
    );
}

#[test]
fn a_five_megabyte_text_is_rejected_without_harm() {
    let mut data = minimal();
    data["events"][1]["summary"]["en"] = json!("x".repeat(5 * 1024 * 1024));
    let (problem, record, field, kept) = only_problem(data);
    assert_eq!(
        (problem, record.as_str(), field.as_str()),
        (Problem::TextTooLong, "accession-2014-moldova", "summary.en")
    );
    assert_eq!(kept, ["conference-2011-the-hague"]);
}

#[test]
fn hostile_text_is_kept_as_plain_data() {
    let mut data = minimal();
    data["events"][1]["title"]["en"] =
        json!("<script>alert(1)</script><img src=x onerror=alert(2)>");
    let checked = decode_dataset(&data.to_string()).unwrap();
    assert_eq!(checked.issues, vec![]);
    assert!(
        checked.dataset.events[1].title.en.starts_with("<script>"),
        "text is data, not markup"
    );
}

#[test]
fn a_join_window_may_not_start_before_a_count_that_leaves_the_member_out() {
    // The fixture reports 22 members in January 2014; a 23rd member cannot have joined in 2013.
    let mut data = minimal();
    data["members"][1]["ordinal"] = json!(23);
    data["members"][1]["joined"] = json!("2013");
    let (problem, record, field, _) = only_problem(data);
    assert_eq!(
        (problem, record.as_str(), field.as_str()),
        (
            Problem::JoinedBeforeCount("2014-01".into()),
            "member MD",
            "joined"
        )
    );

    // Nor a year-precise start that covers the months before a count of 23 April.
    let mut data = minimal();
    data["reported_counts"][0]["date"] = json!("2014-04-23");
    data["members"][1]["ordinal"] = json!(23);
    data["members"][1]["joined"] = json!("2014");
    assert_eq!(
        only_problem(data).0,
        Problem::JoinedBeforeCount("2014-04-23".into())
    );

    // The same holds for a slot no source names.
    let mut data = minimal();
    data["unidentified_members"] = json!([{
        "ordinal": 25, "joined": "2013-06", "joined_by": "2014-06",
        "note": {"en": "Unnamed.", "mn": "Нэргүй.", "ro": "Nenumit."},
        "sources": ["https://freedomonlinecoalition.com/"]
    }]);
    let (problem, record, field, _) = only_problem(data);
    assert_eq!(
        (problem, record.as_str(), field.as_str()),
        (
            Problem::JoinedBeforeCount("2014-01".into()),
            "unidentified_members[0]",
            "joined"
        )
    );

    // Starting in the count's month is as tight as a month allows; a member the count already
    // includes, or one without a stated ordinal, is not held against it.
    for (ordinal, joined) in [(Some(23), "2014-01"), (Some(22), "2013"), (None, "2013")] {
        let mut data = minimal();
        data["members"][1]["ordinal"] = json!(ordinal);
        data["members"][1]["joined"] = json!(joined);
        data["events"][1]["start"] = json!(joined);
        let (issues, _) = check(data);
        assert_eq!(issues, vec![], "{ordinal:?} {joined}");
    }
}

#[test]
fn part_of_must_name_a_conference() {
    let mut data = minimal();
    data["events"][1]["part_of"] = json!("conference-2011-the-hague");
    assert_eq!(check(data).0, vec![]);

    for bad in ["conference-2099-nowhere", "accession-2014-moldova"] {
        let mut data = minimal();
        data["events"][1]["part_of"] = json!(bad);
        let (problem, record, field, kept) = only_problem(data);
        assert_eq!(
            (problem, record.as_str(), field.as_str()),
            (
                Problem::UnknownConference(bad.into()),
                "accession-2014-moldova",
                "part_of"
            )
        );
        assert_eq!(kept, ["conference-2011-the-hague"]);
    }
}

#[test]
fn shipped_accessions_list_only_the_joining_countries() {
    let data = decode_dataset(SHIPPED).unwrap().dataset;
    let mut joined = std::collections::HashMap::new();
    for event in data
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Accession)
    {
        for code in &event.members {
            let member = data
                .member(code)
                .unwrap_or_else(|| panic!("{}: {code} is not a member", event.id));
            assert!(
                !member.founder,
                "{}: founder {code} listed as joining (a host belongs in the place)",
                event.id
            );
            *joined.entry(code.as_str()).or_insert(0) += 1;
        }
    }
    for member in data.members.iter().filter(|m| !m.founder) {
        assert_eq!(
            joined.get(member.country.as_str()),
            Some(&1),
            "{} should join in exactly one accession",
            member.country
        );
    }
}

#[test]
fn shipped_events_have_no_look_alikes() {
    let data = decode_dataset(SHIPPED).unwrap().dataset;
    let place = |e: &foc_timeline::domain::dataset::Event| {
        e.place.as_ref().map(|p| {
            (
                p.city.as_ref().map(|c| c.en.clone()),
                p.online,
                p.country.clone(),
            )
        })
    };
    for (i, a) in data.events.iter().enumerate() {
        for b in &data.events[i + 1..] {
            assert!(
                !(a.start == b.start
                    && a.end == b.end
                    && place(a) == place(b)
                    && place(a).is_some()),
                "{} and {} share their dates and place: one happening, one record",
                a.id,
                b.id
            );
        }
        if let Some(place) = &a.place {
            assert!(
                !(place.online && place.city.is_some()),
                "{}: an online event has no city",
                a.id
            );
        }
        if let Some(conference) = a.part_of.as_deref().and_then(|id| data.event(id)) {
            assert!(
                a.start.end_days() >= conference.start.start_days(),
                "{} cannot come from {}, which is later",
                a.id,
                conference.id
            );
        }
    }
}

#[test]
fn source_titles_are_checked_like_any_text_and_link() {
    let title = json!({"en": "Ministry page", "mn": "Яамны хуудас", "ro": "Pagina ministerului"});
    let mut data = minimal();
    data["source_titles"] =
        json!([{ "url": "https://freedomonlinecoalition.com/", "title": title }]);
    let checked = decode_dataset(&data.to_string()).unwrap();
    assert_eq!(checked.issues, vec![]);
    assert_eq!(
        checked
            .dataset
            .source_title("https://freedomonlinecoalition.com/")
            .map(|t| t.en.as_str()),
        Some("Ministry page")
    );

    let mut data = minimal();
    data["source_titles"] = json!([{ "url": "javascript:alert(1)", "title": title }]);
    let (problem, record, _, _) = only_problem(data);
    assert!(matches!(problem, Problem::BadSourceUrl(_)));
    assert_eq!(record, "source_titles[0]");
}

#[test]
fn the_seed_documents_are_cited_as_the_ministry_pages_they_are() {
    let data = decode_dataset(SHIPPED).unwrap().dataset;
    for (url, ministry) in [
        (
            "https://www.mfa.gov.mn/",
            "Ministry of Foreign Affairs of Mongolia",
        ),
        (
            "https://eguvernare.blogspot.com/2014/01/coalitia-privind-libertatea-in-spatiul.html",
            "Ministry of Foreign Affairs and European Integration of Moldova",
        ),
    ] {
        let title = data
            .source_title(url)
            .unwrap_or_else(|| panic!("{url} has no title"));
        assert!(title.en.starts_with(ministry), "{}", title.en);
    }
}

#[test]
fn shipped_chair_terms_dated_to_a_month_say_when_they_end() {
    // A term that starts in a month and has no end would show as one month long beside terms
    // of a whole year: each term is dated the same way, start and end at its sources' precision.
    let data = decode_dataset(SHIPPED).unwrap().dataset;
    for term in data
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Chairship && e.start.month.is_some())
    {
        assert!(
            term.end.is_some_and(|end| end.month.is_some()),
            "{} starts in a month but has no end at that precision",
            term.id
        );
    }
}
