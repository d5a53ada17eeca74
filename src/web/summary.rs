//! Copy and print the result summary. Printing uses a hidden iframe built
//! with DOM calls and styled through CSSOM (no inline `style` attributes, no
//! `document.write`), so it works under a strict Content-Security-Policy and
//! prints only the summary, not the host page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::core::report::Report;
use crate::core::ui_text::UiText;

/// Copies `text` to the clipboard; `done` gets whether it worked.
pub fn copy(text: String, done: Callback<bool>) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// Prints a one-page summary of `report`.
pub fn print(report: &Report, ui: &UiText, lang: &str) {
    if let Err(e) = try_print(report, ui, lang) {
        web_sys::console::warn_2(&"pmu-care: could not print the summary:".into(), &e);
    }
}

fn try_print(report: &Report, ui: &UiText, lang: &str) -> Result<(), wasm_bindgen::JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let frame: web_sys::HtmlIFrameElement = document.create_element("iframe")?.dyn_into()?;
    frame.set_title(ui.summary_title);
    for (name, value) in [
        ("position", "fixed"),
        ("width", "0"),
        ("height", "0"),
        ("border", "0"),
        ("right", "0"),
        ("bottom", "0"),
    ] {
        frame.style().set_property(name, value)?;
    }
    frame.set_attribute("data-pmu-print", "")?;
    document.body().ok_or("no body")?.append_child(&frame)?;
    let doc = frame.content_document().ok_or("no frame document")?;
    let win = frame.content_window().ok_or("no frame window")?;
    doc.document_element()
        .ok_or("no root")?
        .set_attribute("lang", lang)?;
    doc.set_title(ui.summary_title);
    let body = doc.body().ok_or("no frame body")?;
    // Made in the frame's realm, so `instanceof HTMLElement` (what dyn_into
    // checks) is false here; the cast is still right.
    let pre: web_sys::HtmlElement = doc.create_element("pre")?.unchecked_into();
    pre.set_text_content(Some(&report.plain_text(ui)));
    for (name, value) in [
        ("white-space", "pre-wrap"),
        (
            "font-family",
            "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
        ),
        ("font-size", "11pt"),
        ("line-height", "1.45"),
        ("margin", "1.5cm"),
    ] {
        pre.style().set_property(name, value)?;
    }
    body.append_child(&pre)?;
    win.print()?;
    frame.remove();
    Ok(())
}
