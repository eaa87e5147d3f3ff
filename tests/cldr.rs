//! Holds the app's CLDR tables, its plural rules and the dataset's country and city names
//! against the npm CLDR 48.2.0 packages in node_modules/ (installed by `make test`).

use std::path::PathBuf;

use foc_timeline::domain::lang::Lang;
use foc_timeline::i18n::cldr::{calendar, numbers};
use foc_timeline::i18n::format::{plural_category, PluralCategory};
use serde_json::Value;

/// The CLDR release the tables in `src/i18n/cldr.rs` were copied from.
const CLDR_VERSION: &str = "48.2.0";

/// Reads a JSON file under the crate root; `hint` says how to get it when it is missing.
fn read_json(path: &str, hint: &str) -> Value {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {hint}", full.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Reads a file of the npm CLDR packages (`node_modules/cldr-*`).
fn read(path: &str) -> Value {
    read_json(
        &format!("node_modules/{path}"),
        "run `make test`, which installs the CLDR npm packages into node_modules/",
    )
}

/// The dataset, which must exist: these checks are not optional.
fn dataset() -> Value {
    read_json(
        "public/data/foc.json",
        "the dataset public/data/foc.json is part of the app and must exist",
    )
}

#[test]
fn installed_cldr_packages_are_the_tables_release() {
    for package in [
        "cldr-core",
        "cldr-dates-full",
        "cldr-localenames-full",
        "cldr-numbers-full",
    ] {
        assert_eq!(
            read(&format!("{package}/package.json"))["version"],
            CLDR_VERSION,
            "{package}: the tables in src/i18n/cldr.rs are CLDR {CLDR_VERSION}; run `make test`"
        );
    }
}

fn gregorian(lang: Lang) -> Value {
    let code = lang.code();
    read(&format!("cldr-dates-full/main/{code}/ca-gregorian.json"))["main"][code]["dates"]
        ["calendars"]["gregorian"]
        .clone()
}

fn months(value: &Value) -> Vec<String> {
    (1..=12)
        .map(|m| value[m.to_string()].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn month_names_equal_cldr() {
    for lang in Lang::ALL {
        let g = gregorian(lang);
        let cal = calendar(lang);
        assert_eq!(
            cal.months_wide.to_vec(),
            months(&g["months"]["format"]["wide"]),
            "{lang:?} wide"
        );
        assert_eq!(
            cal.months_abbreviated.to_vec(),
            months(&g["months"]["format"]["abbreviated"]),
            "{lang:?} abbreviated"
        );
        assert_eq!(
            cal.months_narrow.to_vec(),
            months(&g["months"]["format"]["narrow"]),
            "{lang:?} narrow"
        );
        assert_eq!(
            cal.months_standalone_wide.to_vec(),
            months(&g["months"]["stand-alone"]["wide"]),
            "{lang:?} stand-alone"
        );
    }
}

#[test]
fn date_and_interval_patterns_equal_cldr() {
    for lang in Lang::ALL {
        let g = gregorian(lang);
        let cal = calendar(lang);
        let available = &g["dateTimeFormats"]["availableFormats"];
        let intervals = &g["dateTimeFormats"]["intervalFormats"];
        assert_eq!(cal.year, available["y"], "{lang:?}");
        assert_eq!(cal.year_month, available["yMMMM"], "{lang:?}");
        assert_eq!(cal.long_date, g["dateFormats"]["long"], "{lang:?}");
        let day = &intervals["yMMMd"];
        assert_eq!(
            cal.day_interval.to_vec(),
            [&day["d"], &day["M"], &day["y"]]
                .map(|v| v.as_str().unwrap())
                .to_vec(),
            "{lang:?} yMMMd"
        );
        let month = &intervals["yMMMM"];
        assert_eq!(
            cal.month_interval.to_vec(),
            [&month["M"], &month["y"]]
                .map(|v| v.as_str().unwrap())
                .to_vec(),
            "{lang:?} yMMMM"
        );
        assert_eq!(cal.year_interval, intervals["y"]["y"], "{lang:?}");
        assert_eq!(
            cal.interval_fallback, intervals["intervalFormatFallback"],
            "{lang:?}"
        );
    }
}

#[test]
fn number_symbols_equal_cldr() {
    for lang in Lang::ALL {
        let code = lang.code();
        let n =
            &read(&format!("cldr-numbers-full/main/{code}/numbers.json"))["main"][code]["numbers"];
        let symbols = numbers(lang);
        assert_eq!(n["defaultNumberingSystem"], "latn", "{lang:?}");
        assert_eq!(
            symbols.group, n["symbols-numberSystem-latn"]["group"],
            "{lang:?}"
        );
        assert_eq!(
            symbols.decimal, n["symbols-numberSystem-latn"]["decimal"],
            "{lang:?}"
        );
        assert_eq!(
            u64::from(symbols.minimum_grouping_digits),
            n["minimumGroupingDigits"]
                .as_str()
                .unwrap()
                .parse::<u64>()
                .unwrap(),
            "{lang:?} minimumGroupingDigits"
        );
    }
}

/// Expands CLDR `@integer` samples ("0, 2~16, 100, 1000, …") into numbers.
fn integer_samples(rule: &str) -> Vec<u64> {
    let Some(samples) = rule.split("@integer").nth(1) else {
        return Vec::new();
    };
    let samples = samples.split('@').next().unwrap_or_default();
    samples
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "…")
        .flat_map(|sample| match sample.split_once('~') {
            Some((a, b)) => {
                (a.parse::<u64>().unwrap()..=b.parse::<u64>().unwrap()).collect::<Vec<_>>()
            }
            None => vec![sample.parse::<u64>().unwrap()],
        })
        .collect()
}

#[test]
fn plural_rules_agree_with_every_cldr_integer_sample() {
    let rules = read("cldr-core/supplemental/plurals.json");
    let mut checked = 0;
    for lang in Lang::ALL {
        let rules = rules["supplemental"]["plurals-type-cardinal"][lang.code()]
            .as_object()
            .unwrap();
        assert!(!rules.is_empty());
        let mut categories = Vec::new();
        for (key, rule) in rules {
            let category = match key.as_str() {
                "pluralRule-count-zero" => PluralCategory::Zero,
                "pluralRule-count-one" => PluralCategory::One,
                "pluralRule-count-two" => PluralCategory::Two,
                "pluralRule-count-few" => PluralCategory::Few,
                "pluralRule-count-many" => PluralCategory::Many,
                "pluralRule-count-other" => PluralCategory::Other,
                _ => panic!("unknown plural rule {key}"),
            };
            categories.push(category);
            let samples = integer_samples(rule.as_str().unwrap());
            for n in &samples {
                assert_eq!(
                    plural_category(lang, *n),
                    category,
                    "{lang:?} {n} should be {key}"
                );
            }
            checked += samples.len();
        }
        // No number may fall in a category the language does not have.
        for n in 0..=10_000 {
            let category = plural_category(lang, n);
            assert!(categories.contains(&category), "{lang:?} {n}: {category:?}");
        }
    }
    assert!(checked > 60, "only {checked} samples were checked");
}

fn territories(lang: Lang) -> Value {
    let code = lang.code();
    read(&format!(
        "cldr-localenames-full/main/{code}/territories.json"
    ))["main"][code]["localeDisplayNames"]["territories"]
        .clone()
}

#[test]
fn dataset_country_names_equal_cldr() {
    let data = dataset();
    let countries = data["countries"].as_array().unwrap();
    assert!(!countries.is_empty(), "the dataset has no countries");
    for lang in Lang::ALL {
        let names = territories(lang);
        for country in countries {
            let code = country["code"].as_str().unwrap();
            assert!(names[code].is_string(), "CLDR has no territory {code}");
            assert_eq!(
                country["name"][lang.code()],
                names[code],
                "{lang:?} name of {code}"
            );
        }
    }
}

#[test]
fn dataset_city_names_equal_cldr_exemplar_cities() {
    let data = dataset();
    let zones = Lang::ALL.map(|lang| {
        let code = lang.code();
        read(&format!("cldr-dates-full/main/{code}/timeZoneNames.json"))["main"][code]["dates"]
            ["timeZoneNames"]["zone"]
            .clone()
    });
    let mut checked = 0;
    for event in data["events"].as_array().unwrap() {
        let place = &event["place"];
        let Some(zone) = place["cldr_zone"].as_str() else {
            continue;
        };
        // CLDR's fallback: the zone id's last segment, underscores as spaces.
        let fallback = zone.rsplit('/').next().unwrap().replace('_', " ");
        for (lang, names) in Lang::ALL.iter().zip(&zones) {
            let entry = zone.split('/').fold(names, |entry, part| &entry[part]);
            let expected = entry["exemplarCity"].as_str().unwrap_or(&fallback);
            assert_eq!(
                place["city"][lang.code()],
                expected,
                "{} city in {}",
                event["id"],
                lang.code()
            );
        }
        checked += 1;
    }
    assert!(checked > 0, "no event names a CLDR time zone city");
}
