//! Safety properties of the engine over the bundled content: it never
//! under-triages when more is chosen, red flags always win, and the answer
//! explains itself.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use pmu_care::core::checker::{Checker, Level, EMERGENCY_GROUP};
use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, Input};
use proptest::prelude::*;

/// Days around every window edge, plus early, late and very late ones.
const DAYS: &[u32] = &[
    0, 1, 2, 3, 4, 5, 6, 7, 14, 21, 22, 28, 29, 30, 60, 180, 365, 3650,
];

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Content::bundled().checker)
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str, mask: u64) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, t)| id(t).to_string())
        .collect()
}

fn level(
    checker: &Checker,
    procedure: &str,
    day: u32,
    signs: &[String],
    risks: &[String],
) -> Level {
    let input = Input {
        procedure: procedure.into(),
        day,
        signs: signs.to_vec(),
        risks: risks.to_vec(),
    };
    triage(checker, &input).level
}

#[test]
fn adding_one_sign_or_risk_to_one_never_lowers_the_level_exhaustively() {
    let c = checker();
    let risks: Vec<&str> = c.risk_factors.iter().map(|r| r.id.as_str()).collect();
    for p in &c.procedures {
        for &day in DAYS {
            for a in &c.signs {
                let base = [a.id.clone()];
                for risk in risks.iter().map(|r| vec![r.to_string()]).chain([vec![]]) {
                    let before = level(c, &p.id, day, &base, &risk);
                    assert!(
                        level(c, &p.id, day, &base, &[]) <= before,
                        "a risk factor lowered the level"
                    );
                    for b in &c.signs {
                        let both = [a.id.clone(), b.id.clone()];
                        let after = level(c, &p.id, day, &both, &risk);
                        assert!(
                            after >= before,
                            "{} + {} on day {day} ({}): {after:?} < {before:?}",
                            a.id,
                            b.id,
                            p.id
                        );
                    }
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Any set of signs and risks, any procedure and day: one more sign, or
    /// one more risk factor, gives the same level or a higher one.
    #[test]
    fn adding_a_sign_or_a_risk_never_lowers_the_level(
        procedure in 0usize..6, day in prop::sample::select(DAYS), signs in any::<u64>(),
        risks in any::<u64>(), extra_sign in 0usize..64, extra_risk in 0usize..64,
    ) {
        let c = checker();
        let p = &c.procedures[procedure % c.procedures.len()].id;
        let signs = ids(&c.signs, |s| &s.id, signs);
        let risks = ids(&c.risk_factors, |r| &r.id, risks);
        let before = level(c, p, day, &signs, &risks);

        let mut more_signs = signs.clone();
        more_signs.push(c.signs[extra_sign % c.signs.len()].id.clone());
        prop_assert!(level(c, p, day, &more_signs, &risks) >= before);

        let mut more_risks = risks.clone();
        more_risks.push(c.risk_factors[extra_risk % c.risk_factors.len()].id.clone());
        prop_assert!(level(c, p, day, &signs, &more_risks) >= before);
    }

    /// A red flag gives `emergency` whatever else is chosen.
    #[test]
    fn any_red_flag_gives_emergency_whatever_else(
        flag in 0usize..64, procedure in 0usize..6, day in 0u32..5000, signs in any::<u64>(), risks in any::<u64>(),
    ) {
        let c = checker();
        let flags: Vec<&str> = c.signs.iter().filter(|s| s.group == EMERGENCY_GROUP).map(|s| s.id.as_str()).collect();
        let p = &c.procedures[procedure % c.procedures.len()].id;
        let mut signs = ids(&c.signs, |s| &s.id, signs);
        signs.push(flags[flag % flags.len()].to_string());
        let risks = ids(&c.risk_factors, |r| &r.id, risks);
        prop_assert_eq!(level(c, p, day, &signs, &risks), Level::Emergency);
    }
}

#[test]
fn there_are_red_flags_and_each_alone_is_an_emergency_on_any_day() {
    let c = checker();
    let flags: Vec<_> = c
        .signs
        .iter()
        .filter(|s| s.group == EMERGENCY_GROUP)
        .collect();
    assert!(flags.len() >= 5);
    for flag in flags {
        for p in &c.procedures {
            for &day in DAYS {
                assert_eq!(
                    level(c, &p.id, day, std::slice::from_ref(&flag.id), &[]),
                    Level::Emergency,
                    "{}",
                    flag.id
                );
            }
        }
    }
}

#[test]
fn early_signs_escalate_once_past_their_window() {
    let c = checker();
    for sign in c.signs.iter().filter(|s| s.normal_until_day.is_some()) {
        let last = sign.normal_until_day.unwrap();
        let within = level(c, "brows", last, std::slice::from_ref(&sign.id), &[]);
        let past = level(c, "brows", last + 1, std::slice::from_ref(&sign.id), &[]);
        assert_eq!(within, Level::Healing, "{} on its last normal day", sign.id);
        assert!(
            past > Level::Healing,
            "{} the day after its window",
            sign.id
        );
    }
}

#[test]
fn the_catalogue_has_the_expected_shape() {
    let c = checker();
    assert!(
        (25..=40).contains(&c.signs.len()),
        "{} signs",
        c.signs.len()
    );
    for group in [
        "emergency",
        "infection",
        "eye",
        "allergy",
        "healing",
        "cosmetic",
    ] {
        assert!(
            c.signs.iter().any(|s| s.group == group),
            "no signs in {group}"
        );
    }
    assert_eq!(c.groups[0].id, EMERGENCY_GROUP, "red flags come first");
    let procedures: Vec<&str> = c.procedures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        procedures,
        ["brows", "lips", "eyeliner", "scalp", "areola", "other"]
    );
}

#[test]
fn a_result_explains_itself_with_rules_signs_sources_and_faq() {
    let c = checker();
    let input = Input {
        procedure: "eyeliner".into(),
        day: 4,
        signs: vec!["fever".into(), "spreading-redness".into(), "itching".into()],
        risks: vec!["diabetes".into()],
    };
    let result = triage(c, &input);
    assert_eq!(result.level, Level::Emergency);
    let rules: Vec<&str> = result.findings.iter().map(|f| f.rule.id.as_str()).collect();
    assert_eq!(
        rules,
        [
            "spreading-infection-with-fever",
            "signs-of-infection",
            "infection-with-risk-factor"
        ]
    );
    assert_eq!(result.findings[0].signs, ["spreading-redness", "fever"]);
    // "Itching is expected" is not shown beside an emergency.
    assert!(result
        .findings
        .iter()
        .all(|f| f.rule.level > Level::Healing));
    assert_eq!(result.sources, ["nhs-cellulitis", "aad-2019"]);
    assert_eq!(result.faq, ["warning-signs", "infection-from-poor-hygiene"]);
}

#[test]
fn no_signs_is_healing_with_nothing_to_explain() {
    let c = checker();
    let result = triage(
        c,
        &Input {
            procedure: "lips".into(),
            day: 2,
            ..Input::default()
        },
    );
    assert_eq!(result.level, Level::Healing);
    assert!(result.findings.is_empty());
}

#[test]
fn a_sign_counts_even_when_not_offered_for_the_procedure() {
    // The form hides "harsh hairline" for lips, but a chosen sign is never ignored.
    let c = checker();
    assert_eq!(
        level(c, "lips", 40, &["harsh-hairline".into()], &[]),
        Level::Practitioner
    );
    assert_eq!(
        level(c, "scalp", 2, &["eye-pain".into()], &[]),
        Level::Urgent
    );
}
