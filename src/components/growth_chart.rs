//! The membership growth chart: named members over time (a step line) with the counts that
//! sources reported (dots), as SVG, with a data table as its text alternative.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::dataset::Dataset;
use crate::domain::filter::dataset_years;
use crate::domain::membership::growth_series;
use crate::domain::timeline::{css_number, year_ticks, Span};
use crate::i18n::describe::{count_label, country_name};
use crate::i18n::format::{format_date, format_number};
use crate::i18n::strings::fill;
use crate::state::{UiLang, UrlState};

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 28.0;

/// The chart and its table.
#[component]
pub fn GrowthChart(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let ui = UiLang::expect();
    let (first, last) = dataset_years(&dataset);
    let span = Span::years(first, last);
    let series = growth_series(&dataset);
    let max_count = dataset
        .reported_counts
        .iter()
        .flat_map(|c| std::iter::once(c.count).chain(c.alternatives.iter().map(|a| a.count)))
        .map(|c| c as usize)
        .chain(series.iter().map(|(_, n)| *n))
        .max()
        .unwrap_or(1)
        .max(1);
    let y_max = (max_count.div_ceil(10) * 10) as f64;
    let x = move |days: i64| {
        let width = (span.end_days - span.start_days).max(1) as f64;
        LEFT + (days - span.start_days) as f64 / width * (WIDTH - LEFT - RIGHT)
    };
    let y = move |n: f64| TOP + (1.0 - n / y_max) * (HEIGHT - TOP - BOTTOM);

    let mut path = format!(
        "M{},{}",
        css_number(x(span.start_days), 1),
        css_number(y(0.0), 1)
    );
    for (date, count) in &series {
        path.push_str(&format!(
            " H{} V{}",
            css_number(x(date.start_days()), 1),
            css_number(y(*count as f64), 1)
        ));
    }
    path.push_str(&format!(" H{}", css_number(x(span.end_days), 1)));

    // Each dot's title says its date, figures and note (why the 2015 line zig-zags).
    let dots = dataset
        .reported_counts
        .iter()
        .flat_map(|c| {
            let cx = x((c.date.start_days() + c.date.end_days()) / 2);
            std::iter::once((cx, c.count, true, c)).chain(c.alternatives.iter().map(move |a| (cx, a.count, false, c)))
        })
        .map(|(cx, count, main, reported)| {
            let reported = reported.clone();
            view! {
                <circle class=if main { "chart__dot" } else { "chart__dot chart__dot--alt" } cx=css_number(cx, 1) cy=css_number(y(f64::from(count)), 1) r="4">
                    <title>{move || count_label(ui.get(), &reported)}</title>
                </circle>
            }
        })
        .collect_view();
    let x_ticks = year_ticks(&span, 10)
        .into_iter()
        .map(|(year, percent)| {
            let tx = LEFT + percent / 100.0 * (WIDTH - LEFT - RIGHT);
            view! { <text class="chart__tick" x=css_number(tx, 1) y=css_number(HEIGHT - 8.0, 1) text-anchor="middle">{year}</text> }
        })
        .collect_view();
    let y_ticks = (0..=(y_max as usize / 10))
        .map(|i| {
            let value = (i * 10) as f64;
            view! {
                <line class="chart__grid" x1=css_number(LEFT, 0) x2=css_number(WIDTH - RIGHT, 0) y1=css_number(y(value), 1) y2=css_number(y(value), 1) />
                <text class="chart__tick" x=css_number(LEFT - 6.0, 0) y=css_number(y(value) + 4.0, 1) text-anchor="end">{i * 10}</text>
            }
        })
        .collect_view();

    // A member's story marks its accession: a line at its joining (the middle of its window
    // where the sources give one), labelled, and said in the chart's description and legend.
    let view_state = UrlState::expect();
    let joins_label = {
        let dataset = dataset.clone();
        move || {
            let code = view_state.with(|v| v.country.clone())?;
            dataset.member(&code)?;
            Some(fill(
                ui.strings().country_joins,
                &[("country", &country_name(&dataset, &code, ui.get()))],
            ))
        }
    };
    let story_mark = {
        let dataset = dataset.clone();
        let joins_label = joins_label.clone();
        move || {
            let code = view_state.with(|v| v.country.clone())?;
            let member = dataset.member(&code)?;
            let last = member.joined_by.unwrap_or(member.joined);
            let mx = x((member.joined.start_days() + last.end_days()) / 2);
            // The label reads leftwards from the line in the chart's right half.
            let anchor = if mx > WIDTH / 2.0 { "end" } else { "start" };
            let tx = if mx > WIDTH / 2.0 { mx - 4.0 } else { mx + 4.0 };
            Some(view! {
                <g class="chart__story">
                    <line class="chart__story-line" x1=css_number(mx, 1) x2=css_number(mx, 1) y1=css_number(TOP - 8.0, 1) y2=css_number(HEIGHT - BOTTOM, 1) />
                    <text class="chart__story-label" x=css_number(tx, 1) y=css_number(TOP - 8.0, 1) text-anchor=anchor dominant-baseline="hanging">{joins_label()}</text>
                </g>
            })
        }
    };

    let table_rows = {
        let dataset = dataset.clone();
        move || {
            let lang = ui.get();
            dataset
                .reported_counts
                .iter()
                .map(|c| {
                    let alternatives: Vec<String> = c
                        .alternatives
                        .iter()
                        .map(|a| format_number(lang, u64::from(a.count)))
                        .collect();
                    view! {
                        <tr>
                            <td><time datetime=c.date.iso()>{format_date(lang, c.date)}</time></td>
                            <td>{format_number(lang, u64::from(c.count))}</td>
                            <td>{alternatives.join(", ")}</td>
                            <td>{c.note.as_ref().map(|note| note.get(lang).to_string())}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };

    view! {
        <section class="chart" aria-labelledby="chart-title">
            <h2 id="chart-title">{ui.text(|s| s.chart_heading)}</h2>
            <figure class="chart__figure">
                <svg class="chart__svg" viewBox=format!("0 0 {} {}", css_number(WIDTH, 0), css_number(HEIGHT, 0)) role="img" aria-labelledby="chart-title chart-description">
                    <desc id="chart-description">{
                        let joins_label = joins_label.clone();
                        move || {
                            let s = ui.strings();
                            match joins_label() {
                                Some(joins) => format!("{}; {}; {joins}.", s.chart_named, s.chart_reported),
                                None => format!("{}; {}.", s.chart_named, s.chart_reported),
                            }
                        }
                    }</desc>
                    {y_ticks}
                    {x_ticks}
                    <path class="chart__line" d=path />
                    {dots}
                    {story_mark}
                </svg>
                <figcaption class="chart__legend">
                    <span class="chart__key chart__key--line">{ui.text(|s| s.chart_named)}</span>
                    <span class="chart__key chart__key--dot">{ui.text(|s| s.chart_reported)}</span>
                    {move || joins_label().map(|joins| view! { <span class="chart__key chart__key--story">{joins}</span> })}
                </figcaption>
            </figure>
            <details class="chart__data">
                <summary>{ui.text(|s| s.chart_table_summary)}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ui.text(|s| s.chart_date)}</th>
                            <th scope="col">{ui.text(|s| s.chart_count)}</th>
                            <th scope="col">{ui.text(|s| s.chart_alternatives)}</th>
                            <th scope="col">{ui.text(|s| s.chart_note)}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </section>
    }
}
