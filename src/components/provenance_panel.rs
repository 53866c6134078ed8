//! Where an article comes from: original outlet, republishers, every copy, byline, date and
//! how each was established. Descriptive only.

use crate::app::use_app;
use ashraf_core::model::Article;
use ashraf_core::query::{FacetKind, View, ViewState};
use leptos::prelude::*;

#[component]
pub fn ProvenancePanel(article: Article) -> impl IntoView {
    let app = use_app();
    let corpus = app.index.corpus();
    let outlet_line = |id: &str| match corpus.outlet(id) {
        Some(o) => format!("{} ({})", o.name, o.kind.label()),
        None => id.to_owned(),
    };
    let outlet = match article.outlet.as_deref() {
        Some(id) => outlet_line(id),
        None => "Not stated in the text".to_owned(),
    };
    let republishers = article
        .republishers
        .iter()
        .map(|id| view! { <li>{outlet_line(id)}</li> })
        .collect_view();
    let date = match &article.date {
        // A date typed in the import review was not printed: say who gave it.
        Some(d) if article.date_evidence.as_deref() == Some(ashraf_core::user::ENTERED_BY_USER) => {
            format!("{d} (entered by you)")
        }
        Some(d) => format!("{d} ({})", article.date_precision.label()),
        None => article.date_precision.label().to_owned(),
    };
    // What the saved web page says about itself, each with the markup it was read from.
    let page_facts = (!article.page.is_empty()).then(|| {
        let items = article
            .page
            .iter()
            .map(|f| {
                view! {
                    <li><span class="fact-label">{format!("{}: ", f.label())}</span><span dir="auto">{f.value.clone()}</span>
                        {(!f.evidence.is_empty()).then(|| view! { <span class="muted">{format!(" (from {})", f.evidence)}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <dt>"The saved page says"</dt>
            <dd><ul class="page-facts">{items}</ul></dd>
        }
    });
    let copies = article
        .copies
        .iter()
        .map(|copy| {
            let host = copy
                .republisher
                .as_deref()
                .map_or("host site not identified".to_owned(), outlet_line);
            view! {
                <li>
                    {copy.user_import.then(|| view! { <crate::components::user_badge::UserBadge/> " " })}
                    <code>{copy.file.clone()}</code>
                    {format!(", segment {} (line {}), on {host}", copy.position + 1, copy.line)}
                    {copy.heading.clone().map(|h| view! { <br/><span class="muted">"Heading: "<q>{h}</q></span> })}
                    {copy.date.clone().map(|d| view! { <br/><span class="muted">{format!("Dated {d}")}</span> })}
                </li>
            }
        })
        .collect_view();
    let mentioned = [
        (FacetKind::Person, "People", &article.people),
        (FacetKind::Organization, "Organisations", &article.organizations),
        (FacetKind::Place, "Places", &article.places),
    ]
    .into_iter()
    .filter(|(_, _, ids)| !ids.is_empty())
    .map(|(kind, heading, ids)| {
        let links = ids
            .iter()
            .map(|id| {
                let mut filtered = ViewState::default();
                filtered.filters.insert(kind, id);
                let name = corpus.entity_name(id).unwrap_or(id).to_owned();
                // Places with coordinates also open on the map.
                let on_map = (kind == FacetKind::Place && corpus.place(id).is_some()).then(|| {
                    let mapped = ViewState {
                        view: View::Map,
                        ..filtered.clone()
                    };
                    let label = format!("Show {name} on the map");
                    view! { " " <a class="map-link" href=app.href(&mapped) aria-label=label>"(map)"</a> }
                });
                view! {
                    <li>
                        <a href=app.href(&filtered) title="Articles that mention this">{name}</a>
                        {on_map}
                    </li>
                }
            })
            .collect_view();
        view! { <dt>{heading}</dt><dd><ul class="inline-list">{links}</ul></dd> }
    })
    .collect_view();
    view! {
        <aside class="provenance" aria-labelledby="provenance-heading">
            <h2 id="provenance-heading">"Provenance"</h2>
            {article.user_import.then(|| view! {
                <p class="user-note"><crate::components::user_badge::UserBadge/>" You imported this article; it is stored only in this browser."</p>
            })}
            <dl>
                <dt>"Original outlet"</dt>
                <dd>
                    {outlet}
                    {article.outlet_evidence.clone().map(|e| view! {
                        <br/><span class="muted">"Identified from: "<q>{e}</q></span>
                    })}
                </dd>
                <dt>"Republished by"</dt>
                <dd>
                    {if article.republishers.is_empty() {
                        view! { "No republisher recorded" }.into_any()
                    } else {
                        view! { <ul>{republishers}</ul> }.into_any()
                    }}
                </dd>
                <dt>"Byline"</dt>
                <dd>
                    {match (article.byline.is_empty(), article.byline_evidence.as_deref()) {
                        (true, _) => "None printed".to_owned(),
                        (false, Some(ashraf_core::user::ENTERED_BY_USER)) => format!("{} (entered by you)", article.byline.join(", ")),
                        (false, _) => article.byline.join(", "),
                    }}
                    {article.byline_evidence.clone().filter(|e| e != ashraf_core::user::ENTERED_BY_USER).map(|e| view! {
                        <br/><span class="muted">"Read from: "{e}</span>
                    })}
                </dd>
                <dt>"Date"</dt>
                <dd>
                    {date}
                    {article.date_evidence.clone().map(|e| view! {
                        <br/><span class="muted">"Evidence: "<q>{e}</q></span>
                    })}
                </dd>
                <dt>"Title"</dt>
                <dd>
                    {if article.title_inferred {
                        "Inferred: the source prints no title; this one describes the text"
                    } else {
                        "As printed in the source"
                    }}
                </dd>
                {page_facts}
                <dt>{format!("Copies ({})", article.copies.len())}</dt>
                <dd><ol class="copies">{copies}</ol></dd>
                {mentioned}
            </dl>
        </aside>
    }
}
