//! The loader never panics: arbitrary bytes, arbitrary JSON, and the bundled
//! content with random parts deleted or replaced all give Ok or a list of
//! errors, and content that passes runs through the engine without panicking.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::{Content, BUNDLED_JSON};
use pmu_care::core::engine::{triage, Input};
use proptest::prelude::*;
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-z-]{0,12}".prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 200, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("languages".to_string()),
                    Just("faq".to_string()),
                    Just("checker".to_string()),
                    Just("en".to_string()),
                    Just("id".to_string()),
                    "[a-z_]{1,10}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path (as a list of steps) to a node of `v`.
fn paths(v: &Value, prefix: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prefix.push(PathStep::Index(i));
                paths(item, prefix, out);
                prefix.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                prefix.push(PathStep::Key(k.clone()));
                paths(item, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Index(usize),
    Key(String),
}

fn node<'a>(v: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        PathStep::Index(i) => &mut v[*i],
        PathStep::Key(k) => &mut v[k.as_str()],
    })
}

fn run_engine_on(content: &Content) {
    for p in &content.checker.procedures {
        for day in [0, 3, 40, u32::MAX] {
            let input = Input {
                procedure: p.id.clone(),
                day,
                signs: content.checker.signs.iter().map(|s| s.id.clone()).collect(),
                risks: content
                    .checker
                    .risk_factors
                    .iter()
                    .map(|r| r.id.clone())
                    .collect(),
            };
            let _ = triage(&content.checker, &input);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = Content::parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        if let Ok(content) = Content::parse(&value.to_string()) {
            run_engine_on(&content);
        }
    }

    /// The bundled content with one node replaced by arbitrary JSON (or
    /// removed): every mutation is refused with errors, or accepted and safe.
    #[test]
    fn mutated_bundled_content_never_panics(pick in any::<prop::sample::Index>(), replacement in json_value(), remove in any::<bool>()) {
        let mut doc: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        match (remove, path.split_last()) {
            (true, Some((PathStep::Key(k), parent))) => { node(&mut doc, parent).as_object_mut().unwrap().remove(k); }
            (true, Some((PathStep::Index(i), parent))) => { node(&mut doc, parent).as_array_mut().unwrap().remove(*i); }
            _ => *node(&mut doc, &path) = replacement,
        }
        match Content::parse(&doc.to_string()) {
            Ok(content) => run_engine_on(&content),
            Err(errors) => prop_assert!(!errors.is_empty() && errors.iter().all(|e| !e.message.is_empty())),
        }
    }
}

#[test]
fn huge_and_deep_inputs_are_refused_without_panicking() {
    let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    assert!(Content::parse(&deep).is_err());
    let long_text = BUNDLED_JSON.replacen(
        "\"The basics\"",
        &format!("\"{}\"", "a".repeat(1_000_000)),
        1,
    );
    let errors = Content::parse(&long_text).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "faq.categories[1].title.en: is longer than 20000 characters"
    );
}
