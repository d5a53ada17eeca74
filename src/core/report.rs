//! A triage result in words, in one language: what the CLI prints as JSON
//! and what the widget copies as a plain-text summary for a doctor.

use serde::Serialize;

use crate::core::case::to_upper;
use crate::core::checker::Level;
use crate::core::content::Content;
use crate::core::engine::{Input, Triage};
use crate::core::ui_text::UiText;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub level: Level,
    pub title: String,
    pub now: String,
    pub safety_net: String,
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
        let level = checker.levels.get(result.level);
        Report {
            level: result.level,
            title: level.title.get(lang, fallback).to_string(),
            now: level.now.get(lang, fallback).to_string(),
            safety_net: level.safety_net.get(lang, fallback).to_string(),
            procedure: checker
                .procedures
                .iter()
                .find(|p| p.id == input.procedure)
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
        if !self.reasons.is_empty() {
            out.push_str(&format!("\n{}:\n", ui.why));
            for r in &self.reasons {
                out.push_str(&format!("- {} ({})\n", r.why, r.signs.join("; ")));
            }
        }
        out.push_str(&format!("\n{}: {}\n", ui.watch_for, self.safety_net));
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
