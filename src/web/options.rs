//! Options a salon passes to `PmuCare.mount` or sets as attributes.

use serde::Deserialize;
use wasm_bindgen::JsValue;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Preferred language code ("en", "es-MX", ...); falls back as documented.
    pub lang: Option<String>,
}

impl Options {
    /// Reads a JS options object; anything unreadable is reported once on the
    /// console and replaced by the defaults, never thrown at the host page.
    pub fn from_js(value: JsValue) -> Options {
        if value.is_undefined() || value.is_null() {
            return Options::default();
        }
        serde_wasm_bindgen::from_value(value).unwrap_or_else(|e| {
            web_sys::console::warn_1(
                &format!("pmu-care: ignoring invalid options ({e}); using defaults").into(),
            );
            Options::default()
        })
    }

    /// The language asked for: the option, else the page's `<html lang>`,
    /// else the browser's.
    pub fn wanted_language(&self) -> String {
        let page = || {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
        };
        let browser = || web_sys::window().and_then(|w| w.navigator().language());
        self.lang
            .clone()
            .filter(|l| !l.trim().is_empty())
            .or_else(page)
            .filter(|l| !l.trim().is_empty())
            .or_else(browser)
            .unwrap_or_default()
    }
}
