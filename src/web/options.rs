//! Settings from the loader (element attributes or `PmuCare.mount` options)
//! into checked `Settings`, and the language to start in.

use wasm_bindgen::JsValue;

use crate::core::content::Content;
use crate::core::settings::{RawSettings, Settings};

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("pmu-care: {message}").into());
}

/// Reads a JS options object (the loader has made every value a string)
/// with serde (`read_js`). Each invalid value is reported once on the
/// console and replaced by the default, never thrown at the host page.
pub fn settings_from_js(options: JsValue) -> Settings {
    let raw: RawSettings = if options.is_undefined() || options.is_null() {
        RawSettings::default()
    } else {
        crate::web::read_js::read(options).unwrap_or_else(|e| {
            warn(&format!(
                "the options could not be read ({e}); using defaults"
            ));
            RawSettings::default()
        })
    };
    let (settings, warnings) = raw.check();
    for w in warnings {
        warn(&w);
    }
    settings
}

/// The first language the content has among: the setting (the element's
/// `lang`), the page's `<html lang>`, the browser's; else the content's first.
pub fn start_language(content: &Content, settings: &Settings) -> String {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = window.as_ref().and_then(|w| w.navigator().language());
    [settings.lang.clone(), page, browser]
        .into_iter()
        .flatten()
        .find_map(|wanted| content.supports(&wanted).map(str::to_string))
        .unwrap_or_else(|| content.pick_language("").to_string())
}
