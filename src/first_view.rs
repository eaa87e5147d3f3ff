//! The first view as HTML, rendered at build time by the app's own components (`app::Shell`,
//! with Leptos's `ssr` renderer): the default view of the loaded dataset in one language, as the
//! app would show it, so that the page paints the timeline before the wasm arrives.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::Shell;
use crate::domain::dataset::Dataset;
use crate::domain::filter::chronological;
use crate::domain::lang::Lang;
use crate::domain::sorting;
use crate::domain::url_state::ViewState;
use crate::state::{self, LoadState, Loaded, Page};

/// The tasks a render starts (render effects' tracking) only matter while a page is live: a
/// one-shot render to HTML drops them.
struct OneShot;

impl any_spawner::CustomExecutor for OneShot {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The default view (no filters, no open event) in `lang`, as HTML.
pub fn first_view_html(dataset: &Dataset, lang: Lang) -> String {
    // Set once per process; a second call finds it set, which is as good.
    let _ = any_spawner::Executor::init_custom_executor(OneShot);
    let mut dataset = dataset.clone();
    sorting::sort_by(&mut dataset.events, chronological);
    let owner = Owner::new();
    owner.with(|| {
        let load = RwSignal::new(LoadState::Loaded(Arc::new(Loaded {
            dataset: Arc::new(dataset),
            issues: Vec::new(),
        })));
        state::provide(
            ViewState {
                lang: Some(lang),
                ..ViewState::default()
            },
            load,
            Page {
                url: "",
                can_share: false,
            },
        );
        view! {
            <Shell
                load=load
                url_notices=RwSignal::new(Vec::new())
                state_notices=RwSignal::new(Vec::new())
                on_retry=Callback::new(|_| {})
                on_choose_lang=Callback::new(|_| {})
            />
        }
        .to_html()
    })
}
