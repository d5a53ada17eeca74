//! A triage result in words, in one language: what the CLI prints as JSON
//! and what the widget copies as a plain-text summary for a doctor.

use serde::Serialize;

use crate::core::case::to_upper;
use crate::core::checker::{Level, HEALING_GROUP};
use crate::core::content::Content;
use crate::core::engine::{watch, Input, Triage};
use crate::core::ui_text::{with_n, UiText};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub level: Level,
    /// No sign was ticked: the title and "now" say so, never "normal
    /// healing", since the visitor's problem may not be in the list.
    pub nothing_ticked: bool,
    pub title: String,
    pub now: String,
    /// Whom to call (emergency and urgent always have it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<String>,
    /// The salon's own note beside the advice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// "If it gets worse": what to do for which signs, from the engine.
    pub watch: Vec<WatchLine>,
    /// The last words of "if it gets worse".
    pub safety_net: String,
    /// With `healing`: the signs expected on this day for this procedure.
    pub expected: Vec<Expected>,
    /// About when this procedure has healed (practice guidance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healed_by_day: Option<u32>,
    pub procedure: String,
    pub day: u32,
    pub signs: Vec<String>,
    pub risks: Vec<String>,
    pub reasons: Vec<Reason>,
    pub faq: Vec<FaqLink>,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub rule: String,
    pub level: Level,
    pub why: String,
    /// Labels of the chosen signs that made the rule fire.
    pub signs: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WatchLine {
    pub level: Level,
    /// The level's headline, e.g. "Get medical care today".
    pub title: String,
    /// Labels of the signs that would give this level.
    pub signs: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Expected {
    pub sign: String,
    /// The last day it is expected.
    pub until_day: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FaqLink {
    pub id: String,
    pub question: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceRef {
    pub id: String,
    pub citation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Report {
    pub fn new(content: &Content, input: &Input, result: &Triage, lang: &str) -> Report {
        let fallback = content.languages.first().map_or("en", String::as_str);
        let checker = &content.checker;
        let sign_label = |id: &str| {
            checker
                .sign(id)
                .map_or(id, |s| s.label.get(lang, fallback))
                .to_string()
        };
        let t = |text: &crate::core::text::Text| text.get(lang, fallback).to_string();
        let level = checker.levels.get(result.level);
        let nothing_ticked = input.signs.is_empty();
        let (title, now) = if nothing_ticked {
            (t(&checker.no_signs.title), t(&checker.no_signs.now))
        } else {
            (t(&level.title), t(&level.now))
        };
        let procedure = checker.procedure(&input.procedure);
        let expected = if result.level == Level::Healing {
            checker
                .signs_for(HEALING_GROUP, &input.procedure)
                .filter_map(|s| {
                    let until_day = s.window_for(&input.procedure)?;
                    (input.day <= until_day).then(|| Expected {
                        sign: t(&s.label),
                        until_day,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        Report {
            level: result.level,
            nothing_ticked,
            title,
            now,
            call: level.call.as_ref().map(t),
            note: level.note.as_ref().map(t),
            watch: watch(checker, input, result.level)
                .into_iter()
                .map(|(l, ids)| WatchLine {
                    level: l,
                    title: t(&checker.levels.get(l).title),
                    signs: ids.into_iter().map(sign_label).collect(),
                })
                .collect(),
            safety_net: t(&level.safety_net),
            expected,
            healed_by_day: procedure.map(|p| p.healed_by_day),
            procedure: procedure
                .map_or(input.procedure.as_str(), |p| p.label.get(lang, fallback))
                .to_string(),
            day: input.day,
            signs: input.signs.iter().map(|s| sign_label(s)).collect(),
            risks: input
                .risks
                .iter()
                .map(|r| {
                    checker
                        .risk_factors
                        .iter()
                        .find(|f| f.id == *r)
                        .map_or(r.as_str(), |f| f.label.get(lang, fallback))
                        .to_string()
                })
                .collect(),
            reasons: result
                .findings
                .iter()
                .map(|f| Reason {
                    rule: f.rule.id.clone(),
                    level: f.rule.level,
                    why: f.rule.why.get(lang, fallback).to_string(),
                    signs: f.signs.iter().map(|s| sign_label(s)).collect(),
                })
                .collect(),
            faq: result
                .faq
                .iter()
                .filter_map(|id| content.faq.entries.iter().find(|e| e.id == *id))
                .map(|e| FaqLink {
                    id: e.id.clone(),
                    question: e.question.get(lang, fallback).to_string(),
                })
                .collect(),
            sources: result
                .sources
                .iter()
                .filter_map(|id| checker.source(id))
                .map(|s| SourceRef {
                    id: s.id.clone(),
                    citation: citation(&s.publisher, &s.title, s.year),
                    url: s.url.clone(),
                })
                .collect(),
        }
    }
}

fn citation(publisher: &str, title: &str, year: Option<u16>) -> String {
    match year {
        Some(y) => format!("{publisher}. {title} ({y})."),
        None => format!("{publisher}. {title}."),
    }
}

impl Report {
    /// The summary a visitor copies or prints to show a doctor.
    pub fn plain_text(&self, ui: &UiText) -> String {
        let list = |items: &[String]| {
            if items.is_empty() {
                ui.summary_none.to_string()
            } else {
                items.join("; ")
            }
        };
        let mut out = format!(
            "{}\n\n{}: {}\n{}: {}\n{}: {}\n{}: {}\n\n{}\n{}\n",
            ui.summary_title,
            ui.summary_procedure,
            self.procedure,
            ui.summary_day,
            self.day,
            ui.summary_signs,
            list(&self.signs),
            ui.summary_risks,
            list(&self.risks),
            to_upper(&self.title),
            self.now,
        );
        if let Some(call) = &self.call {
            out.push_str(&format!("{call}\n"));
        }
        if let Some(note) = &self.note {
            out.push_str(&format!("\n{note}\n"));
        }
        if !self.reasons.is_empty() {
            out.push_str(&format!("\n{}:\n", ui.why));
            for r in &self.reasons {
                out.push_str(&format!("- {} ({})\n", r.why, r.signs.join("; ")));
            }
        }
        if !self.expected.is_empty() {
            out.push_str(&format!("\n{}:\n", with_n(ui.expected_heading, self.day)));
            for e in &self.expected {
                out.push_str(&format!(
                    "- {} ({})\n",
                    e.sign,
                    with_n(ui.until_day, e.until_day)
                ));
            }
        }
        out.push_str(&format!("\n{}:\n", ui.watch_for));
        for w in &self.watch {
            out.push_str(&format!("- {}: {}\n", w.title, w.signs.join("; ")));
        }
        out.push_str(&format!("{}\n", self.safety_net));
        if !self.sources.is_empty() {
            out.push_str(&format!("\n{}:\n", ui.sources));
            for s in &self.sources {
                match &s.url {
                    Some(url) => out.push_str(&format!("- {} {url}\n", s.citation)),
                    None => out.push_str(&format!("- {}\n", s.citation)),
                }
            }
        }
        out.push_str(&format!("\n{}\n", ui.disclaimer));
        out
    }
}
