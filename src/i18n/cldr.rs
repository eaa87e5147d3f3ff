//! Unicode CLDR 48.2.0 data for English, Mongolian and Romanian, copied verbatim from the npm
//! packages (Chromium has no Mongolian locale data, so the app cannot rely on `Intl`):
//! - months and date patterns: `cldr-dates-full/main/<lang>/ca-gregorian.json`
//!   (`months.format.{wide,abbreviated,narrow}`, `months.stand-alone.wide`,
//!   `dateTimeFormats.availableFormats.{y,yMMMM}`, `dateFormats.long`,
//!   `dateTimeFormats.intervalFormats.{yMMMd,yMMMM,y,intervalFormatFallback}`);
//! - number symbols: `cldr-numbers-full/main/<lang>/numbers.json`
//!   (`symbols-numberSystem-latn.{group,decimal}`, `minimumGroupingDigits`; every one of the
//!   three languages has `defaultNumberingSystem` `latn`);
//! - plural rules: `cldr-core/supplemental/plurals.json`, `plurals-type-cardinal.<lang>`
//!   (code, not data: [`crate::i18n::format::plural_category`]).
//!
//! `tests/cldr.rs` holds every value here against those files.

use crate::domain::lang::Lang;

/// The calendar data of one language.
#[derive(Debug)]
pub struct Calendar {
    /// `months.format.wide`, January first: `MMMM` in the patterns.
    pub months_wide: [&'static str; 12],
    /// `months.format.abbreviated`: `MMM` (widened to `MMMM` in day ranges, as ICU does).
    pub months_abbreviated: [&'static str; 12],
    /// `months.format.narrow`: `MMMMM`, which the Mongolian interval formats use.
    pub months_narrow: [&'static str; 12],
    /// `months.stand-alone.wide`: `LLLL`, and month names on their own (axis labels).
    pub months_standalone_wide: [&'static str; 12],
    /// `availableFormats.y`: a year.
    pub year: &'static str,
    /// `availableFormats.yMMMM`: a month of a year.
    pub year_month: &'static str,
    /// `dateFormats.long`: a day (the `yMMMMd` skeleton, absent from `availableFormats`).
    pub long_date: &'static str,
    /// `intervalFormats.yMMMd` (there is no `yMMMMd`), by greatest difference: day, month, year.
    pub day_interval: [&'static str; 3],
    /// `intervalFormats.yMMMM`, by greatest difference: month, year.
    pub month_interval: [&'static str; 2],
    /// `intervalFormats.y.y`.
    pub year_interval: &'static str,
    /// `intervalFormatFallback`: `{0}` and `{1}` are the two ends.
    pub interval_fallback: &'static str,
}

/// The number symbols of one language.
#[derive(Debug)]
pub struct Numbers {
    /// `symbols-numberSystem-latn.group`: the thousands separator.
    pub group: &'static str,
    /// `symbols-numberSystem-latn.decimal`.
    pub decimal: &'static str,
    /// Numbers with fewer integer digits than this plus 3 get no group separator.
    pub minimum_grouping_digits: u8,
}

static CALENDAR_EN: Calendar = Calendar {
    months_wide: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_abbreviated: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_narrow: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    months_standalone_wide: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    year: "y",
    year_month: "MMMM y",
    long_date: "MMMM d, y",
    day_interval: [
        "MMM d\u{2009}–\u{2009}d, y",
        "MMM d\u{2009}–\u{2009}MMM d, y",
        "MMM d, y\u{2009}–\u{2009}MMM d, y",
    ],
    month_interval: [
        "MMMM\u{2009}–\u{2009}MMMM y",
        "MMMM y\u{2009}–\u{2009}MMMM y",
    ],
    year_interval: "y\u{2009}–\u{2009}y",
    interval_fallback: "{0}\u{2009}–\u{2009}{1}",
};

static NUMBERS_EN: Numbers = Numbers {
    group: ",",
    decimal: ".",
    minimum_grouping_digits: 1,
};

static CALENDAR_MN: Calendar = Calendar {
    months_wide: [
        "нэгдүгээр сар",
        "хоёрдугаар сар",
        "гуравдугаар сар",
        "дөрөвдүгээр сар",
        "тавдугаар сар",
        "зургаадугаар сар",
        "долоодугаар сар",
        "наймдугаар сар",
        "есдүгээр сар",
        "аравдугаар сар",
        "арван нэгдүгээр сар",
        "арван хоёрдугаар сар",
    ],
    months_abbreviated: [
        "1-р сар",
        "2-р сар",
        "3-р сар",
        "4-р сар",
        "5-р сар",
        "6-р сар",
        "7-р сар",
        "8-р сар",
        "9-р сар",
        "10-р сар",
        "11-р сар",
        "12-р сар",
    ],
    months_narrow: [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ],
    months_standalone_wide: [
        "Нэгдүгээр сар",
        "Хоёрдугаар сар",
        "Гуравдугаар сар",
        "Дөрөвдүгээр сар",
        "Тавдугаар сар",
        "Зургаадугаар сар",
        "Долоодугаар сар",
        "Наймдугаар сар",
        "Есдүгээр сар",
        "Аравдугаар сар",
        "Арван нэгдүгээр сар",
        "Арван хоёрдугаар сар",
    ],
    year: "y",
    year_month: "y\u{202F}'оны' MMMM",
    long_date: "y\u{202F}'оны' MMMM'ын' d",
    day_interval: [
        "y\u{202F}'оны' MMMMM/dd – dd",
        "y\u{202F}'оны' MMMMM/dd – MMMMM/dd",
        "y\u{202F}'оны' MMMMM/dd – y\u{202F}'оны' MMMMM/dd",
    ],
    month_interval: [
        "y\u{202F}'оны' MMMMM – MMMMM 'сар'",
        "y\u{202F}'оны' MMMMM 'сар' – y\u{202F}'оны' MMMMM 'сар'",
    ],
    year_interval: "y – y",
    interval_fallback: "{0} – {1}",
};

static NUMBERS_MN: Numbers = Numbers {
    group: ",",
    decimal: ".",
    minimum_grouping_digits: 1,
};

static CALENDAR_RO: Calendar = Calendar {
    months_wide: [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    months_abbreviated: [
        "ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.",
        "dec.",
    ],
    months_narrow: ["I", "F", "M", "A", "M", "I", "I", "A", "S", "O", "N", "D"],
    months_standalone_wide: [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    year: "y",
    year_month: "MMMM y",
    long_date: "d MMMM y",
    day_interval: [
        "d–d MMM y",
        "d MMM\u{2009}–\u{2009}d MMM y",
        "d MMM y\u{2009}–\u{2009}d MMM y",
    ],
    month_interval: [
        "MMMM\u{2009}–\u{2009}MMMM y",
        "MMMM y\u{2009}–\u{2009}MMMM y",
    ],
    year_interval: "y–y",
    interval_fallback: "{0}\u{2009}–\u{2009}{1}",
};

static NUMBERS_RO: Numbers = Numbers {
    group: ".",
    decimal: ",",
    minimum_grouping_digits: 1,
};

/// The calendar data of `lang`.
pub fn calendar(lang: Lang) -> &'static Calendar {
    match lang {
        Lang::En => &CALENDAR_EN,
        Lang::Mn => &CALENDAR_MN,
        Lang::Ro => &CALENDAR_RO,
    }
}

/// The number symbols of `lang`.
pub fn numbers(lang: Lang) -> &'static Numbers {
    match lang {
        Lang::En => &NUMBERS_EN,
        Lang::Mn => &NUMBERS_MN,
        Lang::Ro => &NUMBERS_RO,
    }
}
