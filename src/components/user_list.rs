//! The user's imported articles, each with a link, an Edit (the review step again, for the
//! title, byline, outlet and date) and a Delete (asks first).

use crate::app::{use_app, use_loaded, use_user_data};
use crate::components::import_review::ImportReview;
use crate::load::UserItem;
use ashraf_core::user::{Draft, WorkerRequest};
use leptos::prelude::*;

#[component]
pub fn UserList() -> impl IntoView {
    let loaded = use_loaded();
    // `records` and `user_items` are in the same (storage) order.
    let items: Vec<(UserItem, String)> = loaded
        .user_items
        .iter()
        .cloned()
        .zip(loaded.records.iter().cloned())
        .collect();
    let count = items.len();
    view! {
        <section class="user-list" aria-labelledby="user-list-heading">
            <h2 id="user-list-heading">{format!("Imported by you ({count})")}</h2>
            {if items.is_empty() {
                view! { <p class="muted">"Nothing imported yet. What you import is stored only in this browser."</p> }.into_any()
            } else {
                view! { <ul class="user-items">{items.into_iter().map(|(item, record)| view! { <UserRow item record/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
fn UserRow(item: UserItem, record: String) -> impl IntoView {
    let app = use_app();
    let loaded = use_loaded();
    let editing = RwSignal::new(None::<(Vec<Draft>, Vec<String>)>);
    let user = use_user_data();
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let target = item.copy_of.clone().unwrap_or_else(|| item.id.clone());
    let href = app.href(&app.state.get_untracked().reading(&target));
    let copy_note = item.copy_of.as_ref().map(|id| {
        let original = app
            .index
            .corpus()
            .article(id)
            .map_or(id.clone(), |a| a.title.clone());
        format!("a copy of “{original}”, listed among its copies")
    });
    let id = item.id.clone();
    let title = item.title.clone();
    let delete = move |_| {
        let (id, title) = (id.clone(), title.clone());
        leptos::task::spawn_local(async move {
            match crate::storage::delete(&id).await {
                Ok(()) => user.reload(format!("Deleted “{title}”.")),
                Err(e) => error.set(Some(format!("Not deleted: {e}"))),
            }
        });
    };
    let label = format!("Delete “{}”", item.title);
    let edit_label = format!("Edit “{}”", item.title);
    let edit = move |_| {
        let request = WorkerRequest {
            op: "drafts".into(),
            records: vec![record.clone()],
            ..WorkerRequest::default()
        };
        let loaded = loaded.clone();
        error.set(None);
        leptos::task::spawn_local(async move {
            match crate::user_worker::call(&request, &loaded.corpus_text, None).await {
                Ok(reply) => match reply.error {
                    Some(e) => error.set(Some(format!("Cannot edit it: {e}"))),
                    None => editing.set(Some((reply.drafts, reply.records))),
                },
                Err(e) => error.set(Some(format!("Cannot edit it: {e}"))),
            }
        });
    };
    let on_close = Callback::new(move |_: ()| editing.set(None));
    let heading = format!("Edit “{}”", item.title);
    view! {
        <li class="user-item">
            <a href=href>{item.title.clone()}</a>
            <span class="muted">{format!(" — from {}", item.file)}</span>
            {copy_note.map(|n| view! { <span class="muted">{format!(" — {n}")}</span> })}
            <div class="user-item-actions">
                {move || if confirming.get() {
                    view! {
                        <span class="confirm" role="group" aria-label="Confirm deletion">
                            "Delete it from this browser? "
                            <button type="button" class="danger" on:click=delete.clone()>"Delete"</button>
                            <button type="button" class="secondary" on:click=move |_| confirming.set(false)>"Keep"</button>
                        </span>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" aria-label=edit_label.clone() on:click=edit.clone()>"Edit…"</button>
                        <button type="button" class="secondary" aria-label=label.clone() on:click=move |_| confirming.set(true)>"Delete…"</button>
                    }.into_any()
                }}
            </div>
            {move || editing.get().map(|(drafts, records)| view! { <ImportReview drafts records on_close heading=heading.clone()/> })}
            {move || error.get().map(|e| view! { <p class="import-error" role="alert">{e}</p> })}
        </li>
    }
}
