//! The FAQ: live search, open/close all, and the categories of questions,
//! each an accordion (WAI-ARIA pattern).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::content::Content;
use crate::core::dom_ids::{ANSWER, CATEGORY};
use crate::core::search;
use crate::core::ui_text::{ui_text, with_n};
use crate::web::components::faq_entry::{self, FaqEntry};
use crate::web::listen::listen;
use crate::web::state::{FaqAction, FaqState, Reveal};

#[derive(Clone, PartialEq, Properties)]
pub struct FaqProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
    /// The category whose questions start open.
    pub open_category: Option<String>,
    /// A question to open, scroll to and focus.
    pub reveal: Option<Reveal>,
    pub announce: Callback<String>,
    /// Shows the checker; set when the widget has one.
    pub open_checker: Option<Callback<MouseEvent>>,
}

#[function_component]
pub fn Faq(props: &FaqProps) -> Html {
    let content = &props.content;
    // The FAQ's own state: a click on a question re-renders the FAQ, not the
    // whole widget.
    let state = {
        let (content, category) = (content.clone(), props.open_category.clone());
        use_reducer(move || {
            FaqState::with_open(
                category
                    .map(|id| content.entries_in(&id).map(|e| e.id.clone()).collect())
                    .unwrap_or_default(),
            )
        })
    };
    {
        let state = state.dispatcher();
        use_effect_with(props.reveal.clone(), move |reveal| {
            if let Some(reveal) = reveal {
                state.dispatch(FaqAction::Reveal(reveal.clone()));
            }
        });
    }
    let ui = ui_text(&props.lang);
    let fallback = content.languages.first().map_or("en", String::as_str);
    let lang = props.lang.as_str();
    let words = use_memo(
        (state.query.clone(), props.lang.clone()),
        |(query, lang)| search::terms(query, lang),
    );
    // Found once, as the query was typed (`oninput`), not again per render.
    let searching = state.found.is_some();
    let matched: Vec<&str> = match &state.found {
        Some(found) => found.iter().map(String::as_str).collect(),
        None => content.faq.entries.iter().map(|e| e.id.as_str()).collect(),
    };
    let count_text = match matched.len() {
        0 => ui.results_none.to_string(),
        1 => ui.results_one.to_string(),
        n => with_n(ui.results_many, n),
    };

    let oninput = {
        let (state, content, announce) =
            (state.dispatcher(), content.clone(), props.announce.clone());
        let (lang, fallback, ui) = (lang.to_string(), fallback.to_string(), ui);
        Callback::from(move |e: InputEvent| {
            let query = e.target_unchecked_into::<HtmlInputElement>().value();
            let words = search::terms(&query, &lang);
            let found = (!words.is_empty()).then(|| {
                let hits: Vec<String> = content
                    .faq
                    .entries
                    .iter()
                    .filter(|entry| search::matches(entry, &words, &lang, &fallback))
                    .map(|entry| entry.id.clone())
                    .collect();
                announce.emit(match hits.len() {
                    0 => ui.results_none.to_string(),
                    1 => ui.results_one.to_string(),
                    n => with_n(ui.results_many, n),
                });
                hits
            });
            state.dispatch(FaqAction::Search(query, found));
        })
    };
    let clear = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(FaqAction::Search(String::new(), None)))
    };
    // The buttons say what they did: nothing else would tell a screen
    // reader that thirty answers just opened.
    let open_all = {
        let (state, ids, announce) = (
            state.dispatcher(),
            matched.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            props.announce.clone(),
        );
        let said = with_n(ui.all_opened, ids.len());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(FaqAction::OpenAll(ids.clone()));
            announce.emit(said.clone());
        })
    };
    let close_all = {
        let (state, announce, said) = (state.dispatcher(), props.announce.clone(), ui.all_closed);
        Callback::from(move |_: MouseEvent| {
            state.dispatch(FaqAction::CloseAll);
            announce.emit(said.to_string());
        })
    };

    // One click and one key handler for every question, not two per question.
    let on_question_click = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| faq_entry::on_click(&e, &state))
    };
    let on_question_keydown = Callback::from(|e: KeyboardEvent| faq_entry::on_keydown(&e));

    // Find-in-page matched text in a closed answer (the browser has already
    // shown it): record it as open. One listener for every answer, since
    // `beforematch` bubbles, instead of one per question.
    let categories_ref = use_node_ref();
    {
        let (categories_ref, state) = (categories_ref.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let id = e.target_unchecked_into::<web_sys::Element>().id();
                if let Some(id) = ANSWER.read(&id) {
                    state.dispatch(FaqAction::Open(id.to_string()));
                }
            });
            listen(
                categories_ref.get().map(Into::into),
                "beforematch",
                listener,
            )
        });
    }

    let categories = content.faq.categories.iter().filter_map(|cat| {
        let entries: Vec<Html> = content
            .faq
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.category == cat.id && matched.contains(&e.id.as_str()))
            .map(|(index, entry)| {
                let reveal = state.reveal_for(&entry.id);
                html! {
                    <FaqEntry key={entry.id.clone()} content={content.clone()} {index} lang={props.lang.clone()}
                        open={state.is_open(&entry.id)} words={words.clone()} {reveal} />
                }
            })
            .collect();
        (!entries.is_empty()).then(|| {
            html! {
                <section class="pmu-category" key={cat.id.clone()} aria-labelledby={CATEGORY.write(&cat.id)}>
                    <h2 class="pmu-category-title" id={CATEGORY.write(&cat.id)}>{ cat.title.get(lang, fallback) }</h2>
                    <div class="pmu-accordion">{ entries }</div>
                </section>
            }
        })
    });

    html! {
        <div class="pmu-faq">
            // The checker is one step away for whoever came here worried.
            if let Some(open_checker) = props.open_checker.clone() {
                <p class="pmu-invite">
                    { ui.invite }{ " " }
                    <button type="button" class="pmu-link" onclick={open_checker}>{ ui.invite_action }</button>
                </p>
            }
            <div class="pmu-search" role="search">
                <label for="pmu-search-input" class="pmu-label">{ ui.search_label }</label>
                <div class="pmu-search-row">
                    <input id="pmu-search-input" class="pmu-input" type="search" autocomplete="off" spellcheck="false"
                        placeholder={ui.search_placeholder} value={state.query.clone()} {oninput}
                        aria-describedby="pmu-search-count" />
                    if searching {
                        <button type="button" class="pmu-button pmu-quiet" onclick={clear}>{ ui.clear_search }</button>
                    }
                </div>
            </div>
            <div class="pmu-faq-tools">
                <p id="pmu-search-count" class="pmu-count">{ if searching { count_text } else { String::new() } }</p>
                // Nothing to open or close when no question is shown.
                if !matched.is_empty() {
                    <div class="pmu-faq-buttons">
                        <button type="button" class="pmu-button pmu-quiet" onclick={open_all}>{ ui.expand_all }</button>
                        <button type="button" class="pmu-button pmu-quiet" onclick={close_all}>{ ui.collapse_all }</button>
                    </div>
                }
            </div>
            // The count above already says nothing matched; this says what to do.
            if searching && matched.is_empty() {
                <div class="pmu-empty">
                    if let Some(open_checker) = props.open_checker.clone() {
                        <p>{ ui.results_none_hint }</p>
                        <button type="button" class="pmu-button" onclick={open_checker}>{ ui.tab_checker }</button>
                    } else {
                        <p>{ ui.results_none_hint_faq_only }</p>
                    }
                </div>
            }
            // Keyed sections in a container of their own: mixed with the
            // unkeyed siblings above, Yew would rebuild the search box (and
            // drop its focus) whenever a category appears or disappears.
            <div class="pmu-categories" ref={categories_ref} onclick={on_question_click} onkeydown={on_question_keydown}>
                { for categories }
            </div>
        </div>
    }
}
