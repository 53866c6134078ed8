//! A very small DOM builder for the timeline's and the claims' static markup. Leptos's typed
//! views cost several kilobytes of WebAssembly per distinct template; these lists are built once
//! per filter change, so plain DOM calls do the same job for a fraction of the size. Text is
//! always set with `set_text_content` (a text node), never parsed as HTML.

use web_sys::{Document, Element};

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Appends `<tag class=class>` to `parent` (no class when empty).
pub fn el(parent: &Element, tag: &str, class: &str) -> Element {
    let doc = parent.owner_document().or_else(document);
    let Some(child) = doc.and_then(|d| d.create_element(tag).ok()) else {
        // Without a document nothing renders anyway; hand back the parent so callers go on.
        return parent.clone();
    };
    if !class.is_empty() {
        child.set_class_name(class);
    }
    let _ = parent.append_child(&child);
    child
}

/// Appends `<tag class=class>text</tag>`.
pub fn text_el(parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let e = el(parent, tag, class);
    e.set_text_content(Some(text));
    e
}

/// Appends a text node.
pub fn text(parent: &Element, text: &str) {
    if let Some(doc) = parent.owner_document() {
        let _ = parent.append_child(&doc.create_text_node(text));
    }
}

pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Appends `<a href=href>text</a>`.
pub fn link(parent: &Element, href: &str, label: &str) -> Element {
    let a = text_el(parent, "a", "", label);
    attr(&a, "href", href);
    a
}

/// Removes every child of `e`.
pub fn clear(e: &Element) {
    e.set_text_content(None);
}
