//! Settings from the loader (element attributes or `PmuCare.mount` options)
//! into checked `Settings`, and the language to start in.

use wasm_bindgen::JsValue;

use crate::core::content::Content;
use crate::core::settings::{Notice, RawSettings, Settings};
use crate::web::console::{say, warn};
use crate::web::content::bundled;

/// Reads the loader's `[name, text]` pairs with serde (`read_js`) and
/// checks them against the bundled content's languages.
pub fn check(options: JsValue) -> (Settings, Vec<Notice>) {
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
    raw.check(&bundled().languages)
}

/// The checked settings; each notice is said once on the console (and
/// kept for the page's preview panel), never thrown at the host page.
pub fn settings_from_js(options: JsValue, said: &mut Vec<String>) -> Settings {
    let (settings, notices) = check(options);
    for n in notices {
        say(said, n.text);
    }
    settings
}

/// The first language the content has, among those offered (`languages`),
/// from: the setting (the element's `lang`), the page's `<html lang>`, the
/// browser's; else the first offered.
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
        .find_map(|wanted| {
            content
                .supports(&wanted)
                .filter(|l| settings.offers(l))
                .map(str::to_string)
        })
        .or_else(|| settings.languages.first().cloned())
        .unwrap_or_else(|| content.pick_language("").to_string())
}
