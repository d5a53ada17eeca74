//! Step 3: the answer. The level by text, icon and colour; what to do now;
//! how to call for help; why (rules and the signs behind them); what to do
//! if it gets worse; the healing timeline; the salon; related questions;
//! sources; a disclaimer; and copy, print and start-over actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::checker::Level;
use crate::core::content::Content;
use crate::core::engine::{triage, Input};
use crate::core::report::Report;
use crate::core::settings::{tel_href, tel_label, Settings};
use crate::core::ui_text::{ui_text, with_n};
use crate::web::components::icons::{InfoIcon, LevelIcon};
use crate::web::components::timeline::timeline;
use crate::web::state::{CheckerAction, Step};
use crate::web::summary;

#[derive(Clone, PartialEq, Properties)]
pub struct ResultProps {
    pub content: Rc<Content>,
    pub settings: Rc<Settings>,
    pub lang: AttrValue,
    pub input: Rc<Input>,
    pub dispatch: Callback<CheckerAction>,
    pub heading: NodeRef,
    /// Opens a question in the FAQ; none when the FAQ is not shown.
    pub read_faq: Option<Callback<String>>,
}

#[function_component]
pub fn ResultView(props: &ResultProps) -> Html {
    let ResultProps {
        content,
        settings,
        input,
        ..
    } = props;
    let lang = props.lang.as_str();
    let ui = ui_text(lang);
    let result = triage(&content.checker, input);
    let report = Report::new(content, input, &result, lang);
    let copy_status = use_state(|| None::<bool>);
    let level = result.level;
    {
        let heading = props.heading.clone();
        let nothing_ticked = report.nothing_ticked;
        use_effect_with((level, nothing_ticked), move |&(level, nothing_ticked)| {
            announce(&heading, level, nothing_ticked);
        });
    }
    let medical_now = level >= Level::Urgent;

    // Whom to call sits under the title, so the first screen holds the
    // level and its one action: with `emergency` the salon's emergency
    // number as a button when it is set (and in the title); with `urgent`
    // the salon's medical line or page; else the content's words, which
    // name the usual numbers. With `urgent`, the emergency number follows
    // in case it becomes one.
    let emergency_number = settings
        .emergency_number
        .as_ref()
        .filter(|_| level == Level::Emergency && !report.nothing_ticked);
    let call_button = |number: &String| {
        html! { <a class="pmu-button pmu-call" href={tel_href(number)}>{ with_n(ui.call_n, tel_label(number)) }</a> }
    };
    let urgent = (level == Level::Urgent)
        .then_some((&settings.urgent_number, &settings.urgent_url))
        .filter(|(number, url)| number.is_some() || url.is_some());
    let call = if let Some(number) = emergency_number {
        Some(call_button(number))
    } else if let Some((number, url)) = urgent {
        Some(html! {
            <div class="pmu-actions pmu-call-urgent">
                if let Some(number) = number { { call_button(number) } }
                if let Some(url) = url {
                    <a class="pmu-button pmu-call" href={url.clone()} target="_blank" rel="noopener noreferrer">{ ui.urgent_online }</a>
                }
            </div>
        })
    } else {
        report
            .call
            .as_ref()
            .map(|call| html! { <p class="pmu-call-text">{ call }</p> })
    };
    let title = match emergency_number {
        Some(number) => with_n(ui.emergency_title, number),
        None => report.title.clone(),
    };
    let emergency_if = (level == Level::Urgent).then(|| {
        html! {
            <p class="pmu-if">
                { ui.emergency_if }{ " " }
                if let Some(number) = &settings.emergency_number { { call_button(number) } }
                else { { ui.emergency_local } }
            </p>
        }
    });
    let note = report.note.as_ref().map(|note| {
        let from = match &settings.salon_name {
            Some(name) => with_n(ui.note_from, name),
            None => ui.note_from_salon.to_string(),
        };
        html! {
            <div class="pmu-note">
                <p class="pmu-note-from">{ from }</p>
                <p>{ note }</p>
            </div>
        }
    });
    let watch = report.watch.iter().map(|w| {
        // "Call 999 now" where the salon set its number, as the title does.
        let title = match &settings.emergency_number {
            Some(number) if w.level == Level::Emergency => with_n(ui.emergency_title, number),
            _ => w.title.clone(),
        };
        html! {
            <li class={format!("pmu-level-{}", w.level.id())}>
                <LevelIcon level={w.level} />
                <div>
                    <strong>{ title }</strong>
                    <ul>{ for w.signs.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </div>
            </li>
        }
    });
    let reasons = report.reasons.iter().map(|r| {
        html! {
            <li>
                <p>{ &r.why }</p>
                <p class="pmu-reason-signs">{ ui.you_chose }{ ": " }{ r.signs.join(", ") }</p>
            </li>
        }
    });
    // The salon's buttons. Booking is not offered when care is needed
    // today or now; when the salon is the answer, they go in "What to do now".
    let booking = settings.booking_url.as_ref().filter(|_| !medical_now);
    let salon_actions = (settings.phone.is_some() || booking.is_some()).then(|| {
        html! {
            <div class="pmu-actions">
                if let Some(phone) = &settings.phone {
                    <a class="pmu-button" href={tel_href(phone)}>{ format!("{} {}", ui.call, tel_label(phone)) }</a>
                }
                if let Some(url) = booking {
                    <a class="pmu-button" href={url.clone()} target="_blank" rel="noopener noreferrer">{ ui.book }</a>
                }
            </div>
        }
    });
    let salon_name = settings.salon_name.as_deref().unwrap_or(ui.contact_salon);
    let salon_is_the_answer = level == Level::Practitioner && !report.nothing_ticked;
    let salon = salon_actions
        .clone()
        .filter(|_| !salon_is_the_answer)
        .map(|actions| titled_box("pmu-salon", "pmu-box", salon_name, actions));
    let now_actions = salon_actions
        .filter(|_| salon_is_the_answer)
        .map(|actions| {
            html! { <><p class="pmu-now-salon">{ salon_name }</p>{ actions }</> }
        });
    let healed_by = report.healed_by_day.filter(|_| level == Level::Healing);
    let timeline = timeline(&report, ui, healed_by);
    let faq_links = props.read_faq.iter().flat_map(|read| {
        report.faq.iter().map(move |f| {
            let onclick = {
                let (read, id) = (read.clone(), f.id.clone());
                Callback::from(move |_: MouseEvent| read.emit(id.clone()))
            };
            html! { <li><button type="button" class="pmu-link" {onclick}>{ &f.question }</button></li> }
        })
    });
    // Sources are cited as published, in English: a Spanish voice should
    // not read them.
    let sources = report.sources.iter().map(|s| {
        html! {
            <li lang="en">
                { &s.citation }
                if let Some(url) = &s.url {
                    { " " }<a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
                }
            </li>
        }
    });
    let go = |action: fn() -> CheckerAction| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action()))
    };
    let facts = summary::facts(settings, input.day, lang);
    let text = report.plain_text(ui, &facts);
    let copy = {
        let (text, copy_status) = (text.clone(), copy_status.clone());
        Callback::from(move |_: MouseEvent| {
            let copy_status = copy_status.clone();
            summary::copy(
                text.clone(),
                Callback::from(move |ok| copy_status.set(Some(ok))),
            );
        })
    };
    let print = {
        let (report, lang) = (report.clone(), lang.to_string());
        Callback::from(move |_: MouseEvent| summary::print(&report, ui_text(&lang), &facts, &lang))
    };

    html! {
        <div class="pmu-step pmu-result">
            // Nothing ticked is not an answer about healing: no check mark.
            <div class={if report.nothing_ticked { "pmu-level pmu-level-none".to_string() } else { format!("pmu-level pmu-level-{}", level.id()) }}
                role={(level == Level::Emergency).then_some("alert")}>
                if report.nothing_ticked { <InfoIcon /> } else { <LevelIcon {level} /> }
                <div>
                    <p class="pmu-level-label">{ ui.level_label }</p>
                    <h2 class="pmu-step-title pmu-level-title" tabindex="-1" ref={props.heading.clone()}>{ title }</h2>
                    { for call }
                    { for emergency_if }
                </div>
            </div>
            { titled_box("pmu-now", "pmu-box", ui.what_now, html! {
                <><p>{ &report.now }</p>{ for now_actions }{ for note }</>
            }) }
            if !report.reasons.is_empty() {
                { titled_box("pmu-why", "pmu-box", ui.why, html! { <ul class="pmu-reasons">{ for reasons }</ul> }) }
            }
            { for timeline }
            { titled_box("pmu-watch", "pmu-box", report.watch_heading(ui), html! {
                <>
                    if !report.watch.is_empty() { <ul class="pmu-watch">{ for watch }</ul> }
                    <p>{ &report.safety_net }</p>
                </>
            }) }
            { for salon }
            if !report.faq.is_empty() && props.read_faq.is_some() {
                { titled_box("pmu-more", "pmu-box", ui.read_more, html! { <ul class="pmu-links">{ for faq_links }</ul> }) }
            }
            if !report.sources.is_empty() {
                { titled_box("pmu-sources", "pmu-box pmu-sources", ui.sources, html! { <ol>{ for sources }</ol> }) }
            }
            <p class="pmu-disclaimer">{ ui.disclaimer }</p>
            <div class="pmu-actions">
                <button type="button" class="pmu-button" onclick={copy}>{ ui.copy }</button>
                <button type="button" class="pmu-button" onclick={print}>{ ui.print }</button>
                <button type="button" class="pmu-button" onclick={go(|| CheckerAction::Go(Step::Signs))}>{ ui.back }</button>
                <button type="button" class="pmu-button pmu-quiet" onclick={go(|| CheckerAction::Restart)}>{ ui.start_over }</button>
            </div>
            <p class="pmu-copy-status" role="status">
                { match *copy_status { Some(true) => ui.copied, Some(false) => ui.copy_failed, None => "" } }
            </p>
            if *copy_status == Some(false) {
                <textarea class="pmu-summary-text" readonly=true rows="8" aria-label={ui.summary_title} value={text} />
            }
        </div>
    }
}

/// Tells the host page which level was shown: a `pmu-care:result` event
/// that bubbles out of the shadow root to the widget's element. Only the
/// level leaves the widget, and only to the page itself.
fn announce(node: &NodeRef, level: Level, nothing_ticked: bool) {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Detail {
        level: &'static str,
        nothing_ticked: bool,
    }
    let Some(element) = node.cast::<web_sys::Element>() else {
        return;
    };
    let detail = Detail {
        level: level.id(),
        nothing_ticked,
    };
    let Ok(detail) = serde_wasm_bindgen::to_value(&detail) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("pmu-care:result", &init) {
        let _ = element.dispatch_event(&event);
    }
}

/// A box of the answer: a section labelled by its heading.
pub fn titled_box(id: &'static str, class: &'static str, title: &str, body: Html) -> Html {
    html! {
        <section {class} aria-labelledby={id}>
            <h3 {id} class="pmu-box-title">{ title.to_string() }</h3>
            { body }
        </section>
    }
}
