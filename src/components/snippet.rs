//! Text with highlighted ranges, always rendered as text nodes (never as HTML).

use ashraf_core::text::split_marks;
use leptos::either::Either;
use leptos::prelude::*;
use std::ops::Range;

#[component]
pub fn Highlighted(text: String, ranges: Vec<Range<usize>>) -> impl IntoView {
    split_marks(&text, &ranges)
        .into_iter()
        .map(|stretch| {
            let piece = text.get(stretch.range).unwrap_or_default().to_owned();
            if stretch.marks.is_empty() {
                Either::Left(piece)
            } else {
                Either::Right(view! { <mark>{piece}</mark> })
            }
        })
        .collect_view()
}
