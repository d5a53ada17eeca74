//! The content in the browser: parsed by the browser's own `JSON.parse` and
//! read with serde-wasm-bindgen, so the wasm carries no JSON parser.

use wasm_bindgen::JsValue;

use crate::core::content::{Content, ContentError, BUNDLED_JSON};

/// Parses and checks content JSON text, as `Content::parse` does on the host.
pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
    let value = js_sys::JSON::parse(json).map_err(|e| {
        let reason = js_sys::Error::from(e).message();
        vec![ContentError::at("", format!("invalid JSON: {reason}"))]
    })?;
    from_js(value)
}

pub fn from_js(value: JsValue) -> Result<Content, Vec<ContentError>> {
    Content::from_deserializer(serde_wasm_bindgen::Deserializer::from(value))
}

/// The content built into the widget (checked by the host tests).
pub fn bundled() -> Content {
    parse(BUNDLED_JSON).expect("bundled content is checked by the tests")
}
