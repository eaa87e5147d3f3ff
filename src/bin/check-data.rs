//! `make check-data`: validates a dataset file and lists every problem by record and field.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use foc_timeline::domain::validate::decode_dataset;
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/foc.json".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match decode_dataset(&text) {
        Ok(checked) if checked.issues.is_empty() => {
            let d = &checked.dataset;
            println!(
                "{path}: valid ({} events, {} members, {} countries, {} reported counts)",
                d.events.len(),
                d.members.len(),
                d.countries.len(),
                d.reported_counts.len()
            );
            std::process::ExitCode::SUCCESS
        }
        Ok(checked) => {
            for issue in &checked.issues {
                eprintln!(
                    "{path}: {} [{}]: {:?}",
                    issue.location.record, issue.location.field, issue.problem
                );
            }
            eprintln!(
                "{path}: {} problem(s); the app would leave those records out",
                checked.issues.len()
            );
            std::process::ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("{path}: not usable: {error:?}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
