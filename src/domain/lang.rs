//! The three languages of the app and how they are named and coded.

use serde::{Deserialize, Serialize};

/// Where the app keeps the reader's language choice (localStorage), read by the app and by the
/// pre-rendered page's language chooser.
pub const LANG_STORAGE_KEY: &str = "foc-timeline.lang";

/// A language the whole app (interface and content) is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Mn,
    Ro,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Mn, Lang::Ro];

    /// The BCP 47 code used in URLs, `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Mn => "mn",
            Lang::Ro => "ro",
        }
    }

    /// The language's name in itself ("Монгол", "Română").
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Mn => "Монгол",
            Lang::Ro => "Română",
        }
    }

    /// Parses an exact code (`"ro"`), ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Parses a browser language tag (`"ro-MD"`, `"mn-Cyrl-MN"`, `"en_GB"`) by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::from_code(primary)
    }

    /// The first supported language in a browser's preference list.
    pub fn first_supported<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_their_primary_language() {
        assert_eq!(Lang::from_tag("ro-MD"), Some(Lang::Ro));
        assert_eq!(Lang::from_tag("mn-Cyrl-MN"), Some(Lang::Mn));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn first_supported_skips_unknown_languages() {
        assert_eq!(Lang::first_supported(["de-DE", "ro", "en"]), Some(Lang::Ro));
        assert_eq!(Lang::first_supported(["de", "fr"]), None);
    }
}
