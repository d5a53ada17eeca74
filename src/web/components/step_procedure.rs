//! Step 1: what was done, and how long ago: a quick choice the way people
//! remember it (judged at its range's later, safe end, and said so), a
//! number of days, or the date. Enter anywhere in the step goes on.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::content::Content;
use crate::core::days::{days_between, DAY_RANGES};
use crate::core::dom_ids::PROCEDURE;
use crate::core::ui_text::{ui_text, with_n};
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

    // Where focus goes when Next finds something missing.
    let (first_choice, day_field) = (use_node_ref(), use_node_ref());
    let procedures = content.checker.procedures.iter().enumerate().map(|(i, p)| {
        let id = PROCEDURE.write(&p.id);
        let onchange = {
            let (state, pid) = (dispatch.clone(), p.id.clone());
            Callback::from(move |_: Event| state.emit(CheckerAction::Procedure(pid.clone())))
        };
        html! {
            <label class="pmu-choice" for={id.clone()}>
                <input type="radio" name="pmu-procedure" id={id} value={p.id.clone()}
                    ref={if i == 0 { first_choice.clone() } else { NodeRef::default() }}
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
    let quick = DAY_RANGES.iter().enumerate().map(|(i, range)| {
        // A typed number that is one of the single days shows as chosen.
        let pressed = state.day_choice == Some(i)
            || (state.day_choice.is_none() && range.is_single_day() && state.day() == Some(range.to));
        let onclick = {
            let state = dispatch.clone();
            Callback::from(move |_: MouseEvent| state.emit(CheckerAction::DayChoice(i)))
        };
        html! {
            <button type="button" class="pmu-chip" aria-pressed={pressed.to_string()} {onclick}>{ ui.day_ranges[i] }</button>
        }
    });
    let on_date = {
        let state = dispatch.clone();
        Callback::from(move |e: Event| {
            let date = e.target_unchecked_into::<HtmlInputElement>().value();
            let days = day_number(&date).and_then(|d| days_between(d, day_number(&today())?));
            state.emit(CheckerAction::Date(date, days));
        })
    };
    let said = match (state.day(), state.day_choice) {
        (Some(n), Some(i)) if !DAY_RANGES[i].is_single_day() => with_n(ui.day_said_range, n),
        (Some(0), _) => ui.day_said_today.to_string(),
        (Some(n), _) => with_n(ui.day_said, n),
        (None, _) => String::new(),
    };
    // The form's submit is the Next button, or Enter in any field.
    // Next with something missing: the errors appear (and are announced,
    // role="alert") and focus moves to the first field to fix.
    let submit = {
        let (state, tried) = (dispatch.clone(), tried.clone());
        let (first_choice, day_field) = (first_choice.clone(), day_field.clone());
        let procedure_missing = props.state.procedure.is_none();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            if ready {
                state.emit(CheckerAction::Go(Step::Signs));
                return;
            }
            let field = if procedure_missing {
                &first_choice
            } else {
                &day_field
            };
            if let Some(el) = field.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let date_error = !state.date_text.is_empty() && !day_ok;
    let show_day_error = (*tried || !state.day_text.is_empty()) && !day_ok && !date_error;
    let show_procedure_error = *tried && state.procedure.is_none();
    let day_described = if show_day_error || date_error {
        "pmu-day-hint pmu-day-error"
    } else {
        "pmu-day-hint pmu-day-said"
    };

    html! {
        <form class="pmu-step" onsubmit={submit} novalidate=true>
            <h2 class="pmu-step-title" tabindex="-1" ref={props.heading.clone()}>{ ui.procedure_heading }</h2>
            <fieldset class="pmu-fieldset">
                <legend class="pmu-label" id="pmu-proc-legend">{ ui.procedure_label }</legend>
                <div class="pmu-choices" role="radiogroup" aria-labelledby="pmu-proc-legend"
                    aria-invalid={show_procedure_error.to_string()}
                    aria-describedby={show_procedure_error.then_some("pmu-proc-error")}>{ for procedures }</div>
                if show_procedure_error {
                    <p id="pmu-proc-error" class="pmu-error" role="alert">{ ui.pick_procedure }</p>
                }
            </fieldset>
            <div class="pmu-field">
                <label for="pmu-day" class="pmu-label">{ ui.day_label }</label>
                <p id="pmu-day-hint" class="pmu-hint">{ ui.day_hint }</p>
                <div class="pmu-chips" role="group" aria-label={ui.day_label}>{ for quick }</div>
                <div class="pmu-day-row">
                    <input id="pmu-day" ref={day_field} class="pmu-input pmu-day" type="number" inputmode="numeric" min="0" max="36500" step="1"
                        value={state.day_text.clone()} {oninput} aria-invalid={show_day_error.to_string()}
                        aria-describedby={day_described} />
                    // The label already says "days" to screen readers.
                    <span aria-hidden="true">{ ui.days_unit }</span>
                </div>
                <p id="pmu-day-said" class="pmu-day-said" aria-live="polite">{ said }</p>
                <label for="pmu-date" class="pmu-label pmu-date-label">{ ui.day_date_label }</label>
                <input id="pmu-date" class="pmu-input pmu-date" type="date" max={today()} value={state.date_text.clone()}
                    onchange={on_date} aria-invalid={date_error.to_string()} />
                if show_day_error {
                    <p id="pmu-day-error" class="pmu-error" role="alert">{ ui.day_invalid }</p>
                }
                if date_error {
                    <p id="pmu-day-error" class="pmu-error" role="alert">{ ui.day_future }</p>
                }
            </div>
            <div class="pmu-nav">
                <button type="submit" class="pmu-button pmu-primary">{ ui.next }</button>
            </div>
        </form>
    }
}

/// Today's local date as `YYYY-MM-DD`, the date field's format.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A `YYYY-MM-DD` date as whole days since 1970. The browser reads a bare
/// date as midnight UTC, so two such dates differ by whole days.
fn day_number(date: &str) -> Option<i64> {
    let ms = js_sys::Date::new(&date.into()).get_time();
    ms.is_finite().then(|| (ms / 86_400_000.0).floor() as i64)
}
