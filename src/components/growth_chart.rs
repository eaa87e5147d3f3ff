//! The membership growth chart: named members over time (a step line) with the counts that
//! sources reported (dots), as SVG, with a data table as its text alternative.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::UiLang;
use crate::domain::dataset::Dataset;
use crate::domain::filter::dataset_years;
use crate::domain::membership::growth_series;
use crate::domain::timeline::{fixed, year_ticks, Span};
use crate::i18n::describe::count_label;
use crate::i18n::format::{format_date, format_number};

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

    let mut path = format!("M{},{}", fixed(x(span.start_days), 1), fixed(y(0.0), 1));
    for (date, count) in &series {
        path.push_str(&format!(
            " H{} V{}",
            fixed(x(date.start_days()), 1),
            fixed(y(*count as f64), 1)
        ));
    }
    path.push_str(&format!(" H{}", fixed(x(span.end_days), 1)));

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
                <circle class=if main { "chart__dot" } else { "chart__dot chart__dot--alt" } cx=fixed(cx, 1) cy=fixed(y(f64::from(count)), 1) r="4">
                    <title>{move || count_label(ui.get(), &reported)}</title>
                </circle>
            }
        })
        .collect_view();
    let x_ticks = year_ticks(&span, 10)
        .into_iter()
        .map(|(year, percent)| {
            let tx = LEFT + percent / 100.0 * (WIDTH - LEFT - RIGHT);
            view! { <text class="chart__tick" x=fixed(tx, 1) y=fixed(HEIGHT - 8.0, 1) text-anchor="middle">{year}</text> }
        })
        .collect_view();
    let y_ticks = (0..=(y_max as usize / 10))
        .map(|i| {
            let value = (i * 10) as f64;
            view! {
                <line class="chart__grid" x1=fixed(LEFT, 0) x2=fixed(WIDTH - RIGHT, 0) y1=fixed(y(value), 1) y2=fixed(y(value), 1) />
                <text class="chart__tick" x=fixed(LEFT - 6.0, 0) y=fixed(y(value) + 4.0, 1) text-anchor="end">{i * 10}</text>
            }
        })
        .collect_view();

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
                <svg class="chart__svg" viewBox=format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0)) role="img" aria-labelledby="chart-title chart-description">
                    <desc id="chart-description">{move || format!("{}; {}.", ui.strings().chart_named, ui.strings().chart_reported)}</desc>
                    {y_ticks}
                    {x_ticks}
                    <path class="chart__line" d=path />
                    {dots}
                </svg>
                <figcaption class="chart__legend">
                    <span class="chart__key chart__key--line">{ui.text(|s| s.chart_named)}</span>
                    <span class="chart__key chart__key--dot">{ui.text(|s| s.chart_reported)}</span>
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
