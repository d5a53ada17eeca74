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
    /// Below `urgent`, while the day is within them: each healing sign's
    /// usual time for this procedure (none when care is needed today, as
    /// acting matters more then, or when healing is long past).
    pub timeline: Vec<TimelineRow>,
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
pub struct TimelineRow {
    pub sign: String,
    /// The last day it is usually seen.
    pub until_day: u32,
    /// The visitor ticked it.
    pub yours: bool,
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
        let mut timeline: Vec<TimelineRow> = checker
            .signs_for(HEALING_GROUP, &input.procedure)
            .filter_map(|s| {
                Some(TimelineRow {
                    sign: t(&s.label),
                    until_day: s.window_for(&input.procedure)?,
                    yours: input.signs.contains(&s.id),
                })
            })
            .collect();
        let last = timeline.iter().map(|r| r.until_day).max();
        if result.level >= Level::Urgent || last.is_none_or(|last| input.day > last) {
            timeline.clear();
        }
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
            timeline,
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

/// What the summary tells a doctor beyond the answer, known to the page:
/// dates in the visitor's own format, and the salon's contact.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SummaryFacts {
    pub checked_on: Option<String>,
    /// About when the procedure was, counted back from the day checked.
    pub procedure_on: Option<String>,
    /// "Name, phone", or whichever the salon set.
    pub salon: Option<String>,
}

/// A part of the summary: a heading (none for the last words) and lines.
pub type Section = (String, Vec<String>);

impl Report {
    /// The safety net's heading: with `emergency` there is nothing higher
    /// to watch for, only what to do while help comes.
    pub fn watch_heading(&self, ui: &UiText) -> &'static str {
        if self.level == Level::Emergency {
            ui.while_you_wait
        } else {
            ui.watch_for
        }
    }

    /// The summary a visitor copies or prints for a doctor or nurse: first
    /// the facts (dates, procedure, salon, blank lines for the pigment, what
    /// was ticked), then the answer and why, as headed sections.
    pub fn summary(&self, ui: &UiText, facts: &SummaryFacts) -> Vec<Section> {
        let list = |items: &[String]| {
            if items.is_empty() {
                ui.summary_none.to_string()
            } else {
                items.join("; ")
            }
        };
        let blank = "________________";
        let mut head = Vec::new();
        let mut fact = |label: &str, value: Option<&str>| {
            if let Some(value) = value {
                head.push(format!("{label}: {value}"));
            }
        };
        fact(ui.summary_checked_on, facts.checked_on.as_deref());
        fact(ui.summary_procedure, Some(&self.procedure));
        fact(ui.summary_procedure_on, facts.procedure_on.as_deref());
        fact(ui.summary_day, Some(&self.day.to_string()));
        fact(ui.summary_salon, facts.salon.as_deref());
        fact(ui.summary_pigment, Some(blank));
        fact(ui.summary_batch, Some(blank));
        fact(ui.summary_signs, Some(&list(&self.signs)));
        fact(ui.summary_risks, Some(&list(&self.risks)));
        let mut answer = vec![self.now.clone()];
        answer.extend(self.call.iter().chain(&self.note).cloned());
        let mut sections = vec![
            (ui.summary_title.to_string(), head),
            (to_upper(&self.title), answer),
        ];
        let mut add = |heading: &str, lines: Vec<String>| {
            if !lines.is_empty() {
                sections.push((format!("{heading}:"), lines));
            }
        };
        add(
            ui.why,
            self.reasons
                .iter()
                .map(|r| format!("- {} ({})", r.why, r.signs.join("; ")))
                .collect(),
        );
        // With `healing`, what is still usual on this day.
        add(
            &with_n(ui.expected_heading, self.day),
            self.timeline
                .iter()
                .filter(|r| self.level == Level::Healing && self.day <= r.until_day)
                .map(|r| format!("- {} ({})", r.sign, with_n(ui.until_day, r.until_day)))
                .collect(),
        );
        let watch = self.watch.iter();
        let watch = watch.map(|w| format!("- {}: {}", w.title, w.signs.join("; ")));
        add(
            self.watch_heading(ui),
            watch.chain([self.safety_net.clone()]).collect(),
        );
        add(
            ui.sources,
            self.sources
                .iter()
                .map(|s| match &s.url {
                    Some(url) => format!("- {} {url}", s.citation),
                    None => format!("- {}", s.citation),
                })
                .collect(),
        );
        sections.push((String::new(), vec![ui.disclaimer.to_string()]));
        sections
    }

    /// The summary as text to copy: each section its heading and lines,
    /// a blank line between.
    pub fn plain_text(&self, ui: &UiText, facts: &SummaryFacts) -> String {
        let mut out = String::new();
        for (heading, lines) in self.summary(ui, facts) {
            for line in std::iter::once(&heading).chain(&lines) {
                if !line.is_empty() {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        out.pop();
        out
    }
}
