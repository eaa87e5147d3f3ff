//! Presentational components: props in, callbacks out; no business logic in `view!`.

pub mod about;
pub mod country_card;
pub mod data_issues;
pub mod discrepancies;
pub mod embed_dialog;
pub mod event_detail;
pub mod event_link;
pub mod filter_bar;
pub mod growth_chart;
pub mod language_switch;
pub mod load_error;
pub mod notices;
pub mod on_mount;
pub mod print_list;
pub mod related_events;
pub mod roster;
pub mod select_sync;
pub mod source_links;
pub mod timeline;
