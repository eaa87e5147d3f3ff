//! Searching the events' text: every word typed must occur in an event's title, summary, theme
//! or place, in any of the three languages, ignoring case and the diacritics of Latin letters
//! (as the member filter matches names: "tallin" finds Tallinn, "таллин" finds it too, and
//! "tarile de jos" finds "Țările de Jos").

use super::dataset::{Dataset, Event};
use super::lang::Lang;
use super::matching::{fold, folded_words};

/// The longest search a link keeps, in characters.
pub const MAX_SEARCH_CHARS: usize = 100;

/// A search as typed, as the view state keeps it: trimmed, at most [`MAX_SEARCH_CHARS`]
/// characters, `None` when there is nothing to look for.
pub fn normalize_search(typed: &str) -> Option<String> {
    let kept: String = typed.trim().chars().take(MAX_SEARCH_CHARS).collect();
    let kept = kept.trim_end();
    (!kept.is_empty()).then(|| kept.to_string())
}

/// The words of a search, folded ([`folded_words`]): quotation marks and punctuation around
/// them (`"joint statement"`, `„Tallinn”`, `Tallinn,`) and the hyphen of a compound
/// (`Коста-Рика`) do not count.
pub fn search_words(search: &str) -> Vec<String> {
    folded_words(search)
}

/// The text `event` is searched in, folded: its title, summary, theme and place, in every
/// language, one line each.
pub fn searchable_text(dataset: &Dataset, event: &Event) -> String {
    let mut text = String::new();
    for lang in Lang::ALL {
        let place = event.place.as_ref();
        let parts = [
            Some(event.title.get(lang)),
            Some(event.summary.get(lang)),
            event.theme.as_ref().map(|theme| theme.get(lang)),
            place
                .and_then(|p| p.city.as_ref())
                .map(|city| city.get(lang)),
            place
                .and_then(|p| p.country.as_deref())
                .and_then(|code| dataset.country(code))
                .map(|country| country.name.get(lang)),
        ];
        for part in parts.into_iter().flatten() {
            text.push_str(part);
            text.push('\n');
        }
    }
    fold(&text)
}

/// Every event's searchable text, by index into `dataset.events`, made once.
#[derive(Debug)]
pub struct SearchIndex(Vec<String>);

impl SearchIndex {
    /// Folds the text of every event of `dataset`.
    pub fn new(dataset: &Dataset) -> Self {
        SearchIndex(
            dataset
                .events
                .iter()
                .map(|event| searchable_text(dataset, event))
                .collect(),
        )
    }

    /// Whether the event at `index` contains every one of `words` (from [`search_words`]).
    pub fn matches(&self, index: usize, words: &[String]) -> bool {
        self.0
            .get(index)
            .is_some_and(|text| words.iter().all(|word| text.contains(word.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Text;

    fn sample() -> Dataset {
        let json = include_str!("../../public/data/foc.json");
        crate::domain::validate::decode_dataset(json)
            .expect("the shipped dataset decodes")
            .dataset
    }

    fn index_of(dataset: &Dataset, id: &str) -> usize {
        dataset.events.iter().position(|e| e.id == id).unwrap()
    }

    #[test]
    fn searches_are_trimmed_cut_and_empty_ones_dropped() {
        assert_eq!(normalize_search("  tallinn  "), Some("tallinn".into()));
        assert_eq!(normalize_search(" \t "), None);
        let long = "a ".repeat(80);
        let kept = normalize_search(&long).unwrap();
        assert!(kept.chars().count() <= MAX_SEARCH_CHARS);
        assert!(!kept.ends_with(' '));
    }

    #[test]
    fn words_are_folded_and_split() {
        assert_eq!(search_words(" Țările  de JOS "), ["tarile", "de", "jos"]);
        assert_eq!(search_words("ТАЛЛИН"), ["таллин"]);
        assert!(search_words("   ").is_empty());
        assert_eq!(search_words("\"joint statement\""), ["joint", "statement"]);
        assert_eq!(search_words("„Tallinn”, «Таллин»"), ["tallinn", "таллин"]);
        assert_eq!(search_words("Коста-Рика"), ["коста", "рика"]);
        assert!(search_words("“ ” …").is_empty());
    }

    #[test]
    fn every_word_must_occur_in_some_language_and_field() {
        let dataset = sample();
        let index = SearchIndex::new(&dataset);
        let tallinn = index_of(&dataset, "conference-2014-tallinn");
        for search in [
            "tallinn",
            "TALLIN",
            "таллин",
            "estonia",
            "Эстони",
            "tallinn estonia",
            "talin",
        ] {
            let words = search_words(search);
            assert_eq!(
                index.matches(tallinn, &words),
                search != "talin",
                "{search}"
            );
        }
        assert!(!index.matches(tallinn, &search_words("tallinn nairobi")));
        assert!(!index.matches(dataset.events.len(), &search_words("tallinn")));
    }

    #[test]
    fn the_place_counts_even_when_no_text_names_it() {
        let mut dataset = sample();
        let tallinn = index_of(&dataset, "conference-2014-tallinn");
        let event = &mut dataset.events[tallinn];
        let plain = Text {
            en: "A meeting".into(),
            mn: "Хурал".into(),
            ro: "O reuniune".into(),
        };
        (event.title, event.summary, event.theme) = (plain.clone(), plain, None);
        let index = SearchIndex::new(&dataset);
        for search in [
            "tallinn",
            "таллин",
            "estonia",
            "эстони",
            "meeting",
            "reuniune",
        ] {
            assert!(index.matches(tallinn, &search_words(search)), "{search}");
        }
    }
}
