//! Build step (`scripts/post_build.py`): prints the pre-rendered page for a dataset file as
//! JSON, `{"picker": …, "html": …, "script": …}`: the block that replaces
//! `<div id="prerendered"></div>` in `index.html`, and the bodies of the inline scripts that go
//! before it (picking its language) and after it (`src/fallback.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use foc_timeline::domain::validate::decode_dataset;
    use foc_timeline::fallback::{fallback_html, language_chooser, language_picker};
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/foc.json".into());
    let checked = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read: {error}"))
        .and_then(|text| decode_dataset(&text).map_err(|error| format!("{error:?}")));
    match checked {
        Ok(checked) => {
            let out = serde_json::json!({
                "picker": language_picker(),
                "html": fallback_html(&checked.dataset),
                "script": language_chooser(),
            });
            println!("{out}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
