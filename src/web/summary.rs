//! Copy and print the result summary, with the facts only the page knows
//! (today's date, the salon's contact). Printing uses a hidden iframe built
//! with DOM calls and styled through CSSOM (no inline `style` attributes, no
//! `document.write`), so it works under a strict Content-Security-Policy and
//! prints only the summary, not the host page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::core::report::{Report, SummaryFacts};
use crate::core::settings::Settings;
use crate::core::ui_text::UiText;

/// Today and the day of the procedure, `day` days back, as the visitor's
/// browser writes a date in `lang` ("2 December 2026", "2 de diciembre de
/// 2026"; in the visitor's own variant, en-GB or es-MX, when it is one of
/// `lang`), and the salon's name and phone.
pub fn facts(settings: &Settings, day: u32, lang: &str) -> SummaryFacts {
    let locale = web_sys::window()
        .and_then(|w| w.navigator().language())
        .filter(|l| l.starts_with(lang))
        .unwrap_or_else(|| lang.to_string());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let now = js_sys::Date::now();
    let date = |ms: f64| {
        let date = js_sys::Date::new(&ms.into());
        String::from(date.to_locale_date_string(&locale, &options))
    };
    let salon: Vec<&str> = [&settings.salon_name, &settings.phone]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    SummaryFacts {
        checked_on: Some(date(now)),
        procedure_on: Some(date(now - f64::from(day) * 86_400_000.0)),
        salon: (!salon.is_empty()).then(|| salon.join(", ")),
    }
}

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
pub fn print(report: &Report, ui: &UiText, facts: &SummaryFacts, lang: &str) {
    if let Err(e) = try_print(report, ui, facts, lang) {
        web_sys::console::warn_2(&"pmu-care: could not print the summary:".into(), &e);
    }
}

fn try_print(
    report: &Report,
    ui: &UiText,
    facts: &SummaryFacts,
    lang: &str,
) -> Result<(), wasm_bindgen::JsValue> {
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
    let sheet: web_sys::HtmlElement = doc.create_element("div")?.unchecked_into();
    for (name, value) in [
        (
            "font-family",
            "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
        ),
        ("font-size", "11pt"),
        ("line-height", "1.45"),
        ("margin", "1.5cm"),
    ] {
        sheet.style().set_property(name, value)?;
    }
    // The first heading is the page's; each section's, a subheading.
    for (i, (heading, lines)) in report.summary(ui, facts).iter().enumerate() {
        let tag = if i == 0 { "h1" } else { "h2" };
        let parts = std::iter::once((tag, heading)).chain(lines.iter().map(|l| ("p", l)));
        for (tag, text) in parts.filter(|(_, text)| !text.is_empty()) {
            let part: web_sys::HtmlElement = doc.create_element(tag)?.unchecked_into();
            part.set_text_content(Some(text));
            let (size, margin) = if tag == "p" {
                ("1em", "0.2em 0")
            } else {
                ("1.15em", "0.9em 0 0.2em")
            };
            part.style().set_property("font-size", size)?;
            part.style().set_property("margin", margin)?;
            sheet.append_child(&part)?;
        }
    }
    body.append_child(&sheet)?;
    win.print()?;
    frame.remove();
    Ok(())
}
