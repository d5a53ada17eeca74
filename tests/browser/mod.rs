//! Helpers for the component tests in headless Chromium: mount the widget
//! into a shadow root as the loader does, then drive it through the real DOM.

// Shared by several test crates; each uses only some of the helpers.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
    ShadowRoot, ShadowRootInit, ShadowRootMode,
};

/// A host element with an open shadow root holding the widget.
pub struct Mounted {
    pub host: Element,
    pub shadow: ShadowRoot,
    widget: pmu_care::web::Widget,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.widget.destroy();
        self.host.remove();
    }
}

/// Mounts with a clean location fragment: opening a question writes
/// `#pmu-care/<id>`, which the next widget would otherwise follow.
pub async fn mount(options: &str) -> Mounted {
    mount_at("", options).await
}

/// Mounts with the location fragment set to `hash` first (a deep link).
pub async fn mount_at(hash: &str, options: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = if hash.is_empty() {
        path
    } else {
        format!("{path}#{hash}")
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let container = document.create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    let options = if options.is_empty() {
        JsValue::UNDEFINED
    } else {
        pairs(options)
    };
    let widget = pmu_care::web::mount(container, options, None);
    tick().await;
    Mounted {
        host,
        shadow,
        widget,
    }
}

/// Lets Yew render what the last event scheduled: waits until the widgets'
/// DOM has stopped changing (a loaded machine can take longer than a fixed
/// sleep, and effects may dispatch a second render).
pub async fn tick() {
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    let snapshot = || {
        let list = body.query_selector_all("div").unwrap();
        (0..list.length())
            .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok()?.shadow_root())
            .map(|s| s.inner_html())
            .collect::<Vec<_>>()
    };
    let mut before = snapshot();
    for _ in 0..200 {
        yew::platform::time::sleep(Duration::from_millis(15)).await;
        let now = snapshot();
        if now == before {
            return;
        }
        before = now;
    }
}

impl Mounted {
    pub fn all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.shadow.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.get(i).unwrap().dyn_into::<HtmlElement>().unwrap())
            .collect()
    }

    pub fn one(&self, selector: &str) -> HtmlElement {
        self.shadow
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dyn_into()
            .unwrap()
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.shadow.query_selector_all(selector).unwrap().length()
    }

    /// Any element, SVG included.
    pub fn element(&self, selector: &str) -> Element {
        self.shadow
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn exists(&self, selector: &str) -> bool {
        self.shadow.query_selector(selector).unwrap().is_some()
    }

    pub fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    pub async fn click(&self, selector: &str) {
        self.one(selector).click();
        tick().await;
    }

    /// Types into an input as a user would: sets the value, fires `input`.
    pub async fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.one(selector).dyn_into().unwrap();
        input.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        tick().await;
    }

    pub async fn key(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.one(selector).dispatch_event(&event).unwrap();
        tick().await;
    }

    /// The id of the focused element inside the widget.
    pub fn focused(&self) -> String {
        self.shadow
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }
}

/// Options written as a `mount` object (`{"salonName": "..."}`) as the
/// loader hands them over: `[attribute name, text]` pairs.
fn pairs(options: &str) -> JsValue {
    let object = js_sys::JSON::parse(options).unwrap();
    let out = js_sys::Array::new();
    for entry in js_sys::Object::entries(object.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let camel = entry.get(0).as_string().unwrap();
        let mut name = String::new();
        for c in camel.chars() {
            if c.is_ascii_uppercase() {
                name.push('-');
                name.push(c.to_ascii_lowercase());
            } else {
                name.push(c);
            }
        }
        let value = entry.get(1);
        let text = value
            .as_string()
            .unwrap_or_else(|| js_sys::JSON::stringify(&value).unwrap().into());
        out.push(&js_sys::Array::of2(&name.into(), &text.into()));
    }
    out.into()
}
