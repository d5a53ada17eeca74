//! UI state: one reducer per part, as in yew's function_todomvc. The view is
//! a function of this state; the engine is called on it, never inside it.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::core::engine::Input;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Faq,
    Checker,
}

/// The widget around the parts: language, tab, the live region's text, and
/// a question for the FAQ to reveal.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: AttrValue,
    pub tab: Tab,
    /// Set the first time the checker is shown: it is built then, not behind
    /// the FAQ on load, and kept, so its answers survive a switch of tab.
    pub checker_built: bool,
    /// A question to open, scroll to and focus (deep link, or the checker's
    /// "read more"), numbered so the same one twice still moves focus.
    pub reveal: Option<(AttrValue, u32)>,
    pub announcement: String,
}

pub enum AppAction {
    Lang(AttrValue),
    Show(Tab),
    /// Shows the FAQ and reveals the question with this id.
    Reveal(String),
    Announce(String),
}

impl AppState {
    pub fn new(lang: AttrValue, tab: Tab) -> AppState {
        AppState {
            lang,
            tab,
            checker_built: tab == Tab::Checker,
            reveal: None,
            announcement: String::new(),
        }
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Lang(lang) => next.lang = lang,
            AppAction::Show(tab) => {
                next.tab = tab;
                next.checker_built |= tab == Tab::Checker;
            }
            AppAction::Reveal(id) => {
                let n = next.reveal.as_ref().map_or(0, |(_, n)| n + 1);
                next.tab = Tab::Faq;
                next.reveal = Some((id.into(), n));
            }
            AppAction::Announce(text) => next.announcement = text,
        }
        Rc::new(next)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FaqState {
    /// The open questions' ids (a list: a few at a time, and smaller code
    /// than a set).
    pub open: Vec<String>,
    pub query: String,
    /// A question to scroll to and focus (deep link), with a counter so the
    /// same link followed twice still moves focus.
    pub reveal: Option<(String, u32)>,
}

pub enum FaqAction {
    Toggle(String),
    /// Opened by find-in-page (`beforematch`): open, do not move focus.
    Open(String),
    /// Opened from a deep link or a related-question link: open and focus.
    Reveal(String),
    OpenAll(Vec<String>),
    CloseAll,
    /// The new query and the entries it matches, which open.
    Search(String, Vec<String>),
}

impl FaqState {
    fn open_one(&mut self, id: String) {
        if !self.open.contains(&id) {
            self.open.push(id);
        }
    }
}

impl Reducible for FaqState {
    type Action = FaqAction;

    fn reduce(self: Rc<Self>, action: FaqAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FaqAction::Toggle(id) => {
                if next.open.contains(&id) {
                    next.open.retain(|open| *open != id);
                } else {
                    next.open.push(id);
                }
            }
            FaqAction::Open(id) => next.open_one(id),
            FaqAction::Reveal(id) => {
                let n = next.reveal.as_ref().map_or(0, |(_, n)| n + 1);
                next.query.clear();
                next.open_one(id.clone());
                next.reveal = Some((id, n));
            }
            FaqAction::OpenAll(ids) => ids.into_iter().for_each(|id| next.open_one(id)),
            FaqAction::CloseAll => next.open.clear(),
            FaqAction::Search(query, matched) => {
                next.open = if query.trim().is_empty() {
                    Vec::new()
                } else {
                    matched
                };
                next.query = query;
            }
        }
        Rc::new(next)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Procedure,
    Signs,
    Result,
}

impl Step {
    pub fn number(self) -> u8 {
        match self {
            Step::Procedure => 1,
            Step::Signs => 2,
            Step::Result => 3,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckerState {
    pub step: Step,
    pub procedure: Option<String>,
    /// The day field as typed; `day()` reads it.
    pub day_text: String,
    pub signs: Vec<String>,
    pub risks: Vec<String>,
}

pub enum CheckerAction {
    Procedure(String),
    DayText(String),
    ToggleSign(String),
    ToggleRisk(String),
    Go(Step),
    Restart,
}

impl CheckerState {
    pub fn day(&self) -> Option<u32> {
        self.day_text.trim().parse().ok()
    }

    /// The engine's input, once the first step is complete.
    pub fn input(&self) -> Option<Input> {
        Some(Input {
            procedure: self.procedure.clone()?,
            day: self.day()?,
            signs: self.signs.clone(),
            risks: self.risks.clone(),
        })
    }
}

fn toggle(list: &mut Vec<String>, id: String) {
    if let Some(i) = list.iter().position(|s| *s == id) {
        list.remove(i);
    } else {
        list.push(id);
    }
}

impl Reducible for CheckerState {
    type Action = CheckerAction;

    fn reduce(self: Rc<Self>, action: CheckerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckerAction::Procedure(id) => next.procedure = Some(id),
            CheckerAction::DayText(text) => next.day_text = text,
            CheckerAction::ToggleSign(id) => toggle(&mut next.signs, id),
            CheckerAction::ToggleRisk(id) => toggle(&mut next.risks, id),
            // Later steps need the first one complete.
            CheckerAction::Go(step) => {
                if step == Step::Procedure || next.input().is_some() {
                    next.step = step;
                }
            }
            CheckerAction::Restart => next = CheckerState::default(),
        }
        Rc::new(next)
    }
}
