//! Component tests in headless Chromium (`wasm-pack test --headless --chrome`):
//! the widget is mounted into a shadow root, as the loader does, and driven
//! through the real DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pmu_care::core::content::Content;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with an open shadow root holding the widget, and the
/// widget handle (dropped at the end of the test).
struct Mounted {
    host: Element,
    shadow: ShadowRoot,
    widget: pmu_care::web::Widget,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.widget.destroy();
        self.host.remove();
    }
}

async fn mount(options: JsValue) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let container = document.create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    let widget = pmu_care::web::mount(container, options);
    tick().await;
    Mounted {
        host,
        shadow,
        widget,
    }
}

/// Lets Yew render what the last event scheduled.
async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

fn all(shadow: &ShadowRoot, selector: &str) -> Vec<HtmlElement> {
    let list = shadow.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .collect()
}

fn one(shadow: &ShadowRoot, selector: &str) -> HtmlElement {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn every_bundled_question_is_rendered_in_its_category() {
    let w = mount(JsValue::UNDEFINED).await;
    let content = Content::bundled();
    let sections = all(&w.shadow, ".pmu-category");
    assert_eq!(sections.len(), content.faq.categories.len());
    let buttons = all(&w.shadow, ".pmu-toggle");
    assert_eq!(buttons.len(), content.faq.entries.len());
    for (button, entry) in buttons.iter().zip(&content.faq.entries) {
        assert_eq!(
            button.text_content().unwrap(),
            entry.question.get("en", "en")
        );
    }
}

#[wasm_bindgen_test]
async fn clicking_a_question_opens_and_closes_its_answer() {
    let w = mount(JsValue::UNDEFINED).await;
    let button = one(&w.shadow, "#pmu-q-warning-signs");
    let panel = one(&w.shadow, "#pmu-a-warning-signs");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(panel.hidden());

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!panel.hidden());
    assert!(panel.text_content().unwrap().contains("emergency"));

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(panel.hidden());
}

#[wasm_bindgen_test]
async fn each_panel_is_labelled_by_the_button_that_controls_it() {
    let w = mount(JsValue::UNDEFINED).await;
    for button in all(&w.shadow, ".pmu-toggle") {
        let panel_id = button.get_attribute("aria-controls").unwrap();
        let panel = one(&w.shadow, &format!("#{panel_id}"));
        assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(button.id()));
        let heading = button.parent_element().unwrap();
        assert_eq!(heading.tag_name(), "H3", "the button sits in a heading");
    }
}

#[wasm_bindgen_test]
async fn opening_one_question_leaves_the_others_shut() {
    let w = mount(JsValue::UNDEFINED).await;
    one(&w.shadow, "#pmu-q-laser-removal").click();
    tick().await;
    let open: Vec<String> = all(&w.shadow, ".pmu-toggle[aria-expanded=true]")
        .iter()
        .map(|b| b.id())
        .collect();
    assert_eq!(open, vec!["pmu-q-laser-removal".to_string()]);
}

#[wasm_bindgen_test]
async fn invalid_options_fall_back_to_defaults() {
    let options = js_sys::JSON::parse(r#"{"lang": 42}"#).unwrap();
    let w = mount(options).await;
    assert_eq!(
        all(&w.shadow, ".pmu-toggle").len(),
        Content::bundled().faq.entries.len()
    );
    assert_eq!(
        one(&w.shadow, ".pmu").get_attribute("lang").as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn spanish_is_shown_when_asked_for_and_unknown_languages_fall_back() {
    let options = js_sys::JSON::parse(r#"{"lang": "es-MX"}"#).unwrap();
    let w = mount(options).await;
    assert_eq!(
        one(&w.shadow, ".pmu").get_attribute("lang").as_deref(),
        Some("es")
    );
    assert_eq!(
        one(&w.shadow, ".pmu-category-title")
            .text_content()
            .unwrap(),
        "Lo básico"
    );
    assert_eq!(
        one(&w.shadow, ".pmu-toggle").text_content().unwrap(),
        "¿Qué es la micropigmentación?"
    );

    let options = js_sys::JSON::parse(r#"{"lang": "fr"}"#).unwrap();
    let w = mount(options).await;
    assert_eq!(
        one(&w.shadow, ".pmu").get_attribute("lang").as_deref(),
        Some("en")
    );
}
