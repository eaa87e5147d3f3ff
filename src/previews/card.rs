//! The preview card image (1200×630 PNG) of one event in one language: its kind in the kind's
//! colour (as on the timeline), its title, its date and place in that language, and the
//! coalition's name, in type large enough to read at a phone's thumbnail size. Drawn from an SVG
//! template by `resvg`, with the DejaVu Sans fonts shipped in `assets/fonts/` (they have
//! Cyrillic and Romanian ș ț), so the image is the same on every machine.

use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::{IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::domain::colour::Rgb;
use crate::domain::country_story::country_story;
use crate::domain::dataset::{Dataset, Event, EventKind};
use crate::domain::html::escape_html;
use crate::domain::lang::Lang;
use crate::i18n::describe::{
    country_heading, joined_text, kind_label, place_in_count_text, place_text, region_label,
};
use crate::i18n::format::format_date_range;
use crate::i18n::strings::strings;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";

/// Text and lines (public/style.css `--text`, `--muted`, `--bg`).
const TEXT: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const BACKGROUND: &str = "#ffffff";

/// Left edge of the text, and the widest a line may be.
const LEFT: f32 = 88.0;
const TEXT_WIDTH: f32 = IMAGE_WIDTH as f32 - LEFT - 72.0;

/// The light palette's colour of each kind (public/style.css `--kind-*`; a test holds them equal).
pub fn kind_colour(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Conference => "#0b5cad",
        EventKind::Accession => "#1b7f3b",
        EventKind::Chairship => "#8a4b00",
        EventKind::Statement => "#7b2d8e",
        EventKind::Milestone => "#4a5360",
    }
}

/// What a card says, each part already in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct CardText {
    pub kind: EventKind,
    pub kind_label: String,
    pub title: String,
    /// The date, and the place where there is one ("28–29 April 2014 · Tallinn, Estonia").
    pub when_and_where: String,
    /// The coalition's name.
    pub site: String,
}

impl CardText {
    /// The card of an event, with its date and place formatted by the app's own code.
    pub fn for_event(dataset: &Dataset, event: &Event, lang: Lang) -> CardText {
        let date = format_date_range(lang, event.start, event.end);
        let place = event
            .place
            .as_ref()
            .and_then(|place| place_text(dataset, place, lang));
        CardText {
            kind: event.kind,
            kind_label: kind_label(lang, event.kind).to_string(),
            title: event.title.get(lang).to_string(),
            when_and_where: match place {
                Some(place) => format!("{date} · {place}"),
                None => date,
            },
            site: dataset.about.name.get(lang).to_string(),
        }
    }
}

impl CardText {
    /// The card of a member's story: its heading, when it joined, which member it was and its
    /// region. `None` for a code that is not a member.
    pub fn for_country(dataset: &Dataset, code: &str, lang: Lang) -> Option<CardText> {
        let story = country_story(dataset, code)?;
        let s = strings(lang);
        let mut facts: Vec<String> = story
            .place
            .map(|place| place_in_count_text(lang, place))
            .into_iter()
            .collect();
        facts.extend(story.region.map(|r| region_label(lang, r).to_string()));
        Some(CardText {
            kind: EventKind::Accession,
            kind_label: format!("{}: {}", s.roster_joined, joined_text(lang, story.member)),
            title: country_heading(dataset, code, lang),
            when_and_where: facts.join(" · "),
            site: dataset.about.name.get(lang).to_string(),
        })
    }
}

/// The fonts the cards are drawn with, loaded once.
pub struct CardFonts {
    database: Arc<fontdb::Database>,
}

impl Default for CardFonts {
    fn default() -> Self {
        let mut database = fontdb::Database::new();
        database.load_font_data(REGULAR.to_vec());
        database.load_font_data(BOLD.to_vec());
        database.set_sans_serif_family(FAMILY);
        CardFonts {
            database: Arc::new(database),
        }
    }
}

/// The advance width of `text` at `size` pixels, from the font's own metrics.
fn text_width(font: &[u8], text: &str, size: f32) -> f32 {
    let Ok(font) = FontRef::new(font) else {
        return 0.0;
    };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
    text.chars()
        .map(|c| {
            let glyph = charmap.map(c).unwrap_or_default();
            metrics.advance_width(glyph).unwrap_or(size * 0.6)
        })
        .sum()
}

/// `text` broken at spaces into lines no wider than `width`; a word wider than a line stands
/// alone on its own.
fn wrap(font: &[u8], text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(font, &format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The title's size and lines: the largest size at which it fits in its lines; at the smallest,
/// the last line ends in "…".
fn fit_title(title: &str) -> (f32, Vec<String>) {
    const SIZES: [(f32, usize); 4] = [(66.0, 3), (58.0, 3), (50.0, 4), (44.0, 4)];
    for (size, most) in SIZES {
        let lines = wrap(BOLD, title, size, TEXT_WIDTH);
        let fits = lines
            .iter()
            .all(|line| text_width(BOLD, line, size) <= TEXT_WIDTH);
        if lines.len() <= most && fits {
            return (size, lines);
        }
    }
    let (size, most) = SIZES[SIZES.len() - 1];
    let mut lines = wrap(BOLD, title, size, TEXT_WIDTH);
    lines.truncate(most);
    if let Some(last) = lines.last_mut() {
        while !last.is_empty() && text_width(BOLD, &format!("{last}…"), size) > TEXT_WIDTH {
            last.pop();
        }
        last.push('…');
    }
    (size, lines)
}

fn text_element(x: f32, y: f32, size: f32, bold: bool, fill: &str, text: &str) -> String {
    let weight = if bold { "bold" } else { "normal" };
    format!(
        r#"<text x="{x}" y="{y}" font-family="{FAMILY}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        escape_html(text)
    )
}

/// The card as SVG.
pub fn card_svg(card: &CardText) -> String {
    let colour = kind_colour(card.kind);
    let (width, height) = (IMAGE_WIDTH, IMAGE_HEIGHT);
    let mut parts = vec![
        format!(r#"<rect width="{width}" height="{height}" fill="{BACKGROUND}"/>"#),
        format!(r#"<rect width="28" height="{height}" fill="{colour}"/>"#),
        format!(
            r#"<circle cx="{}" cy="88" r="13" fill="{colour}"/>"#,
            LEFT + 13.0
        ),
        text_element(LEFT + 42.0, 100.0, 34.0, true, colour, &card.kind_label),
    ];
    let (size, lines) = fit_title(&card.title);
    let line_height = (size * 1.18).round();
    let mut baseline = 100.0 + 36.0 + size;
    for line in &lines {
        parts.push(text_element(LEFT, baseline, size, true, TEXT, line));
        baseline += line_height;
    }
    // From the title's last baseline: room for its descenders, then the date line.
    let detail_size = 36.0;
    baseline += detail_size + size * 0.55 - line_height;
    for line in wrap(REGULAR, &card.when_and_where, detail_size, TEXT_WIDTH)
        .iter()
        .take(2)
    {
        parts.push(text_element(
            LEFT,
            baseline,
            detail_size,
            false,
            MUTED,
            line,
        ));
        baseline += (detail_size * 1.25).round();
    }
    parts.push(format!(
        r#"<rect x="{LEFT}" y="532" width="{TEXT_WIDTH}" height="3" fill="{colour}"/>"#
    ));
    parts.push(text_element(LEFT, 588.0, 32.0, true, TEXT, &card.site));
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{}</svg>"#,
        parts.concat()
    )
}

/// Draws an SVG of the card's size into RGBA pixels.
pub fn render(svg: &str, fonts: &CardFonts) -> Result<Pixmap, String> {
    let options = usvg::Options {
        font_family: FAMILY.to_string(),
        fontdb: fonts.database.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| error.to_string())?;
    let mut pixmap = Pixmap::new(IMAGE_WIDTH, IMAGE_HEIGHT).ok_or("cannot allocate the image")?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// How many shades from white to each ink the palette holds.
const SHADES: usize = 85;

/// The palette index nearest to an RGB colour: white is 0, then each ink's shades in turn.
fn nearest_shade(rgb: [u8; 3], inks: &[[f32; 3]; 3]) -> u8 {
    let colour = rgb.map(f32::from);
    let (mut best, mut best_distance) = (0usize, f32::MAX);
    for (which, ink) in inks.iter().enumerate() {
        // How far along white → ink the colour lies, then the nearest shade there.
        let (mut along, mut length) = (0.0, 0.0);
        for channel in 0..3 {
            along += (255.0 - colour[channel]) * (255.0 - ink[channel]);
            length += (255.0 - ink[channel]).powi(2);
        }
        let step = ((along / length.max(1.0)).clamp(0.0, 1.0) * SHADES as f32).round();
        let t = step / SHADES as f32;
        let distance: f32 = (0..3)
            .map(|channel| (colour[channel] - (255.0 + (ink[channel] - 255.0) * t)).powi(2))
            .sum();
        if distance < best_distance {
            best_distance = distance;
            best = if step == 0.0 {
                0
            } else {
                1 + which * SHADES + step as usize - 1
            };
        }
    }
    best as u8
}

/// The card as PNG bytes, in a palette of 256 colours: white, and 85 shades from white to each
/// of the card's three inks (text, muted text, the kind's colour). Every pixel the template
/// draws lies on one of those blends (anti-aliased text and shapes on white), so the palette
/// loses nothing visible, and the file is about a quarter of an RGBA one.
pub fn card_png(card: &CardText, fonts: &CardFonts) -> Result<Vec<u8>, String> {
    let pixmap = render(&card_svg(card), fonts)?;
    let inks = [TEXT, MUTED, kind_colour(card.kind)].map(|hex| {
        let rgb = Rgb::parse(hex).unwrap_or(Rgb(0, 0, 0));
        [rgb.0, rgb.1, rgb.2].map(f32::from)
    });
    let mut palette = vec![255u8; 3];
    for ink in inks {
        for step in 1..=SHADES {
            let t = step as f32 / SHADES as f32;
            palette.extend(ink.map(|c| (255.0 + (c - 255.0) * t).round() as u8));
        }
    }
    // Text leaves a few hundred distinct colours: find each one's shade once.
    let mut shade_of: std::collections::HashMap<[u8; 3], u8> = std::collections::HashMap::new();
    let indices: Vec<u8> = pixmap
        .pixels()
        .iter()
        .map(|pixel| {
            // Opaque: the template paints a white background first.
            let rgb = [pixel.red(), pixel.green(), pixel.blue()];
            if rgb == [255; 3] {
                return 0;
            }
            *shade_of
                .entry(rgb)
                .or_insert_with(|| nearest_shade(rgb, &inks))
        })
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, IMAGE_WIDTH, IMAGE_HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette);
    encoder.set_compression(png::Compression::High);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    writer
        .write_image_data(&indices)
        .map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_colours_are_the_stylesheets() {
        let css = include_str!("../../public/style.css");
        for kind in EventKind::ALL {
            let declaration = format!("--kind-{}: {};", kind.code(), kind_colour(kind));
            assert!(css.contains(&declaration), "style.css lacks {declaration}");
        }
    }

    #[test]
    fn a_long_title_wraps_within_the_card() {
        let title =
            "Declarații comune privind cenzura pe Internet și Conferința Plenipotențiarilor UIT";
        let (size, lines) = fit_title(title);
        assert!(lines.len() >= 2);
        assert!(lines
            .iter()
            .all(|line| text_width(BOLD, line, size) <= TEXT_WIDTH));
        assert_eq!(lines.join(" "), title);
    }

    #[test]
    fn a_title_too_long_for_any_size_ends_in_an_ellipsis() {
        let (size, lines) = fit_title(&"Конференц ".repeat(40));
        assert_eq!(size, 44.0);
        assert_eq!(lines.len(), 4);
        assert!(lines[3].ends_with('…'));
    }

    #[test]
    fn text_from_data_is_escaped_in_the_svg() {
        let svg = card_svg(&CardText {
            kind: EventKind::Statement,
            kind_label: "Statement".into(),
            title: "<script>alert(1)</script> & co".into(),
            when_and_where: "2014".into(),
            site: "FOC".into(),
        });
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("&amp;") && !svg.contains("& "));
    }
}
