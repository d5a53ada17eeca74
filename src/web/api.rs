//! The JavaScript API beside `mount`: `PmuCare.check(content)` and
//! `PmuCare.triage(input)`, on the same types and engine as the widget, in
//! and out through serde-wasm-bindgen (in through `read_js`).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::core::engine::{triage as run_triage, Input};
use crate::core::error::ContentError;
use crate::core::report::Report;
use crate::core::salon::{Mode, SalonContent};
use crate::web::content::{bundled, parse_json};
use crate::web::{options, read_js};

#[derive(Serialize)]
struct CheckResult {
    ok: bool,
    errors: Vec<PathError>,
}

#[derive(Serialize)]
struct PathError {
    path: String,
    message: String,
}

fn path_errors(errors: Vec<ContentError>) -> Vec<PathError> {
    errors
        .into_iter()
        .map(|e| PathError {
            path: e.path,
            message: e.message,
        })
        .collect()
}

/// Checks a salon's content file (JSON text or a parsed object) as the
/// widget would, against the bundled content. (A complete content file is
/// checked by `pmu-content check`; its validator stays out of the wasm.)
#[wasm_bindgen]
pub fn check(content: JsValue, mode: Option<String>) -> Result<JsValue, JsError> {
    let value = match content.as_string() {
        Some(text) => parse_json(&text),
        None => Ok(content),
    };
    let mode = if mode.as_deref() == Some("replace") {
        Mode::Replace
    } else {
        Mode::Add
    };
    let errors = match value.and_then(read_js::read::<SalonContent>) {
        Err(e) => vec![e],
        Ok(salon) => salon.check(&bundled(), mode),
    };
    to_js(&CheckResult {
        ok: errors.is_empty(),
        errors: path_errors(errors),
    })
}

/// `PmuCare.checkSettings([[name, text], ...])`: what a widget would make
/// of these settings, as notices `{ setting, value, text }` (`value` is what
/// it uses when it read the value from text around it, null when it drops
/// it); none for values taken as they are. The configurator shows them.
#[wasm_bindgen(js_name = checkSettings)]
pub fn check_settings(settings: JsValue) -> Result<JsValue, JsError> {
    to_js(&options::check(settings).1)
}

/// What `PmuCare.triage` takes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageInput {
    procedure: String,
    day: u32,
    #[serde(default)]
    signs: Vec<String>,
    #[serde(default)]
    risks: Vec<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// The checker's answer for `{ procedure, day, signs, risks, lang }`, as
/// the widget shows it: level, words, reasons, safety net, sources.
#[wasm_bindgen]
pub fn triage(input: JsValue) -> Result<JsValue, JsError> {
    let input: TriageInput =
        read_js::read(input).map_err(|e| JsError::new(&format!("PmuCare.triage: {e}")))?;
    let content = bundled();
    let c = &content.checker;
    let mut unknown = Vec::new();
    if c.procedure(&input.procedure).is_none() {
        unknown.push(format!("procedure \"{}\"", input.procedure));
    }
    for s in input.signs.iter().filter(|s| c.sign(s).is_none()) {
        unknown.push(format!("sign \"{s}\""));
    }
    for r in input
        .risks
        .iter()
        .filter(|r| !c.risk_factors.iter().any(|f| f.id == **r))
    {
        unknown.push(format!("risk factor \"{r}\""));
    }
    if !unknown.is_empty() {
        return Err(JsError::new(&format!(
            "PmuCare.triage: unknown {}",
            unknown.join(", ")
        )));
    }
    let lang = content
        .pick_language(input.lang.as_deref().unwrap_or(""))
        .to_string();
    let engine_input = Input {
        procedure: input.procedure,
        day: input.day,
        signs: input.signs,
        risks: input.risks,
    };
    let result = run_triage(c, &engine_input);
    to_js(&Report::new(&content, &engine_input, &result, &lang))
}

/// Plain objects and arrays, as `JSON.parse` would give.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
