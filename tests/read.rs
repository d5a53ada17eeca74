//! Reading content with serde (`core/read.rs`): every error says what is
//! wrong and where, as a JSON path and, for broken JSON, a line and column;
//! unknown fields and repeated languages are refused; the bundled content
//! reads back exactly as the derives write it.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::{Content, BUNDLED_JSON};
use pmu_care::core::read;
use pmu_care::core::text::Text;
use serde_json::Value;

fn error_of(text: &str) -> String {
    Content::parse(text).unwrap_err()[0].to_string()
}

#[test]
fn broken_json_says_what_and_where() {
    let cases = [
        (
            "",
            "invalid JSON: EOF while parsing a value at line 1 column 0",
        ),
        (
            "{\"languages\": [01]}",
            "languages[0]: invalid JSON: invalid number at line 1 column 17",
        ),
        (
            "{\"languages\": [\"\\ud800\"]}",
            "languages[0]: invalid JSON: unexpected end of hex escape at line 1 column 23",
        ),
        (
            "{\"languages\": [tru]}",
            "languages[0]: invalid JSON: expected ident at line 1 column 19",
        ),
        (
            "{\"languages\": [\"en\"],\n \"faq\": {\n",
            "faq: invalid JSON: EOF while parsing an object at line 3 column 0",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error_of(text), message, "{text:?}");
    }
}

#[test]
fn text_after_the_document_is_refused() {
    let e = read::from_str::<Text>("{\"en\": \"Hi\"} x").unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid JSON: trailing characters at line 1 column 14"
    );
}

#[test]
fn a_byte_order_mark_is_not_content() {
    let with_bom = format!("\u{feff}{BUNDLED_JSON}");
    assert_eq!(Content::parse(&with_bom).unwrap(), Content::bundled());
}

#[test]
fn a_language_given_twice_is_refused_not_silently_dropped() {
    let t: Result<Text, _> = read::from_str(r#"{"en": "Hello", "es": "Hola", "en": "Hi"}"#);
    let e = t.unwrap_err();
    assert_eq!(e.path, "");
    assert!(e.message.starts_with("the key \"en\" appears twice"), "{e}");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    // The types stop at the first value of the wrong kind, so depth never
    // reaches the parser's recursion limit; either way it is an error.
    for deep in [
        format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000)),
        format!(
            "{{\"languages\": {}{}}}",
            "[".repeat(1_000_000),
            "]".repeat(1_000_000)
        ),
    ] {
        assert!(
            error_of(&deep).contains("invalid type: sequence"),
            "{}",
            error_of(&deep)
        );
    }
}

#[test]
fn type_errors_name_the_path_and_what_was_expected() {
    let mut doc: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    doc["checker"]["sources"][0]["year"] = serde_json::json!(2.5);
    let errs = Content::parse(&doc.to_string()).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].path, "checker.sources[0].year");
    assert!(
        errs[0]
            .message
            .starts_with("invalid type: floating point `2.5`, expected u16"),
        "{}",
        errs[0]
    );

    doc["checker"]["sources"][0]["year"] = serde_json::json!("2019");
    let errs = Content::parse(&doc.to_string()).unwrap_err();
    assert!(
        errs[0]
            .message
            .starts_with("invalid type: string \"2019\", expected u16"),
        "{}",
        errs[0]
    );

    doc["checker"]["sources"][0]["year"] = serde_json::json!(2019);
    doc["checker"]["rules"][0]["level"] = serde_json::json!("soon");
    let errs = Content::parse(&doc.to_string()).unwrap_err();
    assert_eq!(errs[0].path, "checker.rules[0].level");
    assert!(
        errs[0]
            .message
            .starts_with("unknown variant `soon`, expected one of `emergency`"),
        "{}",
        errs[0]
    );
}

#[test]
fn the_bundled_content_reads_back_as_the_derives_write_it() {
    let content = Content::bundled();
    let written = serde_json::to_string(&content).unwrap();
    assert_eq!(Content::parse(&written).unwrap(), content);
    // And nothing in the source files is lost on the way: the written form
    // is the source, key for key (absent optional fields stay absent).
    let source: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let written: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(written, source);
}

#[test]
fn the_bundled_document_is_the_source_files_without_their_indentation() {
    let bundled: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let faq: Value = serde_json::from_str(include_str!("../src/content/faq.json")).unwrap();
    let checker: Value = serde_json::from_str(include_str!("../src/content/checker.json")).unwrap();
    assert_eq!(bundled["faq"], faq);
    assert_eq!(bundled["checker"], checker);
    assert!(!BUNDLED_JSON.contains('\n'), "indentation is left out");
    assert!(!BUNDLED_JSON.contains("\": "), "no space between tokens");
}
