//! Safety properties of the engine over the bundled content: it never
//! under-triages when more is chosen, red flags always win, and the answer
//! explains itself.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use pmu_care::core::checker::{Checker, Level, EMERGENCY_GROUP, HEALING_GROUP};
use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, watch, Input};
use pmu_care::core::report::{Report, SummaryFacts};
use pmu_care::core::ui_text::ui_text;
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

/// Every procedure on every day of `DAYS` with one sign ticked, or none.
fn single_signs(checker: &Checker) -> Vec<Input> {
    let mut inputs = Vec::new();
    for p in &checker.procedures {
        for &day in DAYS {
            let singles = checker.signs.iter().map(|s| vec![s.id.clone()]);
            for signs in singles.chain([vec![]]) {
                inputs.push(Input {
                    procedure: p.id.clone(),
                    day,
                    signs,
                    risks: vec![],
                });
            }
        }
    }
    inputs
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
fn early_signs_escalate_once_past_their_window_for_each_procedure() {
    let c = checker();
    let mut checked = 0;
    for p in &c.procedures {
        for sign in c.signs.iter().filter(|s| s.offered_for(&p.id)) {
            let Some(last) = sign.window_for(&p.id) else {
                continue;
            };
            let one = std::slice::from_ref(&sign.id);
            let within = level(c, &p.id, last, one, &[]);
            let past = level(c, &p.id, last + 1, one, &[]);
            assert_eq!(
                within,
                Level::Healing,
                "{} after {} on its last normal day",
                sign.id,
                p.id
            );
            assert!(
                past > Level::Healing,
                "{} after {} the day after its window",
                sign.id,
                p.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 40, "{checked} windows");
}

#[test]
fn lips_and_eyelids_heal_on_their_own_clock() {
    // Fresh lips swell for longer than brows, and are hot and sore on day 1.
    let c = checker();
    let one = |id: &str| vec![id.to_string()];
    assert_eq!(level(c, "lips", 4, &one("swelling"), &[]), Level::Healing);
    assert!(level(c, "brows", 4, &one("swelling"), &[]) > Level::Healing);
    assert_eq!(
        level(c, "lips", 1, &one("hot-painful-swelling"), &[]),
        Level::Healing
    );
    assert_eq!(
        level(c, "brows", 1, &one("hot-painful-swelling"), &[]),
        Level::Urgent
    );
}

#[test]
fn the_catalogue_has_the_expected_shape() {
    let c = checker();
    assert!(
        (45..=64).contains(&c.signs.len()),
        "{} signs (the property tests pick signs by a 64-bit mask)",
        c.signs.len()
    );
    let groups: Vec<&str> = c.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        groups,
        [
            "emergency",
            "unwell",
            "area",
            "eye",
            "allergy",
            "healing",
            "cosmetic",
            "other"
        ],
        "red flags come first, something else last"
    );
    for group in &groups {
        assert!(
            c.signs.iter().any(|s| s.group == *group),
            "no signs in {group}"
        );
    }
    let procedures: Vec<&str> = c.procedures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        procedures,
        ["brows", "lips", "eyeliner", "scalp", "areola", "other"]
    );
    // Eye problems can follow any procedure, so eye signs are offered for all.
    assert!(c
        .signs
        .iter()
        .filter(|s| s.group == "eye")
        .all(|s| s.procedures.is_empty()));
}

#[test]
fn a_result_explains_itself_with_rules_signs_sources_and_faq() {
    let c = checker();
    let input = Input {
        procedure: "eyeliner".into(),
        day: 4,
        signs: vec!["fever".into(), "pus".into(), "itching".into()],
        risks: vec!["diabetes".into()],
    };
    let result = triage(c, &input);
    assert_eq!(result.level, Level::Emergency);
    let rules: Vec<&str> = result.findings.iter().map(|f| f.rule.id.as_str()).collect();
    assert_eq!(
        rules,
        ["fever-with-skin-changes", "signs-of-infection", "fever"]
    );
    assert_eq!(result.findings[0].signs, ["fever", "pus"]);
    // "Itching is expected" is not shown beside an emergency.
    assert!(result
        .findings
        .iter()
        .all(|f| f.rule.level > Level::Healing));
    assert_eq!(
        result.sources[..3],
        [
            "nhs-cellulitis",
            "nhs-necrotising-fasciitis",
            "nhsinform-cellulitis"
        ]
    );
    assert_eq!(result.faq, ["infection-from-poor-hygiene", "warning-signs"]);
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
        level(c, "lips", 200, &["lash-loss".into()], &[]),
        Level::Appointment
    );
}

/// Every answer at every level, for every single sign: "if it gets worse"
/// only names signs that raise the level, each under the level the engine
/// gives it, and every answer that sends people to care today or now says
/// whom to call, in both languages.
#[test]
fn safety_nets_follow_the_engine_and_urgent_answers_say_whom_to_call() {
    let content = Content::bundled();
    let c = &content.checker;
    let mut lines = 0;
    for input in single_signs(c) {
        let result = triage(c, &input);
        for lang in ["en", "es"] {
            let report = Report::new(&content, &input, &result, lang);
            for line in &report.watch {
                assert!(line.level > result.level, "{input:?}: {line:?}");
                lines += 1;
            }
            if result.level >= Level::Urgent {
                let call = report.call.as_deref().unwrap_or("");
                assert!(call.len() > 20, "{input:?} in {lang}: no one to call");
            }
        }
        for (l, ids) in watch(c, &input, result.level) {
            for id in ids {
                let mut more = input.clone();
                more.signs.push(id.to_string());
                assert_eq!(
                    triage(c, &more).level,
                    l,
                    "{id} in the safety net of {input:?}"
                );
            }
        }
    }
    assert!(lines > 1000, "{lines} safety-net lines checked");
}

#[test]
fn nothing_ticked_is_never_called_normal_healing() {
    let content = Content::bundled();
    for p in &content.checker.procedures {
        let input = Input {
            procedure: p.id.clone(),
            day: 3,
            ..Input::default()
        };
        let result = triage(&content.checker, &input);
        for lang in ["en", "es"] {
            let report = Report::new(&content, &input, &result, lang);
            assert!(report.nothing_ticked);
            assert_ne!(
                report.title,
                content.checker.levels.healing.title.get(lang, "en")
            );
            assert!(!report.title.contains("normal"), "{}", report.title);
            assert!(!report.watch.is_empty(), "the safety net is shown");
        }
    }
}

#[test]
fn each_day_choice_is_judged_at_its_safe_end() {
    use pmu_care::core::days::DAY_RANGES;
    let c = checker();
    for p in &c.procedures {
        for range in DAY_RANGES {
            for sign in c.signs.iter().map(|s| vec![s.id.clone()]).chain([vec![]]) {
                for risk in c
                    .risk_factors
                    .iter()
                    .map(|r| vec![r.id.clone()])
                    .chain([vec![]])
                {
                    let judged = level(c, &p.id, range.to, &sign, &risk);
                    for day in range.from..=range.to {
                        assert!(
                            level(c, &p.id, day, &sign, &risk) <= judged,
                            "{} day {day} {sign:?} {risk:?} is higher than day {}",
                            p.id,
                            range.to
                        );
                    }
                }
            }
        }
    }
}

/// The healing timeline is shown only while it helps: never when care is
/// needed today or now (the call matters then), and not once the day is past
/// every window it draws. Where shown, it marks the visitor's own signs.
#[test]
fn the_timeline_shows_only_below_urgent_and_within_its_windows() {
    let content = Content::bundled();
    let c = &content.checker;
    let mut shown = 0;
    for input in single_signs(c) {
        let result = triage(c, &input);
        let report = Report::new(&content, &input, &result, "en");
        let last = c
            .signs_for(HEALING_GROUP, &input.procedure)
            .filter_map(|s| s.window_for(&input.procedure))
            .max()
            .unwrap();
        let show = result.level < Level::Urgent && input.day <= last;
        assert_eq!(!report.timeline.is_empty(), show, "{input:?}");
        if !show {
            continue;
        }
        shown += 1;
        for r in &report.timeline {
            let sign = c.signs.iter().find(|s| s.label.get("en", "en") == r.sign);
            assert_eq!(r.yours, input.signs.contains(&sign.unwrap().id), "{r:?}");
        }
    }
    assert!(shown > 100, "{shown} timelines checked");
}

/// The summary is for a doctor or nurse: it opens with when the check and
/// the procedure were, what was done and by whom, blank lines for the
/// pigment's brand and batch, and what was ticked; then the answer and
/// why, each part under its own heading (the print's headings).
#[test]
fn the_doctors_summary_carries_dates_salon_and_blank_pigment_lines() {
    let content = Content::bundled();
    let input = Input {
        procedure: "eyeliner".into(),
        day: 4,
        signs: vec!["fever".into()],
        risks: vec!["diabetes".into()],
    };
    let result = triage(&content.checker, &input);
    let facts = SummaryFacts {
        checked_on: Some("2 December 2026".into()),
        procedure_on: Some("28 November 2026".into()),
        salon: Some("Linea Studio, 020 7946 0958".into()),
    };
    let report = Report::new(&content, &input, &result, "en");
    let text = report.plain_text(ui_text("en"), &facts);
    let head = "For the doctor or nurse: warning-sign check after micropigmentation
Checked on: 2 December 2026
Procedure: Eyeliner or lash line
Date of the procedure (about): 28 November 2026
Days since the procedure: 4
Salon: Linea Studio, 020 7946 0958
Pigment brand and colour: ________________
Pigment batch (lot) number: ________________
Signs: A high temperature, or feeling hot and shivery
Risk factors: Diabetes

GET MEDICAL CARE TODAY
";
    assert!(text.starts_with(head), "{text}");
    let headings: Vec<String> = report
        .summary(ui_text("en"), &facts)
        .into_iter()
        .map(|(heading, _)| heading)
        .collect();
    assert_eq!(
        headings[2..],
        ["Why:", "If it gets worse:", "Sources:", ""],
        "{headings:?}"
    );
    assert!(
        text.ends_with(&format!("\n\n{}\n", ui_text("en").disclaimer)),
        "{text}"
    );

    // Without the page's facts (the CLI), those lines are left out; the
    // blank pigment lines stay. And it reads in Spanish.
    let report = Report::new(&content, &input, &result, "es");
    let text = report.plain_text(ui_text("es"), &SummaryFacts::default());
    assert!(text.starts_with("Para el personal sanitario: comprobación de señales de alarma tras una micropigmentación\nProcedimiento: "), "{text}");
    assert!(!text.contains("Fecha"), "{text}");
    assert!(
        text.contains("\nMarca y color del pigmento: ____"),
        "{text}"
    );
    assert!(
        text.contains("\nNúmero de lote del pigmento: ____"),
        "{text}"
    );
}
