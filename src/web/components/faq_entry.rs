//! One question and its answer: a heading wrapping a button that controls a
//! labelled region (WAI-ARIA accordion pattern). A closed answer is
//! `hidden="until-found"`, so the browser's find-in-page still finds it and
//! opens it. Clicks, keys and `beforematch` are handled once for every
//! question by the FAQ (`on_click`, `on_keydown` here; `faq.rs`).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::content::Content;
use crate::core::dom_ids::{ANSWER, DEEP_LINK, QUESTION};
use crate::core::faq::{Block, Entry};
use crate::core::search;
use crate::web::state::{FaqAction, FaqState, Reveal};

#[derive(Clone, PartialEq, Properties)]
pub struct FaqEntryProps {
    /// The content and the entry's index in it: cheap to pass and compare
    /// (no clone of the entry's texts on every render).
    pub content: Rc<Content>,
    pub index: usize,
    pub lang: AttrValue,
    pub open: bool,
    /// Search words to highlight.
    pub words: Rc<Vec<Vec<String>>>,
    /// Set (with a new number each time) to scroll to and focus this question.
    pub reveal: Option<Reveal>,
}

/// Text with the search words wrapped in `<mark>`.
pub fn highlighted(text: &str, words: &[Vec<String>]) -> Html {
    if words.is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for search::split(text, words).into_iter().map(|(piece, hit)| if hit {
            html! { <mark>{ piece.to_string() }</mark> }
        } else {
            html! { { piece.to_string() } }
        }) }
    }
}

#[function_component]
pub fn FaqEntry(props: &FaqEntryProps) -> Html {
    let FaqEntryProps {
        content,
        open,
        words,
        ..
    } = props;
    let entry: &Entry = &content.faq.entries[props.index];
    let lang = props.lang.as_str();
    let fallback = content.languages.first().map_or("en", String::as_str);
    let button_id = QUESTION.write(&entry.id);
    let panel_id = ANSWER.write(&entry.id);
    let button = use_node_ref();

    // Deep link: bring the question into view and give it focus.
    {
        let button = button.clone();
        use_effect_with(props.reveal.clone(), move |reveal| {
            if reveal.is_some() {
                if let Some(el) = button.cast::<web_sys::HtmlElement>() {
                    el.scroll_into_view();
                    let _ = el.focus();
                }
            }
        });
    }

    let mut answer = html! {
        // A landmark only while open: closed answers would be empty regions.
        <div id={panel_id.clone()} class="pmu-answer" role={open.then_some("region")}
            aria-labelledby={open.then(|| button_id.clone())}>
            <Answer content={content.clone()} index={props.index} lang={props.lang.clone()} words={words.clone()} />
        </div>
    };
    // A closed answer is `hidden="until-found"` in the render itself, so no
    // frame shows it open and a click needs no second pass (the html! macro
    // only writes `hidden` as a boolean).
    if let (false, Html::VTag(tag)) = (*open, &mut answer) {
        Rc::make_mut(tag).add_attribute("hidden", "until-found");
    }

    html! {
        <div class="pmu-entry">
            <h3 class="pmu-question">
                <button type="button" id={button_id.clone()} class="pmu-toggle" ref={button}
                    aria-expanded={open.to_string()} aria-controls={panel_id.clone()}>
                    <span class="pmu-question-text">{ highlighted(entry.question.get(lang, fallback), words) }</span>
                    <span class="pmu-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            { answer }
        </div>
    }
}

#[derive(Clone, PartialEq, Properties)]
struct AnswerProps {
    content: Rc<Content>,
    index: usize,
    lang: AttrValue,
    words: Rc<Vec<Vec<String>>>,
}

/// The answer's paragraphs and lists: a component of its own so that opening
/// or closing the answer does not rebuild them.
#[function_component]
fn Answer(props: &AnswerProps) -> Html {
    let content = &props.content;
    let (lang, words) = (props.lang.as_str(), props.words.as_slice());
    let fallback = content.languages.first().map_or("en", String::as_str);
    let blocks = content.faq.entries[props.index]
        .answer
        .iter()
        .map(|block| match block {
            Block::P(text) => html! { <p>{ highlighted(text.get(lang, fallback), words) }</p> },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|t| html! { <li>{ highlighted(t.get(lang, fallback), words) }</li> }) }</ul>
            },
        });
    html! { <>{ for blocks }</> }
}

/// A click on a question (anywhere in it) opens or closes its answer.
pub fn on_click(e: &MouseEvent, state: &UseReducerHandle<FaqState>) {
    let Some(id) = question_id(e) else {
        return;
    };
    link_to(&id, !state.open.contains(&id));
    state.dispatch(FaqAction::Toggle(id));
}

/// Up/Down/Home/End on a question move focus between questions.
pub fn on_keydown(e: &KeyboardEvent) {
    let step = match e.key().as_str() {
        "ArrowDown" => Move::Next,
        "ArrowUp" => Move::Previous,
        "Home" => Move::First,
        "End" => Move::Last,
        _ => return,
    };
    if question_id(e).is_some() {
        e.prevent_default();
        move_focus(e, step);
    }
}

/// The id of the question an event happened in, if any.
fn question_id(e: &Event) -> Option<String> {
    let button = e
        .target_dyn_into::<web_sys::Element>()?
        .closest(".pmu-toggle")
        .ok()??;
    QUESTION.read(&button.id()).map(str::to_string)
}

/// On opening, puts `#pmu-care/<id>` in the address bar; on closing, takes
/// it out again if it is there (a shared link should not open a question
/// the visitor closed). Without scrolling the page, once the browser is
/// idle: `replaceState` can take milliseconds, and the answer should be on
/// screen first.
fn link_to(id: &str, open: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = DEEP_LINK.write(id);
    let write = Closure::once_into_js(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let url = if open {
            fragment
        } else if location.hash().ok().as_deref() == Some(fragment.as_str()) {
            // The address without its fragment: path and query as they are.
            format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            )
        } else {
            return;
        };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    });
    // Not every browser has requestIdleCallback; a timeout also runs after
    // the click's own work.
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let _ = match idle {
        Some(idle) => {
            let within = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&within, &"timeout".into(), &200.into());
            idle.call2(&window, &write, &within).map(drop)
        }
        None => window
            .set_timeout_with_callback(write.unchecked_ref())
            .map(drop),
    };
}

enum Move {
    Next,
    Previous,
    First,
    Last,
}

fn move_focus(e: &KeyboardEvent, step: Move) {
    let Some(current) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(".pmu-toggle").ok().flatten())
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let Some(faq) = current.closest(".pmu-faq").ok().flatten() else {
        return;
    };
    let Ok(list) = faq.query_selector_all(".pmu-toggle") else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect();
    let Some(at) = buttons.iter().position(|b| *b == current) else {
        return;
    };
    let last = buttons.len() - 1;
    let to = match step {
        Move::Next => (at + 1).min(last),
        Move::Previous => at.saturating_sub(1),
        Move::First => 0,
        Move::Last => last,
    };
    let _ = buttons[to].focus();
}
