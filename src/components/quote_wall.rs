//! The quote wall: every quotation of the articles matching the explorer's search and filters,
//! as cards, with the wall's own filters, order and exports. The logic is in
//! `ashraf_core::quote_wall`; this view only renders it.

use crate::app::use_app;
use crate::components::quote_card::QuoteCard;
use crate::components::quote_filters::QuoteFilters;
use crate::components::quote_speaker_panel::QuoteSpeakerPanel;
use crate::components::quote_toolbar::QuoteToolbar;
use crate::components::quote_tools::{use_wall, WallContext};
use ashraf_core::query::{ViewState, WallParams};
use ashraf_core::quote_wall::{QuoteWall, WallView};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn QuoteWallView() -> impl IntoView {
    let app = use_app();
    let wall = Arc::new(QuoteWall::new(app.index.clone()));
    provide_context(WallContext {
        wall: wall.clone(),
        status: RwSignal::new(None),
    });
    let shown: Memo<WallView> = Memo::new(move |_| {
        app.state
            .with(|s| app.results.with(|r| wall.view_for(s, r)))
    });
    let single = Memo::new(move |_| app.state.with(|s| s.quote.clone()));
    view! {
        <div class="wall">
            {move || match single.get() {
                Some(id) => view! { <OneQuote id/> }.into_any(),
                None => view! {
                    <QuoteFilters shown/>
                    <section class="wall-main" aria-labelledby="wall-title">
                        <QuoteToolbar shown/>
                        <QuoteSpeakerPanel/>
                        <WallCards shown/>
                    </section>
                }
                .into_any(),
            }}
            <WallStatus/>
        </div>
    }
}

#[component]
fn WallCards(shown: Memo<WallView>) -> impl IntoView {
    let app = use_app();
    let said = Memo::new(move |_| app.state.with(|s| s.wall.said.clone()));
    move || {
        let said = said.get();
        shown.with(|v| {
            if v.shown == 0 {
                return view! { <WallEmpty in_scope=v.in_scope/> }.into_any();
            }
            v.groups
                .iter()
                .map(|group| {
                    let cards = group
                        .quotes
                        .iter()
                        .map(|&i| view! { <QuoteCard i said=said.clone()/> })
                        .collect_view();
                    let count = group.quotes.len();
                    view! {
                        <section class="wall-group">
                            <h2>
                                {group.label.clone()}
                                <span class="count">{format!(" · {count}")}</span>
                            </h2>
                            <ul class="quote-cards">{cards}</ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}

/// Says why nothing is shown and offers the way out.
#[component]
fn WallEmpty(in_scope: usize) -> impl IntoView {
    let app = use_app();
    let state = app.state.get_untracked();
    let (title, hint, href, action) = if in_scope == 0 {
        let mut all = state.clone();
        all.q.clear();
        all.filters = Default::default();
        (
            "No quotes here.",
            "No article with quotes matches the explorer's search and filters.",
            app.href(&all),
            "Clear the search and filters",
        )
    } else {
        let mut all = state.clone();
        all.wall = WallParams {
            order: state.wall.order,
            ..WallParams::default()
        };
        (
            "No quote matches these filters.",
            "The speaker, affiliation, article and words filters exclude every quote of the matching articles.",
            app.href(&all),
            "Clear the wall's filters",
        )
    };
    view! {
        <div class="empty-state" role="status">
            <p class="empty-title">{title}</p>
            <p>{hint}</p>
            <a href=href>{action}</a>
        </div>
    }
}

/// A link to a single quote: that card alone, and the way to the whole wall.
#[component]
fn OneQuote(id: String) -> impl IntoView {
    let app = use_app();
    let wall = use_wall().wall;
    let all = app.href(&ViewState::default().quote_wall());
    let card = wall
        .position(&id)
        .map(|i| view! { <ul class="quote-cards"><QuoteCard i said=String::new()/></ul> });
    view! {
        <section class="wall-main wall-one" aria-labelledby="wall-title">
            <h1 id="wall-title">"One quote"</h1>
            {card}
            <p><a href=all>"See every quote on the quote wall"</a></p>
        </section>
    }
}

/// Confirms copies and exports, or says why they failed.
#[component]
fn WallStatus() -> impl IntoView {
    let status = use_wall().status;
    view! {
        <div class="wall-status" role="status">
            {move || status.get().map(|(message, alert)| view! {
                <p class:alert=alert>
                    <span>{message}</span>
                    <button type="button" class="notice-dismiss" on:click=move |_| status.set(None)>"Dismiss"</button>
                </p>
            })}
        </div>
    }
}
