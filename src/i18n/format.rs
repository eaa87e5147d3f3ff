//! Dates, date ranges, numbers and plural categories per Unicode CLDR, from the tables in
//! `cldr.rs`, interpreted here (never through the browser's `Intl`, which lacks Mongolian).

use crate::domain::date::PartialDate;
use crate::domain::lang::Lang;
use crate::i18n::cldr::{calendar, numbers, Calendar};

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    /// `zero` (none of en/mn/ro uses it).
    Zero,
    /// `one`: 1 in en, mn and ro.
    One,
    /// `two` (none of en/mn/ro uses it).
    Two,
    /// `few`: ro 0 and numbers ending in 01–19 other than 1 (2, 19, 101, 1019).
    Few,
    /// `many` (none of en/mn/ro uses it).
    Many,
    /// `other`: everything else.
    Other,
}

/// The CLDR cardinal plural category of a whole number (`cldr-core` `plurals.json`).
pub fn plural_category(lang: Lang, n: u64) -> PluralCategory {
    match lang {
        // en: one = i = 1 and v = 0; mn: one = n = 1.
        Lang::En | Lang::Mn if n == 1 => PluralCategory::One,
        Lang::En | Lang::Mn => PluralCategory::Other,
        // ro: one = i = 1 and v = 0; few = v != 0 or n = 0 or n != 1 and n % 100 = 1..19.
        Lang::Ro if n == 1 => PluralCategory::One,
        Lang::Ro if n == 0 || (1..=19).contains(&(n % 100)) => PluralCategory::Few,
        Lang::Ro => PluralCategory::Other,
    }
}

/// A whole number with the language's group separator (`1,234`, ro `1.234`).
pub fn format_number(lang: Lang, n: u64) -> String {
    let symbols = numbers(lang);
    let digits = n.to_string();
    if digits.len() < usize::from(symbols.minimum_grouping_digits) + 3 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * symbols.group.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(symbols.group);
        }
        out.push(digit);
    }
    out
}

/// An ordinal number as it comes before a noun: en "22nd", mn "22 дугаар" (the suffix by the
/// vowel harmony of the numeral's last word, as in dates), ro "al 22-lea" ("primul" for 1;
/// masculine, as "membru" is).
pub fn format_ordinal(lang: Lang, n: u32) -> String {
    let number = format_number(lang, n.into());
    match lang {
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{number}{suffix}")
        }
        Lang::Mn => {
            // The last word spoken: the units (нэг, дөрөв, ес take "дүгээр"), else the tens
            // (дөч, ер take "дүгээр"), else зуу, мянга ("дугаар").
            let front = matches!((n % 10, n / 10 % 10), (1 | 4 | 9, _) | (0, 4 | 9));
            format!(
                "{number} {}",
                if front {
                    "дүгээр"
                } else {
                    "дугаар"
                }
            )
        }
        Lang::Ro if n == 1 => "primul".to_string(),
        Lang::Ro => format!("al {number}-lea"),
    }
}

/// A number given in tenths, with one decimal and the language's decimal sign (`4.5`, ro `4,5`).
pub fn format_tenths(lang: Lang, tenths: u32) -> String {
    format!(
        "{}{}{}",
        format_number(lang, u64::from(tenths / 10)),
        numbers(lang).decimal,
        tenths % 10
    )
}

/// A piece of a CLDR date pattern.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// A field letter and how many times it repeats (`MMMM` is `('M', 4)`).
    Field(char, usize),
    Literal(std::borrow::Cow<'a, str>),
}

/// Splits a CLDR pattern into fields and literals (`'quoted'` text, `''` for an apostrophe).
fn tokenize(pattern: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = pattern.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == '\'' {
            let mut text = String::new();
            loop {
                match chars.next() {
                    Some((_, '\'')) if chars.peek().map(|(_, c)| *c) == Some('\'') => {
                        chars.next();
                        text.push('\'');
                    }
                    Some((_, '\'')) | None => break,
                    Some((_, c)) => text.push(c),
                }
            }
            if text.is_empty() {
                text.push('\'');
            }
            tokens.push(Token::Literal(text.into()));
        } else if c.is_ascii_alphabetic() {
            let mut count = 1;
            while chars.peek().map(|(_, next)| *next) == Some(c) {
                chars.next();
                count += 1;
            }
            tokens.push(Token::Field(c, count));
        } else {
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                if next == '\'' || next.is_ascii_alphabetic() {
                    break;
                }
                chars.next();
                end = i + next.len_utf8();
            }
            tokens.push(Token::Literal(pattern[start..end].into()));
        }
    }
    tokens
}

/// One field of a date, by its CLDR pattern letter and width (`d`, `dd`, `MMMM`, `MMMMM`, `y`…).
fn format_field(
    cal: &Calendar,
    field: char,
    count: usize,
    (year, month, day): (i32, u8, u8),
) -> String {
    let m = usize::from(month.clamp(1, 12) - 1);
    match (field, count) {
        ('y', 2) => format!("{:02}", year.rem_euclid(100)),
        ('y', _) => format!("{year:0count$}"),
        ('M' | 'L', 1) => month.to_string(),
        ('M' | 'L', 2) => format!("{month:02}"),
        ('M' | 'L', 3) => cal.months_abbreviated[m].to_string(),
        ('M', 4) => cal.months_wide[m].to_string(),
        ('L', 4) => cal.months_standalone_wide[m].to_string(),
        ('M' | 'L', _) => cal.months_narrow[m].to_string(),
        ('d', 2) => format!("{day:02}"),
        ('d', _) => day.to_string(),
        _ => String::new(),
    }
}

/// Formats one date with a pattern.
fn apply(cal: &Calendar, pattern: &str, ymd: (i32, u8, u8)) -> String {
    tokenize(pattern)
        .into_iter()
        .map(|token| match token {
            Token::Field(field, count) => format_field(cal, field, count, ymd),
            Token::Literal(text) => text.into_owned(),
        })
        .collect()
}

/// Formats a range with a CLDR interval pattern: the second date starts at the first field
/// letter that repeats. `widen` turns `MMM` into `MMMM`, as ICU does when the requested
/// skeleton has wide months and CLDR only gives abbreviated ones.
fn apply_interval(
    cal: &Calendar,
    pattern: &str,
    start: (i32, u8, u8),
    end: (i32, u8, u8),
    widen: bool,
) -> String {
    let mut seen = Vec::new();
    let mut second = false;
    let mut out = String::new();
    for token in tokenize(pattern) {
        match token {
            Token::Field(field, count) => {
                let letter = if field == 'L' { 'M' } else { field };
                if seen.contains(&letter) {
                    second = true;
                }
                seen.push(letter);
                let count = if widen && count == 3 && letter == 'M' {
                    4
                } else {
                    count
                };
                out.push_str(&format_field(
                    cal,
                    field,
                    count,
                    if second { end } else { start },
                ));
            }
            Token::Literal(text) => out.push_str(&text),
        }
    }
    out
}

/// Mongolian dates in the form running text uses: the month as a numeral with its ordinal
/// suffix, "2014 оны 4 дүгээр сарын 28", "2021 оны 11 дүгээр сарын 30 – 12 дугаар сарын 3".
///
/// Why not CLDR's patterns as they stand: its wide month names spell the numeral out
/// ("дөрөвдүгээр сар"), and its interval patterns write the month in Roman numerals
/// ("XI/30 – XII/03"), a form Mongolian readers meet in tables and forms, not in sentences.
/// Newspapers, ministry pages and this dataset's own texts write "4 дүгээр сар"; CLDR has this
/// numeric form too, abbreviated ("4-р сар"), and we write its suffix out in full. The suffix
/// follows the vowel harmony of the numeral's last word: "дүгээр" after нэг, дөрөв, ес (1, 4, 9,
/// 11), "дугаар" after the others.
mod mn {
    /// "4 дүгээр сар".
    pub fn month(month: u8) -> String {
        let suffix = if matches!(month % 10, 1 | 4 | 9) {
            "дүгээр"
        } else {
            "дугаар"
        };
        format!("{month} {suffix} сар")
    }

    /// "2014 оны", the year before a month.
    pub fn year(year: i32) -> String {
        format!("{year}\u{202F}оны")
    }

    /// A date at its precision.
    pub fn date((y, m, d): (i32, u8, u8), month: bool, day: bool) -> String {
        match (month, day) {
            (true, true) => format!("{} {}ын {d}", year(y), self::month(m)),
            (true, false) => format!("{} {}", year(y), self::month(m)),
            _ => y.to_string(),
        }
    }

    /// Two days: the shared year (and month) said once.
    pub fn day_range(a: (i32, u8, u8), b: (i32, u8, u8)) -> String {
        if a.0 != b.0 {
            format!("{} – {}", date(a, true, true), date(b, true, true))
        } else if a.1 != b.1 {
            format!(
                "{} {}ын {} – {}ын {}",
                year(a.0),
                month(a.1),
                a.2,
                month(b.1),
                b.2
            )
        } else {
            format!("{} {}ын {}–{}", year(a.0), month(a.1), a.2, b.2)
        }
    }

    /// Two months: "2020 оны 2–11 дүгээр сар", across years each in full.
    pub fn month_range(a: (i32, u8, u8), b: (i32, u8, u8)) -> String {
        if a.0 != b.0 {
            format!("{} – {}", date(a, true, false), date(b, true, false))
        } else {
            format!("{} {}–{}", year(a.0), a.1, month(b.1))
        }
    }
}

/// A date at its precision: day `April 28, 2014` (long format), month `April 2014`, year `2014`;
/// Mongolian as running text writes it (see [`mn`]).
pub fn format_date(lang: Lang, date: PartialDate) -> String {
    if lang == Lang::Mn {
        return mn::date(date.first_day(), date.month.is_some(), date.day.is_some());
    }
    let cal = calendar(lang);
    let pattern = match (date.month, date.day) {
        (Some(_), Some(_)) => cal.long_date,
        (Some(_), None) => cal.year_month,
        _ => cal.year,
    };
    apply(cal, pattern, date.first_day())
}

/// A date as it stands before a Mongolian postposition ("… байдлаар", "… хооронд"): in the
/// genitive, for which CLDR has no pattern. A year takes "оны" ("2014 оны"), a month's "сар"
/// becomes "сарын", and a day's numeral takes "-ний" after 1, 4 or 9 (нэг, дөрөв, ес: front
/// vowels) and "-ны" after any other digit ("сарын 28-ны"). English and Romanian need no case:
/// the date as [`format_date`] writes it.
pub fn format_date_genitive(lang: Lang, date: PartialDate) -> String {
    let plain = format_date(lang, date);
    if lang != Lang::Mn {
        return plain;
    }
    match (date.month, date.day) {
        (Some(_), Some(day)) => {
            let ending = if matches!(day % 10, 1 | 4 | 9) {
                "ний"
            } else {
                "ны"
            };
            format!("{plain}-{ending}")
        }
        (Some(_), None) => format!("{plain}ын"),
        _ => format!("{plain}\u{202F}оны"),
    }
}

/// A date as it stands in "members as of …" (`roster_as_of`): Mongolian in the genitive before
/// "байдлаар" ([`format_date_genitive`]); Romanian after the preposition its precision takes,
/// "la" before a day ("la 8 decembrie 2011") but "în" before a month or a year ("în noiembrie
/// 2019", "în 2011"); English as [`format_date`] writes it.
pub fn format_date_as_of(lang: Lang, date: PartialDate) -> String {
    match lang {
        Lang::Ro if date.day.is_some() => format!("la {}", format_date(lang, date)),
        Lang::Ro => format!("în {}", format_date(lang, date)),
        _ => format_date_genitive(lang, date),
    }
}

/// A date range per CLDR interval formats (`April 28 – 29, 2014`, ro `28–29 aprilie 2014`);
/// a single date when `end` is missing or equal; ends of different precision are joined with
/// the interval fallback.
pub fn format_date_range(lang: Lang, start: PartialDate, end: Option<PartialDate>) -> String {
    let Some(end) = end.filter(|end| *end != start) else {
        return format_date(lang, start);
    };
    let cal = calendar(lang);
    let (a, b) = (start.first_day(), end.first_day());
    if lang == Lang::Mn {
        match (start.month, start.day, end.month, end.day) {
            (Some(_), Some(_), Some(_), Some(_)) => return mn::day_range(a, b),
            (Some(_), None, Some(_), None) => return mn::month_range(a, b),
            _ => {}
        }
    }
    match (
        start.month.is_some(),
        start.day.is_some(),
        end.month.is_some(),
        end.day.is_some(),
    ) {
        (true, true, true, true) => {
            let pattern = if a.0 != b.0 {
                cal.day_interval[2]
            } else if a.1 != b.1 {
                cal.day_interval[1]
            } else {
                cal.day_interval[0]
            };
            apply_interval(cal, pattern, a, b, true)
        }
        (true, false, true, false) => {
            let pattern = if a.0 != b.0 {
                cal.month_interval[1]
            } else {
                cal.month_interval[0]
            };
            apply_interval(cal, pattern, a, b, false)
        }
        (false, _, false, _) => apply_interval(cal, cal.year_interval, a, b, false),
        _ => cal
            .interval_fallback
            .replace("{0}", &format_date(lang, start))
            .replace("{1}", &format_date(lang, end)),
    }
}

/// The stand-alone wide name of a month (1–12), for labels.
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    calendar(lang).months_standalone_wide[usize::from(month.clamp(1, 12) - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_each_language() {
        let en: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 42, 101, 111]
            .into_iter()
            .map(|n| format_ordinal(Lang::En, n))
            .collect();
        assert_eq!(
            en,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "42nd",
                "101st", "111th"
            ]
        );
        let mn: Vec<String> = [1, 2, 4, 9, 10, 11, 22, 36, 40, 90, 100]
            .into_iter()
            .map(|n| format_ordinal(Lang::Mn, n))
            .collect();
        assert_eq!(
            mn,
            [
                "1 дүгээр",
                "2 дугаар",
                "4 дүгээр",
                "9 дүгээр",
                "10 дугаар",
                "11 дүгээр",
                "22 дугаар",
                "36 дугаар",
                "40 дүгээр",
                "90 дүгээр",
                "100 дугаар"
            ]
        );
        assert_eq!(format_ordinal(Lang::Ro, 1), "primul");
        assert_eq!(format_ordinal(Lang::Ro, 22), "al 22-lea");
    }
    use Lang::{En, Mn, Ro};

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn range(lang: Lang, start: &str, end: &str) -> String {
        format_date_range(lang, date(start), Some(date(end)))
    }

    #[test]
    fn dates_at_each_precision() {
        let cases = [
            (En, ["April 28, 2014", "April 2014", "2014"]),
            (
                Mn,
                [
                    "2014\u{202F}оны 4 дүгээр сарын 28",
                    "2014\u{202F}оны 4 дүгээр сар",
                    "2014",
                ],
            ),
            (Ro, ["28 aprilie 2014", "aprilie 2014", "2014"]),
        ];
        for (lang, expected) in cases {
            let got = ["2014-04-28", "2014-04", "2014"].map(|d| format_date(lang, date(d)));
            assert_eq!(got, expected, "{lang:?}");
        }
    }

    #[test]
    fn day_ranges_within_a_month_across_months_and_across_years() {
        let cases = [
            (
                En,
                [
                    "April 28\u{2009}–\u{2009}29, 2014",
                    "November 30\u{2009}–\u{2009}December 3, 2021",
                    "December 30, 2019\u{2009}–\u{2009}January 2, 2020",
                ],
            ),
            (
                Mn,
                [
                    "2014\u{202F}оны 4 дүгээр сарын 28–29",
                    "2021\u{202F}оны 11 дүгээр сарын 30 – 12 дугаар сарын 3",
                    "2019\u{202F}оны 12 дугаар сарын 30 – 2020\u{202F}оны 1 дүгээр сарын 2",
                ],
            ),
            (
                Ro,
                [
                    "28–29 aprilie 2014",
                    "30 noiembrie\u{2009}–\u{2009}3 decembrie 2021",
                    "30 decembrie 2019\u{2009}–\u{2009}2 ianuarie 2020",
                ],
            ),
        ];
        for (lang, expected) in cases {
            let got = [
                range(lang, "2014-04-28", "2014-04-29"),
                range(lang, "2021-11-30", "2021-12-03"),
                range(lang, "2019-12-30", "2020-01-02"),
            ];
            assert_eq!(got, expected, "{lang:?}");
        }
    }

    #[test]
    fn month_and_year_ranges() {
        let cases = [
            (
                En,
                [
                    "February\u{2009}–\u{2009}November 2020",
                    "November 2020\u{2009}–\u{2009}February 2021",
                    "2012\u{2009}–\u{2009}2013",
                ],
            ),
            (
                Mn,
                [
                    "2020\u{202F}оны 2–11 дүгээр сар",
                    "2020\u{202F}оны 11 дүгээр сар – 2021\u{202F}оны 2 дугаар сар",
                    "2012 – 2013",
                ],
            ),
            (
                Ro,
                [
                    "februarie\u{2009}–\u{2009}noiembrie 2020",
                    "noiembrie 2020\u{2009}–\u{2009}februarie 2021",
                    "2012–2013",
                ],
            ),
        ];
        for (lang, expected) in cases {
            let got = [
                range(lang, "2020-02", "2020-11"),
                range(lang, "2020-11", "2021-02"),
                range(lang, "2012", "2013"),
            ];
            assert_eq!(got, expected, "{lang:?}");
        }
    }

    #[test]
    fn mixed_precisions_use_the_fallback_and_equal_ends_collapse() {
        assert_eq!(
            range(En, "2014", "2014-06-05"),
            "2014\u{2009}–\u{2009}June 5, 2014"
        );
        assert_eq!(
            range(Mn, "2014", "2014-06-05"),
            "2014 – 2014\u{202F}оны 6 дугаар сарын 5"
        );
        assert_eq!(
            range(Ro, "2014-06", "2015"),
            "iunie 2014\u{2009}–\u{2009}2015"
        );
        for lang in Lang::ALL {
            let day = date("2014-04-28");
            assert_eq!(
                format_date_range(lang, day, Some(day)),
                format_date(lang, day)
            );
            assert_eq!(format_date_range(lang, day, None), format_date(lang, day));
        }
    }

    #[test]
    fn plural_categories() {
        use PluralCategory::{Few, One, Other};
        let numbers = [0, 1, 2, 5, 19, 20, 21, 101, 102];
        let cases = [
            (
                En,
                [Other, One, Other, Other, Other, Other, Other, Other, Other],
            ),
            (
                Mn,
                [Other, One, Other, Other, Other, Other, Other, Other, Other],
            ),
            (Ro, [Few, One, Few, Few, Few, Other, Other, Few, Few]),
        ];
        for (lang, expected) in cases {
            assert_eq!(
                numbers.map(|n| plural_category(lang, n)),
                expected,
                "{lang:?}"
            );
        }
        assert_eq!(plural_category(Ro, 119), Few);
        assert_eq!(plural_category(Ro, 120), Other);
    }

    #[test]
    fn numbers_group_per_language() {
        let numbers = [0, 999, 1000, 12345, 1234567];
        let cases = [
            (En, ["0", "999", "1,000", "12,345", "1,234,567"]),
            (Mn, ["0", "999", "1,000", "12,345", "1,234,567"]),
            (Ro, ["0", "999", "1.000", "12.345", "1.234.567"]),
        ];
        for (lang, expected) in cases {
            assert_eq!(
                numbers.map(|n| format_number(lang, n)),
                expected,
                "{lang:?}"
            );
        }
    }

    #[test]
    fn quoted_literals_and_apostrophes() {
        assert_eq!(
            tokenize("y 'оны' MMMM'ын' d"),
            [
                Token::Field('y', 1),
                Token::Literal(" ".into()),
                Token::Literal("оны".into()),
                Token::Literal(" ".into()),
                Token::Field('M', 4),
                Token::Literal("ын".into()),
                Token::Literal(" ".into()),
                Token::Field('d', 1),
            ]
        );
        assert_eq!(tokenize("''"), [Token::Literal("'".into())]);
        let cal = calendar(En);
        assert_eq!(
            apply(cal, "h 'o''clock', yyyy", (987, 1, 2)),
            " o'clock, 0987"
        );
        assert_eq!(apply(cal, "dd.MM.yy LLLL", (2014, 4, 8)), "08.04.14 April");
    }

    #[test]
    fn mongolian_months_are_numerals_with_the_suffix_of_their_vowel_harmony() {
        let months: Vec<String> = (1..=12).map(mn::month).collect();
        assert_eq!(
            months,
            [
                "1 дүгээр сар",
                "2 дугаар сар",
                "3 дугаар сар",
                "4 дүгээр сар",
                "5 дугаар сар",
                "6 дугаар сар",
                "7 дугаар сар",
                "8 дугаар сар",
                "9 дүгээр сар",
                "10 дугаар сар",
                "11 дүгээр сар",
                "12 дугаар сар",
            ]
        );
        // No Roman numerals in any Mongolian range.
        let range = format_date_range(
            Lang::Mn,
            PartialDate::parse("2021-11-30").unwrap(),
            Some(PartialDate::parse("2021-12-03").unwrap()),
        );
        assert!(!range.contains("XI"), "{range}");
    }

    #[test]
    fn mongolian_dates_take_the_genitive_before_a_postposition() {
        let date = |s: &str| PartialDate::parse(s).unwrap();
        let mn = |s: &str| format_date_genitive(Lang::Mn, date(s));
        assert_eq!(mn("2014"), "2014\u{202F}оны");
        assert_eq!(mn("2014-04"), "2014\u{202F}оны 4 дүгээр сарын");
        assert_eq!(mn("2014-12"), "2014\u{202F}оны 12 дугаар сарын");
        assert_eq!(mn("2014-04-28"), "2014\u{202F}оны 4 дүгээр сарын 28-ны");
        assert_eq!(mn("2024-12-03"), "2024\u{202F}оны 12 дугаар сарын 3-ны");
        for (day, ending) in [
            (1, "ний"),
            (4, "ний"),
            (9, "ний"),
            (11, "ний"),
            (14, "ний"),
            (19, "ний"),
            (21, "ний"),
            (31, "ний"),
        ] {
            assert!(
                mn(&format!("2024-01-{day:02}")).ends_with(&format!(" {day}-{ending}")),
                "{day}"
            );
        }
        for day in [2, 3, 5, 6, 7, 8, 10, 12, 20, 30] {
            assert!(
                mn(&format!("2024-01-{day:02}")).ends_with(&format!(" {day}-ны")),
                "{day}"
            );
        }
        // No hyphen glued to a word, ever.
        for s in ["2014", "2014-04", "2014-04-28"] {
            assert!(!mn(s).contains("сар-"), "{}", mn(s));
        }
        for lang in [Lang::En, Lang::Ro] {
            assert_eq!(
                format_date_genitive(lang, date("2014-04")),
                format_date(lang, date("2014-04"))
            );
        }
    }

    #[test]
    fn romanian_as_of_takes_la_before_a_day_and_in_before_a_month_or_year() {
        let date = |s: &str| PartialDate::parse(s).unwrap();
        let ro = |s: &str| format_date_as_of(Lang::Ro, date(s));
        assert_eq!(ro("2011-12-08"), "la 8 decembrie 2011");
        assert_eq!(ro("2019-11"), "în noiembrie 2019");
        assert_eq!(ro("2011"), "în 2011");
        assert_eq!(
            format_date_as_of(Lang::Mn, date("2019-11")),
            format_date_genitive(Lang::Mn, date("2019-11"))
        );
        assert_eq!(
            format_date_as_of(Lang::En, date("2019-11")),
            "November 2019"
        );
    }

    #[test]
    fn month_names_are_stand_alone() {
        assert_eq!(month_name(Mn, 4), "Дөрөвдүгээр сар");
        assert_eq!(month_name(Mn, 12), "Арван хоёрдугаар сар");
        assert_eq!(month_name(Ro, 1), "ianuarie");
        assert_eq!(month_name(En, 11), "November");
    }
}
