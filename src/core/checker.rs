//! The warning-sign checker's part of the content: procedures, risk factors,
//! the sign catalogue, the six levels and the rules that map one to the other.
//!
//! Rule conditions have no negation: a rule fires when at least one sign of
//! each of its groups is present (and its other conditions hold). So adding a
//! sign or a risk factor can only make more rules fire, and the level, the
//! highest of the fired rules, can never go down.

use serde::{Deserialize, Serialize};

use crate::core::pairs::Pairs;
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
    /// The answer when no sign was ticked: never "normal healing", since the
    /// visitor's problem may simply not be in the list.
    pub no_signs: NoSigns,
    pub rules: Vec<Rule>,
    pub sources: Vec<Source>,
}

/// The id of the group whose signs are red flags.
pub const EMERGENCY_GROUP: &str = "emergency";

/// The id of the group of signs that are expected while the skin heals.
pub const HEALING_GROUP: &str = "healing";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub label: Text,
    /// About when the skin has healed (practice guidance): the answers and
    /// the aftercare use it, no rule does.
    pub healed_by_day: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskFactor {
    pub id: String,
    pub label: Text,
    pub help: Text,
    /// Procedures the risk factor is asked about; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<String>,
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
    /// By procedure, the last day (0 = the day of the procedure) of the
    /// sign's early window: for a healing sign, while it is expected. Rules
    /// with a `window` test it; a procedure missing here counts as past.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub window: Pairs<String, u32>,
}

fn is_empty(p: &Pairs<String, u32>) -> bool {
    p.0.is_empty()
}

impl Sign {
    /// The last day of the sign's window after `procedure`, if it has one.
    pub fn window_for(&self, procedure: &str) -> Option<u32> {
        self.window.get(procedure).copied()
    }

    pub fn offered_for(&self, procedure: &str) -> bool {
        self.procedures.is_empty() || self.procedures.iter().any(|p| p == procedure)
    }
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
    /// Not urgent, but for a doctor: book an appointment.
    Appointment,
    /// See a doctor within a day or two.
    Doctor,
    /// Medical care today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl Level {
    /// Highest first.
    pub const ALL: [Level; 6] = [
        Level::Emergency,
        Level::Urgent,
        Level::Doctor,
        Level::Appointment,
        Level::Practitioner,
        Level::Healing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::Healing => "healing",
            Level::Practitioner => "practitioner",
            Level::Appointment => "appointment",
            Level::Doctor => "doctor",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }

    /// Medical advice, whose words no salon may change.
    pub fn is_medical(self) -> bool {
        self >= Level::Appointment
    }
}

/// Read from its id as a plain string rather than as an enum, so that as a
/// map key (a salon's `levels`) the error path keeps it: serde_path_to_error
/// records string keys, not enum ones.
impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        const IDS: &[&str] = &[
            "emergency",
            "urgent",
            "doctor",
            "appointment",
            "practitioner",
            "healing",
        ];
        let id = String::deserialize(d)?;
        Level::ALL
            .into_iter()
            .find(|l| l.id() == id)
            .ok_or_else(|| serde::de::Error::unknown_variant(&id, IDS))
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
    pub appointment: LevelText,
    pub practitioner: LevelText,
    pub healing: LevelText,
}

impl Levels {
    pub fn get(&self, level: Level) -> &LevelText {
        match level {
            Level::Emergency => &self.emergency,
            Level::Urgent => &self.urgent,
            Level::Doctor => &self.doctor,
            Level::Appointment => &self.appointment,
            Level::Practitioner => &self.practitioner,
            Level::Healing => &self.healing,
        }
    }

    pub fn get_mut(&mut self, level: Level) -> &mut LevelText {
        match level {
            Level::Emergency => &mut self.emergency,
            Level::Urgent => &mut self.urgent,
            Level::Doctor => &mut self.doctor,
            Level::Appointment => &mut self.appointment,
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
    /// Whom to call, in a few words ("Call your doctor or 111 today");
    /// required for `emergency` and `urgent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<Text>,
    /// Signs to name in "if it gets worse". Each is shown under the level
    /// the engine gives when it is added to the visitor's own, so the safety
    /// net can never point lower than the rules do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<String>,
    /// The last words of "if it gets worse".
    pub safety_net: Text,
    /// A salon's own note beside the advice (salon content only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The answer when nothing was ticked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NoSigns {
    pub title: Text,
    pub now: Text,
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
    /// Ids of the sources the rule rests on (at least one). A rule whose
    /// level or days are our own cautious choice cites the `own` source.
    pub sources: Vec<String>,
    /// Ids of FAQ entries worth reading next.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    /// `window` for the procedure. Allowed with one sign group only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Window {
    /// On or before the last day of the sign's window.
    Within,
    /// After it (or the sign has no window for the procedure).
    Past,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    /// Who published it (an organisation or a journal).
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Required except for our own choices and the seed article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a source is, so a reader can weigh it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// Published health guidance (NHS, NICE, AAD, FDA, ...).
    Guidance,
    /// A study or review in a journal.
    Research,
    /// Salon and trainer practice, not medical evidence.
    Practice,
    /// The article the FAQ is written from.
    Article,
    /// Our own cautious choice where no source sets a level or a day.
    Own,
}

impl Checker {
    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id)
    }

    /// Signs of one group offered for `procedure`, in content order.
    pub fn signs_for<'a>(
        &'a self,
        group: &'a str,
        procedure: &'a str,
    ) -> impl Iterator<Item = &'a Sign> + 'a {
        self.signs
            .iter()
            .filter(move |s| s.group == group && s.offered_for(procedure))
    }

    /// Risk factors asked about for `procedure`, in content order.
    pub fn risks_for<'a>(
        &'a self,
        procedure: &'a str,
    ) -> impl Iterator<Item = &'a RiskFactor> + 'a {
        self.risk_factors
            .iter()
            .filter(move |r| r.procedures.is_empty() || r.procedures.iter().any(|p| p == procedure))
    }
}
