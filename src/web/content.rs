//! The content in the browser: the bundled content, and a salon's applied
//! to it. Both cross into Rust the same way: the browser's `JSON.parse`,
//! then serde (`read_js`: unknown keys refused, errors with JSON paths). A
//! salon's content is then checked; the bundled content was checked by the
//! host tests and is only read.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::core::content::{Content, BUNDLED_JSON};
use crate::core::error::ContentError;
use crate::core::salon::{Mode, SalonContent};
use crate::core::settings::Settings;
use crate::web::{console, read_js};

thread_local! {
    /// Read once per page and shared by every widget on it. The host tests
    /// check it (`tests/content.rs`), so here it is only read.
    static BUNDLED: Rc<Content> = Rc::new(
        parse_json(BUNDLED_JSON)
            .ok()
            .and_then(|v| read_js::read(v).ok())
            .expect("bundled content is checked by the tests"),
    );
}

/// The bundled content, shared by every widget on the page.
pub fn bundled() -> Rc<Content> {
    BUNDLED.with(Rc::clone)
}

/// The browser's `JSON.parse`; its own message says what and where.
pub fn parse_json(text: &str) -> Result<JsValue, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    js_sys::JSON::parse(text).map_err(|e| {
        let message = js_sys::Error::from(e).message();
        ContentError::at("", format!("invalid JSON: {}", String::from(message)))
    })
}

/// A salon's file, from its JSON text.
fn salon_from(json: &str) -> Result<SalonContent, Vec<ContentError>> {
    parse_json(json)
        .and_then(read_js::read)
        .map_err(|e| vec![e])
}

/// The content a widget shows: the bundled content with the salon's own
/// applied when it is valid (else the bundled content and one console error
/// listing every problem with its path), and the `open-category` first.
pub fn for_widget(
    salon_json: Option<&str>,
    settings: &mut Settings,
    said: &mut Vec<String>,
) -> Rc<Content> {
    let bundled = bundled();
    let mut content = match salon_json {
        None => bundled,
        Some(json) => with_salon(json, bundled, settings.content_mode, said),
    };
    if let Some(id) = settings.open_category.take() {
        open_first(&mut content, id, settings, said);
    }
    content
}

// The rarer paths are functions of their own, not inlined into `mount`: the
// browser compiles a wasm function on its first call, so code that most
// pages never run then costs nothing on load.

/// The bundled content with the salon's applied, or the bundled content and
/// one console error listing every problem with its path.
#[inline(never)]
fn with_salon(json: &str, bundled: Rc<Content>, mode: Mode, said: &mut Vec<String>) -> Rc<Content> {
    match salon_from(json).and_then(|salon| salon.apply(&bundled, mode)) {
        Ok(content) => Rc::new(content),
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            let text = format!(
                "the salon's content has errors, showing the bundled content instead:\n{}",
                list.join("\n")
            );
            web_sys::console::error_1(&format!("pmu-care: {text}").into());
            said.push(text);
            bundled
        }
    }
}

/// Moves the `open-category` to the top (it also starts open), or warns
/// that the FAQ has no such category.
#[inline(never)]
fn open_first(
    content: &mut Rc<Content>,
    id: String,
    settings: &mut Settings,
    said: &mut Vec<String>,
) {
    match content.faq.categories.iter().position(|c| c.id == id) {
        Some(i) => {
            let faq = &mut Rc::make_mut(content).faq;
            let category = faq.categories.remove(i);
            faq.categories.insert(0, category);
            settings.open_category = Some(id);
        }
        None => {
            let known: Vec<&str> = content
                .faq
                .categories
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            let text = format!(
                "open-category=\"{id}\" is not a category of the FAQ ({}); ignoring it",
                known.join(", ")
            );
            console::say(said, text);
        }
    }
}
