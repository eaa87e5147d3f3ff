//! Property tests: URL state parsing and formatting, partial dates, dataset decoding and the
//! app's one sort hold their promises on arbitrary input (never a panic; canonical forms
//! round-trip; the sort agrees with the standard library's).
#![cfg(not(target_arch = "wasm32"))]

use foc_timeline::domain::colour::{accent_is_readable, Rgb};
use foc_timeline::domain::dataset::Region;
use foc_timeline::domain::date::PartialDate;
use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::search::normalize_search;
use foc_timeline::domain::sorting::sort_by;
use foc_timeline::domain::url_state::{
    format_query, parse_query, percent_decode, percent_encode, Theme, ViewState,
};
use foc_timeline::domain::validate::decode_dataset;
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
    )
        .prop_map(
            |(lang, event, mut members, region, a, b, typed, embed, theme, rgb)| {
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
    fn partial_dates_parse_totally_and_round_trip(text in "[0-9-]{0,12}") {
        if let Ok(date) = PartialDate::parse(&text) {
            prop_assert_eq!(date.iso(), text);
            prop_assert!(date.first_day() <= date.last_day());
        }
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = decode_dataset(&text);
    }

    #[test]
    fn a_fixture_with_any_field_replaced_still_decodes_or_fails_cleanly(
        path in prop::sample::select(vec!["events", "countries", "members", "reported_counts", "about", "version", "updated"]),
        index in 0usize..3,
        replacement in prop_oneof![
            Just(Value::Null),
            Just(Value::from(7)),
            Just(Value::from("x")),
            Just(Value::from(vec![1, 2])),
            Just(serde_json::json!({"id": "<script>", "kind": "nope"})),
        ],
    ) {
        let mut data: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
        match data[path].as_array_mut() {
            Some(items) if index < items.len() => items[index] = replacement,
            _ => data[path] = replacement,
        }
        if let Ok(checked) = decode_dataset(&data.to_string()) {
            prop_assert!(!checked.dataset.events.is_empty());
            prop_assert!(foc_timeline::domain::validate::validate(&checked.dataset).is_empty(),
                "what is kept is valid");
        }
    }
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
