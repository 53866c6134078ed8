//! The explorer view: facets beside the results.

use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::result_list::ResultList;
use leptos::prelude::*;

#[component]
pub fn Explorer() -> impl IntoView {
    view! {
        <h1 class="visually-hidden">"Articles on Camp Ashraf and Camp Liberty, 2011"</h1>
        <div class="explorer">
            <FacetPanel/>
            <section class="results" aria-labelledby="results-heading">
                <FilterChips/>
                <ResultList/>
            </section>
        </div>
    }
}
