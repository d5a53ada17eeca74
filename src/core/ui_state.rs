//! The widget's UI state as plain data: one state per part (the widget
//! around the parts, the FAQ, the checker), each changed only by
//! `apply(action)`. Pure, so the host tests cover it (`tests/ui_state.rs`);
//! `web/state.rs` only hands these to Yew's `use_reducer`. The view is a
//! function of this state; the engine is called on it, never inside it.

use crate::core::days::DAY_RANGES;
use crate::core::engine::Input;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Faq,
    Checker,
}

/// A question to open, scroll to and focus (a deep link, or the checker's
/// "read more"). Numbered, so asking for the same question twice is a new
/// request and moves focus again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reveal {
    pub id: String,
    pub number: u32,
}

/// The widget around the parts: language, tab, the live region's text, and
/// a question for the FAQ to reveal.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: String,
    pub tab: Tab,
    /// Set the first time the checker is shown: it is built then, not behind
    /// the FAQ on load, and kept, so its answers survive a switch of tab.
    pub checker_built: bool,
    pub reveal: Option<Reveal>,
    pub announcement: String,
}

pub enum AppAction {
    Lang(String),
    Show(Tab),
    /// Shows the FAQ and reveals the question with this id.
    Reveal(String),
    Announce(String),
}

impl AppState {
    pub fn new(lang: String, tab: Tab) -> AppState {
        AppState {
            lang,
            tab,
            checker_built: tab == Tab::Checker,
            reveal: None,
            announcement: String::new(),
        }
    }

    pub fn apply(&mut self, action: AppAction) {
        match action {
            // The live region's words were in the old language.
            AppAction::Lang(lang) => {
                self.lang = lang;
                self.announcement.clear();
            }
            AppAction::Show(tab) => {
                self.tab = tab;
                self.checker_built |= tab == Tab::Checker;
            }
            AppAction::Reveal(id) => {
                let number = self.reveal.as_ref().map_or(0, |r| r.number + 1);
                self.tab = Tab::Faq;
                self.reveal = Some(Reveal { id, number });
            }
            AppAction::Announce(text) => self.announcement = text,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FaqState {
    /// The open questions' ids (a list: a few at a time, and smaller code
    /// than a set).
    pub open: Vec<String>,
    pub query: String,
    /// The questions the query found, searched once as it was typed; `None`
    /// while there is nothing to search for (every question shows). Ids, so
    /// a switch of language shows the same questions in the other one.
    pub found: Option<Vec<String>>,
    /// The widget's last reveal request, once the FAQ has acted on it.
    pub reveal: Option<Reveal>,
}

pub enum FaqAction {
    Toggle(String),
    /// Opened by find-in-page (`beforematch`): open, do not move focus.
    Open(String),
    /// A deep link or a related-question link: clear the search so the
    /// question is shown, open it, and let it take focus.
    Reveal(Reveal),
    OpenAll(Vec<String>),
    CloseAll,
    /// The new query and the entries it found, which open; `None` when it
    /// has no words to search for.
    Search(String, Option<Vec<String>>),
}

impl FaqState {
    /// The FAQ with these questions open (an `open-category`'s).
    pub fn with_open(open: Vec<String>) -> FaqState {
        FaqState {
            open,
            ..FaqState::default()
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.iter().any(|open| open == id)
    }

    /// The reveal request for this question, if it is the one to reveal.
    pub fn reveal_for(&self, id: &str) -> Option<Reveal> {
        self.reveal.clone().filter(|r| r.id == id)
    }

    fn open_one(&mut self, id: String) {
        if !self.is_open(&id) {
            self.open.push(id);
        }
    }

    pub fn apply(&mut self, action: FaqAction) {
        match action {
            FaqAction::Toggle(id) => toggle(&mut self.open, id),
            FaqAction::Open(id) => self.open_one(id),
            FaqAction::Reveal(reveal) => {
                self.query.clear();
                self.found = None;
                self.open_one(reveal.id.clone());
                self.reveal = Some(reveal);
            }
            FaqAction::OpenAll(ids) => ids.into_iter().for_each(|id| self.open_one(id)),
            FaqAction::CloseAll => self.open.clear(),
            FaqAction::Search(query, found) => {
                self.open = found.clone().unwrap_or_default();
                self.found = found;
                self.query = query;
            }
        }
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
    /// The day field as typed or set by a choice; `day()` reads it.
    pub day_text: String,
    /// The quick choice that set the day (an index of `days::DAY_RANGES`).
    pub day_choice: Option<usize>,
    /// The date field, when the day came from a date.
    pub date_text: String,
    pub signs: Vec<String>,
    pub risks: Vec<String>,
}

pub enum CheckerAction {
    Procedure(String),
    /// The number of days, typed.
    DayText(String),
    /// A quick choice: the day becomes its range's safe end.
    DayChoice(usize),
    /// A date typed or picked, and the days since it (`None` if after today).
    Date(String, Option<u32>),
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

    pub fn apply(&mut self, action: CheckerAction) {
        match action {
            CheckerAction::Procedure(id) => self.procedure = Some(id),
            CheckerAction::DayText(text) => {
                self.day_text = text;
                self.day_choice = None;
                self.date_text.clear();
            }
            CheckerAction::DayChoice(i) => {
                if let Some(range) = DAY_RANGES.get(i) {
                    self.day_text = range.to.to_string();
                    self.day_choice = Some(i);
                    self.date_text.clear();
                }
            }
            CheckerAction::Date(date, days) => {
                self.day_text = days.map(|d| d.to_string()).unwrap_or_default();
                self.day_choice = None;
                self.date_text = date;
            }
            CheckerAction::ToggleSign(id) => toggle(&mut self.signs, id),
            CheckerAction::ToggleRisk(id) => toggle(&mut self.risks, id),
            // Later steps need the first one complete.
            CheckerAction::Go(step) => {
                if step == Step::Procedure || self.input().is_some() {
                    self.step = step;
                }
            }
            CheckerAction::Restart => *self = CheckerState::default(),
        }
    }
}

/// Adds `id` to the list, or takes it out if it is there (order kept: the
/// order things were ticked or opened).
fn toggle(list: &mut Vec<String>, id: String) {
    if let Some(i) = list.iter().position(|s| *s == id) {
        list.remove(i);
    } else {
        list.push(id);
    }
}
