//! Host tests of the content model and its checks.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::{Content, BUNDLED_JSON};

/// A small valid document to break in one place at a time.
fn minimal() -> serde_json::Value {
    serde_json::json!({
        "languages": ["en", "es"],
        "faq": {
            "categories": [{ "id": "basics", "title": { "en": "Basics", "es": "Lo básico" } }],
            "entries": [{
                "id": "what-is-it",
                "category": "basics",
                "question": { "en": "What is it?", "es": "¿Qué es?" },
                "answer": [{ "p": { "en": "Pigment in the skin.", "es": "Pigmento en la piel." } }]
            }]
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

#[test]
fn bundled_content_has_the_seed_articles_ten_questions() {
    let content = Content::bundled();
    let ids: Vec<&str> = content
        .entries_in("questions")
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "what-is-gone-wrong",
            "common-causes",
            "risks-overview",
            "can-it-be-fixed",
            "how-to-prevent",
            "warning-signs",
            "complete-removal",
            "corrective-results-time",
            "long-term-skin-damage",
            "preventing-allergic-reactions",
        ]
    );
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
        errs[0].starts_with("faq.entries[0].answer[0].p: invalid JSON: invalid type: integer `7`"),
        "{errs:?}"
    );
}

#[test]
fn unknown_fields_are_refused_so_typos_are_caught() {
    let mut doc = minimal();
    doc["faq"]["entries"][0]["anwser"] = serde_json::json!([]);
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].contains("unknown field `anwser`"), "{errs:?}");
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
