//! Reading content from JSON text with serde (the host: CLI and tests),
//! with the JSON path of the problem in the error (`serde_path_to_error`).
//! serde_json shows serde every key, so `deny_unknown_fields` holds. The
//! browser reads a `JSON.parse`d value the same way: `web/read_js.rs`.

use serde::de::DeserializeOwned;

use crate::core::error::ContentError;

/// Reads a `T` from JSON text (the host: CLI and tests). Broken JSON is
/// said to be so, with its line and column.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    // A byte-order mark, as some editors save it, is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json_error = |path: &str, e: serde_json::Error| {
        if e.is_syntax() || e.is_eof() {
            ContentError::at(path, format!("invalid JSON: {e}"))
        } else {
            ContentError::at(path, e.to_string())
        }
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| json_error(&path_of(e.path()), e.into_inner()))?;
    de.end().map_err(|e| json_error("", e))?;
    Ok(value)
}

/// `faq.entries[3].question`, or "" for the whole document. A key still
/// being read when the error came (serde_path_to_error's `?`) is left out.
fn path_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}
