//! Step 1: what was done, and how many days ago. Quick choices set the day
//! to the latest day of their range, so a vague answer errs towards care
//! (signs that are normal early count as lasting longer, never shorter).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::content::Content;
use crate::core::dom_ids::PROCEDURE;
use crate::core::ui_text::ui_text;
use crate::web::state::{CheckerAction, CheckerState, Step};

#[derive(Clone, PartialEq, Properties)]
pub struct StepProcedureProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
    pub state: CheckerState,
    pub dispatch: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[function_component]
pub fn StepProcedure(props: &StepProcedureProps) -> Html {
    let StepProcedureProps {
        content,
        state,
        dispatch,
        ..
    } = props;
    let ui = ui_text(&props.lang);
    let fallback = content.languages.first().map_or("en", String::as_str);
    let lang = props.lang.as_str();
    let tried = use_state(|| false);
    let day_ok = state.day().is_some();
    let ready = state.procedure.is_some() && day_ok;

    let procedures = content.checker.procedures.iter().map(|p| {
        let id = PROCEDURE.write(&p.id);
        let onchange = {
            let (state, pid) = (dispatch.clone(), p.id.clone());
            Callback::from(move |_: Event| state.emit(CheckerAction::Procedure(pid.clone())))
        };
        html! {
            <label class="pmu-choice" for={id.clone()}>
                <input type="radio" name="pmu-procedure" id={id} value={p.id.clone()}
                    checked={state.procedure.as_deref() == Some(p.id.as_str())} {onchange} />
                <span>{ p.label.get(lang, fallback) }</span>
            </label>
        }
    });
    let oninput = {
        let state = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            state.emit(CheckerAction::DayText(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let quick = [
        (ui.day_today, 0),
        (ui.day_yesterday, 1),
        (ui.day_week, 7),
        (ui.day_weeks, 21),
        (ui.day_months, 60),
        (ui.day_years, 365),
    ]
    .map(|(label, day)| {
        let pressed = state.day() == Some(day);
        let onclick = {
            let state = dispatch.clone();
            Callback::from(move |_: MouseEvent| state.emit(CheckerAction::DayText(day.to_string())))
        };
        html! {
            <button type="button" class="pmu-chip" aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
        }
    });
    let next = {
        let (state, tried) = (dispatch.clone(), tried.clone());
        Callback::from(move |_: MouseEvent| {
            tried.set(true);
            if ready {
                state.emit(CheckerAction::Go(Step::Signs));
            }
        })
    };
    let show_day_error = (*tried || !state.day_text.is_empty()) && !day_ok;
    let show_procedure_error = *tried && state.procedure.is_none();

    html! {
        <div class="pmu-step">
            <h2 class="pmu-step-title" tabindex="-1" ref={props.heading.clone()}>{ ui.procedure_heading }</h2>
            <fieldset class="pmu-fieldset">
                <legend class="pmu-label">{ ui.procedure_label }</legend>
                <div class="pmu-choices">{ for procedures }</div>
                if show_procedure_error {
                    <p class="pmu-error">{ ui.pick_procedure }</p>
                }
            </fieldset>
            <div class="pmu-field">
                <label for="pmu-day" class="pmu-label">{ ui.day_label }</label>
                <p id="pmu-day-hint" class="pmu-hint">{ ui.day_hint }</p>
                <div class="pmu-chips" role="group" aria-label={ui.day_label}>{ for quick }</div>
                <div class="pmu-day-row">
                    <input id="pmu-day" class="pmu-input pmu-day" type="number" inputmode="numeric" min="0" max="36500" step="1"
                        value={state.day_text.clone()} {oninput} aria-invalid={show_day_error.to_string()}
                        aria-describedby={if show_day_error { "pmu-day-hint pmu-day-error" } else { "pmu-day-hint" }} />
                    // The label already says "days" to screen readers.
                    <span aria-hidden="true">{ ui.days_unit }</span>
                </div>
                if show_day_error {
                    <p id="pmu-day-error" class="pmu-error">{ ui.day_invalid }</p>
                }
            </div>
            <div class="pmu-nav">
                <button type="button" class="pmu-button pmu-primary" onclick={next}>{ ui.next }</button>
            </div>
        </div>
    }
}
