//! The triage engine: what was done, how many days ago, which signs and risk
//! factors -> one level, with the rules that led there. Pure and
//! deterministic; the widget and the `pmu-content` CLI both call [`triage`].
//!
//! The level is the highest level of any rule that fires, and conditions have
//! no negation (see `checker.rs`), so more signs or risk factors never lower it.

use crate::core::checker::{Checker, Level, Rule, Window};

/// What the visitor told us.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub procedure: String,
    /// Days since the procedure; 0 is the day itself.
    pub day: u32,
    pub signs: Vec<String>,
    pub risks: Vec<String>,
}

/// A rule that fired, with the chosen signs that made it fire.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding<'a> {
    pub rule: &'a Rule,
    pub signs: Vec<&'a str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Triage<'a> {
    pub level: Level,
    /// Fired rules, highest level first. When the level is above `healing`,
    /// "this is expected" findings are left out so they cannot reassure.
    pub findings: Vec<Finding<'a>>,
    /// FAQ entry ids to read next, without repeats, in finding order.
    pub faq: Vec<&'a str>,
    /// Source ids behind the findings, without repeats, in finding order.
    pub sources: Vec<&'a str>,
}

pub fn triage<'a>(checker: &'a Checker, input: &Input) -> Triage<'a> {
    let fired: Vec<Finding<'a>> = checker
        .rules
        .iter()
        .filter_map(|rule| fire(checker, rule, input))
        .collect();
    // Highest level first and, within a level, content order: a pass per
    // level (there are five) rather than a sort, which is more code in wasm.
    let mut findings: Vec<Finding<'a>> = Level::ALL
        .iter()
        .flat_map(|&level| fired.iter().filter(move |f| f.rule.level == level))
        .cloned()
        .collect();
    let level = findings.first().map_or(Level::Healing, |f| f.rule.level);
    if level > Level::Healing {
        findings.retain(|f| f.rule.level > Level::Healing);
    }
    let mut faq = Vec::new();
    let mut sources = Vec::new();
    for f in &findings {
        push_new(&mut faq, f.rule.faq.iter().map(String::as_str));
        push_new(&mut sources, f.rule.sources.iter().map(String::as_str));
    }
    Triage {
        level,
        findings,
        faq,
        sources,
    }
}

/// The finding if `rule` fires for `input`.
fn fire<'a>(checker: &'a Checker, rule: &'a Rule, input: &Input) -> Option<Finding<'a>> {
    let when = &rule.when;
    if !when.procedures.is_empty() && !when.procedures.contains(&input.procedure) {
        return None;
    }
    if !when.risks.is_empty() && !when.risks.iter().any(|r| input.risks.contains(r)) {
        return None;
    }
    let counts = |id: &str| {
        input.signs.iter().any(|s| s == id)
            && match when.window {
                None => true,
                // No window for this procedure: never "expected", always past.
                Some(window) => {
                    let within = checker
                        .sign(id)
                        .and_then(|s| s.window_for(&input.procedure))
                        .is_some_and(|last| input.day <= last);
                    within == (window == Window::Within)
                }
            }
    };
    let mut signs = Vec::new();
    for group in &when.signs {
        let matched: Vec<&'a str> = group
            .iter()
            .map(String::as_str)
            .filter(|id| counts(id))
            .collect();
        if matched.is_empty() {
            return None;
        }
        push_new(&mut signs, matched);
    }
    if signs.is_empty() {
        return None;
    }
    Some(Finding { rule, signs })
}

/// "If it gets worse": the watched signs of `level` (the visitor's level)
/// that would raise it, each under the level the engine gives when it is
/// added to what the visitor chose, highest level first. Computed, not
/// written, so it cannot point lower than the rules.
pub fn watch<'a>(checker: &'a Checker, input: &Input, level: Level) -> Vec<(Level, Vec<&'a str>)> {
    let mut raised: Vec<(Level, &'a str)> = Vec::new();
    for id in &checker.levels.get(level).watch {
        let offered = checker
            .sign(id)
            .is_some_and(|s| s.offered_for(&input.procedure));
        if !offered || input.signs.contains(id) {
            continue;
        }
        let mut more = input.clone();
        more.signs.push(id.clone());
        let with = triage(checker, &more).level;
        if with > level {
            raised.push((with, id.as_str()));
        }
    }
    Level::ALL
        .iter()
        .map(|&l| {
            (
                l,
                raised
                    .iter()
                    .filter(|(r, _)| *r == l)
                    .map(|(_, id)| *id)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect()
}

fn push_new<'a>(into: &mut Vec<&'a str>, items: impl IntoIterator<Item = &'a str>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}
