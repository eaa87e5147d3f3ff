//! Every interface string exists in all three languages, is not empty, is in the language's
//! script, and keeps the placeholders of the English original.

use std::collections::BTreeSet;

use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::validate::has_cedilla;
use foc_timeline::i18n::strings::strings;
use serde_json::Value;

/// Every string of a language as (field path, text).
fn all_strings(lang: Lang) -> Vec<(String, String)> {
    let value = serde_json::to_value(strings(lang)).unwrap();
    let mut out = Vec::new();
    for (field, value) in value.as_object().unwrap() {
        match value {
            Value::String(text) => out.push((field.clone(), text.clone())),
            Value::Object(forms) => {
                for (form, text) in forms {
                    out.push((
                        format!("{field}.{form}"),
                        text.as_str().unwrap().to_string(),
                    ));
                }
            }
            other => panic!("{field}: unexpected {other}"),
        }
    }
    out
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name.to_string())
        .collect()
}

#[test]
fn every_language_has_every_string_non_empty() {
    let english = all_strings(Lang::En);
    for lang in Lang::ALL {
        let texts = all_strings(lang);
        assert_eq!(texts.len(), english.len());
        for (field, text) in &texts {
            assert!(!text.trim().is_empty(), "{lang:?} {field} is empty");
        }
    }
}

#[test]
fn placeholders_match_the_english_original() {
    let english = all_strings(Lang::En);
    for lang in [Lang::Mn, Lang::Ro] {
        for ((field, original), (_, translated)) in english.iter().zip(all_strings(lang)) {
            assert_eq!(
                placeholders(original),
                placeholders(&translated),
                "{lang:?} {field}: “{translated}”"
            );
        }
    }
}

#[test]
fn mongolian_strings_are_cyrillic_and_translated() {
    let english = all_strings(Lang::En);
    for ((field, original), (_, text)) in english.iter().zip(all_strings(Lang::Mn)) {
        // Only punctuation around placeholders (quotation marks): no words to write in Cyrillic.
        let words = placeholders(&text).iter().fold(text.clone(), |rest, name| {
            rest.replace(&format!("{{{name}}}"), "")
        });
        assert!(
            !words.chars().any(char::is_alphabetic)
                || text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
            "mn {field} has no Cyrillic: “{text}”"
        );
        // A string of placeholders and punctuation ("{record}: {problem}") may be the same.
        if words.chars().any(char::is_alphabetic) {
            assert_ne!(&text, original, "mn {field} is a copy of the English");
        }
    }
}

#[test]
fn romanian_strings_use_comma_below_letters() {
    for (field, text) in all_strings(Lang::Ro) {
        // The message that names the cedilla letters is the one place they may appear.
        if field != "problem_cedilla" {
            assert!(!has_cedilla(&text), "ro {field} uses cedilla ş/ţ: “{text}”");
        }
    }
}

#[test]
fn plural_messages_follow_cldr_categories() {
    let ro = strings(Lang::Ro);
    assert_eq!(
        ro.events_shown.format(Lang::Ro, 1),
        "Se afișează 1 eveniment"
    );
    assert_eq!(
        ro.events_shown.format(Lang::Ro, 3),
        "Se afișează 3 evenimente"
    );
    assert_eq!(
        ro.events_shown.format(Lang::Ro, 20),
        "Se afișează 20 de evenimente"
    );
    assert_eq!(
        ro.events_shown.format(Lang::Ro, 101),
        "Se afișează 101 evenimente"
    );
    assert_eq!(
        strings(Lang::En).events_shown.format(Lang::En, 1),
        "Showing 1 event"
    );
    assert_eq!(
        strings(Lang::En).events_shown.format(Lang::En, 0),
        "Showing 0 events"
    );
    assert_eq!(
        strings(Lang::Mn).events_shown.format(Lang::Mn, 5),
        "5 үйл явдал харуулж байна"
    );
}

/// The interface names the coalition as the shipped dataset does, in every language (the
/// Moldovan ministry's "Coaliția privind Libertatea în Spațiul Virtual", not a second name).
#[test]
fn the_title_names_the_coalition_as_the_dataset_does() {
    let text = std::fs::read_to_string("public/data/foc.json").unwrap();
    let data: Value = serde_json::from_str(&text).unwrap();
    for lang in Lang::ALL {
        let name = data["about"]["name"][lang.code()].as_str().unwrap();
        let title = strings(lang).app_title;
        assert!(
            title.starts_with(name),
            "{lang:?}: {title:?} does not start with {name:?}"
        );
    }
    let ro = strings(Lang::Ro).iframe_title;
    assert!(
        ro.contains("privind Libertatea în Spațiul Virtual"),
        "{ro:?}"
    );
}
