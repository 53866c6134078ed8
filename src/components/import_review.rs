//! The review step: what the ingest found in each imported article, with title, outlet and
//! date editable before saving. Inferred and missing values say so.

use crate::app::{use_app, use_loaded, use_user_data};
use crate::wording::{counted, plural};
use ashraf_core::user::{Draft, Review, WorkerRequest};
use leptos::prelude::*;

/// Title, outlet, date and "save this one" of one draft.
type Fields = (
    RwSignal<String>,
    RwSignal<String>,
    RwSignal<String>,
    RwSignal<bool>,
);

#[component]
pub fn ImportReview(
    drafts: Vec<Draft>,
    records: Vec<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let loaded = use_loaded();
    let user = use_user_data();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let count = drafts.len();
    let fields: Vec<Fields> = drafts
        .iter()
        .map(|d| {
            (
                RwSignal::new(d.review.title.clone()),
                RwSignal::new(d.review.outlet.clone()),
                RwSignal::new(d.review.date.clone()),
                RwSignal::new(true),
            )
        })
        .collect();
    let outlets = app
        .index
        .corpus()
        .outlets
        .iter()
        .map(|o| view! { <option value=o.name.clone()></option> })
        .collect_view();
    let cards = drafts
        .into_iter()
        .zip(fields.iter().copied())
        .enumerate()
        .map(|(i, (d, (title, outlet, date, keep)))| {
            draft_card(i, count, d, title, outlet, date, keep)
        })
        .collect_view();
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let reviews: Vec<Option<Review>> = fields
            .iter()
            .map(|(title, outlet, date, keep)| {
                keep.get_untracked().then(|| Review {
                    title: title.get_untracked(),
                    outlet: outlet.get_untracked(),
                    date: date.get_untracked(),
                })
            })
            .collect();
        let saved = reviews.iter().flatten().count();
        if saved == 0 {
            on_close.run(());
            return;
        }
        let request = WorkerRequest {
            op: "save".into(),
            records: records.clone(),
            reviews,
            ..WorkerRequest::default()
        };
        let loaded = loaded.clone();
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result =
                async { crate::user_worker::store_records(&request, &loaded.corpus_text).await }
                    .await;
            busy.set(false);
            match result {
                Ok(_) => user.reload(format!(
                    "Saved {saved} imported article{} in this browser.",
                    plural(saved)
                )),
                Err(e) => error.set(Some(format!("Nothing was saved: {e}"))),
            }
        });
    };
    view! {
        <form class="import-review" on:submit=save aria-labelledby="review-heading">
            <h3 id="review-heading">{format!("Check before saving ({count} article{})", plural(count))}</h3>
            <p class="muted">"Correct the title, outlet and date if the text was read wrongly. Leave a value empty when it is unknown."</p>
            <datalist id="outlet-names">{outlets}</datalist>
            {cards}
            {move || error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
            <div class="review-actions">
                <button type="submit" prop:disabled=busy>"Save"</button>
                <button type="button" class="secondary" on:click=move |_| on_close.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

fn draft_card(
    i: usize,
    count: usize,
    d: Draft,
    title: RwSignal<String>,
    outlet: RwSignal<String>,
    date: RwSignal<String>,
    keep: RwSignal<bool>,
) -> impl IntoView {
    let id = |field: &str| format!("review-{i}-{field}");
    let found = |items: &[String]| {
        if items.is_empty() {
            "none".to_owned()
        } else {
            items.join(", ")
        }
    };
    view! {
        <fieldset class="review-card">
            <legend>{if count > 1 { format!("Article {} of {count}", i + 1) } else { "The article".to_owned() }}</legend>
            {d.copy_of.map(|original| view! {
                <p class="review-copy">
                    "This text is a copy of “" {original} "” (at least 85% of its five-word sequences are the same). "
                    "It will be listed among that article's copies, with your file as its source."
                </p>
            })}
            <p class="review-excerpt"><q>{d.excerpt}</q></p>
            <label for=id("title")>"Title" {d.title_inferred.then(|| view! { <span class="badge">"inferred: no title is printed"</span> })}</label>
            <input id=id("title") type="text" required prop:value=title on:input=move |e| title.set(event_target_value(&e))/>
            <label for=id("outlet")>"Original outlet"</label>
            <input id=id("outlet") type="text" list="outlet-names" prop:value=outlet on:input=move |e| outlet.set(event_target_value(&e))/>
            <p class="muted">{match d.outlet_evidence {
                Some(e) => format!("Identified from: “{e}”"),
                None => "Not stated in the text: leave empty if unknown.".to_owned(),
            }}</p>
            <label for=id("date")>"Date (YYYY-MM-DD, YYYY-MM or YYYY)"</label>
            <input id=id("date") type="text" inputmode="numeric" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" prop:value=date on:input=move |e| date.set(event_target_value(&e))/>
            <p class="muted">{match d.date_evidence {
                Some(e) => format!("{}: {e}", d.date_label),
                None => format!("{}: leave empty if unknown.", d.date_label),
            }}</p>
            <p class="review-found">
                {format!("Found: {}, {}, {}. People: {}. Places: {}.",
                    counted(d.paragraphs, "paragraph"), counted(d.quotes, "quote"),
                    counted(d.claims, "claim"), found(&d.people), found(&d.places))}
            </p>
            {(count > 1).then(|| view! {
                <label class="review-keep"><input type="checkbox" prop:checked=keep on:change=move |e| keep.set(event_target_checked(&e))/>" Save this article"</label>
            })}
        </fieldset>
    }
}
