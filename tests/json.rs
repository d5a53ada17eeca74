//! The content's JSON reader (`src/core/json.rs`) agrees with serde_json on
//! what JSON is and what it says, and reads the bundled content exactly as
//! the serde derives write it.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::{Content, BUNDLED_JSON};
use pmu_care::core::json::{self, Json};
use proptest::prelude::*;
use serde_json::Value;

/// Our value as serde_json's, numbers compared by what serde_json reads.
fn to_value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 100, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reads_what_serde_json_writes(v in json_value()) {
        for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
            // serde_json's own reading as the reference: its float parsing
            // does not always give back the f64 it wrote.
            let theirs: Value = serde_json::from_str(&text).unwrap();
            let ours = json::parse(&text).map_err(|e| e.to_string());
            prop_assert_eq!(ours.map(|j| to_value(&j)), Ok(theirs));
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses(text in "[\\[\\]{}\",:0-9.eE+\\-a-z\\\\ ]{0,30}") {
        // Duplicate keys are the one difference: serde_json keeps the last,
        // we refuse them, since in content they are always a mistake.
        let theirs = serde_json::from_str::<Value>(&text).is_ok();
        let ours = json::parse(&text).is_ok();
        if ours != theirs {
            prop_assert!(!ours && json::parse(&text).unwrap_err().message.contains("appears twice"), "{text:?}");
        }
    }
}

#[test]
fn escapes_and_unicode_are_decoded() {
    let j = json::parse(r#"["a\"b\\c\/d\n\t", "\u00e9\u00F1", "\ud83d\ude00", "añ😀"]"#).unwrap();
    assert_eq!(
        to_value(&j),
        serde_json::json!(["a\"b\\c/d\n\t", "éñ", "😀", "añ😀"])
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let j = json::parse("\u{feff}{\"a\": [1, true, null]}").unwrap();
    assert_eq!(to_value(&j), serde_json::json!({ "a": [1, true, null] }));
}

#[test]
fn errors_say_what_and_where() {
    let cases = [
        ("", "invalid JSON: unexpected end at line 1 column 1"),
        (
            "{\"a\": 1,\n \"a\": 2}",
            "invalid JSON: the key \"a\" appears twice at line 2 column 2",
        ),
        (
            "[1, 2] x",
            "invalid JSON: unexpected text after the end at line 1 column 8",
        ),
        ("[01]", "invalid JSON: invalid number at line 1 column 4"),
        (
            "\"\\ud800\"",
            "invalid JSON: lone surrogate in \\u escape at line 1 column 8",
        ),
        (
            "\"a\u{1}\"",
            "invalid JSON: control character in a string at line 1 column 4",
        ),
        ("[tru]", "invalid JSON: expected a value at line 1 column 2"),
    ];
    for (text, message) in cases {
        assert_eq!(
            json::parse(text).unwrap_err().to_string(),
            message,
            "{text:?}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let ok = format!("{}{}", "[".repeat(60), "]".repeat(60));
    assert!(json::parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    let e = json::parse(&deep).unwrap_err();
    assert!(
        e.message.starts_with("invalid JSON: nested too deeply"),
        "{e}"
    );
}

#[test]
fn whole_numbers_only_where_the_content_has_numbers() {
    let mut doc: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let day = |doc: &mut Value, v: Value| {
        let sign = doc["checker"]["signs"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s.get("normal_until_day").is_some())
            .unwrap();
        sign["normal_until_day"] = v;
    };
    for (v, message) in [
        (
            serde_json::json!(2.5),
            "expected a whole number from 0 to 4294967295, found 2.5",
        ),
        (
            serde_json::json!(-1),
            "expected a whole number from 0 to 4294967295, found -1",
        ),
        (
            serde_json::json!("2"),
            "expected a whole number, found a string",
        ),
    ] {
        day(&mut doc, v);
        let errs = Content::parse(&doc.to_string()).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].path.ends_with("].normal_until_day"), "{}", errs[0]);
        assert_eq!(errs[0].message, message);
    }
}

#[test]
fn the_bundled_content_reads_back_as_the_derives_write_it() {
    let content = Content::bundled();
    let written = serde_json::to_string(&content).unwrap();
    assert_eq!(Content::parse(&written).unwrap(), content);
    // And the reader sees what serde_json sees in the source files.
    let ours = to_value(&json::parse(BUNDLED_JSON).unwrap());
    let theirs: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    assert_eq!(ours, theirs);
}
