//! The pre-rendered page inside `index.html` (written at build time by `scripts/post_build.py`
//! through the `prerender` binary): the app's first view, rendered by its own components
//! ([`crate::first_view`]), in each of the three languages. The browser paints it at once; the
//! app takes it over when it is live (`src/app.rs`), without a visible change.
//!
//! Without JavaScript every language shows, one after the other behind a language menu, each
//! saying that the timeline needs JavaScript and WebAssembly. With JavaScript, two small inline
//! scripts keep only the reader's language, the one the app will start in: [`language_picker`],
//! before the block, picks it (so no other language is ever painted) and sets `<html lang>` and
//! the title to match; [`language_chooser`], after it, drops the rest, keeps the reader's clicks
//! for the app until it is live, and says so if the app cannot start.

use crate::domain::colour::{background_luminances, MIN_CONTRAST};
use crate::domain::dataset::Dataset;
use crate::domain::html::escape_html;
use crate::domain::lang::{Lang, LANG_STORAGE_KEY};
use crate::domain::url_state::{format_query, ViewState};
use crate::first_view::first_view_html;
use crate::i18n::strings::strings;

/// The element the app removes when it takes over; `index.html` holds it empty.
pub const FALLBACK_ID: &str = crate::ids::PRERENDERED;

/// The query of the app's deep link to one event in one language (`?lang=ro&event=…`).
pub fn deep_link(lang: Lang, event_id: &str) -> String {
    format_query(&ViewState {
        lang: Some(lang),
        event: Some(event_id.to_string()),
        ..ViewState::default()
    })
}

/// The whole pre-rendered block: a language menu (for readers without JavaScript), then the
/// first view in each language.
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
    let views: String = Lang::ALL
        .iter()
        .map(|&lang| language_view(dataset, lang))
        .collect();
    format!(
        r#"<div id="{FALLBACK_ID}" class="prerendered"><nav class="prerendered__languages" aria-label="{label}">{menu}</nav>{views}</div>"#,
        label = escape_html(&menu_label.join(" · ")),
        menu = menu.join(" · "),
    )
}

/// One language's first view, with what it says when the app cannot run: without JavaScript
/// (`noscript`), or when its module could not start (shown by [`language_chooser`]).
fn language_view(dataset: &Dataset, lang: Lang) -> String {
    let ui = strings(lang);
    format!(
        concat!(
            r#"<div id="fallback-{code}" class="prerendered__view" lang="{code}">"#,
            r#"<noscript><p class="prerendered__failed">{needs_app}</p></noscript>"#,
            r#"<p class="prerendered__failed" role="status" hidden>{failed}</p>"#,
            "{view}</div>"
        ),
        code = lang.code(),
        needs_app = escape_html(ui.fallback_needs_app),
        failed = escape_html(ui.fallback_app_failed),
        view = first_view_html(dataset, lang),
    )
}

/// The body of the inline script that runs before the pre-rendered block is parsed: it picks the
/// reader's language the way the app picks it (`src/app.rs`, `initial_lang`): the URL's `lang`,
/// else the saved choice, else the first of the browser's languages the app has, else English;
/// marks it on `<html data-first-view>` (so only that language's view is ever laid out or
/// painted, `public/style.css`) and sets `<html lang>`, the title, the colour scheme and readable
/// accent a link asks for (`theme`, `accent`) and an embed's look (`embed`). From then until the
/// app is live, the reader's last click on an event or a language in the first view, and what
/// they type into its event search, are kept for it (`window.__focEarly`, `src/app.rs`).
pub fn language_picker() -> String {
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
            "lang=lang||\"en\";doc.lang=lang;doc.setAttribute(\"data-first-view\",lang);document.title=titles[lang];",
            "var embed=query.get(\"embed\");",
            "if(embed===\"\"||embed===\"1\"||embed===\"true\")document.body.classList.add(\"embedded\");",
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
            // A click on the first view before the app is live (from the first painted byte on,
            // as the page streams in): an event (its marker's id, or the data-id the app leaves
            // when it takes the ids, src/app.rs) or a language, kept for the app.
            "document.addEventListener(\"click\",function(e){{",
            "if(!e.target.closest||!e.target.closest(\"#{id}\"))return;",
            "var m=e.target.closest(\".timeline__event\"),b=e.target.closest(\".language-switch__button\"),",
            "early=window.__focEarly=window.__focEarly||{{}};",
            "if(m)early.event=(m.id||m.getAttribute(\"data-id\")||\"\").replace(/^event-/,\"\");",
            "if(b)early.lang=b.lang",
            "}},true);",
            // What the reader types into the first view's event search, searched once the app
            // is live (the app's own field replaces it).
            "document.addEventListener(\"input\",function(e){{",
            "var s=e.target;if(!s.closest||!s.closest(\"#{id}\")||!s.matches(\".event-search__input\"))return;",
            "(window.__focEarly=window.__focEarly||{{}}).search=s.value",
            "}},true)",
            "}})()"
        ),
        id = FALLBACK_ID,
        titles = titles.join(","),
        key = LANG_STORAGE_KEY,
        backgrounds = background_luminances().map(|l| l.to_string()).join(","),
        min = MIN_CONTRAST,
    );
    // Nothing from the dataset is in the script; this keeps it so if that ever changes.
    script.replace("</", "<\\/")
}

/// The body of the inline script that runs once the pre-rendered block is parsed: it drops the
/// views of the other languages and the menu (both for readers without JavaScript), and an
/// embed's Embed button; if the app cannot start, the view says so.
pub fn language_chooser() -> String {
    let script = format!(
        concat!(
            "(function(){{",
            "var doc=document.documentElement,pre=document.getElementById(\"{id}\"),lang=doc.getAttribute(\"data-first-view\");",
            "pre.querySelectorAll(\".prerendered__view\").forEach(function(v){{if(v.lang!==lang)v.remove()}});",
            "pre.querySelectorAll(\".prerendered__languages\").forEach(function(n){{n.remove()}});",
            "if(document.body.classList.contains(\"embedded\"))pre.querySelectorAll(\".timeline__embed\").forEach(function(b){{b.remove()}});",
            // Until the app has started, a browser without WebAssembly, or a module that could
            // not be loaded or started (an error or a rejected promise), says so above the view.
            "var failed=function(){{pre.querySelectorAll(\".prerendered__failed\").forEach(function(p){{p.hidden=false}})}},",
            "started=false;addEventListener(\"TrunkApplicationStarted\",function(){{started=true}});",
            "if(typeof WebAssembly!==\"object\")failed();",
            "addEventListener(\"error\",function(){{started||failed()}});",
            "addEventListener(\"unhandledrejection\",function(){{started||failed()}});",
            "}})()"
        ),
        id = FALLBACK_ID,
    );
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

    /// One language's part of the block.
    fn view(html: &str, lang: Lang) -> &str {
        let open = format!(
            r#"<div id="fallback-{}" class="prerendered__view" lang="{}">"#,
            lang.code(),
            lang.code()
        );
        let start = html.find(&open).expect("the language's view");
        let end = Lang::ALL
            .iter()
            .filter_map(|other| {
                html[start + 1..].find(&format!(r#"<div id="fallback-{}""#, other.code()))
            })
            .min()
            .map_or(html.len(), |at| start + 1 + at);
        &html[start..end]
    }

    #[test]
    fn every_language_has_its_first_view_and_says_why_it_may_not_respond() {
        let dataset = shipped();
        let html = fallback_html(&dataset);
        for lang in Lang::ALL {
            let part = view(&html, lang);
            let ui = strings(lang);
            assert!(
                part.contains(&escape_html(ui.fallback_needs_app)),
                "{lang:?}"
            );
            assert!(
                part.contains(&escape_html(ui.fallback_app_failed)),
                "{lang:?}"
            );
            assert!(
                part.contains(&format!(">{}</h1>", ui.app_title)),
                "{lang:?}"
            );
            assert_eq!(
                part.matches(r#"<li class="timeline__item "#).count(),
                dataset.events.len(),
                "{lang:?}"
            );
        }
        assert!(html.contains(r#"href="?lang=mn#fallback-mn""#));
    }

    #[test]
    fn hostile_text_from_the_dataset_stays_text() {
        let mut dataset = shipped();
        let event = &mut dataset.events[0];
        event.title.en = "<script>alert(1)</script>".into();
        event.title.ro = "<img src=x onerror=alert(3)>".into();
        let html = fallback_html(&dataset);
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn the_picker_knows_every_language_and_the_apps_storage_key() {
        let script = language_picker();
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
        assert!(!language_chooser().contains("</"));
    }
}
