//! The `pmu-content` CLI, run as a salon would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use pmu_care::core::content::BUNDLED_JSON;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pmu-content"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("pmu-content-test-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn check_accepts_the_bundled_content() {
    let file = temp_file("bundled.json", BUNDLED_JSON);
    let out = run(&["check", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(": ok (complete content: 33 FAQ entries, 57 signs, 40 rules)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_names_every_error_with_its_path_and_fails() {
    let broken = BUNDLED_JSON
        .replacen("\"category\":\"basics\"", "\"category\":\"basic\"", 1)
        .replacen("\"es\":\"Lo básico\"", "\"es\":\"  \"", 1);
    let file = temp_file("broken.json", &broken);
    let out = run(&["check", &file]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{file}: faq.categories[1].title.es: is blank")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{file}: faq.entries[3].category: no category has the id \"basic\""
        )),
        "{err}"
    );
    assert!(err.ends_with("2 error(s)\n"), "{err}");
}

#[test]
fn check_reports_a_missing_file() {
    let out = run(&["check", "/nonexistent/content.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("/nonexistent/content.json: cannot read:"));
}

#[test]
fn triage_prints_the_engines_answer_as_json() {
    let out = run(&[
        "triage",
        "--procedure",
        "eyeliner",
        "--day",
        "4",
        "--sign",
        "fever",
        "--sign",
        "spreading-redness",
        "--risk",
        "diabetes",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["level"], "emergency");
    assert_eq!(json["title"], "Call the emergency number now");
    assert!(json["call"]
        .as_str()
        .unwrap()
        .starts_with("Call your local emergency number"));
    assert_eq!(json["reasons"][0]["rule"], "fever-with-skin-changes");
    assert!(json["sources"][0]["citation"]
        .as_str()
        .unwrap()
        .starts_with("NHS (England). Cellulitis (2024)."));
}

#[test]
fn triage_answers_in_spanish() {
    let out = run(&[
        "triage",
        "--procedure",
        "brows",
        "--day",
        "1",
        "--sign",
        "redness",
        "--lang",
        "es",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["level"], "healing");
    assert_eq!(json["title"], "Parece una cicatrización normal");
    assert_eq!(json["nothing_ticked"], false);
    // What is expected on day 1 after brows, with the day each is expected to.
    assert!(json["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["until_day"] == 10));
}

#[test]
fn triage_refuses_unknown_ids_and_missing_day() {
    let out = run(&[
        "triage",
        "--procedure",
        "brows",
        "--day",
        "1",
        "--sign",
        "feverish",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown sign \"feverish\""));
    let out = run(&["triage", "--procedure", "brows"]);
    assert!(stderr(&out).contains("--day is required"));
    let out = run(&["triage", "--procedure", "brows", "--day", "-1"]);
    assert!(stderr(&out).contains("--day must be a whole number"));
}

#[test]
fn check_accepts_the_documented_salon_example_and_names_salon_errors() {
    let out = run(&["check", "docs/examples/salon-content.json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "docs/examples/salon-content.json: ok (salon content, added to the bundled FAQ: the widget will show 35 FAQ entries)\n"
    );
    let out = run(&["check", "--replace", "docs/examples/salon-content.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("faq.entries[1].category: no category has the id \"basics\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn schema_describes_a_salons_file_and_the_full_content() {
    let out = run(&["schema"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["title"], "SalonContent");
    assert_eq!(schema["required"], serde_json::json!(["languages"]));
    let out = run(&["schema", "--full"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["title"], "Content");
    assert_eq!(
        schema["required"],
        serde_json::json!(["languages", "faq", "checker"])
    );
    assert!(schema["$defs"]["Sign"]["properties"]["window"].is_object());
    assert!(schema["$defs"]["LevelText"]["properties"]["call"].is_object());
}

#[test]
fn signs_lists_the_whole_catalogue() {
    let out = run(&["signs"]);
    let text = stdout(&out);
    for id in [
        "trouble-breathing",
        "pus",
        "sight-change",
        "hives",
        "redness",
        "harsh-hairline",
        "diabetes",
        "scalp",
    ] {
        assert!(text.contains(&format!("  {id} ")), "{id} missing");
    }
    assert!(
        text.contains("[window to day: brows 3, lips 5, eyeliner 3, scalp 3, areola 4, other 3]")
    );
}

#[test]
fn no_command_prints_usage_and_fails() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("usage:"));
}
