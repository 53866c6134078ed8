//! The frame of a filter panel: a labelled aside whose filters fold under a summary with the
//! number of active filters. Open on wide screens; closed at first on phones, so that the
//! results come first.

use leptos::prelude::*;

/// Below this width the panel starts closed.
const NARROW_SCREEN: &str = "(max-width: 47.99rem)";

#[component]
pub fn FilterPanel(
    /// Extra classes beside `facets`.
    #[prop(optional)]
    class: &'static str,
    aria_label: &'static str,
    summary: &'static str,
    /// How many filters are active (shown as "(N active)").
    active: Signal<usize>,
    children: Children,
) -> impl IntoView {
    let narrow = web_sys::window()
        .and_then(|w| w.match_media(NARROW_SCREEN).ok().flatten())
        .is_some_and(|m| m.matches());
    view! {
        <aside class=format!("facets {class}") aria-label=aria_label>
            <details open=!narrow>
                <summary>
                    {summary}
                    <span class="summary-count">
                        {move || match active.get() {
                            0 => String::new(),
                            n => format!(" ({n} active)"),
                        }}
                    </span>
                </summary>
                {children()}
            </details>
        </aside>
    }
}
