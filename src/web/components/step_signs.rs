//! Step 2: the signs, grouped, red flags first and set apart, each with its
//! help text; then optional risk factors. The answer so far is shown live
//! below, and a red flag turns it into an alert at once.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::checker::{Level, EMERGENCY_GROUP};
use crate::core::content::Content;
use crate::core::dom_ids::{IdFormat, RISK, SIGN};
use crate::core::ui_text::ui_text;
use crate::web::components::icons::LevelIcon;
use crate::web::state::{CheckerAction, CheckerState, Step};

#[derive(Clone, PartialEq, Properties)]
pub struct StepSignsProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
    pub state: CheckerState,
    /// The level the signs so far give (the checker runs the engine once).
    pub level: Option<Level>,
    pub dispatch: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[derive(Clone, PartialEq, Properties)]
struct CheckProps {
    input_id: AttrValue,
    label: AttrValue,
    help: AttrValue,
    checked: bool,
}

/// One checkbox with its label and help text (which describes it). A
/// component of its own, with no callback, so ticking one sign re-renders
/// that checkbox and not the other thirty; its list handles `change`.
#[function_component]
fn Check(props: &CheckProps) -> Html {
    let (label_id, help_id) = (
        format!("{}-label", props.input_id),
        format!("{}-help", props.input_id),
    );
    // Named by the label alone and described by the help: the help sits in
    // the <label> (so a tap on it ticks), and would otherwise be read twice.
    html! {
        <label class="pmu-check" for={props.input_id.clone()}>
            <input type="checkbox" id={props.input_id.clone()} checked={props.checked}
                aria-labelledby={label_id.clone()} aria-describedby={help_id.clone()} />
            <span class="pmu-check-text">
                <span class="pmu-check-label" id={label_id}>{ props.label.clone() }</span>
                <span class="pmu-check-help" id={help_id}>{ props.help.clone() }</span>
            </span>
        </label>
    }
}

/// A `change` in a list of checkboxes as the content id of the one that
/// changed.
fn on_change(format: &'static IdFormat, toggle: impl Fn(String) + 'static) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let id = e.target_unchecked_into::<web_sys::Element>().id();
        if let Some(id) = format.read(&id) {
            toggle(id.to_string());
        }
    })
}

#[function_component]
pub fn StepSigns(props: &StepSignsProps) -> Html {
    let StepSignsProps {
        content,
        state,
        level,
        dispatch,
        ..
    } = props;
    let ui = ui_text(&props.lang);
    let fallback = content.languages.first().map_or("en", String::as_str);
    let lang = props.lang.as_str();
    let checker = &content.checker;
    let procedure = state.procedure.clone().unwrap_or_default();

    let sign_changed = {
        let state = dispatch.clone();
        on_change(&SIGN, move |id| state.emit(CheckerAction::ToggleSign(id)))
    };
    let risk_changed = {
        let state = dispatch.clone();
        on_change(&RISK, move |id| state.emit(CheckerAction::ToggleRisk(id)))
    };
    let check = |id: String, label: &str, help: &str, checked: bool| {
        html! {
            <Check input_id={id} label={label.to_string()} help={help.to_string()} {checked} />
        }
    };

    let groups = checker.groups.iter().map(|group| {
        let signs: Vec<Html> = checker
            .signs_for(&group.id, &procedure)
            .map(|sign| {
                let checked = state.signs.contains(&sign.id);
                let (label, help) = (sign.label.get(lang, fallback), sign.help.get(lang, fallback));
                check(SIGN.write(&sign.id), label, help, checked)
            })
            .collect();
        let red = group.id == EMERGENCY_GROUP;
        let intro_id = format!("pmu-group-{}-intro", group.id);
        html! {
            if !signs.is_empty() {
                <fieldset class={if red { "pmu-fieldset pmu-group pmu-redflags" } else { "pmu-fieldset pmu-group" }}
                    aria-describedby={intro_id.clone()}>
                    <legend class="pmu-group-title">
                        if red { <LevelIcon level={Level::Emergency} /> }
                        { group.title.get(lang, fallback) }
                    </legend>
                    <p class="pmu-hint" id={intro_id}>{ group.help.get(lang, fallback) }</p>
                    <div class="pmu-checks" onchange={sign_changed.clone()}>{ signs }</div>
                </fieldset>
            }
        }
    });
    let risks = checker.risks_for(&procedure).map(|risk| {
        let (label, help) = (
            risk.label.get(lang, fallback),
            risk.help.get(lang, fallback),
        );
        check(
            RISK.write(&risk.id),
            label,
            help,
            state.risks.contains(&risk.id),
        )
    });
    let go = |step: Step| {
        let state = dispatch.clone();
        Callback::from(move |_: MouseEvent| state.emit(CheckerAction::Go(step)))
    };
    let so_far = match *level {
        Some(level) if !state.signs.is_empty() => {
            let title = checker.levels.get(level).title.get(lang, fallback);
            html! {
                <div class={format!("pmu-sofar pmu-level-{}", level.id())}
                    role={(level == Level::Emergency).then_some("alert")}>
                    <LevelIcon {level} />
                    <span><span class="pmu-sofar-label">{ ui.so_far }{ ": " }</span><strong>{ title }</strong></span>
                </div>
            }
        }
        _ => html! { <div class="pmu-sofar"><span>{ ui.no_signs_yet }</span></div> },
    };

    html! {
        <div class="pmu-step" onfocusin={Callback::from(|e: FocusEvent| clear_of_the_bar(&e))}>
            <h2 class="pmu-step-title" tabindex="-1" ref={props.heading.clone()}>{ ui.signs_heading }</h2>
            <p class="pmu-hint">{ ui.signs_intro }</p>
            { for groups }
            <fieldset class="pmu-fieldset pmu-group" aria-describedby="pmu-risks-intro">
                <legend class="pmu-group-title">{ ui.risks_heading }</legend>
                <p class="pmu-hint" id="pmu-risks-intro">{ ui.risks_intro }</p>
                <div class="pmu-checks" onchange={risk_changed}>{ for risks }</div>
            </fieldset>
            <div class="pmu-sticky">
                { so_far }
                <div class="pmu-nav">
                    <button type="button" class="pmu-button" onclick={go(Step::Procedure)}>{ ui.back }</button>
                    <button type="button" class="pmu-button pmu-primary" onclick={go(Step::Result)}>{ ui.see_answer }</button>
                </div>
            </div>
        </div>
    }
}

/// Scrolls the page so that what just took focus is not under the sticky
/// bar (WCAG 2.2 2.4.11). The browser scrolls a focused element into the
/// viewport but not clear of a sticky footer, and CSS `scroll-margin` on
/// the inputs did not change that in Chromium (measured: 24 of 56 signs
/// still covered at 320 px).
fn clear_of_the_bar(e: &FocusEvent) {
    let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let step = el.closest(".pmu-step").ok().flatten();
    let Some(bar) = step.and_then(|s| s.query_selector(".pmu-sticky").ok().flatten()) else {
        return;
    };
    if bar.contains(Some(&el)) {
        return;
    }
    // A checkbox is seen as its label.
    let shown = el.closest("label").ok().flatten().unwrap_or(el);
    let overlap = shown.get_bounding_client_rect().bottom() - bar.get_bounding_client_rect().top();
    if overlap > 0.0 {
        if let Some(window) = web_sys::window() {
            window.scroll_by_with_x_and_y(0.0, overlap + 8.0);
        }
    }
}
