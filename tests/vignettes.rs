//! Vignettes: cases written from the sources, each naming the source it comes
//! from and the level a careful clinician reading that source would expect.
//! The bundled content must answer every one exactly.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::checker::Level::{self, *};
use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, Input};
use pmu_care::core::report::Report;

struct Vignette {
    case: &'static str,
    source: &'static str,
    procedure: &'static str,
    day: u32,
    signs: &'static [&'static str],
    risks: &'static [&'static str],
    expect: Level,
}

const fn v(
    case: &'static str,
    source: &'static str,
    procedure: &'static str,
    day: u32,
    signs: &'static [&'static str],
    risks: &'static [&'static str],
    expect: Level,
) -> Vignette {
    Vignette {
        case,
        source,
        procedure,
        day,
        signs,
        risks,
        expect,
    }
}

#[rustfmt::skip]
const VIGNETTES: &[Vignette] = &[
    // Emergency: anaphylaxis (NHS 999 list; WAO 2020 criteria).
    v("tongue swells minutes after a lip procedure", "nhs-anaphylaxis", "lips", 0, &["sudden-swelling"], &[], Emergency),
    v("face puffs up within an hour of brows", "nhs-anaphylaxis", "brows", 0, &["sudden-swelling"], &[], Emergency),
    v("wheezing and hives on the day of brows", "nhs-anaphylaxis", "brows", 0, &["trouble-breathing", "hives"], &[], Emergency),
    v("tight throat after eyeliner", "nhs-anaphylaxis", "eyeliner", 0, &["trouble-breathing"], &[], Emergency),
    v("lips turning blue-grey", "nhs-anaphylaxis", "lips", 0, &["blue-grey-or-pale"], &[], Emergency),
    v("hives with repeated vomiting after scalp work", "wao-2020", "scalp", 0, &["hives", "vomiting"], &[], Emergency),
    v("faints after eyeliner", "nhs-anaphylaxis", "eyeliner", 0, &["faint-or-dizzy"], &[], Emergency),
    // Emergency: sepsis and spreading infection (NHS cellulitis 999 box; sepsis).
    v("hot and shivery with pus from brows, not spreading", "nhs-cellulitis", "brows", 5, &["fever", "pus"], &[], Emergency),
    v("high temperature with red swollen lips on day 2", "nhs-necrotising-fasciitis", "lips", 2, &["fever", "swelling"], &[], Emergency),
    v("scalp redness spreading, with fever, day 6", "nhs-cellulitis", "scalp", 6, &["spreading-redness", "fever"], &[], Emergency),
    v("areola getting worse and being sick, day 8", "nhsinform-cellulitis", "areola", 8, &["getting-worse", "vomiting"], &[], Emergency),
    v("flu-like and a bad smell from SMP", "nhs-necrotising-fasciitis", "scalp", 7, &["feeling-unwell", "bad-smell"], &[], Emergency),
    v("confused five days after brows", "nhs-sepsis", "brows", 5, &["confused-or-drowsy"], &[], Emergency),
    v("racing heart while unwell after areola work", "nhs-cellulitis", "areola", 6, &["racing-heart"], &[], Emergency),
    v("shaking uncontrollably a week after lips", "sepsis-trust-safety-net", "lips", 7, &["uncontrollable-shivering"], &[], Emergency),
    v("feels something is badly wrong after brows", "sepsis-trust-safety-net", "brows", 4, &["something-badly-wrong"], &[], Emergency),
    v("rash that does not fade under a glass", "nhs-sepsis", "other", 3, &["rash-not-fading"], &[], Emergency),
    v("fever during chemotherapy, two days after brows", "nice-cg151", "brows", 2, &["fever"], &["chemotherapy"], Emergency),
    v("just feeling unwell during chemotherapy after SMP", "nice-cg151", "scalp", 3, &["feeling-unwell"], &["chemotherapy"], Emergency),
    v("pus from the areola with a weakened immune system", "nhsinform-cellulitis", "areola", 6, &["pus"], &["weak-immune-system"], Emergency),
    v("hot, painful, swollen brows on day 3 with a transplant", "nhsinform-cellulitis", "brows", 3, &["hot-painful-swelling"], &["weak-immune-system"], Emergency),
    // Emergency: deep infection, bleeding, stroke.
    v("pain far worse than expected the day after lips", "nhs-necrotising-fasciitis", "lips", 1, &["severe-pain"], &[], Emergency),
    v("skin turning grey at the edge of the areola", "nhs-necrotising-fasciitis", "areola", 4, &["skin-turning-dark"], &[], Emergency),
    v("numb and getting worse on day 5", "nhs-necrotising-fasciitis", "other", 5, &["numbness", "getting-worse"], &[], Emergency),
    // NHS necrotising fasciitis, 999: a red or swollen area of skin with flu-like symptoms
    // (a high temperature, headache, tiredness, aches); freshly treated skin is such an area.
    v("flu-like, with hot, painful, swollen brows on day 3", "nhs-necrotising-fasciitis", "brows", 3, &["feeling-unwell", "hot-painful-swelling"], &[], Emergency),
    v("achy and headachy, with red SMP skin on day 2", "nhs-necrotising-fasciitis", "scalp", 2, &["feeling-unwell", "redness"], &[], Emergency),
    v("being sick, with hot, painful, swollen lips on day 3", "nhs-necrotising-fasciitis", "lips", 3, &["vomiting", "hot-painful-swelling"], &[], Emergency),
    v("numb, with hot, painful, swollen skin on day 3", "nhs-necrotising-fasciitis", "other", 3, &["numbness", "hot-painful-swelling"], &[], Emergency),
    v("heavy bleeding that will not stop", "bleeding-first-aid", "scalp", 0, &["heavy-bleeding"], &[], Emergency),
    v("face droops on one side after lips", "stroke-fast", "lips", 0, &["stroke-signs"], &[], Emergency),
    // Emergency: the eye (NHS eye injuries and red eye; orbital cellulitis).
    v("blurred sight after eyeliner", "nhs-eye-injuries", "eyeliner", 1, &["sight-change"], &[], Emergency),
    v("double vision after brows", "nhs-eye-injuries", "brows", 3, &["sight-change"], &[], Emergency),
    v("pus from the eye after eyeliner", "nhs-eye-injuries", "eyeliner", 4, &["eye-pus-or-blood"], &[], Emergency),
    v("pain on moving the eye, bulging, after brows", "optometrists-orbital-cellulitis", "brows", 6, &["eye-movement-pain"], &[], Emergency),
    v("light hurts the eye months after SMP (uveitis)", "nhs-red-eye", "scalp", 200, &["light-hurts"], &[], Emergency),
    v("eyelid so swollen the eye cannot open", "nhs-eye-injuries", "eyeliner", 1, &["eye-will-not-open"], &[], Emergency),
    // NHS eye injuries, A&E or 999: a strong chemical in the eye; a headache, high
    // temperature, or feeling or being sick after an eye injury.
    v("pigment remover splashed into the eye", "nhs-eye-injuries", "brows", 0, &["chemical-in-eye"], &[], Emergency),
    v("red, painful eye with a high temperature after eyeliner", "nhs-eye-injuries", "eyeliner", 2, &["red-painful-eye", "fever"], &[], Emergency),
    v("pigment in the eye, then being sick", "nhs-eye-injuries", "eyeliner", 0, &["something-in-eye", "vomiting"], &[], Emergency),
    v("gritty eye with a headache, as if flu is starting", "nhs-eye-injuries", "brows", 1, &["gritty-eye", "feeling-unwell"], &[], Emergency),

    // Urgent: infection signs, "right away" (AAD).
    v("pus from brows on day 4", "aad-2019", "brows", 4, &["pus"], &[], Urgent),
    v("redness spreading from lips, no fever", "nhs-cellulitis", "lips", 3, &["spreading-redness"], &[], Urgent),
    v("scalp getting worse on day 6", "aad-tattoo-reactions", "scalp", 6, &["getting-worse"], &[], Urgent),
    v("areola getting worse on day 5", "aad-tattoo-reactions", "areola", 5, &["getting-worse"], &[], Urgent),
    v("open sores in the SMP dots", "aad-tattoo-reactions", "scalp", 8, &["open-sores"], &[], Urgent),
    v("red bumps in the brow strokes on day 12", "fda-2019-inks", "brows", 12, &["red-bumps"], &[], Urgent),
    v("red bumps in the areola pigment on day 12", "fda-2019-inks", "areola", 12, &["red-bumps"], &[], Urgent),
    v("hot, painful, swollen scalp on day 5", "nhs-cellulitis", "scalp", 5, &["hot-painful-swelling"], &[], Urgent),
    v("lips still hot, sore and swollen on day 3", "nhs-cellulitis", "lips", 3, &["hot-painful-swelling"], &[], Urgent),
    v("bad smell from eyeliner on day 4", "own-choice", "eyeliner", 4, &["bad-smell"], &[], Urgent),
    v("swelling much larger than expected after brows", "seed-article", "brows", 1, &["large-swelling"], &[], Urgent),
    v("fever two days after lips", "aad-tattoo-reactions", "lips", 2, &["fever"], &[], Urgent),
    v("feeling unwell the day after brows", "sepsis-trust-safety-net", "brows", 1, &["feeling-unwell"], &[], Urgent),
    v("being sick after SMP", "own-choice", "scalp", 2, &["vomiting"], &[], Urgent),
    v("hives over the body after lips", "nhs-anaphylaxis", "lips", 0, &["hives"], &[], Urgent),
    v("red, gritty eye after eyeliner", "nhs-red-eye", "eyeliner", 1, &["red-painful-eye", "gritty-eye"], &[], Urgent),
    v("gritty eye after brows", "nhs-red-eye", "brows", 0, &["gritty-eye"], &[], Urgent),
    v("pigment splashed into the eye", "nhs-eye-injuries", "eyeliner", 0, &["something-in-eye"], &[], Urgent),
    v("bleeding still after 10 minutes of pressure", "bleeding-first-aid", "lips", 0, &["bleeding-wont-stop"], &[], Urgent),
    v("needles not opened in front of the client", "bhiva-pep", "brows", 1, &["unclean-needles"], &[], Urgent),
    v("reused ink at an unlicensed salon, a month ago", "wirral-tattooing", "scalp", 30, &["unclean-needles"], &[], Urgent),
    v("scalp still red on day 12 with diabetes", "nhs-cellulitis", "scalp", 12, &["redness"], &["diabetes"], Urgent),
    v("areola still weeping on day 6 after radiotherapy", "nhs-cellulitis", "areola", 6, &["weeping"], &["radiotherapy-or-reconstruction"], Urgent),
    v("still bleeding on day 4 on blood thinners", "bleeding-first-aid", "lips", 4, &["weeping"], &["blood-thinners"], Urgent),

    // A doctor in a day or two.
    v("brows still red on day 11", "emra-tattoo", "brows", 11, &["redness"], &[], Doctor),
    v("brows still swollen on day 5", "healing-brows", "brows", 5, &["swelling"], &[], Doctor),
    v("lips still swollen on day 6", "healing-lips", "lips", 6, &["swelling"], &[], Doctor),
    v("eyeliner still weeping on day 4", "healing-eyeliner", "eyeliner", 4, &["weeping"], &[], Doctor),
    v("watery eyes still on day 3 after eyeliner", "healing-eyeliner", "eyeliner", 3, &["watery-eyes"], &[], Doctor),
    v("SMP still sore on day 8", "healing-smp", "scalp", 8, &["tenderness"], &[], Doctor),
    v("itchy scaly rash around brow pigment", "aad-2019", "brows", 20, &["rash-around-area"], &[], Doctor),
    v("redness on day 1 with a known pigment allergy", "schubert-2023", "brows", 1, &["redness"], &["pigment-allergy"], Doctor),
    v("numb lips two days later", "own-choice", "lips", 2, &["numbness"], &[], Doctor),
    v("burning in brows during an MRI", "tope-shellock-2002", "brows", 300, &["mri-burning"], &[], Doctor),
    v("something else worries the client", "own-choice", "other", 5, &["something-else"], &[], Doctor),

    // Book an appointment: late, stable problems.
    v("scalp still itching a month later", "aad-2019", "scalp", 30, &["itching"], &[], Appointment),
    v("itching at one month in an older client", "aad-2019", "brows", 30, &["itching"], &["frail-or-elderly"], Appointment),
    v("lips still flaking at day 20", "emra-tattoo", "lips", 20, &["flaking"], &[], Appointment),
    v("brows raised and bumpy six months later", "aad-2019", "brows", 180, &["raised-pigment"], &[], Appointment),
    v("lip swelling that comes and goes a year later", "aad-2019", "lips", 400, &["swelling-comes-and-goes"], &[], Appointment),
    v("a two-year-old stable scar from scalp work", "aad-2019", "scalp", 730, &["scarring"], &[], Appointment),
    v("lashes falling out along the eyeliner", "own-choice", "eyeliner", 60, &["lash-loss"], &[], Appointment),

    // The salon or a corrective specialist.
    v("brows do not match once healed", "seed-article", "brows", 45, &["uneven-shape"], &[], Practitioner),
    v("SMP hairline harsh and too dark", "seed-article", "scalp", 60, &["harsh-hairline", "wrong-colour"], &[], Practitioner),
    v("patchy lip colour after healing", "seed-article", "lips", 45, &["patchy-colour"], &[], Practitioner),
    v("eyeliner has blurred", "seed-article", "eyeliner", 90, &["blurred-pigment"], &[], Practitioner),
    v("brows still too dark after seven weeks", "healing-brows", "brows", 49, &["colour-darker"], &[], Practitioner),
    v("areola colour patchy once healed", "seed-article", "areola", 60, &["patchy-colour"], &[], Practitioner),

    // Normal healing, which must not alarm.
    v("brows red, a little swollen and dark on day 1", "emra-tattoo", "brows", 1, &["redness", "swelling", "colour-darker"], &[], Healing),
    v("lips red and mildly swollen on day 3", "healing-lips", "lips", 3, &["redness", "swelling"], &[], Healing),
    v("brows red and mildly swollen on day 3", "healing-brows", "brows", 3, &["redness", "swelling"], &[], Healing),
    v("fresh lips hot and sore on the day", "healing-lips", "lips", 0, &["hot-painful-swelling", "tenderness"], &[], Healing),
    v("eyelids hot and puffy, eyes watering, day 1", "healing-eyeliner", "eyeliner", 1, &["hot-painful-swelling", "watery-eyes", "swelling"], &[], Healing),
    v("brows itchy and flaking on day 5", "emra-tattoo", "brows", 5, &["itching", "flaking"], &[], Healing),
    v("scalp weeping and tender on day 2", "healing-smp", "scalp", 2, &["weeping", "tenderness"], &[], Healing),
    v("areola flaking on day 10", "emra-tattoo", "areola", 10, &["flaking"], &[], Healing),
    v("SMP redness fading on day 6", "emra-tattoo", "scalp", 6, &["redness"], &[], Healing),
    v("itching at two weeks after eyeliner", "emra-tattoo", "eyeliner", 14, &["itching"], &[], Healing),
    v("other area, redness on day 2", "emra-tattoo", "other", 2, &["redness"], &[], Healing),
    // Nothing fits: no sign ticked is "healing" in level, but never called so.
    v("nothing ticked three days after eyeliner", "emra-tattoo", "eyeliner", 3, &[], &[], Healing),
    v("nothing ticked a month after areola work", "emra-tattoo", "areola", 30, &[], &[], Healing),
];

fn input(v: &Vignette) -> Input {
    Input {
        procedure: v.procedure.into(),
        day: v.day,
        signs: v.signs.iter().map(|s| s.to_string()).collect(),
        risks: v.risks.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn every_vignette_gets_its_expected_level() {
    let content = Content::bundled();
    let wrong: Vec<String> = VIGNETTES
        .iter()
        .filter_map(|v| {
            let got = triage(&content.checker, &input(v)).level;
            (got != v.expect).then(|| format!("{}: expected {:?}, got {got:?}", v.case, v.expect))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} vignettes wrong:\n{}",
        wrong.len(),
        VIGNETTES.len(),
        wrong.join("\n")
    );
}

#[test]
fn each_answer_cites_the_source_its_vignette_comes_from() {
    let content = Content::bundled();
    for v in VIGNETTES.iter().filter(|v| !v.signs.is_empty()) {
        assert!(
            content.checker.source(v.source).is_some(),
            "{}: unknown source {}",
            v.case,
            v.source
        );
        let result = triage(&content.checker, &input(v));
        assert!(
            result.sources.contains(&v.source),
            "{}: cites {:?}, not {}",
            v.case,
            result.sources,
            v.source
        );
    }
}

#[test]
fn every_sign_and_risk_factor_is_in_a_vignette() {
    let content = Content::bundled();
    for s in &content.checker.signs {
        assert!(
            VIGNETTES.iter().any(|v| v.signs.contains(&s.id.as_str())),
            "no vignette ticks {}",
            s.id
        );
    }
    for r in &content.checker.risk_factors {
        assert!(
            VIGNETTES.iter().any(|v| v.risks.contains(&r.id.as_str())),
            "no vignette has {}",
            r.id
        );
    }
}

/// The answer in words, in both languages: the level's own title (or the
/// "nothing ticked" title), the reasons in that language, and for care today
/// or now, whom to call.
#[test]
fn the_answers_read_right_in_english_and_spanish() {
    let content = Content::bundled();
    let c = &content.checker;
    for v in VIGNETTES {
        let result = triage(c, &input(v));
        for lang in ["en", "es"] {
            let report = Report::new(&content, &input(v), &result, lang);
            let expected_title = if v.signs.is_empty() {
                c.no_signs.title.get(lang, "en")
            } else {
                c.levels.get(v.expect).title.get(lang, "en")
            };
            assert_eq!(report.title, expected_title, "{} ({lang})", v.case);
            for r in &report.reasons {
                let rule = c.rules.iter().find(|x| x.id == r.rule).unwrap();
                assert_eq!(r.why, rule.why.get(lang, "en"), "{} ({lang})", v.case);
            }
            if v.expect >= Urgent {
                assert!(
                    report.call.as_deref().is_some_and(|c| !c.is_empty()),
                    "{} ({lang}): whom to call",
                    v.case
                );
            }
            if v.expect == Healing {
                assert!(
                    report.timeline.iter().any(|r| v.day <= r.until_day) || v.day > 21,
                    "{} ({lang}): what to expect",
                    v.case
                );
            }
        }
    }
}

#[test]
fn the_vignettes_cover_every_level_and_procedure() {
    let content = Content::bundled();
    assert!(VIGNETTES.len() >= 80, "{} vignettes", VIGNETTES.len());
    for level in Level::ALL {
        assert!(
            VIGNETTES.iter().any(|v| v.expect == level),
            "no vignette for {level:?}"
        );
    }
    for p in &content.checker.procedures {
        assert!(
            VIGNETTES.iter().any(|v| v.procedure == p.id),
            "no vignette for {}",
            p.id
        );
    }
}
