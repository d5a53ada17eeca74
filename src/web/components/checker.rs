//! The warning-sign checker: three short steps (what and when, signs,
//! result). Each step's heading takes focus when the step changes, so
//! keyboard and screen-reader users land where the new content starts.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::Content;
use crate::core::engine::triage;
use crate::core::settings::Settings;
use crate::core::ui_text::ui_text;
use crate::web::components::result::ResultView;
use crate::web::components::step_procedure::StepProcedure;
use crate::web::components::step_signs::StepSigns;
use crate::web::state::{CheckerAction, CheckerState, Step};

#[derive(Clone, PartialEq, Properties)]
pub struct CheckerProps {
    pub content: Rc<Content>,
    pub settings: Rc<Settings>,
    pub lang: AttrValue,
    pub announce: Callback<String>,
    /// Opens a question in the FAQ; none when the FAQ is not shown.
    pub read_faq: Option<Callback<String>>,
}

#[function_component]
pub fn Checker(props: &CheckerProps) -> Html {
    let content = &props.content;
    // The checker's own state: ticking a sign re-renders the checker, not the
    // whole widget. The checker is never taken down once built, so the
    // answers survive a switch to the FAQ and back.
    let state = &use_reducer(CheckerState::default);
    let ui = ui_text(&props.lang);
    let fallback = content
        .languages
        .first()
        .map_or("en", String::as_str)
        .to_string();
    let heading = use_node_ref();
    // The engine runs here once per render for the level; the result step
    // runs it for the words it shows.
    let level = state
        .input()
        .map(|input| triage(&content.checker, &input).level);
    // Children get the values they render and this callback, not the handle.
    let dispatch = {
        let state = state.dispatcher();
        use_callback((), move |action: CheckerAction, _| state.dispatch(action))
    };

    // Move focus to the new step's heading, but never on first render: the
    // widget must not steal focus from the page it sits in.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    show_step(&h);
                }
            }
        });
    }
    // Announce the answer whenever it changes once signs are being chosen.
    {
        let (announce, content, lang) =
            (props.announce.clone(), content.clone(), props.lang.clone());
        // Nothing is announced before a sign is ticked: entering the signs
        // step is not a verdict.
        let level = level.filter(|_| state.step != Step::Procedure && !state.signs.is_empty());
        use_effect_with(level, move |level| {
            if let Some(level) = level {
                let text = content
                    .checker
                    .levels
                    .get(*level)
                    .title
                    .get(&lang, &fallback)
                    .to_string();
                announce.emit(text);
            }
        });
    }

    let step_label = format!("{} {} {} 3", ui.step, state.step.number(), ui.of);
    let body = match state.step {
        Step::Procedure => html! {
            <StepProcedure content={content.clone()} lang={props.lang.clone()} state={(**state).clone()}
                dispatch={dispatch.clone()} heading={heading.clone()} />
        },
        Step::Signs => html! {
            <StepSigns content={content.clone()} lang={props.lang.clone()} state={(**state).clone()} {level}
                dispatch={dispatch.clone()} heading={heading.clone()} />
        },
        Step::Result => match state.input() {
            Some(input) => html! {
                <ResultView content={content.clone()} settings={props.settings.clone()} lang={props.lang.clone()}
                    input={Rc::new(input)} dispatch={dispatch.clone()} heading={heading.clone()} read_faq={props.read_faq.clone()} />
            },
            None => html! {},
        },
    };
    html! {
        <div class="pmu-checker">
            <p class="pmu-progress">
                <span class="pmu-sr">{ step_label.clone() }</span>
                <span aria-hidden="true" class="pmu-progress-dots">
                    { for [Step::Procedure, Step::Signs, Step::Result].iter().map(|s| html! {
                        <span class={if *s == state.step { "pmu-dot pmu-dot-now" } else if s.number() < state.step.number() { "pmu-dot pmu-dot-done" } else { "pmu-dot" }}>
                            { s.number() }
                        </span>
                    }) }
                </span>
            </p>
            { body }
        </div>
    }
}

/// Brings the new step to the top of the screen, below the room
/// `--pmu-scroll-offset` leaves for a salon's sticky header, then focuses its
/// heading without scrolling again: on a result the level and its call
/// button are then the first thing seen, not wherever focus would land.
fn show_step(heading: &web_sys::HtmlElement) {
    if let Ok(Some(step)) = heading.closest(".pmu-step") {
        let to_top = web_sys::ScrollIntoViewOptions::new();
        to_top.set_block(web_sys::ScrollLogicalPosition::Start);
        step.scroll_into_view_with_scroll_into_view_options(&to_top);
    }
    let keep = web_sys::FocusOptions::new();
    keep.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&keep);
}
