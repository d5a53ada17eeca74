//! One icon per level, each a different shape (octagon, triangle, circle
//! with a cross, calendar, speech bubble, check), so the level never rests
//! on colour.

use yew::prelude::*;

use crate::core::checker::Level;

#[derive(Clone, PartialEq, Properties)]
pub struct LevelIconProps {
    pub level: Level,
}

#[function_component]
pub fn LevelIcon(props: &LevelIconProps) -> Html {
    let shape = match props.level {
        Level::Emergency => html! {
            <>
                <polygon points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" fill="currentColor" />
                <rect x="10.5" y="5" width="3" height="9" fill="#fff" />
                <rect x="10.5" y="16" width="3" height="3" fill="#fff" />
            </>
        },
        Level::Urgent => html! {
            <>
                <polygon points="12,1 23,22 1,22" fill="currentColor" />
                <rect x="10.6" y="8" width="2.8" height="7.5" fill="#fff" />
                <rect x="10.6" y="17" width="2.8" height="2.8" fill="#fff" />
            </>
        },
        Level::Doctor => html! {
            <>
                <circle cx="12" cy="12" r="11" fill="currentColor" />
                <rect x="10.25" y="5" width="3.5" height="14" fill="#fff" />
                <rect x="5" y="10.25" width="14" height="3.5" fill="#fff" />
            </>
        },
        Level::Appointment => html! {
            <>
                <rect x="2" y="4" width="20" height="18" rx="2" fill="currentColor" />
                <rect x="6" y="1" width="3" height="6" fill="currentColor" />
                <rect x="15" y="1" width="3" height="6" fill="currentColor" />
                <rect x="5" y="10" width="14" height="9" fill="#fff" />
                <rect x="7" y="12" width="4" height="3" fill="currentColor" />
            </>
        },
        Level::Practitioner => html! {
            <>
                <path d="M3 3h18v13H10l-5 5v-5H3z" fill="currentColor" />
                <rect x="7" y="7" width="10" height="2" fill="#fff" />
                <rect x="7" y="11" width="7" height="2" fill="#fff" />
            </>
        },
        Level::Healing => html! {
            <>
                <circle cx="12" cy="12" r="11" fill="currentColor" />
                <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.6" />
            </>
        },
    };
    html! {
        <svg class="pmu-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">{ shape }</svg>
    }
}

/// For an answer that is not a level's: nothing was ticked.
#[function_component]
pub fn InfoIcon() -> Html {
    html! {
        <svg class="pmu-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="11" fill="currentColor" />
            <rect x="10.5" y="10" width="3" height="9" fill="#fff" />
            <rect x="10.5" y="5" width="3" height="3" fill="#fff" />
        </svg>
    }
}
