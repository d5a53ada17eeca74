//! One question and its answer: a heading wrapping a button that controls a
//! labelled region (WAI-ARIA accordion pattern). The panel stays in the DOM
//! when closed so its text is there for assistive technology once opened.

use yew::prelude::*;

use crate::core::faq::{Block, Entry};

#[derive(Clone, PartialEq, Properties)]
pub struct FaqEntryProps {
    pub entry: Entry,
    pub lang: AttrValue,
    pub fallback: AttrValue,
    pub open: bool,
    pub ontoggle: Callback<()>,
}

#[function_component]
pub fn FaqEntry(props: &FaqEntryProps) -> Html {
    let FaqEntryProps {
        entry,
        lang,
        fallback,
        open,
        ..
    } = props;
    let (lang, fallback) = (lang.as_str(), fallback.as_str());
    let button_id = format!("pmu-q-{}", entry.id);
    let panel_id = format!("pmu-a-{}", entry.id);
    let onclick = {
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |_: MouseEvent| ontoggle.emit(()))
    };
    let blocks = entry.answer.iter().map(|block| match block {
        Block::P(text) => html! { <p>{ text.get(lang, fallback) }</p> },
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|t| html! { <li>{ t.get(lang, fallback) }</li> }) }</ul>
        },
    });

    html! {
        <div class={classes!("pmu-entry", open.then_some("pmu-open"))}>
            <h3 class="pmu-question">
                <button type="button" id={button_id.clone()} class="pmu-toggle"
                    aria-expanded={open.to_string()} aria-controls={panel_id.clone()} {onclick}>
                    <span class="pmu-question-text">{ entry.question.get(lang, fallback) }</span>
                    <span class="pmu-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div id={panel_id} class="pmu-answer" role="region" aria-labelledby={button_id} hidden={!open}>
                { for blocks }
            </div>
        </div>
    }
}
