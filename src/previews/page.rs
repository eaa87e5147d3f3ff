//! The preview page of one event, or one member's story, in one language: title, description, canonical link, Open Graph
//! and Twitter tags (with the card image), the other languages as alternates, and a refresh on to
//! the app's deep link for a person who opens it.

use super::{image_file, page_file, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::domain::country_story::country_story;
use crate::domain::dataset::{Dataset, Event};
use crate::domain::html::escape_html;
use crate::domain::lang::Lang;
use crate::domain::url_state::{format_query, ViewState};
use crate::fallback::deep_link;
use crate::i18n::describe::{
    country_heading, joined_text, kind_label, place_in_count_text, place_text, region_label,
};
use crate::i18n::format::format_date_range;
use crate::i18n::strings::strings;

/// The longest description, in characters: what link previews show before cutting it themselves.
pub const DESCRIPTION_MAX_CHARS: usize = 200;

/// The Open Graph locale of each language.
pub fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Mn => "mn_MN",
        Lang::Ro => "ro_RO",
    }
}

/// A summary cut to at most `max_chars` characters: whole sentences where the first one fits,
/// else whole words and an ellipsis; never mid-word.
pub fn cut_description(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    // The byte index just past the longest prefix that leaves room for "…".
    let room = text
        .char_indices()
        .nth(max_chars - 1)
        .map_or(text.len(), |(at, _)| at);
    let head = &text[..room];
    let sentence_end = head
        .char_indices()
        .rev()
        .find(|&(at, c)| {
            matches!(c, '.' | '!' | '?' | ';') && text[at + c.len_utf8()..].starts_with(' ')
        })
        .map(|(at, c)| at + c.len_utf8());
    if let Some(end) = sentence_end.filter(|&end| text[..end].chars().count() >= max_chars / 3) {
        let sentences = text[..end].trim_end_matches(';');
        return if sentences.ends_with(['.', '!', '?']) {
            sentences.to_string()
        } else {
            format!("{sentences}…")
        };
    }
    let words = match head.rfind(' ') {
        Some(_) if text[room..].starts_with(' ') => head,
        Some(space) => &head[..space],
        None => head,
    };
    format!(
        "{}…",
        words.trim_end_matches([',', ';', ':', '–', '—', '-', ' ', '('])
    )
}

/// What the card image says, as one line for its `alt` text: kind, title, date and place.
pub fn image_alt(dataset: &Dataset, event: &Event, lang: Lang) -> String {
    let mut parts = vec![
        kind_label(lang, event.kind).to_string(),
        event.title.get(lang).to_string(),
        format_date_range(lang, event.start, event.end),
    ];
    parts.extend(
        event
            .place
            .as_ref()
            .and_then(|place| place_text(dataset, place, lang)),
    );
    parts.join(" · ")
}

/// What a preview page says of its subject (an event, or a member's story), in one language.
pub struct Preview {
    /// The subject's name in file names: an event's id, or `country-MD`.
    pub stem: String,
    pub title: String,
    /// Already cut to [`DESCRIPTION_MAX_CHARS`].
    pub description: String,
    /// The query of the app's deep link (`?lang=ro&event=…`).
    pub link: String,
    /// What the card image says, as one line.
    pub alt: String,
}

/// The preview of an event.
pub fn event_preview(dataset: &Dataset, event: &Event, lang: Lang) -> Preview {
    Preview {
        stem: event.id.clone(),
        title: event.title.get(lang).to_string(),
        description: cut_description(event.summary.get(lang), DESCRIPTION_MAX_CHARS),
        link: deep_link(lang, &event.id),
        alt: image_alt(dataset, event, lang),
    }
}

/// The file stem of a member's story's preview: `country-MD`.
pub fn country_stem(code: &str) -> String {
    format!("country-{code}")
}

/// The preview of a member's story (`?country=MD`): its heading, then when it joined, which
/// member it was, its region and the dataset's note on it. `None` for a code that is not a member.
pub fn country_preview(dataset: &Dataset, code: &str, lang: Lang) -> Option<Preview> {
    let story = country_story(dataset, code)?;
    let s = strings(lang);
    let mut facts = vec![format!(
        "{}: {}",
        s.roster_joined,
        joined_text(lang, story.member)
    )];
    facts.extend(story.place.map(|place| place_in_count_text(lang, place)));
    facts.extend(
        story
            .region
            .map(|region| format!("{}: {}", s.region_label, region_label(lang, region))),
    );
    let facts = facts.join(" · ");
    let note = story
        .member
        .note
        .as_ref()
        .map(|n| n.get(lang))
        .unwrap_or("");
    let title = country_heading(dataset, code, lang);
    Some(Preview {
        stem: country_stem(code),
        alt: format!("{title} · {facts}"),
        title,
        description: cut_description(&format!("{facts}. {note}"), DESCRIPTION_MAX_CHARS),
        link: format_query(&ViewState {
            lang: Some(lang),
            country: Some(code.to_string()),
            ..ViewState::default()
        }),
    })
}

/// The preview page of an event (see [`render`]).
pub fn preview_page(
    dataset: &Dataset,
    event: &Event,
    lang: Lang,
    base_url: Option<&str>,
) -> String {
    render(
        dataset,
        &event_preview(dataset, event, lang),
        lang,
        base_url,
    )
}

/// The whole page. With `base_url` (the app's public address, ending in `/`) every link is
/// absolute, as crawlers need; without it they are relative to `share/`, which browsers follow
/// but most link previews do not.
pub fn render(dataset: &Dataset, preview: &Preview, lang: Lang, base_url: Option<&str>) -> String {
    let site = dataset.about.name.get(lang);
    let title = preview.title.as_str();
    let description = &preview.description;
    let link = &preview.link;
    let stem = preview.stem.as_str();
    let (target, canonical, image) = match base_url {
        Some(base) => (
            format!("{base}{link}"),
            format!("{base}{link}"),
            format!("{base}share/{}", image_file(stem, lang)),
        ),
        None => (
            format!("../{link}"),
            format!("../{link}"),
            image_file(stem, lang),
        ),
    };
    let alternates: String = Lang::ALL
        .iter()
        .map(|&other| {
            let href = match base_url {
                Some(base) => format!("{base}share/{}", page_file(stem, other)),
                None => page_file(stem, other),
            };
            format!(
                r#"<link rel="alternate" hreflang="{}" href="{}">"#,
                other.code(),
                escape_html(&href)
            )
        })
        .collect();
    let locale_alternates: String = Lang::ALL
        .iter()
        .filter(|&&other| other != lang)
        .map(|&other| {
            format!(
                r#"<meta property="og:locale:alternate" content="{}">"#,
                og_locale(other)
            )
        })
        .collect();
    let alt = escape_html(&preview.alt);
    let (esc_title, esc_description) = (escape_html(title), escape_html(description));
    let (esc_canonical, esc_image, esc_target) = (
        escape_html(&canonical),
        escape_html(&image),
        escape_html(&target),
    );
    format!(
        concat!(
            r#"<!doctype html><html lang="{lang}"><head><meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            r#"<title>{esc_title} · {site}</title>"#,
            r#"<meta name="description" content="{esc_description}">"#,
            r#"<link rel="canonical" href="{esc_canonical}">{alternates}"#,
            r#"<meta property="og:type" content="article">"#,
            r#"<meta property="og:site_name" content="{site}">"#,
            r#"<meta property="og:title" content="{esc_title}">"#,
            r#"<meta property="og:description" content="{esc_description}">"#,
            r#"<meta property="og:url" content="{esc_canonical}">"#,
            r#"<meta property="og:locale" content="{locale}">{locale_alternates}"#,
            r#"<meta property="og:image" content="{esc_image}">"#,
            r#"<meta property="og:image:type" content="image/png">"#,
            r#"<meta property="og:image:width" content="{width}">"#,
            r#"<meta property="og:image:height" content="{height}">"#,
            r#"<meta property="og:image:alt" content="{alt}">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
            r#"<meta name="twitter:title" content="{esc_title}">"#,
            r#"<meta name="twitter:description" content="{esc_description}">"#,
            r#"<meta name="twitter:image" content="{esc_image}">"#,
            r#"<meta name="twitter:image:alt" content="{alt}">"#,
            r#"<meta http-equiv="refresh" content="0; url={esc_target}">"#,
            r#"</head><body><p><a href="{esc_target}">{esc_title}</a></p></body></html>"#,
        ),
        lang = lang.code(),
        site = escape_html(site),
        esc_title = esc_title,
        esc_description = esc_description,
        esc_canonical = esc_canonical,
        esc_image = esc_image,
        esc_target = esc_target,
        alternates = alternates,
        locale_alternates = locale_alternates,
        alt = alt,
        locale = og_locale(lang),
        width = IMAGE_WIDTH,
        height = IMAGE_HEIGHT,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_summary_is_kept_whole() {
        assert_eq!(cut_description("One.  Two.", 200), "One. Two.");
    }

    #[test]
    fn a_long_summary_is_cut_after_a_whole_sentence() {
        let text = format!(
            "{} Second sentence {}",
            "First sentence here.",
            "x ".repeat(200)
        );
        assert_eq!(cut_description(&text, 60), "First sentence here.");
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis() {
        let text = "Ministers met in Tallinn to agree recommendations for freedom online, \
                    which the coalition adopted and published in all its languages the next day";
        let cut = cut_description(text, 60);
        assert!(cut.chars().count() <= 60, "{cut}");
        assert_eq!(
            cut,
            "Ministers met in Tallinn to agree recommendations for…"
        );
    }

    #[test]
    fn cutting_never_splits_a_cyrillic_or_romanian_word() {
        let mn = "Эвсэл Өмнөд Солонгосыг гишүүнээр элссэнийг зарласан ".repeat(10);
        let cut = cut_description(&mn, 100);
        let kept = cut.trim_end_matches('…');
        assert!(
            mn.starts_with(kept) && mn[kept.len()..].starts_with(' '),
            "{cut}"
        );
        let ro = "Conferința a fost găzduită de guvernul Estoniei și ".repeat(10);
        let cut = cut_description(&ro, 100);
        let kept = cut.trim_end_matches('…');
        assert!(
            ro.starts_with(kept) && ro[kept.len()..].starts_with(' '),
            "{cut}"
        );
    }

    #[test]
    fn a_cut_at_a_clause_drops_its_trailing_comma() {
        let text = format!("alpha beta, {}", "gamma ".repeat(50));
        assert_eq!(cut_description(&text, 13), "alpha beta…");
    }
}
