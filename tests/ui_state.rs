//! The widget's UI state on the host: what a click, a search, a deep link
//! or a step does to what the visitor sees.

use pmu_care::core::ui_state::*;

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_question_opens_and_closes_and_open_all_adds_none_twice() {
    let mut faq = FaqState::default();
    faq.apply(FaqAction::Toggle("a".into()));
    faq.apply(FaqAction::Toggle("b".into()));
    assert!(faq.is_open("a") && faq.is_open("b"));
    faq.apply(FaqAction::Toggle("a".into()));
    assert!(!faq.is_open("a"));
    faq.apply(FaqAction::OpenAll(ids(&["a", "b", "c"])));
    assert_eq!(faq.open, ids(&["b", "a", "c"]));
    faq.apply(FaqAction::CloseAll);
    assert!(faq.open.is_empty());
}

#[test]
fn a_search_opens_what_it_matches_and_clearing_it_closes_them() {
    let mut faq = FaqState::with_open(ids(&["x"]));
    faq.apply(FaqAction::Search("scar".into(), Some(ids(&["a", "b"]))));
    assert_eq!(faq.open, ids(&["a", "b"]));
    assert_eq!(faq.query, "scar");
    assert_eq!(faq.found, Some(ids(&["a", "b"])), "what shows, found once");
    faq.apply(FaqAction::Search("the".into(), None));
    assert!(
        faq.open.is_empty(),
        "nothing to search for closes everything"
    );
    assert_eq!(faq.found, None, "and shows every question");
}

#[test]
fn find_in_page_opens_a_question_without_taking_focus() {
    let mut faq = FaqState::default();
    faq.apply(FaqAction::Open("a".into()));
    faq.apply(FaqAction::Open("a".into()));
    assert_eq!(faq.open, ids(&["a"]));
    assert_eq!(faq.reveal_for("a"), None);
}

#[test]
fn a_deep_link_shows_the_faq_and_the_same_link_twice_is_a_new_request() {
    let mut app = AppState::new("en".into(), Tab::Checker);
    app.apply(AppAction::Reveal("scars".into()));
    assert_eq!(app.tab, Tab::Faq);
    let first = app.reveal.clone().unwrap();
    app.apply(AppAction::Reveal("scars".into()));
    let second = app.reveal.clone().unwrap();
    assert_eq!(first.id, second.id);
    assert_ne!(first, second, "focus must move again");

    let mut faq = FaqState::default();
    faq.apply(FaqAction::Search("laser".into(), Some(Vec::new())));
    faq.apply(FaqAction::Reveal(second.clone()));
    assert_eq!(faq.query, "", "the search is cleared so the question shows");
    assert_eq!(faq.found, None);
    assert!(faq.is_open("scars"));
    assert_eq!(faq.reveal_for("scars"), Some(second));
    assert_eq!(faq.reveal_for("laser"), None);
}

#[test]
fn the_checker_is_built_when_first_shown_and_kept() {
    let mut app = AppState::new("es".into(), Tab::Faq);
    assert!(!app.checker_built);
    app.apply(AppAction::Show(Tab::Checker));
    app.apply(AppAction::Show(Tab::Faq));
    assert!(app.checker_built, "answers survive a switch of tab");
    app.apply(AppAction::Lang("en".into()));
    assert_eq!((app.lang.as_str(), app.tab), ("en", Tab::Faq));
}

#[test]
fn the_signs_step_needs_a_procedure_and_a_day() {
    let mut c = CheckerState::default();
    c.apply(CheckerAction::Go(Step::Signs));
    assert_eq!(c.step, Step::Procedure);
    c.apply(CheckerAction::Procedure("lips".into()));
    c.apply(CheckerAction::DayText("three".into()));
    c.apply(CheckerAction::Go(Step::Signs));
    assert_eq!(c.step, Step::Procedure, "a day that is not a number");
    c.apply(CheckerAction::DayText(" 3 ".into()));
    c.apply(CheckerAction::Go(Step::Signs));
    assert_eq!(c.step, Step::Signs);
    assert_eq!(
        c.input().map(|i| (i.procedure, i.day)),
        Some(("lips".to_string(), 3))
    );
}

#[test]
fn ticks_toggle_in_order_and_start_over_forgets_everything() {
    let mut c = CheckerState::default();
    for id in ["pus", "fever", "pus"] {
        c.apply(CheckerAction::ToggleSign(id.into()));
    }
    c.apply(CheckerAction::ToggleRisk("diabetes".into()));
    assert_eq!(c.signs, ids(&["fever"]));
    assert_eq!(c.risks, ids(&["diabetes"]));
    c.apply(CheckerAction::Procedure("brows".into()));
    c.apply(CheckerAction::DayText("2".into()));
    c.apply(CheckerAction::Go(Step::Result));
    c.apply(CheckerAction::Restart);
    assert_eq!(c, CheckerState::default());
}

#[test]
fn switching_language_empties_the_live_region() {
    let mut app = AppState::new("en".into(), Tab::Checker);
    app.apply(AppAction::Announce("Get medical care today".into()));
    app.apply(AppAction::Lang("es".into()));
    assert_eq!(
        app.announcement, "",
        "no English left to be read after the switch"
    );
}
