//! The healing timeline: each healing sign in words ("Redness: until about
//! day 7", and whether the visitor sees it and if that is still usual),
//! with a bar under it that shades its usual time and marks the visitor's
//! day. The words carry the meaning; the bars are a picture of them, so
//! they are hidden from screen readers. Text is the widget's own, so it
//! follows the visitor's font size and wraps at 320 px.

use yew::prelude::*;

use crate::core::report::Report;
use crate::core::ui_text::{with_n, UiText};
use crate::web::components::result::titled_box;

/// The timeline box, or nothing when the report has no timeline.
pub fn timeline(report: &Report, ui: &UiText, healed_by: Option<u32>) -> Option<Html> {
    let span = report
        .timeline
        .iter()
        .map(|r| r.until_day + 2)
        .max()?
        .max(14);
    // Whole percentages, which keeps float formatting out of the bundle.
    let at = |day: u32| format!("{}%", day.min(span) * 100 / span);
    let today = at(report.day);
    let rows = report.timeline.iter().map(|r| {
        let yours = r.yours.then(|| {
            let note = if report.day > r.until_day {
                ui.yours_past
            } else {
                ui.yours_within
            };
            html! { <>{ "; " }<strong>{ note }</strong></> }
        });
        html! {
            <li class={r.yours.then_some("pmu-tl-yours")}>
                <span class="pmu-tl-label">{ &r.sign }{ ": " }</span>
                { with_n(ui.until_day, r.until_day) }{ yours }
                <svg class="pmu-tl-bar" aria-hidden="true" focusable="false">
                    <rect class="pmu-tl-window" width={at(r.until_day + 1)} height="100%" />
                    <line class="pmu-tl-today" x1={today.clone()} x2={today.clone()} y1="0" y2="100%" />
                </svg>
            </li>
        }
    });
    Some(titled_box(
        "pmu-tl-title",
        "pmu-box pmu-timeline",
        ui.timeline_heading,
        html! {
            <>
                <p class="pmu-tl-legend">{ with_n(ui.timeline_legend, report.day) }</p>
                <ul class="pmu-tl">{ for rows }</ul>
                if let Some(day) = healed_by { <p>{ with_n(ui.healed_by, day) }</p> }
            </>
        },
    ))
}
