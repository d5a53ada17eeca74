//! What the widget says on the browser console, kept for the loader's
//! `preview` panel too.

/// Warns on the console, prefixed "pmu-care: ".
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("pmu-care: {message}").into());
}

/// Warns with `text` and keeps it for the page's preview panel.
pub fn say(said: &mut Vec<String>, text: String) {
    warn(&text);
    said.push(text);
}
