//! Build step (`scripts/post_build.py`): writes the link previews for a dataset file into a
//! folder: `<id>.<lang>.html` and `<id>.<lang>.png` for every event in every language, and
//! `country-<code>.<lang>.*` for every member's story (`src/previews.rs`). `FOC_PUBLIC_URL` (the app's public address, e.g.
//! `https://example.org/foc/`) makes their links absolute, as link previews need; without it the
//! build goes on with relative links and says so.
//!
//!     previews public/data/foc.json dist/share

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("previews: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use foc_timeline::domain::lang::Lang;
    use foc_timeline::domain::validate::decode_dataset;
    use foc_timeline::previews::card::{card_png, CardFonts, CardText};
    use foc_timeline::previews::page::{country_preview, preview_page, render};
    use foc_timeline::previews::{image_file, page_file, public_base_url};
    use std::path::PathBuf;

    let mut args = std::env::args().skip(1);
    let (Some(data), Some(out)) = (args.next(), args.next()) else {
        return Err("usage: previews <dataset.json> <output folder>".into());
    };
    let base_url = public_base_url(std::env::var("FOC_PUBLIC_URL").ok().as_deref())?;
    let text = std::fs::read_to_string(&data).map_err(|error| format!("{data}: {error}"))?;
    let dataset = decode_dataset(&text)
        .map_err(|error| format!("{data}: {error:?}"))?
        .dataset;
    let out = PathBuf::from(out);
    std::fs::create_dir_all(&out).map_err(|error| format!("{}: {error}", out.display()))?;
    let write = |name: String, bytes: &[u8]| {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|error| format!("{}: {error}", path.display()))
    };
    let fonts = CardFonts::default();
    let (mut pages, mut image_bytes, mut largest) = (0, 0, 0);
    for event in &dataset.events {
        for lang in Lang::ALL {
            write(
                page_file(&event.id, lang),
                preview_page(&dataset, event, lang, base_url.as_deref()).as_bytes(),
            )?;
            let png = card_png(&CardText::for_event(&dataset, event, lang), &fonts)
                .map_err(|error| format!("{} ({}): {error}", event.id, lang.code()))?;
            write(image_file(&event.id, lang), &png)?;
            pages += 1;
            image_bytes += png.len();
            largest = largest.max(png.len());
        }
    }
    // A member's story, in every language, like the events.
    for member in &dataset.members {
        for lang in Lang::ALL {
            let code = &member.country;
            let (Some(preview), Some(card)) = (
                country_preview(&dataset, code, lang),
                CardText::for_country(&dataset, code, lang),
            ) else {
                continue;
            };
            write(
                page_file(&preview.stem, lang),
                render(&dataset, &preview, lang, base_url.as_deref()).as_bytes(),
            )?;
            let png = card_png(&card, &fonts)
                .map_err(|error| format!("{} ({}): {error}", preview.stem, lang.code()))?;
            write(image_file(&preview.stem, lang), &png)?;
            pages += 1;
            image_bytes += png.len();
            largest = largest.max(png.len());
        }
    }
    eprintln!(
        "previews: {pages} pages and {pages} images ({} KB in all, the largest {} KB) in {}",
        image_bytes / 1000,
        largest / 1000,
        out.display()
    );
    if base_url.is_none() {
        eprintln!(
            "previews: FOC_PUBLIC_URL is not set, so the preview pages' links (og:url, og:image, \
             canonical) are relative: browsers follow them, but social networks and chat apps \
             draw no card from them. Build with FOC_PUBLIC_URL=https://<your site>/<path>/ \
             for the site the app is published on."
        );
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
