//! The pre-rendered page inside `index.html` (written at build time by `scripts/post_build.py`
//! through the `prerender` binary): the coalition's summary and its conferences in each of the
//! three languages, for readers whose browser cannot run the app and for slow connections while
//! it downloads. Dates and places are formatted by the app's own code, and every text from the
//! dataset is escaped.
//!
//! Without JavaScript every language shows, each in its own `lang` section behind a language
//! menu. With JavaScript, [`language_chooser`] (a small inline script, run before the page is
//! first painted) shows only the reader's language, the one the app will start in, and sets
//! `<html lang>` and the title to match.

use crate::domain::colour::{background_luminances, MIN_CONTRAST};
use crate::domain::dataset::{Dataset, EventKind};
use crate::domain::filter::chronological;
use crate::domain::html::escape_html;
use crate::domain::lang::{Lang, LANG_STORAGE_KEY};
use crate::domain::url_state::{format_query, ViewState};
use crate::i18n::describe::place_text;
use crate::i18n::format::format_date_range;
use crate::i18n::strings::strings;

/// The element the app removes when it starts; `index.html` holds it empty.
pub const FALLBACK_ID: &str = "prerendered";

/// The query of the app's deep link to one event in one language (`?lang=ro&event=…`).
pub fn deep_link(lang: Lang, event_id: &str) -> String {
    format_query(&ViewState {
        lang: Some(lang),
        event: Some(event_id.to_string()),
        ..ViewState::default()
    })
}

/// The whole pre-rendered block: a language menu, then one section per language.
pub fn fallback_html(dataset: &Dataset) -> String {
    let menu: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            format!(
                r#"<a href="?lang={code}#fallback-{code}" lang="{code}" hreflang="{code}">{name}</a>"#,
                code = lang.code(),
                name = lang.native_name()
            )
        })
        .collect();
    let menu_label: Vec<&str> = Lang::ALL
        .iter()
        .map(|&lang| strings(lang).language_switch_label)
        .collect();
    let sections: String = Lang::ALL
        .iter()
        .map(|&lang| language_section(dataset, lang))
        .collect();
    format!(
        r#"<div id="{FALLBACK_ID}" class="prerendered"><nav class="prerendered__languages" aria-label="{label}">{menu}</nav>{sections}</div>"#,
        label = escape_html(&menu_label.join(" · ")),
        menu = menu.join(" · "),
    )
}

/// One language's part: name, why there is no timeline (only without JavaScript), summary and
/// the conferences, oldest first, each linked to its deep link.
fn language_section(dataset: &Dataset, lang: Lang) -> String {
    let ui = strings(lang);
    let mut conferences: Vec<_> = dataset
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Conference)
        .collect();
    conferences.sort_by(|a, b| chronological(a, b));
    let items: String = conferences
        .iter()
        .map(|event| {
            let place = event
                .place
                .as_ref()
                .and_then(|p| place_text(dataset, p, lang))
                .map(|p| format!(", {}", escape_html(&p)))
                .unwrap_or_default();
            format!(
                r#"<li><a href="{href}">{title}</a> (<time datetime="{iso}">{date}</time>{place})</li>"#,
                href = escape_html(&deep_link(lang, &event.id)),
                title = escape_html(event.title.get(lang)),
                iso = event.start.iso(),
                date = escape_html(&format_date_range(lang, event.start, event.end)),
            )
        })
        .collect();
    format!(
        concat!(
            r#"<section id="fallback-{code}" lang="{code}">"#,
            "<h1>{name}</h1><noscript><p>{needs_app}</p></noscript>",
            r#"<p class="prerendered__failed" role="status" hidden>{failed}</p>{summary}"#,
            "<h2>{heading}</h2><ol>{items}</ol>",
            r#"<p><a href="data/foc.json">data/foc.json</a></p></section>"#
        ),
        code = lang.code(),
        name = escape_html(dataset.about.name.get(lang)),
        needs_app = escape_html(ui.fallback_needs_app),
        failed = escape_html(ui.fallback_app_failed),
        summary = dataset
            .about
            .summary
            .paragraphs(lang)
            .into_iter()
            .map(|paragraph| format!("<p>{}</p>", escape_html(paragraph)))
            .collect::<String>(),
        heading = escape_html(ui.fallback_conferences_heading),
        items = items,
    )
}

/// The body of the inline script that picks the reader's language for the pre-rendered page the
/// way the app picks it (`src/app.rs`, `initial_lang`): the URL's `lang`, else the saved choice,
/// else the first of the browser's languages the app has, else English. It shows that
/// language's section only, marks its link in the menu as current, and sets `<html lang>`, the
/// title, and the colour scheme and readable accent a link asks for (`theme`, `accent`). A
/// shared link's conference (`event`) is marked as current in each list. It must run after the
/// block is parsed and before the first paint (the block shows after a delay,
/// `public/style.css`).
pub fn language_chooser() -> String {
    let titles: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            format!(
                "{}:{}",
                lang.code(),
                serde_json::to_string(strings(lang).app_title).unwrap_or_default()
            )
        })
        .collect();
    let script = format!(
        concat!(
            "(function(){{",
            "var titles={{{titles}}},doc=document.documentElement,",
            "code=function(c){{c=String(c||\"\").trim().toLowerCase();return titles.hasOwnProperty(c)?c:null}},",
            "query=new URLSearchParams(location.search),lang=code(query.get(\"lang\"));",
            "try{{lang=lang||code(localStorage.getItem(\"{key}\"))}}catch(e){{}}",
            "(navigator.languages||[]).forEach(function(t){{lang=lang||code(String(t).split(/[-_]/)[0])}});",
            "lang=lang||\"en\";doc.lang=lang;document.title=titles[lang];",
            "var theme=String(query.get(\"theme\")||\"\").toLowerCase();",
            "if(theme===\"light\"||theme===\"dark\")doc.setAttribute(\"data-theme\",theme);",
            // The same accent the app takes (src/domain/colour.rs): six hex digits whose WCAG
            // contrast with every light background is readable, else the usual one.
            "var accent=String(query.get(\"accent\")||\"\").trim().replace(/^#/,\"\");",
            "if(/^[0-9a-f]{{6}}$/i.test(accent)){{var weights=[0.2126,0.7152,0.0722],light=0;",
            "weights.forEach(function(w,i){{var c=parseInt(accent.substr(2*i,2),16)/255;",
            "light+=w*(c<=0.04045?c/12.92:Math.pow((c+0.055)/1.055,2.4))}});",
            "if([{backgrounds}].every(function(b){{return(Math.max(light,b)+0.05)/(Math.min(light,b)+0.05)>={min}}}))",
            "doc.style.setProperty(\"--custom-accent\",\"#\"+accent)}}",
            "document.querySelectorAll(\"#{id}>section\").forEach(function(s){{s.hidden=s.lang!==lang}});",
            "document.querySelectorAll(\"#{id}>nav a\").forEach(function(a){{if(a.lang===lang)a.setAttribute(\"aria-current\",\"true\")}});",
            "var event=query.get(\"event\");",
            "if(event)document.querySelectorAll(\"#{id}>section li>a\").forEach(function(a){{if(new URLSearchParams(a.search).get(\"event\")===event)a.setAttribute(\"aria-current\",\"true\")}});",
            // Until the app has started, a browser without WebAssembly, or a module that could
            // not be loaded or started (an error or a rejected promise), says so above the list.
            "var failed=function(){{document.querySelectorAll(\".prerendered__failed\").forEach(function(p){{p.hidden=false}})}},",
            "started=false;addEventListener(\"TrunkApplicationStarted\",function(){{started=true}});",
            "if(typeof WebAssembly!==\"object\")failed();",
            "addEventListener(\"error\",function(){{started||failed()}});",
            "addEventListener(\"unhandledrejection\",function(){{started||failed()}})",
            "}})()"
        ),
        titles = titles.join(","),
        key = LANG_STORAGE_KEY,
        id = FALLBACK_ID,
        backgrounds = background_luminances().map(|l| l.to_string()).join(","),
        min = MIN_CONTRAST,
    );
    // Nothing from the dataset is in the script; this keeps it so if that ever changes.
    script.replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::decode_dataset;

    fn shipped() -> Dataset {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/foc.json"))
                .unwrap();
        decode_dataset(&text).unwrap().dataset
    }

    #[test]
    fn every_language_lists_every_conference_with_its_date_and_deep_link() {
        let dataset = shipped();
        let html = fallback_html(&dataset);
        let conferences: Vec<_> = dataset
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Conference)
            .collect();
        assert!(!conferences.is_empty());
        for lang in Lang::ALL {
            let start = html
                .find(&format!(
                    r#"<section id="fallback-{}" lang="{}">"#,
                    lang.code(),
                    lang.code()
                ))
                .unwrap();
            let section = &html[start..start + html[start..].find("</section>").unwrap()];
            assert_eq!(
                section.matches("<li>").count(),
                conferences.len(),
                "{lang:?}"
            );
            for event in &conferences {
                assert!(
                    section.contains(&escape_html(event.title.get(lang))),
                    "{lang:?} {}",
                    event.id
                );
                assert!(section.contains(&format!("?lang={}&amp;event={}", lang.code(), event.id)));
                assert!(section.contains(&escape_html(&format_date_range(
                    lang,
                    event.start,
                    event.end
                ))));
            }
            assert!(section.contains(strings(lang).fallback_conferences_heading));
        }
    }

    #[test]
    fn hostile_text_from_the_dataset_stays_text() {
        let mut dataset = shipped();
        let event = dataset
            .events
            .iter_mut()
            .find(|e| e.kind == EventKind::Conference)
            .unwrap();
        event.title.en = "<script>alert(1)</script>".into();
        event.id = "x\"><script>alert(2)</script>".into();
        dataset.about.summary.en = "<img src=x onerror=alert(3)>\n\n<b>two</b>".into();
        let html = fallback_html(&dataset);
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            html.contains("<p>&lt;img src=x onerror=alert(3)&gt;</p><p>&lt;b&gt;two&lt;/b&gt;</p>")
        );
    }

    #[test]
    fn the_chooser_knows_every_language_and_the_apps_storage_key() {
        let script = language_chooser();
        for lang in Lang::ALL {
            assert!(script.contains(&format!(
                "{}:{}",
                lang.code(),
                serde_json::to_string(strings(lang).app_title).unwrap()
            )));
        }
        assert!(script.contains(LANG_STORAGE_KEY));
        for luminance in background_luminances() {
            assert!(script.contains(&luminance.to_string()));
        }
        assert!(!script.contains("</"));
    }
}
