//! The naming lens as a chart: for the current results, how many articles of each outlet use
//! each name for the group and for the camp. Drawn as SVG text and circles (no markup
//! strings), with the same numbers as a table for screen readers and copying.

use crate::app::use_app;
use crate::wording::plural;
use ashraf_core::index::{NamingTable, SearchResults};
use ashraf_core::naming::short_label;
use ashraf_core::query::FacetKind;
use leptos::prelude::*;

const LABEL_W: usize = 150;
const COL_W: usize = 30;
const ROW_H: usize = 30;
const HEAD_H: usize = 124;
/// Outlet names longer than this are cut in the chart (the table has them whole).
const OUTLET_CHARS: usize = 21;

#[component]
pub fn NamingChart() -> impl IntoView {
    let app = use_app();
    let followed = follow_results_after_paint(app.results);
    let lenses = [FacetKind::GroupName, FacetKind::CampName]
        .into_iter()
        .map(|kind| {
            let app = app.clone();
            // An unchanged table is not redrawn.
            let table = Memo::new(move |_| {
                followed.track();
                app.results
                    .with_untracked(|r| app.index.naming_table(&r.hits, kind))
            });
            // Whether "As a table" is open, kept across redraws.
            let open = RwSignal::new(false);
            move || chart(kind, table.get(), open)
        })
        .collect_view();
    view! {
        <section class="naming" aria-labelledby="naming-heading">
            <h2 id="naming-heading">"Names used, by outlet"</h2>
            <p class="muted">"Articles in the current results that use each name, counted per original outlet. The names are the texts' own words; labels in quotation marks are quoted, not endorsed."</p>
            {lenses}
        </section>
    }
    .into_any()
}

/// A trigger that fires after each change of `results` has painted (only the last of several
/// quick changes counts): the charts sit below the list, and redrawing their few hundred SVG
/// elements in the same task as the list made a keystroke a quarter slower (issue 7: real
/// corpus, keystroke p95 8.8 / 10.6 ms with them, 6.4 / 7.1 without).
fn follow_results_after_paint(results: Memo<SearchResults>) -> Trigger {
    let followed = Trigger::new();
    // Counts the changes, so that a paint callback can tell whether a newer one is pending.
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        results.track();
        let Some(change) = latest.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        crate::schedule::after_next_paint(move || {
            if latest.try_get_value() == Some(change) {
                followed.notify();
            }
        });
    });
    followed
}

fn chart(kind: FacetKind, table: NamingTable, open: RwSignal<bool>) -> AnyView {
    let title = kind.label();
    if table.names.is_empty() {
        return view! {
            <h3>{title}</h3>
            <p class="muted">"None of the listed names occurs in these results."</p>
        }
        .into_any();
    }
    let max = table
        .rows
        .iter()
        .flat_map(|(_, r)| r.iter().copied())
        .max()
        .unwrap_or(1)
        .max(1);
    let width = LABEL_W + table.names.len() * COL_W + 8;
    let height = HEAD_H + table.rows.len() * ROW_H + 4;
    let heads = table
        .names
        .iter()
        .enumerate()
        .map(|(i, (_, label))| {
            let x = LABEL_W + i * COL_W + COL_W / 2;
            let y = HEAD_H - 8;
            view! {
                <text class="nc-head" x=x y=y transform=format!("rotate(45 {x} {y})")>
                    <title>{label.clone()}</title>
                    {short_label(label)}
                </text>
            }
        })
        .collect_view();
    let names: Vec<String> = table.names.iter().map(|(_, l)| l.clone()).collect();
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(r, (outlet, counts))| {
            let y = HEAD_H + r * ROW_H + ROW_H / 2;
            let shown: String = if outlet.chars().count() > OUTLET_CHARS {
                outlet.chars().take(OUTLET_CHARS - 1).collect::<String>() + "…"
            } else {
                outlet.clone()
            };
            let cells = counts
                .iter()
                .zip(&names)
                .enumerate()
                .filter(|(_, (n, _))| **n > 0)
                .map(|(c, (n, name))| {
                    let x = LABEL_W + c * COL_W + COL_W / 2;
                    // Grows with the count; even 1 stays big enough for its digit.
                    let radius = 7 + 6 * n / max;
                    view! {
                        <g class="nc-cell">
                            <title>{format!("{outlet}: {n} article{} using {name}", plural(*n))}</title>
                            <circle cx=x cy=y r=radius/>
                            <text x=x y=y + 4>{n.to_string()}</text>
                        </g>
                    }
                })
                .collect_view();
            view! {
                <line class="nc-rule" x1=0 x2=width y1=y + ROW_H / 2 y2=y + ROW_H / 2/>
                <text class="nc-outlet" x=0 y=y + 4><title>{outlet.clone()}</title>{shown}</text>
                {cells}
            }
        })
        .collect_view();
    let table_rows = table.rows.clone();
    let summary = format!(
        "{title}: {} names across {} outlets; the table below has every number.",
        table.names.len(),
        table.rows.len()
    );
    view! {
        <figure class="naming-chart" data-lens=kind.param()>
            <figcaption><h3>{title}</h3></figcaption>
            <svg class="nc-svg" viewBox=format!("0 0 {width} {height}") width=width
                role="img" aria-label=summary>
                {heads}
                {rows}
            </svg>
            <details class="nc-table" open=open.get_untracked() on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"As a table"</summary>
                // Built when opened: it repeats the chart's numbers, and the chart is redrawn
                // on every keystroke.
                {move || open.get().then(|| number_table(title, &names, &table_rows))}
            </details>
        </figure>
    }
    .into_any()
}

/// The chart's numbers as a table: outlets by rows, names by columns.
fn number_table(title: &str, names: &[String], rows: &[(String, Vec<usize>)]) -> impl IntoView {
    let head_cells = names
        .iter()
        .map(|n| view! { <th scope="col">{n.clone()}</th> })
        .collect_view();
    let body = rows
        .iter()
        .map(|(outlet, counts)| {
            let cells = counts
                .iter()
                .map(|n| view! { <td>{n.to_string()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{outlet.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <caption>{format!("{title}: articles per outlet")}</caption>
                <thead><tr><th scope="col">"Outlet"</th>{head_cells}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
