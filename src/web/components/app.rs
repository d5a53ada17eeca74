//! The widget's root: picks the content and language, lays out the parts.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::Content;
use crate::web::components::faq::Faq;
use crate::web::options::Options;

#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
}

impl AppProps {
    pub fn new(options: Options) -> AppProps {
        let content = crate::web::content::bundled();
        let lang = content
            .pick_language(&options.wanted_language())
            .to_string();
        AppProps {
            content: Rc::new(content),
            lang: lang.into(),
        }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <div class="pmu" lang={props.lang.clone()}>
            <Faq content={props.content.clone()} lang={props.lang.clone()} />
        </div>
    }
}
