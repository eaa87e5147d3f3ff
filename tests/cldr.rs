//! Holds the app's CLDR tables, its plural rules and the dataset's country and city names
//! against the npm CLDR 48.2.0 packages in node_modules/ (installed by `make test`).

use std::path::PathBuf;

use foc_timeline::domain::lang::Lang;
use foc_timeline::i18n::cldr::{calendar, numbers};
use foc_timeline::i18n::format::{plural_category, PluralCategory};
use serde_json::Value;

fn read(path: &str) -> Value {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `make test` (it installs the CLDR npm packages)",
            full.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

fn gregorian(lang: Lang) -> Value {
    let code = lang.code();
    read(&format!(
        "node_modules/cldr-dates-full/main/{code}/ca-gregorian.json"
    ))["main"][code]["dates"]["calendars"]["gregorian"]
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
                .to_vec()
        );
        let month = &intervals["yMMMM"];
        assert_eq!(
            cal.month_interval.to_vec(),
            [&month["M"], &month["y"]]
                .map(|v| v.as_str().unwrap())
                .to_vec()
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
        let n = &read(&format!(
            "node_modules/cldr-numbers-full/main/{code}/numbers.json"
        ))["main"][code]["numbers"];
        let symbols = numbers(lang);
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
                .unwrap()
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
    let rules = read("node_modules/cldr-core/supplemental/plurals.json");
    let mut checked = 0;
    for lang in Lang::ALL {
        let rules = rules["supplemental"]["plurals-type-cardinal"][lang.code()]
            .as_object()
            .unwrap();
        assert!(!rules.is_empty());
        for (key, rule) in rules {
            let category = match key.trim_start_matches("pluralRule-count-") {
                "zero" => PluralCategory::Zero,
                "one" => PluralCategory::One,
                "two" => PluralCategory::Two,
                "few" => PluralCategory::Few,
                "many" => PluralCategory::Many,
                _ => PluralCategory::Other,
            };
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
    }
    assert!(checked > 60, "only {checked} samples were checked");
}

fn territories(lang: Lang) -> Value {
    let code = lang.code();
    read(&format!(
        "node_modules/cldr-localenames-full/main/{code}/territories.json"
    ))["main"][code]["localeDisplayNames"]["territories"]
        .clone()
}

#[test]
fn dataset_country_names_equal_cldr() {
    let data = read("public/data/foc.json");
    for lang in Lang::ALL {
        let names = territories(lang);
        for country in data["countries"].as_array().unwrap() {
            let code = country["code"].as_str().unwrap();
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
    let data = read("public/data/foc.json");
    let mut checked = 0;
    for event in data["events"].as_array().unwrap() {
        let place = &event["place"];
        let Some(zone) = place["cldr_zone"].as_str() else {
            continue;
        };
        for lang in Lang::ALL {
            let code = lang.code();
            let zones = read(&format!(
                "node_modules/cldr-dates-full/main/{code}/timeZoneNames.json"
            ));
            let mut entry = &zones["main"][code]["dates"]["timeZoneNames"]["zone"];
            for part in zone.split('/') {
                entry = &entry[part];
            }
            // CLDR's fallback: the zone id's last segment, underscores as spaces.
            let fallback = zone.rsplit('/').next().unwrap().replace('_', " ");
            let expected = entry["exemplarCity"]
                .as_str()
                .map(str::to_string)
                .unwrap_or(fallback);
            assert_eq!(
                place["city"][code],
                expected.as_str(),
                "{} city in {code}",
                event["id"]
            );
        }
        checked += 1;
    }
    assert!(
        checked >= 7,
        "most conferences name a CLDR city ({checked})"
    );
}
