//! The thin wasm32 shell: Yew components over the pure core, plus the two
//! functions the JavaScript loader (`loader.js`) calls to mount and destroy.

mod api;
mod components;
mod console;
mod content;
mod listen;
mod options;
mod read_js;
mod state;
mod summary;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use std::rc::Rc;

use crate::web::components::app::{App, AppProps};

/// One mounted widget; the loader keeps it and calls `destroy` on teardown.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    said: Vec<String>,
}

#[wasm_bindgen]
impl Widget {
    /// What was said on the console about the settings and the salon's
    /// content, for the loader's `preview` panel.
    pub fn notices(&self) -> Vec<String> {
        self.said.clone()
    }

    /// Unmounts the Yew app; the loader then removes the container node.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            destroy_when_created(app);
        }
    }
}

/// Yew runs pending destroys before pending creates, so an app destroyed
/// before its scheduler first ran (a widget removed right after it was
/// added) would be created afterwards and live on, unseen, with its window
/// listeners. So destroy only once the app exists, checking again after the
/// scheduler's next turn.
fn destroy_when_created(app: AppHandle<App>) {
    if app.get_component().is_some() {
        app.destroy();
    } else {
        yew::platform::spawn_local(async move {
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
            destroy_when_created(app);
        });
    }
}

/// Reads the next part of the bundled content, which every widget on the
/// page shares; true while there is more. The loader calls it in tasks of
/// their own between instantiating the module and the first render, so
/// that none of them is one long task.
#[wasm_bindgen]
pub fn prepare() -> bool {
    content::read_bundled_step().is_none()
}

/// Renders a widget into `root` (an element inside the widget's shadow root).
/// `options` are `[attribute name, text]` pairs; values are understood or
/// reported and ignored. `salon_json` is the salon's own content, as JSON text.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue, salon_json: Option<String>) -> Widget {
    let mut said = Vec::new();
    let mut settings = options::settings_from_js(options, &mut said);
    let content = content::for_widget(salon_json.as_deref(), &mut settings, &mut said);
    let lang = options::start_language(&content, &settings);
    let props = AppProps {
        content,
        settings: Rc::new(settings),
        lang: lang.into(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Widget {
        app: Some(app),
        said,
    }
}
