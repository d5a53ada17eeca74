//! The warning-sign checker's part of the content: procedures, risk factors,
//! the sign catalogue, the five levels and the rules that map one to the other.
//!
//! Rule conditions have no negation: a rule fires when at least one sign of
//! each of its groups is present (and its other conditions hold). So adding a
//! sign or a risk factor can only make more rules fire, and the level, the
//! highest of the fired rules, can never go down.

use serde::{Deserialize, Serialize};

use crate::core::text::Text;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskFactor {
    pub id: String,
    pub label: Text,
    pub help: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Text,
    pub help: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Window {
    /// On or before the sign's last normal day.
    Within,
    /// After the sign's last normal day.
    Past,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
