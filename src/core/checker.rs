//! The warning-sign checker's part of the content: procedures, risk factors,
//! the sign catalogue, the five levels and the rules that map one to the other.
//!
//! Rule conditions have no negation: a rule fires when at least one sign of
//! each of its groups is present (and its other conditions hold). So adding a
//! sign or a risk factor can only make more rules fire, and the level, the
//! highest of the fired rules, can never go down.

use serde::Serialize;

use crate::core::content::{ContentError, Text};
use crate::core::json::{one_of, Fields, FromJson, FromKey, Json};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Checker {
    pub procedures: Vec<Procedure>,
    pub risk_factors: Vec<RiskFactor>,
    /// Groups of signs, shown in this order; the `emergency` group holds the
    /// red flags, each of which must alone give the `emergency` level.
    pub groups: Vec<Group>,
    pub signs: Vec<Sign>,
    pub levels: Levels,
    pub rules: Vec<Rule>,
    pub sources: Vec<Source>,
}

/// The id of the group whose signs are red flags.
pub const EMERGENCY_GROUP: &str = "emergency";

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskFactor {
    pub id: String,
    pub label: Text,
    pub help: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Text,
    pub help: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sign {
    /// Stable kebab-case English slug.
    pub id: String,
    pub group: String,
    pub label: Text,
    pub help: Text,
    /// Procedures the sign is offered for; empty means all. The engine counts
    /// a chosen sign whatever the procedure, so this only shapes the form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<String>,
    /// For signs that are normal early on: the last day (0 = the day of the
    /// procedure) on which the sign is still expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normal_until_day: Option<u32>,
}

/// How soon and where to get help, lowest first (so `Ord` ranks them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Expected healing: follow the aftercare.
    Healing,
    /// Cosmetic: contact the salon or a corrective specialist.
    Practitioner,
    /// See a doctor within a day or two.
    Doctor,
    /// Medical care today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Emergency,
        Level::Urgent,
        Level::Doctor,
        Level::Practitioner,
        Level::Healing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::Healing => "healing",
            Level::Practitioner => "practitioner",
            Level::Doctor => "doctor",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }
}

/// The words for each level; a struct, not a list, so none can be missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub emergency: LevelText,
    pub urgent: LevelText,
    pub doctor: LevelText,
    pub practitioner: LevelText,
    pub healing: LevelText,
}

impl Levels {
    pub fn get(&self, level: Level) -> &LevelText {
        match level {
            Level::Emergency => &self.emergency,
            Level::Urgent => &self.urgent,
            Level::Doctor => &self.doctor,
            Level::Practitioner => &self.practitioner,
            Level::Healing => &self.healing,
        }
    }

    pub fn get_mut(&mut self, level: Level) -> &mut LevelText {
        match level {
            Level::Emergency => &mut self.emergency,
            Level::Urgent => &mut self.urgent,
            Level::Doctor => &mut self.doctor,
            Level::Practitioner => &mut self.practitioner,
            Level::Healing => &mut self.healing,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// The headline, e.g. "Get medical care today".
    pub title: Text,
    /// What to do now.
    pub now: Text,
    /// What to do if it gets worse.
    pub safety_net: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub level: Level,
    pub when: Condition,
    /// Why this rule fired, in plain words.
    pub why: Text,
    /// Ids of the sources the rule rests on (at least one).
    pub sources: Vec<String>,
    /// Ids of FAQ entries worth reading next.
    #[serde(default)]
    pub faq: Vec<String>,
}

/// When a rule fires: every part given must hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Groups of sign ids; at least one sign of each group must be chosen.
    pub signs: Vec<Vec<String>>,
    /// If given, at least one of these risk factors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<String>,
    /// If given, only for these procedures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<String>,
    /// If given, a sign only counts when the day is within (or past) its
    /// `normal_until_day`. Allowed with one sign group only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Window {
    /// On or before the sign's last normal day.
    Within,
    /// After the sign's last normal day.
    Past,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Who published it (an organisation or a journal).
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Checker {
    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Signs of one group offered for `procedure`, in content order.
    pub fn signs_for<'a>(
        &'a self,
        group: &'a str,
        procedure: &'a str,
    ) -> impl Iterator<Item = &'a Sign> + 'a {
        self.signs.iter().filter(move |s| {
            s.group == group
                && (s.procedures.is_empty() || s.procedures.iter().any(|p| p == procedure))
        })
    }
}

impl FromJson for Checker {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(
            value,
            path,
            &[
                "procedures",
                "risk_factors",
                "groups",
                "signs",
                "levels",
                "rules",
                "sources",
            ],
        )?;
        Ok(Checker {
            procedures: f.req("procedures")?,
            risk_factors: f.req("risk_factors")?,
            groups: f.req("groups")?,
            signs: f.req("signs")?,
            levels: f.req("levels")?,
            rules: f.req("rules")?,
            sources: f.req("sources")?,
        })
    }
}

impl FromJson for Procedure {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "label"])?;
        Ok(Procedure {
            id: f.req("id")?,
            label: f.req("label")?,
        })
    }
}

impl FromJson for RiskFactor {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "label", "help"])?;
        Ok(RiskFactor {
            id: f.req("id")?,
            label: f.req("label")?,
            help: f.req("help")?,
        })
    }
}

impl FromJson for Group {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "title", "help"])?;
        Ok(Group {
            id: f.req("id")?,
            title: f.req("title")?,
            help: f.req("help")?,
        })
    }
}

impl FromJson for Sign {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(
            value,
            path,
            &[
                "id",
                "group",
                "label",
                "help",
                "procedures",
                "normal_until_day",
            ],
        )?;
        Ok(Sign {
            id: f.req("id")?,
            group: f.req("group")?,
            label: f.req("label")?,
            help: f.req("help")?,
            procedures: f.opt("procedures")?,
            normal_until_day: f.opt("normal_until_day")?,
        })
    }
}

const LEVEL_NAMES: [(&str, Level); 5] = [
    ("emergency", Level::Emergency),
    ("urgent", Level::Urgent),
    ("doctor", Level::Doctor),
    ("practitioner", Level::Practitioner),
    ("healing", Level::Healing),
];

impl FromJson for Level {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        one_of(&String::from_json(value, path)?, path, &LEVEL_NAMES)
    }
}

impl FromKey for Level {
    fn from_key(key: &str, path: &str) -> Result<Self, ContentError> {
        one_of(key, path, &LEVEL_NAMES)
    }
}

impl FromJson for Levels {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &LEVEL_NAMES.map(|(name, _)| name))?;
        Ok(Levels {
            emergency: f.req("emergency")?,
            urgent: f.req("urgent")?,
            doctor: f.req("doctor")?,
            practitioner: f.req("practitioner")?,
            healing: f.req("healing")?,
        })
    }
}

impl FromJson for LevelText {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["title", "now", "safety_net"])?;
        Ok(LevelText {
            title: f.req("title")?,
            now: f.req("now")?,
            safety_net: f.req("safety_net")?,
        })
    }
}

impl FromJson for Rule {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(
            value,
            path,
            &["id", "level", "when", "why", "sources", "faq"],
        )?;
        Ok(Rule {
            id: f.req("id")?,
            level: f.req("level")?,
            when: f.req("when")?,
            why: f.req("why")?,
            sources: f.req("sources")?,
            faq: f.opt("faq")?,
        })
    }
}

impl FromJson for Condition {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["signs", "risks", "procedures", "window"])?;
        Ok(Condition {
            signs: f.req("signs")?,
            risks: f.opt("risks")?,
            procedures: f.opt("procedures")?,
            window: f.opt("window")?,
        })
    }
}

impl FromJson for Window {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let word = String::from_json(value, path)?;
        one_of(
            &word,
            path,
            &[("within", Window::Within), ("past", Window::Past)],
        )
    }
}

impl FromJson for Source {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "publisher", "title", "year", "url"])?;
        Ok(Source {
            id: f.req("id")?,
            publisher: f.req("publisher")?,
            title: f.req("title")?,
            year: f.opt("year")?,
            url: f.opt("url")?,
        })
    }
}
