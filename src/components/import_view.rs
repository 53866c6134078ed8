//! "Your articles": import (with a review step), the list of imported articles, export of the
//! current results, backup and restore.

use crate::components::export_panel::ExportPanel;
use crate::components::import_form::ImportForm;
use crate::components::user_list::UserList;
use leptos::prelude::*;

#[component]
pub fn ImportView() -> impl IntoView {
    view! {
        <div class="import-view">
            <h1>"Your articles"</h1>
            <p class="intro">
                "Add articles of your own. They are processed in this browser with the same steps as the bundled corpus "
                "(article text, title, outlet, date, people, places, quotes, claims), stored only in this browser, "
                "work offline, and appear in the search, facets, map and reader with the mark “Your import”."
            </p>
            <ImportForm/>
            <UserList/>
            <ExportPanel/>
        </div>
    }
}
