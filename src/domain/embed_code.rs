//! The HTML snippet a ministry web team pastes to embed the timeline.

use crate::domain::colour::Rgb;
use crate::domain::html::escape_html;
use crate::domain::lang::Lang;
use crate::domain::url_state::{parse_accent, Controls, Theme, UrlNotice, ViewState};

/// The lowest iframe height the Embed dialog offers, in CSS pixels.
pub const MIN_HEIGHT: u32 = 300;
/// The highest iframe height the Embed dialog offers, in CSS pixels.
pub const MAX_HEIGHT: u32 = 4000;

/// A height typed into the Embed dialog, if it is a whole number of pixels in range.
pub fn parse_height(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|h| (MIN_HEIGHT..=MAX_HEIGHT).contains(h))
}

/// The iframe height the Embed dialog starts with, in CSS pixels.
pub const DEFAULT_HEIGHT: u32 = 700;

/// What the Embed dialog's form chooses for the embed, beside the reader's filters.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedChoices {
    pub lang: Lang,
    /// The event the embed opens at.
    pub event: Option<String>,
    /// The member whose story the embed tells ("One country's story"); `None` for the whole
    /// coalition.
    pub country: Option<String>,
    /// The host page's colour scheme; `None` follows the reader's setting.
    pub theme: Option<Theme>,
    /// The host page's accent colour as typed: empty for the usual colour; anything else must be
    /// a readable colour (the same rule as a link's `accent`, [`parse_accent`]).
    pub accent_text: String,
    /// The iframe's height, in CSS pixels: the last good one typed.
    pub height: u32,
    /// The height field as typed; when it is out of range or not a number, the code keeps
    /// `height` and the field says so ([`EmbedChoices::height_invalid`]).
    pub height_text: String,
    /// Whether the snippet includes the embed script.
    pub with_script: bool,
    /// Whether the host page's `#event=` follows the reader (needs the script).
    pub keep_hash: bool,
    /// How much of the filter controls the embed shows.
    pub controls: Controls,
}

impl EmbedChoices {
    /// The form as it first opens: in `lang`, with the script, at [`DEFAULT_HEIGHT`].
    pub fn new(lang: Lang) -> Self {
        EmbedChoices {
            lang,
            event: None,
            country: None,
            theme: None,
            accent_text: String::new(),
            height: DEFAULT_HEIGHT,
            height_text: DEFAULT_HEIGHT.to_string(),
            with_script: true,
            keep_hash: false,
            controls: Controls::Compact,
        }
    }

    /// The accent colour the embed asks for: the one typed, if it keeps text readable.
    pub fn accent(&self) -> Option<Rgb> {
        parse_accent(&self.accent_text).ok().flatten()
    }

    /// Why the typed accent colour is not used, if it is not.
    pub fn accent_problem(&self) -> Option<UrlNotice> {
        parse_accent(&self.accent_text).err()
    }

    /// Takes what is typed in the height field: the height when it is one in range (else the
    /// code keeps the last good one).
    pub fn type_height(&mut self, typed: &str) {
        self.height_text = typed.to_string();
        if let Some(height) = parse_height(typed) {
            self.height = height;
        }
    }

    /// Whether the height field holds something out of range or not a number.
    pub fn height_invalid(&self) -> bool {
        parse_height(&self.height_text).is_none()
    }

    /// A height field left invalid gives way to the height the code uses.
    pub fn forget_invalid_height(&mut self) {
        if self.height_invalid() {
            self.height_text = self.height.to_string();
        }
    }
}

/// The view an embed opens on: the reader's filters as set now (members, region, years,
/// search), with the dialog's language, starting event, country, colour scheme and controls.
pub fn embed_view(current: &ViewState, choices: &EmbedChoices) -> ViewState {
    ViewState {
        lang: Some(choices.lang),
        event: choices.event.clone(),
        country: choices.country.clone(),
        theme: choices.theme,
        accent: choices.accent(),
        controls: Some(choices.controls).filter(|c| *c != Controls::Compact),
        embed: true,
        ..current.clone()
    }
}

/// The `<iframe>` (and, with `script_url`, the embed script) for an embed URL. With
/// `keep_hash` (which needs the script) the host page's `#event=` follows the reader.
pub fn embed_snippet(
    src: &str,
    title: &str,
    height: u32,
    script_url: Option<&str>,
    keep_hash: bool,
) -> String {
    let keep_hash = if keep_hash && script_url.is_some() {
        " data-foc-timeline-hash"
    } else {
        ""
    };
    let mut snippet = format!(
        "<iframe data-foc-timeline{keep_hash} src=\"{}\" title=\"{}\" loading=\"lazy\" \
         allow=\"clipboard-write; web-share\" width=\"100%\" height=\"{height}\" \
         style=\"border:0\"></iframe>",
        escape_html(src),
        escape_html(title),
    );
    if let Some(script) = script_url {
        snippet.push_str(&format!(
            "\n<script async src=\"{}\"></script>",
            escape_html(script)
        ));
    }
    snippet
}

/// The URL of `embed.js` beside the app's page (`https://host/foc/?x` → `https://host/foc/embed.js`).
pub fn script_url_beside(page_url: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or_default();
    let dir = match base.rfind('/') {
        Some(slash) => &base[..=slash],
        None => base,
    };
    format!("{dir}embed.js")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heights_are_whole_pixels_in_range() {
        for (text, expected) in [
            ("700", Some(700)),
            (" 300 ", Some(300)),
            ("4000", Some(4000)),
            ("315", Some(315)),
            ("299", None),
            ("4001", None),
            ("0", None),
            ("-500", None),
            ("700.5", None),
            ("1e3", None),
            ("", None),
            ("seven hundred", None),
            ("99999999999999999999", None),
        ] {
            assert_eq!(parse_height(text), expected, "{text:?}");
        }
    }

    #[test]
    fn snippet_has_the_iframe_attributes_hosts_need() {
        let code = embed_snippet(
            "https://a.example/foc/?embed=1&lang=ro",
            "Cronologia",
            700,
            None,
            true,
        );
        assert_eq!(
            code,
            "<iframe data-foc-timeline src=\"https://a.example/foc/?embed=1&amp;lang=ro\" title=\"Cronologia\" \
             loading=\"lazy\" allow=\"clipboard-write; web-share\" width=\"100%\" height=\"700\" style=\"border:0\"></iframe>"
        );
    }

    #[test]
    fn snippet_escapes_hostile_titles_and_adds_the_script() {
        let code = embed_snippet(
            "https://a.example/",
            "\"><script>alert(1)</script>",
            500,
            Some("https://a.example/embed.js"),
            false,
        );
        assert!(
            code.contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
            "{code}"
        );
        assert!(code.ends_with("\n<script async src=\"https://a.example/embed.js\"></script>"));
        assert!(!code.contains("data-foc-timeline-hash"));
    }

    #[test]
    fn the_host_hash_follows_only_with_the_script() {
        let with_script = embed_snippet("https://a.example/", "T", 500, Some("s.js"), true);
        assert!(with_script.starts_with("<iframe data-foc-timeline data-foc-timeline-hash src="));
        let without = embed_snippet("https://a.example/", "T", 500, None, true);
        assert!(
            without.starts_with("<iframe data-foc-timeline src="),
            "{without}"
        );
    }

    #[test]
    fn the_embed_keeps_every_filter_and_takes_the_dialogs_choices() {
        use crate::domain::dataset::Region;
        use crate::domain::url_state::{format_query, parse_query};

        let reader = ViewState {
            lang: Some(Lang::En),
            event: Some("conference-2019-berlin".into()),
            country: Some("EE".into()),
            members: vec!["MD".into(), "MN".into()],
            region: Some(Region::Europe),
            from: Some(2014),
            to: Some(2020),
            search: Some("cyber norms".into()),
            embed: false,
            theme: None,
            accent: None,
            controls: None,
        };
        let choices = EmbedChoices {
            event: Some("conference-2014-tallinn".into()),
            theme: Some(Theme::Light),
            country: Some("MD".into()),
            accent_text: " #8A1538 ".into(),
            controls: Controls::None,
            ..EmbedChoices::new(Lang::Ro)
        };
        let embed = embed_view(&reader, &choices);
        let query = format_query(&embed);
        let (parsed, notices) = parse_query(&query);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(parsed, embed);
        assert_eq!(
            parsed,
            ViewState {
                lang: Some(Lang::Ro),
                event: Some("conference-2014-tallinn".into()),
                country: Some("MD".into()),
                embed: true,
                theme: Some(Theme::Light),
                accent: Some(Rgb(0x8a, 0x15, 0x38)),
                controls: Some(Controls::None),
                ..reader.clone()
            }
        );
        assert!(query.ends_with("&controls=none"), "{query}");
        // No starting event and no scheme: the whole (filtered) timeline, in the reader's colours.
        let plain = EmbedChoices::new(Lang::Mn);
        let embed = embed_view(&reader, &plain);
        assert_eq!(
            (embed.event, embed.country, embed.theme),
            (None, None, None)
        );
        assert_eq!(
            embed_view(&ViewState::default(), &plain),
            ViewState {
                lang: Some(Lang::Mn),
                embed: true,
                ..ViewState::default()
            }
        );
    }

    #[test]
    fn script_sits_beside_the_page() {
        assert_eq!(
            script_url_beside("https://a.example/foc/?lang=ro#x"),
            "https://a.example/foc/embed.js"
        );
        assert_eq!(
            script_url_beside("https://a.example/foc/index.html"),
            "https://a.example/foc/embed.js"
        );
        assert_eq!(
            script_url_beside("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8080/embed.js"
        );
    }

    #[test]
    fn a_typed_height_out_of_range_is_marked_and_the_last_good_one_kept() {
        let mut choices = EmbedChoices::new(Lang::En);
        assert!(!choices.height_invalid());
        choices.type_height("900");
        assert_eq!((choices.height, choices.height_invalid()), (900, false));
        choices.type_height("12");
        assert_eq!((choices.height, choices.height_invalid()), (900, true));
        choices.type_height("abc");
        assert_eq!((choices.height, choices.height_invalid()), (900, true));
        choices.forget_invalid_height();
        assert_eq!(
            (choices.height_text.as_str(), choices.height_invalid()),
            ("900", false)
        );
        choices.type_height("500");
        assert_eq!((choices.height, choices.height_invalid()), (500, false));
    }

    #[test]
    fn an_unreadable_accent_is_not_used_and_says_why() {
        let mut choices = EmbedChoices::new(Lang::En);
        assert_eq!((choices.accent(), choices.accent_problem()), (None, None));
        choices.accent_text = "ffff00".into();
        assert_eq!(choices.accent(), None);
        assert!(choices.accent_problem().is_some());
    }
}
