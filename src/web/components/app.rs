//! The widget's root: tabs for the FAQ and the checker, the language switch,
//! the live region, and deep links (`#pmu-care/<faq-id>`).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::content::Content;
use crate::core::dom_ids::DEEP_LINK;
use crate::core::settings::{Parts, Settings};
use crate::core::ui_text::ui_text;
use crate::web::components::checker::Checker;
use crate::web::components::faq::Faq;
use crate::web::listen::listen;
use crate::web::state::{AppAction, AppState, Tab};

#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    pub content: Rc<Content>,
    pub settings: Rc<Settings>,
    /// The language to start in, already one the content has.
    pub lang: AttrValue,
}

/// The FAQ id a location fragment points at, if the content has it.
fn linked_entry(content: &Content) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = DEEP_LINK.read(&hash)?;
    content
        .faq
        .entries
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.id.clone())
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let show = props.settings.show;
    let state = use_reducer(|| {
        let tab = if show == Parts::Checker {
            Tab::Checker
        } else {
            Tab::Faq
        };
        AppState::new(props.lang.to_string(), tab)
    });
    let ui = ui_text(&state.lang);

    // Deep links: follow the fragment on load and whenever it changes.
    {
        let (content, app) = (props.content.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let follow = move || {
                if let Some(id) = linked_entry(&content) {
                    app.dispatch(AppAction::Reveal(id));
                }
            };
            follow();
            let listener = Closure::<dyn Fn()>::new(follow);
            listen(web_sys::window().map(Into::into), "hashchange", listener)
        });
    }

    // Stable callbacks: the live region changing must not re-render the parts.
    let announce = {
        let app = state.dispatcher();
        use_callback((), move |text: String, _| {
            app.dispatch(AppAction::Announce(text))
        })
    };
    let read_faq = {
        let app = state.dispatcher();
        use_callback((), move |id: String, _| app.dispatch(AppAction::Reveal(id)))
    };
    // The FAQ's "no question matches" offers the checker: show it and move
    // focus to its tab, since the button is hidden with the FAQ.
    let open_checker = {
        let app = state.dispatcher();
        use_callback((), move |e: MouseEvent, _| {
            app.dispatch(AppAction::Show(Tab::Checker));
            focus_in_widget(&e, "#pmu-tab-checker");
        })
    };
    let select = |t: Tab| {
        let app = state.dispatcher();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(t)))
    };
    // Arrow keys, Home and End move between the two tabs (WAI-ARIA tabs).
    let onkeydown = {
        let (app, tab) = (state.dispatcher(), state.tab);
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowLeft" | "ArrowRight" => Some(if tab == Tab::Faq {
                    Tab::Checker
                } else {
                    Tab::Faq
                }),
                "Home" => Some(Tab::Faq),
                "End" => Some(Tab::Checker),
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                app.dispatch(AppAction::Show(next));
                let id = if next == Tab::Faq {
                    "pmu-tab-faq"
                } else {
                    "pmu-tab-checker"
                };
                focus_in_widget(&e, &format!("#{id}"));
            }
        })
    };
    let tab_button = |t: Tab, id: &'static str, panel: &'static str, label: &'static str| {
        let selected = state.tab == t;
        html! {
            <button type="button" role="tab" id={id} class="pmu-tab" aria-selected={selected.to_string()}
                aria-controls={panel} tabindex={if selected { "0" } else { "-1" }} onclick={select(t)}>
                { label }
            </button>
        }
    };
    let offered: Vec<&String> = props
        .content
        .languages
        .iter()
        .filter(|code| props.settings.offers(code))
        .collect();
    let languages = offered.iter().map(|&code| {
        let pressed = *code == *state.lang.as_str();
        let onclick = {
            let (app, code) = (state.dispatcher(), code.clone());
            Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Lang(code.clone())))
        };
        html! {
            <button type="button" class="pmu-lang" lang={code.clone()} aria-pressed={pressed.to_string()} {onclick}>
                { language_name(code) }
            </button>
        }
    });

    html! {
        <div class="pmu" lang={state.lang.clone()} data-theme={props.settings.theme.id()}>
            <div class="pmu-bar">
                // Tabs only when both parts are shown.
                if show == Parts::Both {
                    <div role="tablist" class="pmu-tabs" aria-label={props.settings.salon_name.clone()} {onkeydown}>
                        { tab_button(Tab::Faq, "pmu-tab-faq", "pmu-panel-faq", ui.tab_faq) }
                        { tab_button(Tab::Checker, "pmu-tab-checker", "pmu-panel-checker", ui.tab_checker) }
                    </div>
                } else {
                    <span></span>
                }
                // A salon that speaks one language shows no switch.
                if offered.len() > 1 {
                    <div class="pmu-langs" role="group" aria-label={ui.language}>{ for languages }</div>
                }
            </div>
            if show != Parts::Checker {
                <div role={(show == Parts::Both).then_some("tabpanel")} id="pmu-panel-faq" class="pmu-panel"
                    aria-labelledby={(show == Parts::Both).then_some("pmu-tab-faq")} hidden={state.tab != Tab::Faq}>
                    <Faq content={props.content.clone()} lang={state.lang.clone()} open_category={props.settings.open_category.clone()}
                        reveal={state.reveal.clone()} announce={announce.clone()}
                        open_checker={(show == Parts::Both).then(|| open_checker.clone())} />
                </div>
            }
            if show != Parts::Faq {
                <div role={(show == Parts::Both).then_some("tabpanel")} id="pmu-panel-checker" class="pmu-panel"
                    aria-labelledby={(show == Parts::Both).then_some("pmu-tab-checker")} hidden={state.tab != Tab::Checker}>
                    // Without tabs, the checker names itself.
                    if show == Parts::Checker {
                        <h2 class="pmu-checker-title">{ ui.checker_title }</h2>
                    }
                    if state.checker_built {
                        <Checker content={props.content.clone()} settings={props.settings.clone()} lang={state.lang.clone()}
                            announce={announce.clone()}
                            read_faq={(show == Parts::Both).then(|| read_faq.clone())} />
                    }
                </div>
            }
            <div class="pmu-sr" role="status" aria-live="polite" aria-atomic="true">{ state.announcement.clone() }</div>
        </div>
    }
}

/// A language's own name, so each reader finds theirs.
fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "es" => "Español",
        other => other,
    }
}

/// Focuses the element matching `selector` inside the same widget as the
/// event's target (the widget lives in a shadow root, so not `document`).
pub fn focus_in_widget(e: &impl AsRef<web_sys::Event>, selector: &str) {
    let root = e
        .as_ref()
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".pmu").ok().flatten());
    if let Some(el) = root.and_then(|r| r.query_selector(selector).ok().flatten()) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
