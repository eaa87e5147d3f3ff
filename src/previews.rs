//! Link previews, written at build time (`src/bin/previews.rs`, run by `scripts/post_build.py`):
//! for every event in every language, a small page (`share/<id>.<lang>.html`) that social
//! networks and chat apps read for their card, and the card's image (`share/<id>.<lang>.png`,
//! 1200×630). Crawlers run no wasm, so both are static; a person who opens the page is sent on to
//! the app's deep link. Native only: the image crates never reach the wasm.

pub mod card;
pub mod page;

/// The preview image's size in pixels: the 1.91:1 card that Open Graph consumers draw large.
pub const IMAGE_WIDTH: u32 = 1200;
/// See [`IMAGE_WIDTH`].
pub const IMAGE_HEIGHT: u32 = 630;

/// The preview page's file name for an event in a language (the app links to it by the same
/// rule: `domain::url_state::preview_link`).
pub fn page_file(event_id: &str, lang: crate::domain::lang::Lang) -> String {
    crate::domain::url_state::preview_file_name(event_id, lang)
}

/// The preview image's file name for an event in a language.
pub fn image_file(event_id: &str, lang: crate::domain::lang::Lang) -> String {
    format!("{event_id}.{}.png", lang.code())
}

/// The public base URL of the app (`FOC_PUBLIC_URL`, e.g. `https://example.org/foc/`), with the
/// trailing slash the links need; `None` when unset or blank. Only an absolute `http(s)` URL
/// counts: a crawler resolves nothing against a relative one.
pub fn public_base_url(setting: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = setting.map(str::trim).filter(|url| !url.is_empty()) else {
        return Ok(None);
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!("FOC_PUBLIC_URL must start with https:// or http://, not {url:?}")
        })?;
    if rest.is_empty() || rest.starts_with('/') || url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err(format!(
            "FOC_PUBLIC_URL must be the app's address, like https://example.org/foc/, not {url:?}"
        ));
    }
    Ok(Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_url_gets_its_trailing_slash() {
        assert_eq!(
            public_base_url(Some("https://example.org/foc")),
            Ok(Some("https://example.org/foc/".into()))
        );
        assert_eq!(
            public_base_url(Some(" https://example.org/ ")),
            Ok(Some("https://example.org/".into()))
        );
    }

    #[test]
    fn an_unset_public_url_is_none_and_a_relative_one_is_refused() {
        assert_eq!(public_base_url(None), Ok(None));
        assert_eq!(public_base_url(Some("  ")), Ok(None));
        assert!(public_base_url(Some("/foc/")).is_err());
        assert!(public_base_url(Some("example.org/foc/")).is_err());
        assert!(public_base_url(Some("https:///foc/")).is_err());
        assert!(public_base_url(Some("https://example.org/?a=b")).is_err());
    }
}
