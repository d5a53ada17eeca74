//! The FAQ: categories of questions, each an accordion (WAI-ARIA pattern).

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::Content;
use crate::web::components::faq_entry::FaqEntry;

#[derive(Clone, PartialEq, Properties)]
pub struct FaqProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
}

#[function_component]
pub fn Faq(props: &FaqProps) -> Html {
    let open = use_state(HashSet::<String>::new);
    let content = &props.content;
    let fallback = content.languages.first().map_or("en", String::as_str);
    let lang = props.lang.as_str();

    let categories = content.faq.categories.iter().map(|cat| {
        let entries = content.entries_in(&cat.id).map(|entry| {
            let is_open = open.contains(&entry.id);
            let ontoggle = {
                let open = open.clone();
                let id = entry.id.clone();
                Callback::from(move |_| {
                    let mut next = (*open).clone();
                    if !next.remove(&id) {
                        next.insert(id.clone());
                    }
                    open.set(next);
                })
            };
            html! {
                <FaqEntry key={entry.id.clone()} entry={entry.clone()} lang={props.lang.clone()}
                    fallback={AttrValue::from(fallback.to_string())} open={is_open} {ontoggle} />
            }
        });
        html! {
            <section class="pmu-category" key={cat.id.clone()} aria-labelledby={format!("pmu-cat-{}", cat.id)}>
                <h2 class="pmu-category-title" id={format!("pmu-cat-{}", cat.id)}>{ cat.title.get(lang, fallback) }</h2>
                <div class="pmu-accordion">{ for entries }</div>
            </section>
        }
    });

    html! {
        <div class="pmu-faq">{ for categories }</div>
    }
}
