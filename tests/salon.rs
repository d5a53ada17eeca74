//! A salon's own content: added or replacing FAQ entries, reworded checker
//! texts, every mistake named with its path, and no way to weaken the rules.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::checker::Level;
use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, Input};
use pmu_care::core::salon::{Mode, SalonContent};

const EXAMPLE: &str = include_str!("../docs/examples/salon-content.json");

fn errors(json: &str, mode: Mode) -> Vec<String> {
    let salon = match SalonContent::parse(json) {
        Ok(s) => s,
        Err(errors) => return errors.iter().map(ToString::to_string).collect(),
    };
    match salon.apply(&Content::bundled(), mode) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_documented_example_adds_two_entries_first_and_rewords_a_level() {
    let bundled = Content::bundled();
    let content = SalonContent::parse(EXAMPLE)
        .unwrap()
        .apply(&bundled, Mode::Add)
        .unwrap();
    assert_eq!(content.faq.entries.len(), bundled.faq.entries.len() + 2);
    assert_eq!(content.faq.entries[0].id, "touch-up-included");
    assert_eq!(content.faq.categories[0].id, "at-linea");
    assert_eq!(
        content.checker.levels.practitioner.title.get("en", "en"),
        "Talk to us at Linea Studio"
    );
    // Other languages keep the bundled wording.
    assert_eq!(
        content.checker.levels.practitioner.title.get("es", "en"),
        "Habla con tu salón"
    );
}

#[test]
fn replace_mode_keeps_only_the_salons_faq_and_drops_dangling_links() {
    let json = EXAMPLE.replace("\"category\": \"basics\"", "\"category\": \"at-linea\"");
    let content = SalonContent::parse(&json)
        .unwrap()
        .apply(&Content::bundled(), Mode::Replace)
        .unwrap();
    let ids: Vec<&str> = content.faq.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["touch-up-included", "numbing-cream"]);
    assert!(content.checker.rules.iter().all(|r| r.faq.is_empty()));
}

#[test]
fn the_rules_cannot_be_weakened() {
    // The format has no field for conditions, levels or signs: trying is an error.
    let weaken = r#"{"languages": ["en"], "checker": {"rules": {"cosmetic": {"why": {"en": "x"}, "level": "healing"}}}}"#;
    let errs = errors(weaken, Mode::Add);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("checker.rules.cosmetic.level: unknown field `level`"),
        "{errs:?}"
    );
    let remove = r#"{"languages": ["en"], "checker": {"signs": {"trouble-breathing": null}}}"#;
    assert!(!errors(remove, Mode::Add).is_empty());
    // And a reworded checker still gives the same levels.
    let bundled = Content::bundled();
    let content = SalonContent::parse(EXAMPLE)
        .unwrap()
        .apply(&bundled, Mode::Add)
        .unwrap();
    let input = Input {
        procedure: "lips".into(),
        day: 0,
        signs: vec!["sudden-swelling".into()],
        risks: vec![],
    };
    assert_eq!(triage(&content.checker, &input).level, Level::Emergency);
    assert_eq!(content.checker.rules.len(), bundled.checker.rules.len());
    assert_eq!(content.checker.signs.len(), bundled.checker.signs.len());
}

#[test]
fn mistakes_are_named_with_their_path() {
    let json = r#"{
      "languages": ["en", "es"],
      "faq": {
        "categories": [{ "id": "ours", "title": { "en": "Ours" } }],
        "entries": [
          { "id": "laser-removal", "category": "ours", "question": { "en": "Q", "es": "P" }, "answer": [{ "p": { "en": "A", "es": "R" } }] },
          { "id": "new-one", "category": "nowhere", "question": { "en": "Q", "es": "P" }, "answer": [{ "p": { "en": "A", "es": "R" } }] }
        ]
      },
      "checker": { "signs": { "feverish": { "label": { "en": "Hot" } } }, "rules": { "cosmetic": { "why": { "en": "" , "es": "x"} } } }
    }"#;
    assert_eq!(
        errors(json, Mode::Add),
        [
            "faq.categories[0].title.es: missing",
            "faq.entries[1].category: no category has the id \"nowhere\"",
            "faq.entries[0].id: the bundled FAQ already has the id \"laser-removal\"; choose another, or use content-mode=\"replace\"",
            "checker.signs.feverish: the checker has no sign \"feverish\"",
            "checker.signs.feverish.label.es: missing",
            "checker.rules.cosmetic.why.en: is blank",
        ]
    );
}

#[test]
fn medical_advice_cannot_be_reworded_but_a_note_can_sit_beside_it() {
    // A salon once retitled the emergency level "Message us": refused, with
    // a message that says what to do instead, and the bundled words stay.
    let json = r#"{
      "languages": ["en"],
      "checker": {
        "levels": {
          "emergency": { "title": { "en": "Message us" }, "note": { "en": "Before calling 999, message us first." } },
          "urgent": { "now": { "en": "Wait and see." }, "note": { "en": "We are open 9 to 5." } },
          "doctor": { "title": { "en": "Ask us" } },
          "appointment": { "note": { "en": "Tell us too." } }
        },
        "signs": { "trouble-breathing": { "label": { "en": "A bit breathless" } }, "uneven-shape": { "label": { "en": "Uneven brows" } } },
        "rules": {
          "signs-of-infection": { "why": { "en": "Nothing to worry about." } },
          "expected-healing": { "why": { "en": "Pus in the first week is part of healing." } }
        }
      }
    }"#;
    assert_eq!(
        errors(json, Mode::Add),
        [
            "checker.signs.trouble-breathing: \"trouble-breathing\" can lead to medical advice, so its words cannot be changed",
            "checker.levels.emergency.title: the emergency level is medical advice, which cannot be reworded",
            "checker.levels.emergency.note: the emergency level asks for help now, so it takes no note",
            "checker.levels.urgent.now: the urgent level is medical advice, which cannot be reworded",
            "checker.levels.urgent.note: the urgent level asks for help now, so it takes no note",
            "checker.levels.doctor.title: the doctor level is medical advice, which cannot be reworded; add a \"note\" beside it instead",
            "checker.rules.signs-of-infection: \"signs-of-infection\" gives medical advice, so its words cannot be changed",
            "checker.rules.expected-healing: \"expected-healing\" says what healing is normal, so its words cannot be changed",
        ]
    );
    // Notes beside the doctor and appointment answers, the healing and salon
    // answers' own words, and the salon's words for cosmetic signs, are fine.
    let ok = r#"{
      "languages": ["en"],
      "checker": {
        "levels": { "doctor": { "note": { "en": "We are open 9 to 5." } }, "healing": { "now": { "en": "Follow our aftercare card." } } },
        "signs": { "uneven-shape": { "label": { "en": "Uneven brows" } } }
      }
    }"#;
    let bundled = Content::bundled();
    let content = SalonContent::parse(ok)
        .unwrap()
        .apply(&bundled, Mode::Add)
        .unwrap();
    assert_eq!(
        content.checker.levels.emergency.title,
        bundled.checker.levels.emergency.title
    );
    assert_eq!(
        content
            .checker
            .levels
            .doctor
            .note
            .as_ref()
            .unwrap()
            .get("en", "en"),
        "We are open 9 to 5."
    );
    assert_eq!(
        content.checker.levels.healing.now.get("en", "en"),
        "Follow our aftercare card."
    );
    assert_eq!(
        content
            .checker
            .sign("uneven-shape")
            .unwrap()
            .label
            .get("en", "en"),
        "Uneven brows"
    );
    // A safety net or whom to call is not even in the salon's format.
    let sneaky = r#"{"languages": ["en"], "checker": {"levels": {"healing": {"safety_net": {"en": "All fine."}}}}}"#;
    assert!(errors(sneaky, Mode::Add)[0]
        .starts_with("checker.levels.healing.safety_net: unknown field `safety_net`"));
}

#[test]
fn replace_needs_a_faq_and_broken_json_is_an_error() {
    assert_eq!(
        errors(r#"{"languages": ["en"]}"#, Mode::Replace),
        ["faq: content-mode is replace, so the file needs a faq"]
    );
    assert_eq!(
        errors(r#"{"languages": ["en"]}"#, Mode::Add),
        Vec::<String>::new()
    );
    let broken = errors("{\"languages\": [\"en\"],", Mode::Add);
    assert!(
        broken[0] == "invalid JSON: EOF while parsing a value at line 1 column 21",
        "{broken:?}"
    );
}
