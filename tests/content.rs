//! Host tests of the content model and its checks.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::{Content, BUNDLED_JSON};

/// A small valid document to break in one place at a time.
fn minimal() -> serde_json::Value {
    let t = |en: &str, es: &str| serde_json::json!({ "en": en, "es": es });
    let level = || serde_json::json!({ "title": t("T", "T"), "now": t("N", "N"), "safety_net": t("S", "S") });
    let call = || serde_json::json!({ "title": t("T", "T"), "now": t("N", "N"), "call": t("C", "C"), "safety_net": t("S", "S") });
    serde_json::json!({
        "languages": ["en", "es"],
        "faq": {
            "categories": [{ "id": "basics", "title": t("Basics", "Lo básico") }],
            "entries": [{
                "id": "what-is-it",
                "category": "basics",
                "question": t("What is it?", "¿Qué es?"),
                "answer": [{ "p": t("Pigment in the skin.", "Pigmento en la piel.") }]
            }]
        },
        "checker": {
            "procedures": [{ "id": "brows", "label": t("Brows", "Cejas"), "healed_by_day": 42 }],
            "risk_factors": [{ "id": "diabetes", "label": t("Diabetes", "Diabetes"), "help": t("Any type.", "Cualquier tipo.") }],
            "groups": [
                { "id": "emergency", "title": t("Now", "Ya"), "help": t("Call.", "Llama.") },
                { "id": "healing", "title": t("Healing", "Cicatrización"), "help": t("Normal.", "Normal.") }
            ],
            "signs": [
                { "id": "trouble-breathing", "group": "emergency", "label": t("Breathing", "Respirar"), "help": t("Hard.", "Cuesta.") },
                { "id": "redness", "group": "healing", "label": t("Red", "Rojo"), "help": t("Pink.", "Rosa."), "window": { "brows": 2 } }
            ],
            "levels": {
                "emergency": call(), "urgent": call(), "doctor": level(), "appointment": level(), "practitioner": level(), "healing": level()
            },
            "no_signs": { "title": t("None ticked", "Nada marcado"), "now": t("Ask.", "Pregunta.") },
            "rules": [
                { "id": "red-flag", "level": "emergency", "when": { "signs": [["trouble-breathing"]] },
                  "why": t("Emergency.", "Emergencia."), "sources": ["nhs"], "faq": ["what-is-it"] },
                { "id": "expected", "level": "healing", "when": { "signs": [["redness"]], "window": "within" },
                  "why": t("Expected.", "Esperable."), "sources": ["nhs"] },
                { "id": "lasting", "level": "doctor", "when": { "signs": [["redness"]], "window": "past" },
                  "why": t("Too long.", "Demasiado."), "sources": ["nhs"] }
            ],
            "sources": [{ "id": "nhs", "kind": "guidance", "publisher": "NHS", "title": "Cellulitis", "url": "https://www.nhs.uk/conditions/cellulitis/" }]
        }
    })
}

fn errors(doc: &serde_json::Value) -> Vec<String> {
    match Content::parse(&doc.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn bundled_content_passes_every_check() {
    let content = Content::parse(BUNDLED_JSON).unwrap_or_else(|errors| {
        panic!(
            "bundled content is invalid:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(
        content.faq.entries.len() >= 25,
        "the seed's sections and ten questions"
    );
}

/// The seed article's ten questions are all answered, each in the category
/// it is about rather than a catch-all, and a worried visitor meets the
/// warning signs first.
#[test]
fn bundled_content_has_the_seed_articles_ten_questions_where_they_belong() {
    let content = Content::bundled();
    let category = |id: &str| {
        let entry = content.faq.entries.iter().find(|e| e.id == id);
        entry.map(|e| e.category.as_str()).unwrap_or("missing")
    };
    let seed = [
        ("what-is-gone-wrong", "basics"),
        ("common-causes", "causes"),
        ("risks-overview", "risks"),
        ("can-it-be-fixed", "putting-it-right"),
        ("how-to-prevent", "prevention"),
        ("warning-signs", "worried"),
        ("complete-removal", "putting-it-right"),
        ("corrective-results-time", "putting-it-right"),
        ("long-term-skin-damage", "risks"),
        ("preventing-allergic-reactions", "prevention"),
    ];
    for (id, expected) in seed {
        assert_eq!(category(id), expected, "{id}");
    }
    assert_eq!(content.faq.categories[0].id, "worried");
    assert_eq!(content.faq.entries[0].id, "warning-signs");
}

#[test]
fn a_minimal_document_is_valid() {
    assert_eq!(errors(&minimal()), Vec::<String>::new());
}

#[test]
fn a_missing_translation_names_its_path() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["question"]
        .as_object_mut()
        .unwrap()
        .remove("es");
    assert_eq!(errors(&doc), ["faq.entries[0].question.es: missing"]);
}

#[test]
fn an_unknown_category_is_reported() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["category"] = "nope".into();
    let errs = errors(&doc);
    assert!(
        errs.contains(&"faq.entries[0].category: no category has the id \"nope\"".to_string()),
        "{errs:?}"
    );
    assert!(
        errs.contains(&"faq.categories[0]: no entry is in this category".to_string()),
        "{errs:?}"
    );
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    let mut doc = minimal();
    let entry = doc["faq"]["entries"][0].clone();
    doc["faq"]["entries"].as_array_mut().unwrap().push(entry);
    let mut bad = doc["faq"]["entries"][0].clone();
    bad["id"] = "Not A Slug".into();
    doc["faq"]["entries"].as_array_mut().unwrap().push(bad);
    assert_eq!(
        errors(&doc),
        [
            "faq.entries[1].id: the id \"what-is-it\" is used twice",
            "faq.entries[2].id: \"Not A Slug\" is not a kebab-case id (lowercase letters, digits and single hyphens)",
        ]
    );
}

#[test]
fn blank_text_and_undeclared_languages_are_reported() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["answer"][0]["p"]["es"] = "   ".into();
    doc["faq"]["categories"][0]["title"]["fr"] = "Les bases".into();
    assert_eq!(
        errors(&doc),
        [
            "faq.categories[0].title.fr: \"fr\" is not in the content's languages",
            "faq.entries[0].answer[0].p.es: is blank",
        ]
    );
}

#[test]
fn type_errors_name_the_json_path() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["answer"][0] = serde_json::json!({ "p": 7 });
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("faq.entries[0].answer[0].p: invalid type: integer `7`, expected an object of texts by language"),
        "{errs:?}"
    );
}

#[test]
fn unknown_fields_are_refused_so_typos_are_caught() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["anwser"] = serde_json::json!([]);
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("faq.entries[0].anwser: unknown field `anwser`, expected one of `id`"),
        "{errs:?}"
    );
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    for text in [
        "",
        "{",
        "[]",
        "null",
        "{\"languages\": [\"en\"]}",
        &"[".repeat(100_000),
    ] {
        assert!(
            Content::parse(text).is_err(),
            "{text:.20} should be refused"
        );
    }
}

#[test]
fn the_language_is_picked_from_the_content_or_falls_back_to_the_first() {
    let content = Content::parse(&minimal().to_string()).unwrap();
    assert_eq!(content.pick_language("es-MX"), "es");
    assert_eq!(content.pick_language("ES"), "es");
    assert_eq!(content.pick_language("fr-FR"), "en");
    assert_eq!(content.pick_language(""), "en");
}

#[test]
fn checker_references_must_resolve() {
    let mut doc = minimal();
    doc["checker"]["signs"][1]["group"] = "nope".into();
    doc["checker"]["rules"][0]["sources"] = serde_json::json!(["nope"]);
    doc["checker"]["rules"][0]["faq"] = serde_json::json!(["nope"]);
    doc["checker"]["rules"][1]["when"]["procedures"] = serde_json::json!(["nope"]);
    doc["checker"]["rules"][1]["when"]["risks"] = serde_json::json!(["nope"]);
    assert_eq!(
        errors(&doc),
        [
            "checker.signs[1].group: no group has the id \"nope\"",
            "checker.rules[0].sources[0]: no source has the id \"nope\"",
            "checker.rules[0].faq[0]: no FAQ entry has the id \"nope\"",
            "checker.rules[1].when.risks[0]: no risk factor has the id \"nope\"",
            "checker.rules[1].when.procedures[0]: no procedure has the id \"nope\"",
        ]
    );
}

#[test]
fn a_red_flag_without_its_own_emergency_rule_is_refused() {
    let mut doc = minimal();
    // Weakened: the red flag now needs a risk factor too.
    doc["checker"]["rules"][0]["when"]["risks"] = serde_json::json!(["diabetes"]);
    assert_eq!(
        errors(&doc),
        ["checker.signs[0]: \"trouble-breathing\" is in the emergency group, so a rule must give \"emergency\" for it alone (one sign group, no risks, procedures or window)"]
    );
}

#[test]
fn unused_signs_uncited_sources_and_sourceless_rules_are_refused() {
    let mut doc = minimal();
    doc["checker"]["rules"].as_array_mut().unwrap().truncate(1);
    doc["checker"]["rules"][0]["sources"] = serde_json::json!([]);
    assert_eq!(
        errors(&doc),
        [
            "checker.rules[0].sources: every rule must name at least one source",
            "checker.signs[1]: no rule uses \"redness\"",
            "checker.sources[0]: no rule cites \"nhs\"",
        ]
    );
}

#[test]
fn day_windows_must_be_sane() {
    let mut doc = minimal();
    doc["checker"]["signs"][1]["window"]["brows"] = 4000.into();
    doc["checker"]["rules"][0]["when"]["window"] = "past".into();
    doc["checker"]["rules"][2]["when"]["signs"] = serde_json::json!([["redness"], ["redness"]]);
    assert_eq!(
        errors(&doc),
        [
            "checker.signs[1].window.brows: must be at most 365 days",
            "checker.rules[0].when.signs[0][0]: \"trouble-breathing\" has no window, so a window cannot apply",
            "checker.rules[2].when.window: a window needs exactly one group of signs",
            "checker.signs[0]: \"trouble-breathing\" is in the emergency group, so a rule must give \"emergency\" for it alone (one sign group, no risks, procedures or window)",
        ]
    );
}

#[test]
fn a_window_must_cover_every_procedure_its_sign_is_offered_for() {
    let mut doc = minimal();
    doc["checker"]["procedures"].as_array_mut().unwrap().push(
        serde_json::json!({ "id": "lips", "label": t2("Lips", "Labios"), "healed_by_day": 42 }),
    );
    doc["checker"]["signs"][1]["window"]["scalp"] = 3.into();
    assert_eq!(
        errors(&doc),
        [
            "checker.signs[1].window.scalp: no procedure has the id \"scalp\"",
            "checker.signs[1].window: has no day for \"lips\", where the sign is offered",
        ]
    );
}

#[test]
fn emergency_and_urgent_must_say_whom_to_call_and_sources_need_an_address() {
    let mut doc = minimal();
    doc["checker"]["levels"]["urgent"]
        .as_object_mut()
        .unwrap()
        .remove("call");
    doc["checker"]["sources"][0]
        .as_object_mut()
        .unwrap()
        .remove("url");
    assert_eq!(
        errors(&doc),
        [
            "checker.levels.urgent.call: say whom to call: this level needs it",
            "checker.sources[0].url: a published source needs its web address",
        ]
    );
}

fn t2(en: &str, es: &str) -> serde_json::Value {
    serde_json::json!({ "en": en, "es": es })
}

#[test]
fn a_missing_level_is_a_type_error_with_its_path() {
    let mut doc = minimal();
    doc["checker"]["levels"]
        .as_object_mut()
        .unwrap()
        .remove("urgent");
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("checker.levels: missing field `urgent`"),
        "{errs:?}"
    );
}

/// What a worried visitor types finds the answer they need, in both
/// languages: other forms of a word, everyday synonyms, filler words.
#[test]
fn faq_search_finds_the_answers_people_ask_for_in_their_words() {
    use pmu_care::core::search::{matches, terms};
    let content = Content::bundled();
    let found = |query: &str, lang: &str| -> Vec<String> {
        let terms = terms(query, lang);
        let hits = content.faq.entries.iter();
        let hits = hits.filter(|e| matches(e, &terms, lang, "en"));
        hits.map(|e| e.id.clone()).collect()
    };
    for (query, lang, id) in [
        ("removed", "en", "laser-removal"),
        ("get rid of it", "en", "laser-removal"),
        ("Can I get it removed?", "en", "complete-removal"),
        ("swollen", "en", "physical-discomfort"),
        ("infections", "en", "infection-from-poor-hygiene"),
        ("borrar", "es", "laser-removal"),
        ("quitar", "es", "laser-removal"),
        ("ampollas", "es", "cold-sores-and-lip-work"),
        ("hinchado", "es", "physical-discomfort"),
    ] {
        let hits = found(query, lang);
        assert!(
            hits.iter().any(|h| h == id),
            "{query:?} ({lang}) found {hits:?}"
        );
    }
    assert!(found("qwerty", "en").is_empty());
    // "borrar" is also what sight does when it blurs: the removal answers,
    // not the eye's warning signs.
    let hits = found("borrar", "es");
    assert!(
        !hits
            .iter()
            .any(|h| h == "eye-safety" || h == "warning-signs"),
        "{hits:?}"
    );
}
