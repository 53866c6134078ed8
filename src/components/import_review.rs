//! The review step: what the ingest found in each imported article, with title, byline, outlet
//! and date editable before saving, each with where it was read; inferred and missing values say
//! so, and a saved page's own metadata is listed with its evidence.

use crate::app::{use_app, use_loaded, use_user_data};
use crate::schedule::after_next_paint;
use crate::wording::{counted, plural};
use ashraf_core::model::PageFact;
use ashraf_core::user::{Draft, Review, WorkerRequest};
use leptos::prelude::*;

/// Cards built in one task: about 10 ms of a phone's main thread.
const CARDS_PER_TASK: usize = 12;

/// The editable values of one draft, and "save this one".
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    byline: RwSignal<String>,
    outlet: RwSignal<String>,
    date: RwSignal<String>,
    keep: RwSignal<bool>,
}

#[component]
pub fn ImportReview(
    drafts: Vec<Draft>,
    records: Vec<String>,
    /// Files of the batch that were not imported, each with why.
    #[prop(optional)]
    problems: Vec<String>,
    /// Instead of "Check before saving …" (editing a stored article).
    #[prop(optional, into)]
    heading: Option<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let loaded = use_loaded();
    let user = use_user_data();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let count = drafts.len();
    // Element ids of this review: an edit and an import can be open at once.
    let prefix = {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        format!(
            "review{}",
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        )
    };
    let fields: Vec<Fields> = drafts
        .iter()
        .map(|d| Fields {
            title: RwSignal::new(d.review.title.clone()),
            byline: RwSignal::new(d.review.byline.clone()),
            outlet: RwSignal::new(d.review.outlet.clone()),
            date: RwSignal::new(d.review.date.clone()),
            keep: RwSignal::new(true),
        })
        .collect();
    let outlets = app
        .index
        .corpus()
        .outlets
        .iter()
        .map(|o| view! { <option value=o.name.clone()></option> })
        .collect_view();
    // A batch of hundreds of pages is shown a few cards per task, so that no task runs long;
    // the Save button keeps every draft whether its card is shown yet or not.
    let shown = RwSignal::new(count.min(CARDS_PER_TASK));
    Effect::new(move |_| {
        let n = shown.get();
        if n < count {
            after_next_paint(move || shown.set((n + CARDS_PER_TASK).min(count)));
        }
    });
    let mut drafts = drafts.into_iter().zip(fields.iter().copied()).enumerate();
    let cards = (0..count.div_ceil(CARDS_PER_TASK))
        .map(|chunk| {
            let part: Vec<(usize, (Draft, Fields))> =
                drafts.by_ref().take(CARDS_PER_TASK).collect();
            let part = StoredValue::new(part);
            let prefix = prefix.clone();
            // Changes once, so a chunk is built once (typing in its fields keeps focus).
            let visible = Memo::new(move |_| shown.get() > chunk * CARDS_PER_TASK);
            move || {
                visible.get().then(|| {
                    part.with_value(|p| {
                        p.iter()
                            .map(|(i, (d, f))| draft_card(&prefix, *i, count, d.clone(), *f))
                            .collect_view()
                    })
                })
            }
        })
        .collect_view();
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let reviews: Vec<Option<Review>> = fields
            .iter()
            .map(|f| {
                f.keep.get_untracked().then(|| Review {
                    title: f.title.get_untracked(),
                    outlet: f.outlet.get_untracked(),
                    date: f.date.get_untracked(),
                    byline: f.byline.get_untracked(),
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
        <form class="import-review" on:submit=save aria-labelledby=format!("{prefix}-heading")>
            <h3 id=format!("{prefix}-heading")>{heading.unwrap_or_else(|| format!("Check before saving ({count} article{})", plural(count)))}</h3>
            <p class="muted">"Correct the title, byline, outlet and date if the text was read wrongly. Leave a value empty when it is unknown. What you type is shown as entered by you, not as printed in the source."</p>
            {(!problems.is_empty()).then(|| view! {
                <div class="review-problems" role="alert">
                    <p>"Not imported:"</p>
                    <ul>{problems.into_iter().map(|p| view! { <li dir="auto">{p}</li> }).collect_view()}</ul>
                </div>
            })}
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

fn draft_card(prefix: &str, i: usize, count: usize, d: Draft, f: Fields) -> impl IntoView {
    let Fields {
        title,
        byline,
        outlet,
        date,
        keep,
    } = f;
    let id = |field: &str| format!("{prefix}-{i}-{field}");
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
            <input id=id("title") type="text" dir="auto" required prop:value=title on:input=move |e| title.set(event_target_value(&e))/>
            <label for=id("byline")>"Byline (names, separated by commas)"</label>
            <input id=id("byline") type="text" dir="auto" prop:value=byline on:input=move |e| byline.set(event_target_value(&e))/>
            <p class="muted">{match d.byline_evidence {
                Some(e) => format!("Read from: {e}"),
                None if d.review.byline.is_empty() => "No byline found: leave empty if unknown.".to_owned(),
                None => "Read from a byline line of the text.".to_owned(),
            }}</p>
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
            {page_facts(d.page_facts)}
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

/// What a saved page says about itself (title, byline, date, site, address, language …), each
/// with the markup it was read from; nothing for pasted or text files.
fn page_facts(facts: Vec<PageFact>) -> Option<impl IntoView> {
    if facts.is_empty() {
        return None;
    }
    let n = facts.len();
    let rows = facts
        .into_iter()
        .map(|f| {
            view! {
                <dt>{f.label().to_owned()}</dt>
                <dd><span dir="auto">{f.value}</span>
                    {(!f.evidence.is_empty()).then(|| view! { <span class="fact-evidence">{format!("from {}", f.evidence)}</span> })}
                </dd>
            }
        })
        .collect_view();
    Some(view! {
        <details class="review-page-facts">
            <summary>{format!("What the page says about itself ({n})")}</summary>
            <dl>{rows}</dl>
        </details>
    })
}
