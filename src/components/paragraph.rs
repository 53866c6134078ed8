//! One paragraph of an article with its marks: entity mentions, quotes, search matches.
//! Text is always rendered as text nodes, so markup inside an article stays inert.

use ashraf_core::text::split_marks;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use std::ops::Range;

#[derive(Debug, Clone)]
pub enum MarkKind {
    /// An entity; `class` names its kind (person, org, place).
    Mention {
        class: &'static str,
        title: String,
    },
    Quote {
        id: String,
        title: String,
        focused: bool,
    },
    SearchHit,
}

#[derive(Debug, Clone)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

#[component]
pub fn Paragraph(number: usize, text: String, marks: Vec<Mark>) -> impl IntoView {
    let ranges: Vec<Range<usize>> = marks.iter().map(|m| m.range.clone()).collect();
    let pieces = split_marks(&text, &ranges)
        .into_iter()
        .map(|stretch| {
            let piece = text.get(stretch.range).unwrap_or_default().to_owned();
            if stretch.marks.is_empty() {
                return EitherOf3::A(piece);
            }
            let mut classes: Vec<&str> = Vec::new();
            let mut titles: Vec<&str> = Vec::new();
            let mut quote_id = None;
            let mut hit = false;
            for mark in stretch.marks.iter().filter_map(|i| marks.get(*i)) {
                match &mark.kind {
                    MarkKind::Mention { class, title } => {
                        classes.extend(["m", class]);
                        titles.push(title);
                    }
                    MarkKind::Quote { id, title, focused } => {
                        classes.push(if *focused {
                            "quote quote-focus"
                        } else {
                            "quote"
                        });
                        titles.push(title);
                        quote_id = Some(id.clone());
                    }
                    MarkKind::SearchHit => hit = true,
                }
            }
            let class = classes.join(" ");
            let title = (!titles.is_empty()).then(|| titles.join(" · "));
            if hit {
                EitherOf3::B(
                    view! { <mark class=class title=title data-quote=quote_id>{piece}</mark> },
                )
            } else {
                EitherOf3::C(
                    view! { <span class=class title=title data-quote=quote_id>{piece}</span> },
                )
            }
        })
        .collect_view();
    view! { <p id=format!("p-{number}") class="para" dir="auto">{pieces}</p> }
}
