//! The first view rendered at build time by the app's own components (`first_view`): every
//! event on the timeline, laid out as the app lays it out, in each language, with text from the
//! data escaped.
#![cfg(not(target_arch = "wasm32"))]

use foc_timeline::domain::lang::Lang;
use foc_timeline::domain::validate::decode_dataset;
use foc_timeline::first_view::first_view_html;
use foc_timeline::i18n::strings::strings;

fn shipped() -> foc_timeline::domain::dataset::Dataset {
    let text = std::fs::read_to_string("public/data/foc.json").expect("the shipped dataset");
    decode_dataset(&text).expect("decodes").dataset
}

#[test]
fn every_event_is_on_the_timeline_in_each_language() {
    let dataset = shipped();
    for lang in Lang::ALL {
        let html = first_view_html(&dataset, lang);
        let s = strings(lang);
        assert_eq!(
            html.matches(r#"<li class="timeline__item "#).count(),
            dataset.events.len(),
            "{lang:?}"
        );
        // Each placed on the axis (`--x`) and in a lane, as the app places it.
        let placed = html
            .split(r#"<li class="timeline__item "#)
            .skip(1)
            .filter(|item| {
                let style = item.split('>').next().unwrap_or_default();
                style.contains(r#"style="--x: "#) && style.contains("--lane: ")
            })
            .count();
        assert_eq!(placed, dataset.events.len(), "{lang:?}");
        assert!(html.contains(&format!(">{}</h1>", s.app_title)), "{lang:?}");
        assert!(html.contains(&format!(
            r#"aria-pressed="true" class="language-switch__button">{}<"#,
            lang.native_name()
        )));
        assert!(html.contains(&s.events_shown.format(lang, dataset.events.len() as u64)));
        // The first marker is the one the arrow keys start from; the others wait their turn.
        assert_eq!(html.matches(r#"tabindex="0""#).count(), 1, "{lang:?}");
        for event in &dataset.events {
            assert!(
                html.contains(&format!(r#"id="event-{}""#, event.id)),
                "{}",
                event.id
            );
        }
        assert!(!html.contains("<script"));
    }
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut dataset = shipped();
    dataset.events[0].title.en = "<img src=x onerror=alert(1)> & \"quotes\"".into();
    let html = first_view_html(&dataset, Lang::En);
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp;"));
}
