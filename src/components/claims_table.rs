//! One quantity's section, built as plain DOM (see `timeline_dom`): per subject the spread and a
//! table with a row per report (the value as written, qualifier, outlet, date with its
//! precision, the sentence with the number marked and a link to its paragraph in the reader);
//! for a distance, the measured geodesic distance above it and, per row, what the printed
//! number implies against it.

use crate::app::AppState;
use crate::components::map::map_data::CLAIM_ROUNDING;
use crate::components::timeline_dom::{attr, el, link, text, text_el};
use crate::components::timeline_entry::outlet_name;
use crate::wording::plural;
use ashraf_core::claims::{
    format_number, is_border, measure_distance, ClaimRow, ClaimTable, Quantity,
};
use ashraf_core::geo::{compare_claim, DistanceRange, LonLat};
use ashraf_core::model::Corpus;
use ashraf_core::query::ViewState;
use ashraf_core::timeline::dated;
use web_sys::Element;

/// The border line: `None` while loading, `Some(Err)` when it could not be loaded.
pub type BorderState<'a> = Option<Result<&'a [Vec<LonLat>], &'a str>>;

pub fn claims_table(
    root: &Element,
    app: &AppState,
    state: &ViewState,
    table: &ClaimTable,
    border: BorderState,
) {
    let corpus = app.index.corpus();
    let slug = table.quantity.slug();
    let title = table.quantity.title(corpus);
    let section = el(root, "section", "claims-section");
    attr(&section, "id", &slug);
    attr(&section, "aria-labelledby", &format!("{slug}-h"));
    attr(
        &text_el(&section, "h2", "", &title),
        "id",
        &format!("{slug}-h"),
    );

    let mut measured: Option<DistanceRange> = None;
    if let Quantity::Distance { from, to } = &table.quantity {
        let boxed = el(&section, "div", "claims-measured");
        let lines = match border {
            _ if !is_border(to) => Ok(&[][..]),
            Some(Ok(lines)) => Ok(lines),
            Some(Err(e)) => Err(format!("The border line could not be loaded: {e}")),
            None => Err("Measuring (loading the border line)…".to_owned()),
        };
        match lines.and_then(|lines| {
            measure_distance(corpus, from, to, lines)
                .ok_or_else(|| "Not measurable: a place has no coordinates.".to_owned())
        }) {
            Err(e) => {
                text_el(&boxed, "p", "", &e);
            }
            Ok(m) => {
                let p = el(&boxed, "p", "claims-geodesic");
                text(&p, "Measured straight line: ");
                text_el(&p, "strong", "", &m.range.label());
                text(
                    &p,
                    &format!(
                        " (centre to centre {:.1} km, a geodesic on the WGS84 ellipsoid)",
                        m.range.centre_km
                    ),
                );
                text_el(&boxed, "p", "muted", &format!(
                    "From {} to {}. The range allows for where each point may lie. A printed distance may be by road (longer), to a city's edge rather than its centre (shorter), or rounded; each row says what its number would imply, not which was meant.",
                    m.from_label, m.to_label
                ));
                measured = Some(m.range);
            }
        }
    }
    let is_distance = matches!(table.quantity, Quantity::Distance { .. });
    // A distance's subject repeats its title; the others name what is counted (for deaths,
    // the event the sentences report).
    let several = table.groups.len() > 1 || !is_distance;
    for g in &table.groups {
        let group = el(&section, "div", "claims-group");
        if several {
            text_el(&group, "h3", "", &g.subject);
        }
        let p = el(&group, "p", "claims-spread");
        if let Some(spread) = g.spread.label() {
            text(&p, "Spread: ");
            text_el(&p, "strong", "", &spread);
            text(&p, " · ");
        }
        let n = g.rows.len();
        let d = g.distinct_values;
        let mut summary = format!("{n} report{}, {d} distinct value{}", plural(n), plural(d));
        if !g.not_numeric.is_empty() {
            summary.push_str("; not a number: ");
            let words: Vec<String> = g.not_numeric.iter().map(|w| format!("“{w}”")).collect();
            summary.push_str(&words.join(", "));
        }
        text(&p, &summary);

        let t = el(&group, "table", "claims");
        let caption = if several {
            format!("{title}: {}", g.subject)
        } else {
            title.clone()
        };
        text_el(&t, "caption", "visually-hidden", &caption);
        let tr = el(&el(&t, "thead", ""), "tr", "");
        let mut heads = vec![
            "As written",
            "Qualifier",
            "Outlet",
            "Article date",
            "Sentence",
        ];
        if is_distance {
            heads.push("Against the measured distance");
        }
        for h in &heads {
            attr(&text_el(&tr, "th", "", h), "scope", "col");
        }
        let body = el(&t, "tbody", "");
        for r in &g.rows {
            row(
                &body,
                app,
                corpus,
                state,
                r,
                is_distance.then_some(measured),
            );
        }
    }
}

fn cell(tr: &Element, label: &str, class: &str) -> Element {
    let td = el(tr, "td", class);
    attr(&td, "data-label", label);
    td
}

fn row(
    body: &Element,
    app: &AppState,
    corpus: &Corpus,
    state: &ViewState,
    r: &ClaimRow,
    measured: Option<Option<DistanceRange>>,
) {
    let c = r.claim;
    let tr = el(body, "tr", "");
    attr(&tr, "data-claim", &r.index.to_string());
    text(&cell(&tr, "As written", "claims-value"), &c.as_written);
    text(
        &cell(&tr, "Qualifier", ""),
        c.qualifier.as_deref().unwrap_or("none"),
    );
    let (outlet, date, title) = match r.article {
        Some(a) => (
            outlet_name(corpus, a.outlet.as_deref()),
            dated(a.date.as_deref(), a.date_precision),
            a.title.as_str(),
        ),
        None => (
            "unknown article".to_owned(),
            String::new(),
            c.article.as_str(),
        ),
    };
    text(&cell(&tr, "Outlet", ""), &outlet);
    text(&cell(&tr, "Article date", ""), &date);
    let td = cell(&tr, "Sentence", "claims-sentence");
    let quote = el(&td, "blockquote", "");
    let text_ = &c.text;
    let parts = r.highlight.clone().and_then(|h| {
        Some((
            text_.get(..h.start)?,
            text_.get(h.clone())?,
            text_.get(h.end..)?,
        ))
    });
    match parts {
        Some((before, mark, after)) => {
            text(&quote, before);
            text_el(&quote, "mark", "", mark);
            text(&quote, after);
        }
        None => text(&quote, text_),
    }
    link(
        &td,
        &format!("{}#p-{}", app.href(&state.reading(&c.article)), c.paragraph),
        &format!("{title}, paragraph {}", c.paragraph + 1),
    );
    if let Some(note) = &r.note {
        text_el(&td, "p", "claims-note", note);
    }
    if let Some(range) = measured {
        let td = cell(&tr, "Against the measured distance", "");
        let fit = match (range, c.km) {
            (Some(range), Some(k)) => format!(
                "{} km: {}",
                format_number(k.round()),
                compare_claim(k, &range, CLAIM_ROUNDING).label()
            ),
            _ => "not compared".to_owned(),
        };
        text(&td, &fit);
    }
}
