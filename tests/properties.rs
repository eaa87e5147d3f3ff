//! Property tests: URL state parsing and formatting, partial dates, dataset decoding and the
//! app's one sort hold their promises on arbitrary input (never a panic; canonical forms
//! round-trip; the sort agrees with the standard library's). Datasets are generated as
//! structured records, valid or with one field broken, so that every case reaches the rules:
//! the decoder keeps every valid record and names every broken one.
#![cfg(not(target_arch = "wasm32"))]

use foc_timeline::domain::colour::{accent_is_readable, Rgb};
use foc_timeline::domain::dataset::{EventKind, Region};
use foc_timeline::domain::date::{days_in_month, PartialDate};
use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::search::normalize_search;
use foc_timeline::domain::sorting::sort_by;
use foc_timeline::domain::url_state::{
    format_query, parse_query, percent_decode, percent_encode, Controls, Theme, ViewState,
};
use foc_timeline::domain::validate::{decode_dataset, validate, DecodeError};
use proptest::prelude::*;
use serde_json::Value;

fn view_state() -> impl Strategy<Value = ViewState> {
    (
        proptest::option::of(prop::sample::select(Lang::ALL.to_vec())),
        proptest::option::of("[a-z0-9-]{1,60}"),
        prop::collection::vec("[A-Z]{2}", 0..6),
        proptest::option::of(prop::sample::select(Region::ALL.to_vec())),
        proptest::option::of(1900..=2100i32),
        proptest::option::of(1900..=2100i32),
        proptest::option::of("\\PC{0,120}"),
        any::<bool>(),
        proptest::option::of(prop::sample::select(Theme::ALL.to_vec())),
        proptest::option::of(any::<(u8, u8, u8)>()),
        // Compact is the default, which a link never writes out.
        proptest::option::of(prop::sample::select(vec![Controls::Full, Controls::None])),
        proptest::option::of("[A-Z]{2}"),
    )
        .prop_map(
            |(
                lang,
                event,
                mut members,
                region,
                a,
                b,
                typed,
                embed,
                theme,
                rgb,
                controls,
                country,
            )| {
                let mut seen = Vec::new();
                members.retain(|m| {
                    !seen.contains(m) && {
                        seen.push(m.clone());
                        true
                    }
                });
                let (from, to) = match (a, b) {
                    (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
                    other => other,
                };
                ViewState {
                    lang,
                    event,
                    country,
                    members,
                    region,
                    from,
                    to,
                    // What the search field would keep of what was typed.
                    search: typed.as_deref().and_then(normalize_search),
                    embed,
                    theme,
                    // A link carries only an accent that keeps text readable.
                    accent: rgb
                        .map(|(r, g, b)| Rgb(r, g, b))
                        .filter(|&colour| accent_is_readable(colour)),
                    controls,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_state_round_trips_through_its_url(state in view_state()) {
        let query = format_query(&state);
        let (parsed, notices) = parse_query(&query);
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(parsed, state);
    }

    #[test]
    fn parsing_any_text_never_panics_and_settles_on_a_canonical_form(query in ".{0,300}") {
        let (state, _) = parse_query(&query);
        let canonical = format_query(&state);
        let (again, notices) = parse_query(&canonical);
        prop_assert!(notices.is_empty(), "{canonical}: {notices:?}");
        prop_assert_eq!(format_query(&again), canonical);
    }

    #[test]
    fn percent_coding_round_trips(text in "\\PC{0,80}") {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
    }

    #[test]
    fn every_calendar_date_parses_at_its_precision_and_round_trips(
        (year, month, day) in (0i32..=9999, 1u8..=12, 1u8..=31)
            .prop_filter("a day the month has", |&(y, m, d)| d <= days_in_month(y, m)),
        precision in 0usize..3,
    ) {
        let text = [
            format!("{year:04}"),
            format!("{year:04}-{month:02}"),
            format!("{year:04}-{month:02}-{day:02}"),
        ][precision]
            .clone();
        let date = PartialDate::parse(&text);
        prop_assert!(date.is_ok(), "{text}: {date:?}");
        let date = date.unwrap();
        prop_assert_eq!(date.iso(), text);
        prop_assert!(date.first_day() <= date.last_day());
    }

    #[test]
    fn a_month_or_day_the_calendar_lacks_is_refused(
        year in 0i32..=9999,
        month in 1u8..=12,
        bad_month in prop_oneof![Just(0u8), 13u8..=99],
        past_end in 1u8..=10,
    ) {
        let day = days_in_month(year, month) + past_end;
        for text in [
            format!("{year:04}-{bad_month:02}"),
            format!("{year:04}-{month:02}-{day:02}"),
            format!("{year:04}-{month:02}-00"),
        ] {
            prop_assert!(PartialDate::parse(&text).is_err(), "{text} parsed");
        }
    }

    #[test]
    fn a_generated_dataset_keeps_every_valid_record_and_names_every_broken_one(
        (data, broken) in dataset_with_breaks(),
    ) {
        let result = decode_dataset(&data.to_string());
        let broken_events: Vec<&String> = broken.iter().filter_map(|b| match b {
            Broken::Event(id, _) => Some(id),
            Broken::Member(..) => None,
        }).collect();
        let all_events = data["events"].as_array().unwrap().len();
        if broken_events.len() == all_events {
            prop_assert_eq!(result, Err(DecodeError::NoUsableEvents));
            return Ok(());
        }
        let checked = match result {
            Ok(checked) => checked,
            Err(error) => return Err(TestCaseError::fail(format!("{error:?}"))),
        };
        let kept: Vec<&str> = checked.dataset.events.iter().map(|e| e.id.as_str()).collect();
        let named: Vec<&str> = checked.issues.iter().map(|i| i.location.record.as_str()).collect();
        for event in data["events"].as_array().unwrap() {
            let id = event["id"].as_str().unwrap_or_default();
            match broken.iter().find(|b| matches!(b, Broken::Event(broken, _) if broken == id)) {
                Some(why) => {
                    prop_assert!(!kept.contains(&id), "{why:?} was kept ({})", why.how());
                    prop_assert!(named.contains(&id), "{why:?} not named in {named:?} ({})", why.how());
                }
                None => prop_assert!(kept.contains(&id), "valid {id} dropped: {:?}", checked.issues),
            }
        }
        prop_assert!(validate(&checked.dataset).is_empty(), "what is kept is valid");
        prop_assert_eq!(checked.dataset.countries.len(), data["countries"].as_array().unwrap().len());
        let kept_members: Vec<&str> = checked.dataset.members.iter().map(|m| m.country.as_str()).collect();
        for member in data["members"].as_array().unwrap() {
            let code = member["country"].as_str().unwrap();
            match broken.iter().find(|b| matches!(b, Broken::Member(broken, _) if broken == code)) {
                Some(why) => {
                    prop_assert!(!kept_members.contains(&code), "{why:?} was kept ({})", why.how());
                    let record = format!("member {code}");
                    prop_assert!(named.contains(&record.as_str()), "{why:?} not named in {named:?} ({})", why.how());
                }
                None => prop_assert!(kept_members.contains(&code), "valid member {code} dropped: {:?}", checked.issues),
            }
        }
        // Nothing valid is blamed: every issue names a record that was broken.
        let blamed: Vec<String> = broken.iter().map(|b| match b {
            Broken::Event(id, _) => id.clone(),
            Broken::Member(code, _) => format!("member {code}"),
        }).collect();
        for record in &named {
            prop_assert!(blamed.iter().any(|b| b == record), "{record} named, not broken");
        }
    }

    #[test]
    fn a_generated_dataset_cut_short_is_not_json_never_a_panic(
        (data, _) in dataset_with_breaks(),
        cut in 0.0f64..1.0,
    ) {
        let text = data.to_string();
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        prop_assert!(matches!(decode_dataset(&text[..at]), Err(DecodeError::NotJson(_))));
    }
}

/// A record of a generated dataset broken on purpose, by its id (events) or country code
/// (members), and how.
#[derive(Clone, Debug)]
enum Broken {
    Event(String, &'static str),
    Member(String, &'static str),
}

impl Broken {
    /// How the record was broken, for failure messages.
    fn how(&self) -> &'static str {
        match self {
            Broken::Event(_, how) | Broken::Member(_, how) => how,
        }
    }
}

/// Ways to break one field of an event; each must cost that event (and only it) its place.
const EVENT_BREAKS: [&str; 13] = [
    "empty English title",
    "blank Romanian summary",
    "cedilla in Romanian",
    "Latin Mongolian title",
    "javascript: source",
    "no sources",
    "member not in countries",
    "end before start",
    "id not a slug",
    "title not a text",
    "impossible date",
    "unknown field",
    "summary too long",
];

/// Ways to break one field of a member.
const MEMBER_BREAKS: [&str; 4] = [
    "http: source",
    "no sources",
    "joined_by before joined",
    "impossible joined date",
];

const COUNTRIES: [(&str, &str, &str, &str, &str); 6] = [
    ("NL", "Netherlands", "Нидерланд", "Țările de Jos", "europe"),
    ("MD", "Moldova", "Молдова", "Republica Moldova", "europe"),
    ("MN", "Mongolia", "Монгол", "Mongolia", "asia_pacific"),
    ("KE", "Kenya", "Кени", "Kenya", "africa"),
    ("CR", "Costa Rica", "Коста-Рика", "Costa Rica", "americas"),
    ("EE", "Estonia", "Эстони", "Estonia", "europe"),
];

fn text_value() -> impl Strategy<Value = Value> {
    (
        "[A-Za-z][A-Za-z0-9 ,.'()-]{0,30}",
        "[а-яөүА-ЯӨҮ][а-яөүА-ЯӨҮ0-9 ,.-]{0,30}",
        "[a-zA-ZăâîșțĂÂÎȘȚ][a-zA-ZăâîșțĂÂÎȘȚ0-9 ,.„”-]{0,30}",
    )
        .prop_map(|(en, mn, ro)| serde_json::json!({ "en": en, "mn": mn, "ro": ro }))
}

fn date_text() -> impl Strategy<Value = (String, i32)> {
    (1990i32..2030, 1u8..=12, 1u8..=28, 0usize..3).prop_map(|(y, m, d, precision)| {
        let text = [
            format!("{y}"),
            format!("{y}-{m:02}"),
            format!("{y}-{m:02}-{d:02}"),
        ][precision]
            .clone();
        (text, y)
    })
}

fn sources() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        "[a-z]{1,10}\\.(org|md|mn|gov)(/[a-z0-9-]{0,12})?".prop_map(|s| format!("https://{s}")),
        1..3,
    )
}

/// A valid event: the `index` keeps ids unique.
fn event(index: usize, countries: usize) -> impl Strategy<Value = Value> {
    (
        prop::sample::select(EventKind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>()),
        "[a-z]{1,8}",
        date_text(),
        proptest::option::of(0i32..4),
        (
            text_value(),
            text_value(),
            proptest::option::of(text_value()),
        ),
        proptest::option::of((text_value(), 0..countries)),
        prop::collection::vec(0..countries, 0..4),
        sources(),
    )
        .prop_map(
            move |(
                kind,
                slug,
                (start, year),
                end_after,
                (title, summary, theme),
                place,
                members,
                sources,
            )| {
                let mut event = serde_json::json!({
                    "id": format!("{kind}-{index}-{slug}"),
                    "kind": kind,
                    "start": start,
                    "title": title,
                    "summary": summary,
                    "members": members.iter().map(|&i| COUNTRIES[i].0).collect::<Vec<_>>(),
                    "sources": sources,
                });
                if let Some(years) = end_after {
                    event["end"] = Value::from(format!("{}", year + 1 + years));
                }
                if let Some(theme) = theme {
                    event["theme"] = theme;
                }
                if let Some((city, country)) = place {
                    event["place"] =
                        serde_json::json!({ "city": city, "country": COUNTRIES[country].0 });
                }
                event
            },
        )
}

fn member(country: usize) -> impl Strategy<Value = Value> {
    (
        date_text(),
        proptest::option::of(1i32..3),
        any::<bool>(),
        sources(),
    )
        .prop_map(move |((joined, year), by, founder, sources)| {
            let mut member = serde_json::json!({
                "country": COUNTRIES[country].0,
                "joined": joined,
                "founder": founder,
                "sources": sources,
            });
            if let Some(years) = by {
                member["joined_by"] = Value::from(format!("{}", year + years));
            }
            member
        })
}

/// Breaks one field of an event the way `how` (one of [`EVENT_BREAKS`]) says.
fn break_event(event: &mut Value, how: &'static str) {
    match how {
        "empty English title" => event["title"]["en"] = Value::from(""),
        "blank Romanian summary" => event["summary"]["ro"] = Value::from(" \n "),
        "cedilla in Romanian" => event["title"]["ro"] = Value::from("Declaraţie comună"),
        "Latin Mongolian title" => event["title"]["mn"] = Value::from("Tallinn 2014"),
        "javascript: source" => event["sources"][0] = Value::from("javascript:alert(1)"),
        "no sources" => event["sources"] = serde_json::json!([]),
        "member not in countries" => event["members"] = serde_json::json!(["ZZ"]),
        "end before start" => {
            let year: i32 = event["start"].as_str().unwrap()[..4].parse().unwrap();
            event["end"] = Value::from(format!("{}", year - 1));
        }
        "id not a slug" => {
            let id = event["id"]
                .as_str()
                .unwrap()
                .to_uppercase()
                .replace('-', " ");
            event["id"] = Value::from(id);
        }
        "title not a text" => event["title"] = Value::from(7),
        "impossible date" => event["start"] = Value::from("2013-02-29"),
        "unknown field" => event["colour"] = Value::from("red"),
        "summary too long" => event["summary"]["en"] = Value::from("x".repeat(20_001)),
        other => unreachable!("{other}"),
    }
}

fn break_member(member: &mut Value, how: &'static str) {
    match how {
        "http: source" => member["sources"][0] = Value::from("http://example.org/"),
        "no sources" => member["sources"] = serde_json::json!([]),
        "joined_by before joined" => {
            let year: i32 = member["joined"].as_str().unwrap()[..4].parse().unwrap();
            member["joined_by"] = Value::from(format!("{}", year - 1));
        }
        "impossible joined date" => member["joined"] = Value::from("2014-13"),
        other => unreachable!("{other}"),
    }
}

/// A valid dataset of 1 to 6 countries, members for some of them and 1 to 10 events, with
/// none, one or several of its events and members broken in one field each; and what was broken.
fn dataset_with_breaks() -> impl Strategy<Value = (Value, Vec<Broken>)> {
    (1usize..=COUNTRIES.len())
        .prop_flat_map(|countries| {
            let events = (1usize..=10).prop_flat_map(move |n| {
                (0..n).map(|i| event(i, countries)).collect::<Vec<_>>()
            });
            let members = prop::sample::subsequence((0..countries).collect::<Vec<_>>(), 0..=countries)
                .prop_flat_map(|chosen| chosen.into_iter().map(member).collect::<Vec<_>>());
            (
                Just(countries),
                events,
                members,
                prop::collection::vec(proptest::option::of(prop::sample::select(EVENT_BREAKS.to_vec())), 10),
                prop::collection::vec(proptest::option::of(prop::sample::select(MEMBER_BREAKS.to_vec())), 6),
            )
        })
        .prop_map(|(countries, mut events, mut members, event_breaks, member_breaks)| {
            let mut broken = Vec::new();
            for (event, how) in events.iter_mut().zip(event_breaks) {
                if let Some(how) = how {
                    break_event(event, how);
                    broken.push(Broken::Event(event["id"].as_str().unwrap().to_string(), how));
                }
            }
            for (member, how) in members.iter_mut().zip(member_breaks) {
                if let Some(how) = how {
                    break_member(member, how);
                    broken.push(Broken::Member(member["country"].as_str().unwrap().to_string(), how));
                }
            }
            let data = serde_json::json!({
                "format": "foc-timeline",
                "version": 1,
                "updated": "2026-11-22",
                "about": {
                    "name": { "en": "Freedom Online Coalition", "mn": "Онлайн эрх чөлөөний эвсэл", "ro": "Coaliția privind Libertatea în Spațiul Virtual" },
                    "summary": { "en": "A coalition of governments.", "mn": "Засгийн газруудын эвсэл.", "ro": "O coaliție de guverne." },
                    "areas_of_action": [],
                    "sources": ["https://freedomonlinecoalition.com/"]
                },
                "countries": COUNTRIES[..countries].iter().map(|(code, en, mn, ro, region)| serde_json::json!({
                    "code": code, "name": { "en": en, "mn": mn, "ro": ro }, "region": region,
                })).collect::<Vec<_>>(),
                "members": members,
                "unidentified_members": [],
                "reported_counts": [{ "date": "2014-01", "count": 22, "sources": ["https://eguvernare.blogspot.com/"] }],
                "events": events,
            });
            (data, broken)
        })
}

proptest! {
    #[test]
    fn the_apps_sort_agrees_with_the_standard_stable_sort(
        items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200),
    ) {
        let mut ours = items.clone();
        let mut standard = items;
        sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        standard.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, standard);
    }
}
