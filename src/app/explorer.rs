//! The loaded app: the filter bar, the timeline and the open event's detail, then (after the first
//! paint, one part per task) the growth chart, the roster and About.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::components::on_mount::on_mount;
use crate::components::{
    about::About, country_card::CountryCard, data_issues::DataIssues, embed_dialog::EmbedDialog,
    event_detail::EventDetail, filter_bar::FilterBar, growth_chart::GrowthChart,
    print_list::PrintList, roster::Roster, timeline::Timeline,
};
use crate::domain::dataset::Dataset;
use crate::domain::filter::visible_events;
use crate::domain::search::SearchIndex;
use crate::state::{Loaded, UrlState};

/// The loaded app: filters, timeline, detail, chart and roster.
#[component]
pub fn Explorer(
    /// The loaded dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let view_state = UrlState::expect();
    let dataset = loaded.dataset.clone();
    // The events' folded text, made the first time someone searches.
    let search_index = Arc::new(OnceLock::<SearchIndex>::new());
    let visible = {
        let dataset = dataset.clone();
        Memo::new(move |_| view_state.with(|v| visible_events(&dataset, v, &search_index)))
    };
    let embedded = view_state.get_untracked().embed;
    let embed_dataset = dataset.clone();
    let painted = FirstPaint::start();
    let below_the_fold = |part: LaterPart, view: fn(Arc<Dataset>) -> AnyView| {
        let dataset = dataset.clone();
        move || (!embedded && painted.reached(part)).then(|| view(dataset.clone()))
    };
    view! {
        <DataIssues issues=loaded.issues.clone() />
        <div class="explorer">
            <FilterBar dataset=loaded.dataset.clone() />
            <CountryCard dataset=loaded.dataset.clone() />
            // The open event's detail goes beside or below its timeline, and sticks only within
            // this box (style.css), never over the chart and roster below.
            <div class="explorer__timeline-and-detail">
                <Timeline dataset=loaded.dataset.clone() visible=visible>
                    {(!embedded).then(|| view! { <EmbedDialog dataset=embed_dataset /> })}
                </Timeline>
                <EventDetail dataset=loaded.dataset.clone() visible=visible />
            </div>
            {below_the_fold(LaterPart::Chart, |dataset| view! { <GrowthChart dataset=dataset /> }.into_any())}
            {below_the_fold(LaterPart::Roster, |dataset| view! { <Roster dataset=dataset /> }.into_any())}
            {below_the_fold(LaterPart::About, |dataset| view! { <About dataset=dataset /> }.into_any())}
            <PrintList dataset=loaded.dataset.clone() />
        </div>
    }
}

/// The parts of the explorer below the fold, in the order they are built after the first paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum LaterPart {
    Chart,
    Roster,
    About,
}

impl LaterPart {
    const ALL: [LaterPart; 3] = [LaterPart::Chart, LaterPart::Roster, LaterPart::About];
}

/// How far the explorer has got after its first frame (filters, timeline, detail) was
/// painted: what is below the fold waits for it, so the events show sooner (on a slow phone the
/// chart, roster and About would double the time to the first useful frame), and is then built
/// one part per task, so the page answers input in between.
#[derive(Clone, Copy)]
struct FirstPaint(ReadSignal<Option<LaterPart>>);

impl FirstPaint {
    /// Starts watching for the next painted frame, once the explorer is on the page.
    fn start() -> Self {
        let (built, set_built) = signal(None);
        on_mount(move || {
            // The animation frame comes before that frame's paint; a task queued from it, after.
            crate::focus::request_frame(move || {
                spawn_local(async move {
                    for part in LaterPart::ALL {
                        browser::next_task().await;
                        set_built.set(Some(part));
                    }
                })
            });
        });
        FirstPaint(built)
    }

    /// True once the first frame is painted and `part`'s turn to be built has come (reactive).
    fn reached(self, part: LaterPart) -> bool {
        self.0.get().is_some_and(|built| built >= part)
    }
}
