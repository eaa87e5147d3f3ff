//! Link previews as a crawler reads them: every event's page in every language carries the tags
//! link previews draw from (absolute when the public URL is set), and the card images render
//! each language's letters: one card per language is held against an expected image, closely
//! enough that a missing glyph (a box for ө, a t for ț) fails.
//!
//! `BLESS_PREVIEW_CARDS=1 cargo test --test previews` rewrites the expected images after a
//! deliberate change of the card's design; look at them before committing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use foc_timeline::domain::dataset::EventKind;
use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::validate::decode_dataset;
use foc_timeline::previews::card::{card_png, CardFonts, CardText};
use foc_timeline::previews::page::{og_locale, preview_page, DESCRIPTION_MAX_CHARS};

const BASE: &str = "https://example.org/foc/";

fn dataset() -> foc_timeline::domain::dataset::Dataset {
    let text = std::fs::read_to_string("public/data/foc.json").unwrap();
    decode_dataset(&text).unwrap().dataset
}

/// Every `<meta property|name|http-equiv=… content=…>` of a page, as a crawler collects them (repeated
/// properties keep every value), and every `<link rel=… href=…>`.
fn tags(html: &str) -> HashMap<String, Vec<String>> {
    let mut found: HashMap<String, Vec<String>> = HashMap::new();
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let attribute = |name: &str| {
            let start = tag.find(&format!(r#" {name}=""#))? + name.len() + 3;
            let end = tag[start..].find('"')? + start;
            Some(
                tag[start..end]
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            )
        };
        if tag.starts_with("meta ") {
            if let (Some(key), Some(content)) = (
                attribute("property")
                    .or_else(|| attribute("name"))
                    .or_else(|| attribute("http-equiv")),
                attribute("content"),
            ) {
                found.entry(key).or_default().push(content);
            }
        } else if tag.starts_with("link ") {
            if let (Some(rel), Some(href)) = (attribute("rel"), attribute("href")) {
                let key = match attribute("hreflang") {
                    Some(lang) => format!("link:{rel}:{lang}"),
                    None => format!("link:{rel}"),
                };
                found.entry(key).or_default().push(href);
            }
        }
    }
    found
}

fn one<'a>(tags: &'a HashMap<String, Vec<String>>, key: &str, page: &str) -> &'a str {
    match tags.get(key).map(Vec::as_slice) {
        Some([value]) => value,
        other => panic!("{page}: {key} should appear once, found {other:?}"),
    }
}

#[test]
fn every_event_has_a_preview_page_in_every_language_with_absolute_links() {
    let dataset = dataset();
    for event in &dataset.events {
        for lang in Lang::ALL {
            let page = format!("{}.{}", event.id, lang.code());
            let html = preview_page(&dataset, event, lang, Some(BASE));
            assert!(html.starts_with(&format!(r#"<!doctype html><html lang="{}">"#, lang.code())));
            let tags = tags(&html);
            let deep_link = format!("{BASE}?lang={}&event={}", lang.code(), event.id);
            let image = format!("{BASE}share/{}.{}.png", event.id, lang.code());
            assert_eq!(one(&tags, "og:title", &page), event.title.get(lang));
            assert_eq!(one(&tags, "og:url", &page), deep_link);
            assert_eq!(one(&tags, "link:canonical", &page), deep_link);
            assert_eq!(one(&tags, "og:image", &page), image);
            assert_eq!(one(&tags, "twitter:image", &page), image);
            assert_eq!(one(&tags, "og:image:width", &page), "1200");
            assert_eq!(one(&tags, "og:image:height", &page), "630");
            assert_eq!(one(&tags, "og:image:type", &page), "image/png");
            let alt = one(&tags, "og:image:alt", &page);
            assert!(alt.contains(event.title.get(lang)), "{page}: alt {alt:?}");
            assert_eq!(one(&tags, "twitter:card", &page), "summary_large_image");
            assert_eq!(one(&tags, "og:locale", &page), og_locale(lang));
            let mut alternates = tags["og:locale:alternate"].clone();
            alternates.sort();
            let mut others: Vec<&str> = Lang::ALL
                .iter()
                .filter(|&&other| other != lang)
                .map(|&other| og_locale(other))
                .collect();
            others.sort();
            assert_eq!(alternates, others, "{page}");
            for other in Lang::ALL {
                assert_eq!(
                    one(&tags, &format!("link:alternate:{}", other.code()), &page),
                    format!("{BASE}share/{}.{}.html", event.id, other.code())
                );
            }
            let description = one(&tags, "description", &page);
            assert_eq!(one(&tags, "og:description", &page), description);
            assert!(
                description.chars().count() <= DESCRIPTION_MAX_CHARS,
                "{page}"
            );
            // Cut at a word or sentence boundary of the summary: never mid-word.
            let summary = event
                .summary
                .get(lang)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let kept = description.strip_suffix('…').unwrap_or(description);
            assert!(summary.starts_with(kept), "{page}: {description:?}");
            let rest = &summary[kept.len()..];
            assert!(
                rest.is_empty()
                    || rest.starts_with([' ', ',', ';', ':'])
                    || kept.ends_with(['.', ';']),
                "{page}: cut mid-word: {description:?}"
            );
        }
    }
}

#[test]
fn without_a_public_url_the_links_are_relative_to_the_share_folder() {
    let dataset = dataset();
    let event = dataset
        .events
        .iter()
        .find(|e| e.kind == EventKind::Accession)
        .unwrap();
    let tags = tags(&preview_page(&dataset, event, Lang::Ro, None));
    let page = &event.id;
    let deep_link = format!("../?lang=ro&event={}", event.id);
    assert_eq!(one(&tags, "og:url", page), deep_link);
    assert_eq!(one(&tags, "og:image", page), format!("{}.ro.png", event.id));
    assert_eq!(one(&tags, "refresh", page), format!("0; url={deep_link}"));
}

#[test]
fn text_from_the_data_is_escaped_in_the_page() {
    let mut dataset = dataset();
    let mut event = dataset.events[0].clone();
    event.title.en = r#"<script>alert("x")</script> & co"#.into();
    dataset.events[0] = event.clone();
    let html = preview_page(&dataset, &event, Lang::En, Some(BASE));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
}

/// The cards held against the expected images: fixed texts (not the dataset's, which editors
/// change) with each language's own letters.
fn sample_card(lang: Lang) -> CardText {
    let (kind, kind_label, title, when_and_where, site) = match lang {
        Lang::En => (
            EventKind::Conference,
            "Conference",
            "Fourth Freedom Online Conference, Tallinn",
            "April 28 – 29, 2014 · Tallinn, Estonia",
            "Freedom Online Coalition",
        ),
        Lang::Mn => (
            EventKind::Accession,
            "Шинэ гишүүн",
            "Бүгд Найрамдах Өмнөд Солонгос Улс эвсэлд элсэв",
            "2023 оны гуравдугаар сар · Вашингтон, Америкийн Нэгдсэн Улс",
            "Онлайн эрх чөлөөний эвсэл",
        ),
        Lang::Ro => (
            EventKind::Chairship,
            "Președinție",
            "Țările de Jos dețin președinția Coaliției; Estonia, Mongolia",
            "28–29 aprilie 2014 · Tallinn, Estonia",
            "Coaliția privind Libertatea în Spațiul Virtual",
        ),
    };
    CardText {
        kind,
        kind_label: kind_label.into(),
        title: title.into(),
        when_and_where: when_and_where.into(),
        site: site.into(),
    }
}

fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    buffer.truncate(info.buffer_size());
    assert_eq!(info.color_type, png::ColorType::Rgb);
    (info.width, info.height, buffer)
}

/// How many pixels differ visibly (by more than a rasteriser's rounding) between two images.
fn pixels_differing(a: &[u8], b: &[u8]) -> usize {
    a.chunks(3)
        .zip(b.chunks(3))
        .filter(|(x, y)| x.iter().zip(y.iter()).any(|(p, q)| p.abs_diff(*q) > 40))
        .count()
}

/// A glyph's worth of change is about a hundred pixels or more at these sizes (a comma below a T:
/// 91); the same fonts and crates (pinned in Cargo.lock) draw the same pixels, so
/// twenty leaves room only for rounding.
const TOLERANCE: usize = 20;

fn expected_path(lang: Lang) -> String {
    format!("tests/expected/card.{}.png", lang.code())
}

#[test]
fn each_languages_card_matches_its_expected_image() {
    let fonts = CardFonts::default();
    for lang in Lang::ALL {
        let png_bytes = card_png(&sample_card(lang), &fonts).unwrap();
        if std::env::var_os("BLESS_PREVIEW_CARDS").is_some() {
            std::fs::write(expected_path(lang), &png_bytes).unwrap();
        }
        let (width, height, pixels) = decode(&png_bytes);
        assert_eq!((width, height), (1200, 630));
        let (_, _, expected) = decode(&std::fs::read(expected_path(lang)).unwrap());
        let differing = pixels_differing(&pixels, &expected);
        assert!(
            differing <= TOLERANCE,
            "{}: {differing} pixels differ from {}",
            lang.code(),
            expected_path(lang)
        );
    }
}

#[test]
fn a_missing_or_wrong_glyph_fails_the_comparison() {
    let fonts = CardFonts::default();
    let swaps = [
        (Lang::Mn, "Өмнөд", "□мнөд"),
        (Lang::Mn, "Өмнөд", "Омнод"),
        (Lang::Ro, "Țările", "Tările"),
        (Lang::Ro, "dețin", "deţin"),
    ];
    for (lang, from, to) in swaps {
        let mut card = sample_card(lang);
        assert!(card.title.contains(from));
        card.title = card.title.replace(from, to);
        let (_, _, pixels) = decode(&card_png(&card, &fonts).unwrap());
        let (_, _, expected) = decode(&std::fs::read(expected_path(lang)).unwrap());
        let differing = pixels_differing(&pixels, &expected);
        eprintln!("{from} → {to}: {differing} pixels differ");
        assert!(
            differing > TOLERANCE,
            "{from} → {to} changed only {differing} pixels"
        );
    }
}

#[test]
fn every_card_of_the_dataset_renders_small() {
    let dataset = dataset();
    let fonts = CardFonts::default();
    // One event of each kind, in every language (the build writes them all; this keeps the
    // test quick).
    for kind in EventKind::ALL {
        let event = dataset.events.iter().find(|e| e.kind == kind).unwrap();
        for lang in Lang::ALL {
            let png_bytes = card_png(&CardText::for_event(&dataset, event, lang), &fonts).unwrap();
            let (width, height, _) = decode(&png_bytes);
            assert_eq!((width, height), (1200, 630));
            assert!(
                png_bytes.len() < 40_000,
                "{}: {} bytes",
                event.id,
                png_bytes.len()
            );
        }
    }
}
