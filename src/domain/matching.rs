//! Member search for the combobox: accent- and case-insensitive matching of country names.

use super::dataset::Country;
use super::lang::Lang;
use super::sorting::sort_by;

/// Base letters of U+00C0..=U+00FF, one per code point: `*` keeps the character (× ÷), `_` is
/// spelled out by [`spelled_out`] (Æ Þ ß æ þ).
const LATIN_1: &str = concat!(
    "aaaaaa_ceeeeiiii", // À..Ï
    "dnooooo*ouuuuy__", // Ð..ß
    "aaaaaa_ceeeeiiii", // à..ï
    "dnooooo*ouuuuy_y", // ð..ÿ
);

/// Base letters of Latin Extended-A, U+0100..=U+017F, one per code point: `_` is spelled out by
/// [`spelled_out`] (Ĳ ĳ Œ œ).
const LATIN_EXTENDED_A: &str = concat!(
    "aaaaaaccccccccdd", // Ā..ď
    "ddeeeeeeeeeegggg", // Đ..ğ
    "gggghhhhiiiiiiii", // Ġ..į
    "ii__jjkkklllllll", // İ..Ŀ
    "lllnnnnnnnnnoooo", // ŀ..ŏ
    "oo__rrrrrrssssss", // Ő..U+015F
    "ssttttttuuuuuuuu", // Š..ů
    "uuuuwwyyyzzzzzzs", // Ű..ſ
);

const _: () = assert!(LATIN_1.len() == 0x40 && LATIN_EXTENDED_A.len() == 0x80);

/// The letters that fold to more than one letter.
fn spelled_out(c: char) -> &'static str {
    match c {
        'Æ' | 'æ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' | 'ẞ' => "ss",
        'Ĳ' | 'ĳ' => "ij",
        'Œ' | 'œ' => "oe",
        _ => "",
    }
}

/// Appends the folded form of one character to `out`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let code = c as u32;
    let base = match code {
        0xC0..=0xFF => Some(LATIN_1.as_bytes()[(code - 0xC0) as usize]),
        0x100..=0x17F => Some(LATIN_EXTENDED_A.as_bytes()[(code - 0x100) as usize]),
        _ => None,
    };
    match base {
        Some(b'*') => out.push(c),
        Some(b'_') => out.push_str(spelled_out(c)),
        Some(letter) => out.push(char::from(letter)),
        None => match c {
            // Romanian comma-below letters (the cedilla ones are in Latin Extended-A).
            'Ș' | 'ș' => out.push('s'),
            'Ț' | 'ț' => out.push('t'),
            'ẞ' => out.push_str(spelled_out(c)),
            // Typographic apostrophes and dashes, as in "Côte d’Ivoire", match the typed ones.
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
            '\u{2010}'..='\u{2015}' => out.push('-'),
            // Combining accents typed after a Latin letter (decomposed input) are dropped.
            '\u{0300}'..='\u{036F}' if out.ends_with(|p: char| p.is_ascii_alphabetic()) => {}
            c if c.is_whitespace() => out.push(' '),
            // Cyrillic and the rest are lower-cased only: Mongolian ө and ү stay distinct letters.
            c => out.extend(c.to_lowercase()),
        },
    }
}

/// Lower-cases `text` and strips the diacritics of Latin letters, for comparing names the way
/// a reader types them: "Țările de Jos" → "tarile de jos", cedilla S (U+015E) and comma-below "Ș" → "s".
/// Cyrillic is only lower-cased (Mongolian ө and ү are kept).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The words of `text`, [`fold`]ed: runs of letters and digits, so that hyphens, apostrophes,
/// quotation marks and other punctuation separate words as spaces do ("Коста-Рика" has the
/// words of "коста рика", "Côte d’Ivoire" those of "cote d ivoire").
pub fn folded_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// The [`folded_words`] of `text`, one space apart: names and queries compared this way match
/// whatever separates their words.
fn fold_words(text: &str) -> String {
    folded_words(text).join(" ")
}

/// A key that orders names the way a reader of `lang` expects: by their [`fold`]ed form, with
/// the Cyrillic letters ё, ө and ү right after е, о and у (the Mongolian alphabet's order)
/// rather than after я; in Romanian, ă, â, î, ș and ț are letters of their own, right after a
/// (ă, then â), i, s and t, as in CLDR's Romanian collation ("Tunisia" before "Țările de Jos").
pub fn sort_key(text: &str, lang: Lang) -> Vec<u32> {
    let mut key = Vec::with_capacity(text.len());
    let mut folded = String::new();
    for word in text.split_whitespace() {
        if !key.is_empty() {
            key.push(weight(' '));
        }
        for c in word.chars() {
            match romanian_letter(c).filter(|_| lang == Lang::Ro) {
                Some(letter) => key.push(letter),
                None => {
                    folded.clear();
                    fold_char(c, &mut folded);
                    key.extend(folded.chars().map(weight));
                }
            }
        }
    }
    key
}

/// A folded character's place in [`sort_key`]: room for two letters after each base letter.
fn weight(c: char) -> u32 {
    match c {
        'ё' => 'е' as u32 * 4 + 1,
        'ө' => 'о' as u32 * 4 + 1,
        'ү' => 'у' as u32 * 4 + 1,
        c => c as u32 * 4,
    }
}

/// The Romanian letters that sort after their base letter.
fn romanian_letter(c: char) -> Option<u32> {
    let (base, rank) = match c {
        'ă' | 'Ă' => ('a', 1),
        'â' | 'Â' => ('a', 2),
        'î' | 'Î' => ('i', 1),
        // The cedilla look-alikes, U+015F/U+015E and U+0163/U+0162, as the letters they stand for.
        'ș' | 'Ș' | '\u{015F}' | '\u{015E}' => ('s', 1),
        'ț' | 'Ț' | '\u{0163}' | '\u{0162}' => ('t', 1),
        _ => return None,
    };
    Some(base as u32 * 4 + rank)
}

/// How well a country matches a query; smaller is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The query is the country's ISO code.
    Code,
    /// The name in the display language starts with the query.
    NameStart,
    /// A word of the name in the display language starts with the query.
    WordStart,
    /// Any other match: inside a word, or in another language's name.
    Other,
}

/// Where `query` occurs in `name` (both folded), if it does.
fn name_rank(name: &str, query: &str) -> Option<Rank> {
    if name.starts_with(query) {
        return Some(Rank::NameStart);
    }
    let mut previous = ' ';
    for (index, c) in name.char_indices() {
        if !previous.is_alphanumeric() && c.is_alphanumeric() && name[index..].starts_with(query) {
            return Some(Rank::WordStart);
        }
        previous = c;
    }
    name.contains(query).then_some(Rank::Other)
}

/// A query typed into the member search, folded once.
struct Query<'q> {
    trimmed: &'q str,
    folded: String,
}

impl<'q> Query<'q> {
    fn new(text: &'q str) -> Self {
        Query {
            trimmed: text.trim(),
            folded: fold_words(text),
        }
    }

    /// How `country` matches, given the display language.
    fn rank(&self, country: &Country, lang: Lang) -> Option<Rank> {
        if self.folded.is_empty() {
            return Some(Rank::Other);
        }
        if self.trimmed.eq_ignore_ascii_case(&country.code) {
            return Some(Rank::Code);
        }
        if let Some(rank) = name_rank(&fold_words(country.name.get(lang)), &self.folded) {
            return Some(rank);
        }
        let elsewhere = country
            .name
            .all()
            .into_iter()
            .filter(|(other, _)| *other != lang)
            .any(|(_, name)| fold_words(name).contains(&self.folded));
        elsewhere.then_some(Rank::Other)
    }
}

/// Whether `country` matches what was typed: the folded query is a prefix of a word or a
/// part of the country's name in any language, or it is the country's ISO code (any case).
/// An empty query matches every country.
pub fn matches_country(country: &Country, query: &str) -> bool {
    Query::new(query).rank(country, Lang::En).is_some()
}

/// The countries matching `query` (see [`matches_country`]), best first: the exact ISO code,
/// then names in `lang` that start with the query, then names in `lang` with a word starting
/// with it, then the other matches; ties in the order of the names in `lang` (see [`sort_key`]).
pub fn search_countries<'a>(
    countries: impl IntoIterator<Item = &'a Country>,
    query: &str,
    lang: Lang,
) -> Vec<&'a Country> {
    let query = Query::new(query);
    let mut hits: Vec<(Rank, Vec<u32>, &Country)> = countries
        .into_iter()
        .filter_map(|country| {
            let rank = query.rank(country, lang)?;
            Some((rank, sort_key(country.name.get(lang), lang), country))
        })
        .collect();
    sort_by(&mut hits, |a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.name.get(lang).cmp(b.2.name.get(lang)))
            .then_with(|| a.2.code.cmp(&b.2.code))
    });
    hits.into_iter().map(|(_, _, country)| country).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::{Region, Text};

    fn country(code: &str, en: &str, mn: &str, ro: &str, region: Region) -> Country {
        Country {
            code: code.into(),
            name: Text {
                en: en.into(),
                mn: mn.into(),
                ro: ro.into(),
            },
            region,
        }
    }

    fn countries() -> Vec<Country> {
        vec![
            country(
                "MD",
                "Moldova",
                "Молдова",
                "Republica Moldova",
                Region::Europe,
            ),
            country(
                "NL",
                "Netherlands",
                "Нидерланд",
                "Țările de Jos",
                Region::Europe,
            ),
            country(
                "KR",
                "South Korea",
                "Өмнөд Солонгос",
                "Coreea de Sud",
                Region::AsiaPacific,
            ),
            country("RO", "Romania", "Румын", "România", Region::Europe),
            country("MN", "Mongolia", "Монгол", "Mongolia", Region::AsiaPacific),
            country(
                "CI",
                "Côte d’Ivoire",
                "Кот-д’Ивуар",
                "Côte d’Ivoire",
                Region::Africa,
            ),
            country(
                "US",
                "United States",
                "Америкийн Нэгдсэн Улс",
                "Statele Unite ale Americii",
                Region::Americas,
            ),
            country(
                "GB",
                "United Kingdom",
                "Их Британи",
                "Regatul Unit",
                Region::Europe,
            ),
            country("SE", "Sweden", "Швед", "Suedia", Region::Europe),
            country("EE", "Estonia", "Эстони", "Estonia", Region::Europe),
        ]
    }

    fn codes(found: &[&Country]) -> Vec<String> {
        found.iter().map(|c| c.code.clone()).collect()
    }

    fn find(query: &str) -> Vec<String> {
        let all = countries();
        let found: Vec<&Country> = all.iter().filter(|c| matches_country(c, query)).collect();
        codes(&found)
    }

    #[test]
    fn fold_strips_romanian_and_latin_diacritics() {
        assert_eq!(fold("România"), "romania");
        assert_eq!(fold("Țările de Jos"), "tarile de jos");
        assert_eq!(fold("\u{15E}\u{15F}\u{162}\u{163} ȘșȚț"), "sstt sstt");
        assert_eq!(
            fold("éèêë áàâäãå óòôöõø úùûü íìîï ý ÿ ç ñ"),
            "eeee aaaaaa oooooo uuuu iiii y y c n"
        );
        assert_eq!(fold("ăāēīōū łžščřě őű ĂÂÎ"), "aaeiou lzscre ou aai");
        assert_eq!(
            fold("Æsir Œuvre Straße Þór Ĳssel"),
            "aesir oeuvre strasse thor ijssel"
        );
        assert_eq!(
            fold("İstanbul"),
            "istanbul",
            "dotted capital I folds to a plain i"
        );
    }

    #[test]
    fn fold_keeps_mongolian_letters_and_lowercases_cyrillic() {
        assert_eq!(fold("ӨМНӨД Солонгос"), "өмнөд солонгос");
        assert_eq!(fold("ҮНДЭСНИЙ"), "үндэсний");
        assert_eq!(fold("Ёс"), "ёс");
    }

    #[test]
    fn fold_handles_decomposed_accents_and_typographic_punctuation() {
        assert_eq!(fold("Roma\u{0302}nia"), "romania");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("a\u{00A0}b–c"), "a b-c");
        assert_eq!(fold("2 × 3 ÷ 1"), "2 × 3 ÷ 1");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn ascii_query_finds_accented_romanian_name() {
        assert_eq!(find("romania"), ["RO"]);
        assert_eq!(find("ROMÂNIA"), ["RO"]);
        assert_eq!(find("tarile"), ["NL"]);
        assert_eq!(find("republica"), ["MD"]);
        assert_eq!(find("de jos"), ["NL"]);
    }

    #[test]
    fn cyrillic_prefix_finds_moldova() {
        assert_eq!(find("молд"), ["MD"]);
        assert_eq!(find("МОЛД"), ["MD"]);
    }

    #[test]
    fn mongolian_letters_are_not_folded_to_russian_ones() {
        assert_eq!(find("өмнөд"), ["KR"]);
        assert!(find("омнод").is_empty());
    }

    #[test]
    fn iso_code_matches_in_any_case() {
        assert_eq!(find("md"), ["MD"]);
        assert_eq!(find(" MN "), ["MN"]);
    }

    #[test]
    fn empty_query_matches_everything() {
        assert_eq!(find("").len(), countries().len());
        assert_eq!(find("   ").len(), countries().len());
    }

    #[test]
    fn substring_inside_a_word_matches() {
        assert_eq!(find("oldov"), ["MD"]);
        assert!(find("xyz").is_empty());
    }

    #[test]
    fn typed_apostrophe_matches_typographic_one() {
        assert_eq!(find("d'ivoire"), ["CI"]);
        assert_eq!(find("ivoire"), ["CI"]);
    }

    #[test]
    fn a_space_finds_a_hyphen_or_an_apostrophe_and_the_other_way_round() {
        assert_eq!(find("кот д ивуар"), ["CI"]);
        assert_eq!(find("Кот-д’Ивуар"), ["CI"]);
        assert_eq!(find("cote d ivoire"), ["CI"]);
        assert_eq!(find("south-korea"), ["KR"]);
        assert_eq!(find("coreea-de"), ["KR"]);
    }

    #[test]
    fn exact_code_ranks_before_name_matches() {
        let all = countries();
        // "ee" is Estonia's code and also inside the Romanian "Coreea de Sud".
        assert_eq!(codes(&search_countries(&all, "ee", Lang::En)), ["EE", "KR"]);
        assert_eq!(codes(&search_countries(&all, "mn", Lang::Mn)), ["MN"]);
    }

    #[test]
    fn name_start_ranks_before_word_start_before_other() {
        let all = countries();
        // In Romanian: "Statele Unite…" and "Suedia" start with "s", "Coreea de Sud" has a word
        // starting with it, "Estonia" and "Țările de Jos" merely contain it.
        let found = search_countries(&all, "s", Lang::Ro);
        assert_eq!(codes(&found), ["US", "SE", "KR", "EE", "NL"]);
    }

    #[test]
    fn empty_query_lists_everything_by_name_in_language() {
        let all = countries();
        let ro = codes(&search_countries(&all, "", Lang::Ro));
        assert_eq!(
            ro,
            ["KR", "CI", "EE", "MN", "GB", "MD", "RO", "US", "SE", "NL"]
        );
        let mn = codes(&search_countries(&all, "", Lang::Mn));
        // А, И, К, Мол, Мон, Н, Ө (between О and П), Р, Ш, Э.
        assert_eq!(
            mn,
            ["US", "GB", "CI", "MD", "MN", "NL", "KR", "RO", "SE", "EE"]
        );
    }

    #[test]
    fn matches_in_another_language_rank_after_display_language() {
        let all = countries();
        // "co" starts "Côte d’Ivoire" in every language but "Coreea de Sud" only in Romanian.
        assert_eq!(codes(&search_countries(&all, "co", Lang::En)), ["CI", "KR"]);
        assert_eq!(codes(&search_countries(&all, "co", Lang::Ro)), ["KR", "CI"]);
        assert_eq!(codes(&search_countries(&all, "suedia", Lang::Mn)), ["SE"]);
    }

    #[test]
    fn sort_key_orders_mongolian_letters_after_their_base() {
        let mut names = vec!["Үндэс", "Ус", "Фиж", "Өмнө", "Оман", "Пакистан"];
        names.sort_by_key(|n| sort_key(n, Lang::Mn));
        assert_eq!(names, ["Оман", "Өмнө", "Пакистан", "Ус", "Үндэс", "Фиж"]);
    }

    #[test]
    fn sort_key_orders_romanian_letters_after_their_base_in_romanian_only() {
        let mut names = vec![
            "Țările de Jos",
            "Tunisia",
            "Șa",
            "Sz",
            "Îa",
            "Iz",
            "Âb",
            "Ăc",
            "Az",
        ];
        names.sort_by_key(|n| sort_key(n, Lang::Ro));
        assert_eq!(
            names,
            [
                "Az",
                "Ăc",
                "Âb",
                "Iz",
                "Îa",
                "Sz",
                "Șa",
                "Tunisia",
                "Țările de Jos"
            ]
        );
        // Cedilla forms sort as the comma-below letters they stand for.
        assert_eq!(
            sort_key("\u{0162}ara", Lang::Ro),
            sort_key("Țara", Lang::Ro)
        );
        // Elsewhere the accents are folded away: "Côte d’Ivoire" sorts with C.
        names.sort_by_key(|n| sort_key(n, Lang::En));
        assert_eq!(
            names,
            [
                "Âb",
                "Ăc",
                "Az",
                "Îa",
                "Iz",
                "Șa",
                "Sz",
                "Țările de Jos",
                "Tunisia"
            ]
        );
        assert_eq!(
            sort_key(" Țara  de\tJos ", Lang::En),
            sort_key("tara de jos", Lang::En)
        );
    }

    #[test]
    fn search_over_many_countries_stays_correct() {
        let many: Vec<Country> = (0..8_000)
            .map(|i| {
                country(
                    &format!("{i:04}"),
                    &format!("Țara {i}"),
                    &format!("Улс {i}"),
                    &format!("Țara {i}"),
                    Region::Europe,
                )
            })
            .collect();
        let found = search_countries(&many, "tara 799", Lang::Ro);
        assert_eq!(found.len(), 11, "7990..7999 and 799");
        assert_eq!(found[0].code, "0799");
        assert_eq!(search_countries(&many, "", Lang::En).len(), 8_000);
    }
}
