//! `make check-data` (src/bin/check-data.rs): its exit status and what it prints for a valid
//! file, a file with broken records, a file that is not a dataset and a file that is missing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn check_data(path: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_check-data"))
        .arg(path)
        .output()
        .expect("check-data runs")
}

/// Writes `text` to a file of its own under Cargo's scratch directory for tests.
fn scratch(name: &str, text: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn a_valid_file_exits_0_and_says_what_it_holds() {
    let path = scratch("check-data-valid.json", MINIMAL);
    let out = check_data(&path);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // tests/fixtures/minimal.json: 2 events, 2 members, 2 countries, 1 reported count.
    assert_eq!(
        text(&out.stdout),
        format!("{path}: valid (2 events, 2 members, 2 countries, 1 reported counts)\n")
    );
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn the_shipped_dataset_passes() {
    let out = check_data(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/foc.json"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("foc.json: valid ("));
}

#[test]
fn broken_records_exit_1_each_named_by_record_and_field() {
    let mut data: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    data["events"][1]["title"]["ro"] = "Republica Moldova aderă la coaliţie".into();
    data["members"][1]["sources"][0] = "javascript:alert(1)".into();
    let path = scratch("check-data-broken.json", &data.to_string());
    let out = check_data(&path);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!(
            "{path}: member MD [sources[0]]: BadSourceUrl(\"javascript:alert(1)\")\n\
             {path}: accession-2014-moldova [title.ro]: CedillaInRomanian\n\
             {path}: 2 problem(s); the app would leave those records out\n"
        )
    );
}

#[test]
fn a_file_that_is_not_a_dataset_exits_1() {
    for (name, content, said) in [
        (
            "check-data-cut.json",
            &MINIMAL[..MINIMAL.len() / 2],
            "not usable: NotJson(",
        ),
        (
            "check-data-format.json",
            "{\"format\": \"other\"}",
            "not usable: WrongFormat(",
        ),
    ] {
        let path = scratch(name, content);
        let out = check_data(&path);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_eq!(text(&out.stdout), "", "{name}");
        assert!(
            text(&out.stderr).starts_with(&format!("{path}: {said}")),
            "{name}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_missing_file_exits_1() {
    let out = check_data("/nonexistent/foc.json");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("/nonexistent/foc.json: cannot read: "));
}
