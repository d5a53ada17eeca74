//! A salon's own content: FAQ entries to add to the bundled ones (or to use
//! instead of them), and new wording for the checker's non-medical texts.
//! The format has no way to touch the checker's rules, levels, signs or
//! sources, and medical advice (the emergency, urgent, doctor and
//! appointment levels, and every sign and reason that can lead there) cannot
//! be reworded: a salon may only add a note beside the doctor and
//! appointment answers, none beside emergency and urgent ones. Nor may it
//! reword why healing is normal; the healing answer's own title and words
//! are the salon's, with its safety net fixed.

use serde::{Deserialize, Serialize};

use crate::core::checker::{Checker, Level, LevelText};
use crate::core::content::Content;
use crate::core::error::{ContentError, ErrorKind};
use crate::core::faq::Faq;
use crate::core::pairs::Pairs;
use crate::core::read;
use crate::core::text::Text;
use crate::core::validate;

/// What a salon writes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SalonContent {
    /// The languages this file is written in, e.g. ["en"] or ["en", "es"].
    pub languages: Vec<String>,
    /// FAQ categories and entries; an entry may also use a bundled category
    /// when they are added to the bundled FAQ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub faq: Option<Faq>,
    /// New wording for the checker, by id. Only texts: rules stay as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checker: Option<CheckerWording>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckerWording {
    /// By sign id: a new label and/or help text (signs that only lead to
    /// the salon or to healing).
    #[serde(default)]
    pub signs: Pairs<String, SignWording>,
    /// By level id: a note for any level; a new title and "what to do now"
    /// for `practitioner` and `healing` only.
    #[serde(default)]
    pub levels: Pairs<Level, LevelWording>,
    /// By rule id: a new explanation (rules of the `practitioner` and
    /// `healing` levels only).
    #[serde(default)]
    pub rules: Pairs<String, RuleWording>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SignWording {
    pub label: Option<Text>,
    pub help: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelWording {
    pub title: Option<Text>,
    pub now: Option<Text>,
    /// The salon's own words, shown beside the advice, never instead of it.
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RuleWording {
    pub why: Text,
}

/// How a salon's FAQ meets the bundled one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The salon's entries first, then the bundled ones.
    #[default]
    Add,
    /// Only the salon's entries.
    Replace,
}

impl SalonContent {
    /// Reads a salon's file; the error names the JSON path of the problem.
    pub fn parse(text: &str) -> Result<SalonContent, Vec<ContentError>> {
        read::from_str(text).map_err(|e| vec![e])
    }

    /// The bundled content with this salon's FAQ and wording applied, or
    /// every problem found (each with its JSON path in the salon's file).
    pub fn apply(&self, bundled: &Content, mode: Mode) -> Result<Content, Vec<ContentError>> {
        let errors = self.check(bundled, mode);
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut content = bundled.clone();
        if let Some(faq) = &self.faq {
            content.faq = match mode {
                Mode::Add => Faq {
                    categories: faq
                        .categories
                        .iter()
                        .chain(&bundled.faq.categories)
                        .cloned()
                        .collect(),
                    entries: faq
                        .entries
                        .iter()
                        .chain(&bundled.faq.entries)
                        .cloned()
                        .collect(),
                },
                Mode::Replace => faq.clone(),
            };
            // Related questions the rules point to may be gone after a replace.
            let entries = &content.faq.entries;
            for rule in &mut content.checker.rules {
                rule.faq.retain(|id| entries.iter().any(|e| e.id == *id));
            }
            // Categories left without entries are not shown.
            let entries = &content.faq.entries;
            content
                .faq
                .categories
                .retain(|c| entries.iter().any(|e| e.category == c.id));
        }
        if let Some(wording) = &self.checker {
            let checker = &mut content.checker;
            for (id, w) in wording.signs.iter() {
                if let Some(sign) = checker.signs.iter_mut().find(|s| s.id == *id) {
                    overlay(&mut sign.label, w.label.as_ref());
                    overlay(&mut sign.help, w.help.as_ref());
                }
            }
            for (&level, w) in wording.levels.iter() {
                let text: &mut LevelText = checker.levels.get_mut(level);
                overlay(&mut text.title, w.title.as_ref());
                overlay(&mut text.now, w.now.as_ref());
                if let Some(note) = &w.note {
                    overlay(text.note.get_or_insert_with(Text::default), Some(note));
                }
            }
            for (id, w) in wording.rules.iter() {
                if let Some(rule) = checker.rules.iter_mut().find(|r| r.id == *id) {
                    overlay(&mut rule.why, Some(&w.why));
                }
            }
        }
        Ok(content)
    }

    /// Every problem in the salon's file, in document order.
    pub fn check(&self, bundled: &Content, mode: Mode) -> Vec<ContentError> {
        let mut errors = Vec::new();
        let pseudo = Content {
            languages: self.languages.clone(),
            faq: self.faq.clone().unwrap_or(Faq {
                categories: Vec::new(),
                entries: Vec::new(),
            }),
            checker: bundled.checker.clone(),
        };
        // The FAQ part: the same checks as the bundled FAQ, in the salon's
        // languages. An added entry may also use a bundled category.
        for e in validate::check_faq(&pseudo) {
            let allowed = match &e.kind {
                ErrorKind::UnknownCategory(id) => {
                    mode == Mode::Add && bundled.faq.categories.iter().any(|c| c.id == *id)
                }
                ErrorKind::NoCategories => self.faq.is_none() || mode == Mode::Add,
                ErrorKind::Other => false,
            };
            if !allowed {
                errors.push(e);
            }
        }
        if mode == Mode::Add {
            if let Some(faq) = &self.faq {
                for (i, c) in faq.categories.iter().enumerate() {
                    if bundled.faq.categories.iter().any(|b| b.id == c.id) {
                        errors.push(clash(&format!("faq.categories[{i}].id"), &c.id));
                    }
                }
                for (i, e) in faq.entries.iter().enumerate() {
                    if bundled.faq.entries.iter().any(|b| b.id == e.id) {
                        errors.push(clash(&format!("faq.entries[{i}].id"), &e.id));
                    }
                }
            }
        }
        if mode == Mode::Replace && self.faq.is_none() {
            errors.push(ContentError::at(
                "faq",
                "content-mode is replace, so the file needs a faq",
            ));
        }
        if let Some(w) = &self.checker {
            let text = |errors: &mut Vec<ContentError>, path: String, t: &Text| {
                errors.extend(validate::check_text(&self.languages, &path, t));
            };
            let checker = &bundled.checker;
            for (id, s) in w.signs.iter() {
                let path = format!("checker.signs.{id}");
                let refused = match checker.sign(id) {
                    None => Some(format!("the checker has no sign \"{id}\"")),
                    Some(_) if leads_to_medical_advice(checker, id) => Some(format!(
                        "\"{id}\" can lead to medical advice, so its words cannot be changed"
                    )),
                    Some(_) => None,
                };
                errors.extend(refused.map(|why| ContentError::at(&path, why)));
                s.label
                    .iter()
                    .for_each(|t| text(&mut errors, format!("{path}.label"), t));
                s.help
                    .iter()
                    .for_each(|t| text(&mut errors, format!("{path}.help"), t));
            }
            for (level, l) in w.levels.iter() {
                let path = format!("checker.levels.{}", level.id());
                // Emergency and urgent answers ask for help now: a note beside
                // them ("message us first") could only delay it.
                let asks_help_now = *level >= Level::Urgent;
                for (field, t) in [("title", &l.title), ("now", &l.now)] {
                    let Some(t) = t else { continue };
                    if level.is_medical() {
                        let instead = if asks_help_now {
                            ""
                        } else {
                            "; add a \"note\" beside it instead"
                        };
                        errors.push(ContentError::at(
                            &format!("{path}.{field}"),
                            format!(
                                "the {} level is medical advice, which cannot be reworded{instead}",
                                level.id()
                            ),
                        ));
                    }
                    text(&mut errors, format!("{path}.{field}"), t);
                }
                if let Some(t) = &l.note {
                    if asks_help_now {
                        errors.push(ContentError::at(
                            &format!("{path}.note"),
                            format!(
                                "the {} level asks for help now, so it takes no note",
                                level.id()
                            ),
                        ));
                    }
                    text(&mut errors, format!("{path}.note"), t);
                }
            }
            for (id, r) in w.rules.iter() {
                let path = format!("checker.rules.{id}");
                let refused = match checker.rules.iter().find(|rule| rule.id == *id) {
                    None => Some(format!("the checker has no rule \"{id}\"")),
                    Some(rule) if rule.level.is_medical() => Some(format!(
                        "\"{id}\" gives medical advice, so its words cannot be changed"
                    )),
                    // What normal healing looks like is medical knowledge too:
                    // "pus in the first week is part of healing" must not pass.
                    Some(rule) if rule.level == Level::Healing => Some(format!(
                        "\"{id}\" says what healing is normal, so its words cannot be changed"
                    )),
                    Some(_) => None,
                };
                errors.extend(refused.map(|why| ContentError::at(&path, why)));
                text(&mut errors, format!("{path}.why"), &r.why);
            }
        }
        errors
    }
}

/// Whether any rule that names the sign gives medical advice.
fn leads_to_medical_advice(checker: &Checker, sign: &str) -> bool {
    checker
        .rules
        .iter()
        .any(|r| r.level.is_medical() && r.when.signs.iter().flatten().any(|s| s == sign))
}

fn clash(path: &str, id: &str) -> ContentError {
    ContentError::at(
        path,
        format!("the bundled FAQ already has the id \"{id}\"; choose another, or use content-mode=\"replace\""),
    )
}

/// Replaces, language by language, the texts the salon gave.
fn overlay(target: &mut Text, with: Option<&Text>) {
    if let Some(with) = with {
        for (lang, s) in with.0.iter() {
            target.0.set(lang.clone(), s.clone());
        }
    }
}
