//! The content in the browser: the bundled content, and a salon's applied
//! to it. Both cross into Rust the same way: the browser's `JSON.parse`,
//! then serde (`read_js`: unknown keys refused, errors with JSON paths). A
//! salon's content is then checked; the bundled content was checked by the
//! host tests and is only read.

use std::cell::RefCell;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use crate::core::content::{Content, BUNDLED_JSON};
use crate::core::error::ContentError;
use crate::core::faq::Faq;
use crate::core::salon::{Mode, SalonContent};
use crate::core::settings::Settings;
use crate::web::{console, read_js};

/// The bundled content, read once per page and shared by every widget on
/// it. The host tests check it (`tests/content.rs`), so here it is only
/// read, in two steps that the loader runs in tasks of their own: the
/// languages and the FAQ, which the first render needs, then the checker
/// (two thirds of the text). Read in one go it was a task of 62 to 84 ms
/// at 4x CPU throttling, which a phone's visitor would feel.
enum Bundled {
    Unread,
    Half {
        json: JsValue,
        languages: Vec<String>,
        faq: Faq,
    },
    Read(Rc<Content>),
}

thread_local! {
    static BUNDLED: RefCell<Bundled> = const { RefCell::new(Bundled::Unread) };
}

/// Reads the next part of the bundled content; the content once it is all read.
pub fn read_bundled_step() -> Option<Rc<Content>> {
    fn part<T: DeserializeOwned>(json: &JsValue, key: &str) -> T {
        js_sys::Reflect::get(json, &key.into())
            .ok()
            .and_then(|v| read_js::read(v).ok())
            .expect("bundled content is checked by the tests")
    }
    BUNDLED.with(|cell| {
        let mut bundled = cell.borrow_mut();
        *bundled = match std::mem::replace(&mut *bundled, Bundled::Unread) {
            Bundled::Unread => {
                let json =
                    parse_json(BUNDLED_JSON).expect("bundled content is checked by the tests");
                Bundled::Half {
                    languages: part(&json, "languages"),
                    faq: part(&json, "faq"),
                    json,
                }
            }
            Bundled::Half {
                json,
                languages,
                faq,
            } => Bundled::Read(Rc::new(Content {
                languages,
                faq,
                checker: part(&json, "checker"),
            })),
            read => read,
        };
        match &*bundled {
            Bundled::Read(content) => Some(content.clone()),
            _ => None,
        }
    })
}

/// The bundled content, shared by every widget on the page.
pub fn bundled() -> Rc<Content> {
    loop {
        if let Some(content) = read_bundled_step() {
            return content;
        }
    }
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
