//! The healing timeline: one row per expected healing sign, hatched while it
//! is expected, the visitor's day marked with a line, and their own signs as
//! markers: a circle while expected, a triangle once past the expected time.
//! Shapes and patterns carry the meaning; the SVG has a full text alternative.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::checker::HEALING_GROUP;
use crate::core::content::Content;
use crate::core::engine::Input;
use crate::core::ui_text::{ui_text, with_n};
use crate::web::components::result::titled_box;

#[derive(Clone, PartialEq, Properties)]
pub struct TimelineProps {
    pub content: Rc<Content>,
    pub lang: AttrValue,
    pub input: Rc<Input>,
}

// Whole SVG units: the chart is 300 wide, so rounding is invisible, and it
// keeps float formatting (about 14 KB of wasm) out of the bundle.
const WIDTH: i32 = 300;
const LEFT: i32 = 8;
const RIGHT: i32 = 12;
const ROW: i32 = 38;
const TOP: i32 = 28;

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let TimelineProps { content, input, .. } = props;
    let lang = props.lang.as_str();
    let ui = ui_text(lang);
    let fallback = content.languages.first().map_or("en", String::as_str);
    let rows: Vec<_> = content
        .checker
        .signs_for(HEALING_GROUP, &input.procedure)
        .filter_map(|s| Some((s, s.window_for(&input.procedure)?)))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    // The first four weeks, or as far as the visitor's day (up to six).
    let span = rows
        .iter()
        .map(|(_, d)| *d + 2)
        .max()
        .unwrap_or(28)
        .max(input.day.min(42))
        .max(14);
    let x = |day: u32| LEFT + (WIDTH - LEFT - RIGHT) * day.min(span) as i32 / span as i32;
    let height = TOP + ROW * rows.len() as i32 + 22;
    let today = x(input.day);
    let beyond = input.day > span;

    let mut description = vec![format!("{}.", with_n(ui.day_n, input.day))];
    // Painted in this order: the day line runs over the bars, and under the
    // visitor's marks and the labels, whose halo keeps them legible.
    let (mut bars, mut marks, mut labels) = (vec![], vec![], vec![]);
    for (i, (sign, last)) in rows.iter().enumerate() {
        let y = TOP + ROW * i as i32;
        let label = sign.label.get(lang, fallback);
        let chosen = input.signs.contains(&sign.id);
        let past = input.day > *last;
        let mut line = format!("{label}: {}", with_n(ui.expected_until, last));
        if chosen {
            line.push_str(&format!(
                "; {}",
                if past { ui.yours_past } else { ui.yours_within }
            ));
        }
        description.push(format!("{line}."));
        let end = x(last.saturating_add(1));
        bars.push(html! {
            <>
                <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={(y + 20).to_string()} y2={(y + 20).to_string()} class="pmu-tl-track" />
                <rect x={LEFT.to_string()} y={(y + 15).to_string()} width={(end - LEFT).max(2).to_string()} height="10" class="pmu-tl-bar" />
            </>
        });
        if chosen {
            marks.push(if past {
                html! { <polygon class="pmu-tl-mark" points={format!("{},{} {},{} {},{}", today, y + 12, today + 8, y + 27, today - 8, y + 27)} /> }
            } else {
                html! { <circle class="pmu-tl-mark" cx={today.to_string()} cy={(y + 20).to_string()} r="6" /> }
            });
        }
        let class = if chosen {
            "pmu-tl-label pmu-tl-chosen"
        } else {
            "pmu-tl-label"
        };
        labels.push(html! {
            <text x={LEFT.to_string()} y={(y + 11).to_string()} {class}>{ label }</text>
        });
    }
    let ticks = (0..=span).step_by(7).map(|d| {
        html! {
            <text x={x(d).to_string()} y={(height - 4).to_string()} class="pmu-tl-tick">{ d }</text>
        }
    });
    let marker_label = if beyond {
        format!("{} →", with_n(ui.day_n, input.day))
    } else {
        format!("{} · {}", ui.today_marker, with_n(ui.day_n, input.day))
    };
    let anchor = if today > WIDTH * 3 / 5 {
        "end"
    } else {
        "start"
    };

    titled_box(
        "pmu-tl-title",
        "pmu-box pmu-timeline",
        ui.timeline_heading,
        html! {
                <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="pmu-tl-svg-title pmu-tl-desc" class="pmu-tl">
                    <title id="pmu-tl-svg-title">{ ui.timeline_heading }</title>
                    <desc id="pmu-tl-desc">{ description.join(" ") }</desc>
                    <defs>
                        <pattern id="pmu-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                            <rect width="6" height="6" class="pmu-tl-hatch-bg" />
                            <line x1="0" y1="0" x2="0" y2="6" class="pmu-tl-hatch" />
                        </pattern>
                    </defs>
                    { for bars }
                    <line x1={today.to_string()} x2={today.to_string()} y1="14" y2={(height - 16).to_string()} class="pmu-tl-today" />
                    { for marks }
                    { for labels }
                    <text x={today.to_string()} y="12" text-anchor={anchor} class="pmu-tl-today-label">{ marker_label }</text>
                    { for ticks }
                </svg>
        },
    )
}
