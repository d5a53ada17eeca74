//! Vignettes: cases written from the sources, each naming the source it comes
//! from and the level a careful clinician reading that source would expect.
//! The bundled content must answer every one exactly.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::checker::Level::{self, *};
use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, Input};

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
    // Emergencies: anaphylaxis, and infection spreading with systemic signs.
    v("tongue swells minutes after a lip procedure", "nhs-anaphylaxis", "lips", 0, &["swollen-tongue-or-throat"], &[], Emergency),
    v("wheezing and hives on the day of brows", "nhs-anaphylaxis", "brows", 0, &["trouble-breathing", "widespread-hives"], &[], Emergency),
    v("faints after eyeliner", "nhs-anaphylaxis", "eyeliner", 0, &["faint-or-collapse"], &[], Emergency),
    v("scalp redness spreading, with fever, day 6", "nhs-cellulitis", "scalp", 6, &["spreading-redness", "fever"], &[], Emergency),
    v("areola redness spreading, being sick, day 8", "nhs-cellulitis", "areola", 8, &["spreading-redness", "vomiting-or-diarrhoea"], &[], Emergency),
    v("confused and feverish five days after brows", "nhs-cellulitis", "brows", 5, &["confused-or-drowsy", "fever"], &[], Emergency),
    v("red swollen lips and cold clammy skin", "nhs-cellulitis", "lips", 3, &["redness", "swelling", "pale-clammy-or-blue"], &[], Emergency),
    v("racing heart with a hot painful swelling", "nhs-cellulitis", "other", 10, &["racing-heart", "hot-painful-swelling"], &[], Emergency),
    // Medical care today.
    v("pus from brows on day 4", "aad-2019", "brows", 4, &["pus"], &[], Urgent),
    v("hot, painful, swollen scalp on day 5", "nhs-cellulitis", "scalp", 5, &["hot-painful-swelling"], &[], Urgent),
    v("fever two days after lips", "aad-2019", "lips", 2, &["fever"], &[], Urgent),
    v("eye pain the day after eyeliner", "nhs-cellulitis", "eyeliner", 1, &["eye-pain"], &[], Urgent),
    v("blurred vision after eyeliner", "nhs-cellulitis", "eyeliner", 3, &["vision-change"], &[], Urgent),
    v("eyelid swollen shut", "nhs-cellulitis", "eyeliner", 1, &["eye-swollen-shut"], &[], Urgent),
    v("sticky discharge from the eye on day 4", "nhs-cellulitis", "eyeliner", 4, &["eye-discharge"], &[], Urgent),
    v("brows getting worse on day 4 (the face)", "nhs-cellulitis", "brows", 4, &["getting-worse"], &[], Urgent),
    v("open sores on the scalp with diabetes", "nhs-cellulitis", "scalp", 6, &["open-sores"], &["diabetes"], Urgent),
    v("areola getting worse with a weakened immune system", "nhs-cellulitis", "areola", 5, &["getting-worse"], &["weak-immune-system"], Urgent),
    v("hives over the body after lips", "nhs-anaphylaxis", "lips", 0, &["widespread-hives"], &[], Urgent),
    v("scalp still red on day 9 during chemotherapy", "nhs-cellulitis", "scalp", 9, &["redness"], &["weak-immune-system"], Urgent),
    // A doctor within a day or two.
    v("scalp getting worse on day 6 (not the face)", "aad-tattoo-reactions", "scalp", 6, &["getting-worse"], &[], Doctor),
    v("brows still red on day 5", "think-before-you-ink", "brows", 5, &["redness"], &[], Doctor),
    v("lips still swollen on day 4", "think-before-you-ink", "lips", 4, &["swelling"], &[], Doctor),
    v("eyeliner still weeping on day 4", "think-before-you-ink", "eyeliner", 4, &["weeping"], &[], Doctor),
    v("brows raised and bumpy six months later", "forbat-2016", "brows", 180, &["raised-or-bumpy-pigment"], &[], Doctor),
    v("lip swelling that comes and goes a year later", "aad-tattoo-reactions", "lips", 400, &["swelling-comes-and-goes"], &[], Doctor),
    v("redness on day 1 with a known pigment allergy", "forbat-2016", "brows", 1, &["redness"], &["pigment-allergy"], Doctor),
    v("red bumps in the areola pigment on day 12", "fda-inks", "areola", 12, &["red-bumps-in-pigment"], &[], Doctor),
    v("scalp still itching a month later", "emra-tattoo", "scalp", 30, &["itching"], &[], Doctor),
    v("scarring from scalp work", "seed-article", "scalp", 200, &["scarring"], &[], Doctor),
    // The salon or a corrective specialist.
    v("brows do not match once healed", "seed-article", "brows", 35, &["uneven-shape"], &[], Practitioner),
    v("SMP hairline harsh and too dark", "seed-article", "scalp", 60, &["harsh-hairline", "wrong-colour"], &[], Practitioner),
    v("patchy lip colour after healing", "seed-article", "lips", 40, &["patchy-colour"], &[], Practitioner),
    v("eyeliner has blurred", "seed-article", "eyeliner", 90, &["blurred-pigment"], &[], Practitioner),
    v("brows still too dark after five weeks", "salon-aftercare", "brows", 35, &["colour-darker"], &[], Practitioner),
    // Normal healing, which must not alarm.
    v("brows red, a little swollen and dark on day 1", "emra-tattoo", "brows", 1, &["redness", "swelling", "colour-darker"], &[], Healing),
    v("brows itchy and flaking on day 5", "emra-tattoo", "brows", 5, &["itching", "flaking"], &[], Healing),
    v("scalp weeping and tender on day 2", "emra-tattoo", "scalp", 2, &["weeping", "tenderness"], &[], Healing),
    v("lips swollen and sore on the day", "emra-tattoo", "lips", 0, &["swelling", "tenderness"], &[], Healing),
    v("areola flaking on day 10", "emra-tattoo", "areola", 10, &["flaking"], &[], Healing),
    v("nothing chosen three days after eyeliner", "emra-tattoo", "eyeliner", 3, &[], &[], Healing),
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
fn the_vignettes_cover_every_level_and_procedure() {
    let content = Content::bundled();
    assert!(VIGNETTES.len() >= 30);
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
