//! pmu-content: check a salon's content file, print the content's JSON Schema,
//! list the warning-sign catalogue, or triage a case with the same engine the
//! widget runs.
//!
//!   pmu-content check FILE
//!   pmu-content schema
//!   pmu-content signs [--lang es]
//!   pmu-content triage --procedure eyeliner --day 4 --sign fever [--sign ...] [--risk diabetes] [--lang es]

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use pmu_care::core::content::Content;
use pmu_care::core::engine::{triage, Input};
use pmu_care::core::report::Report;
use pmu_care::core::salon::{Mode, SalonContent};

const USAGE: &str = "usage:
  pmu-content check [--replace] FILE
                                validate a salon's content file (or a full
                                content file); exit 1 with the errors
  pmu-content schema [--full]   print the JSON Schema of a salon's content
                                file (--full: of the complete content)
  pmu-content signs [--lang L]  list procedures, risk factors and signs
  pmu-content triage --procedure P --day N [--sign S]... [--risk R]... [--lang L]
                                print the checker's answer as JSON";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("schema") => schema(&args[1..]),
        Some("signs") => signs(&args[1..]),
        Some("triage") => triage_cmd(&args[1..]),
        Some("-h" | "--help" | "help") => Ok(format!("{USAGE}\n")),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(out) => {
            // Ignore a closed pipe (`pmu-content signs | head`).
            let _ = std::io::stdout().write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn check(args: &[String]) -> Result<String, String> {
    let (mode, file) = match args {
        [flag, file] if flag == "--replace" => (Mode::Replace, file),
        [file] => (Mode::Add, file),
        _ => return Err("usage: pmu-content check [--replace] FILE".into()),
    };
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    // A file with checker rules is the complete content; otherwise a salon's.
    let full = serde_json::from_str::<serde_json::Value>(&text)
        .is_ok_and(|v| v["checker"]["rules"].is_array());
    let result = if full {
        Content::parse(&text).map(|c| {
            format!(
                "complete content: {} FAQ entries, {} signs, {} rules",
                c.faq.entries.len(),
                c.checker.signs.len(),
                c.checker.rules.len()
            )
        })
    } else {
        let bundled = Content::bundled();
        SalonContent::parse(&text)
            .and_then(|salon| salon.apply(&bundled, mode))
            .map(|c| {
                let how = if mode == Mode::Add {
                    "added to the bundled FAQ"
                } else {
                    "replacing the bundled FAQ"
                };
                format!(
                    "salon content, {how}: the widget will show {} FAQ entries",
                    c.faq.entries.len()
                )
            })
    };
    match result {
        Ok(summary) => Ok(format!("{file}: ok ({summary})\n")),
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(|e| format!("{file}: {e}")).collect();
            Err(format!("{}\n{} error(s)", lines.join("\n"), errors.len()))
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn schema(args: &[String]) -> Result<String, String> {
    let schema = match args {
        [] => schemars::schema_for!(SalonContent),
        [flag] if flag == "--full" => schemars::schema_for!(Content),
        _ => return Err("usage: pmu-content schema [--full]".into()),
    };
    Ok(serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())? + "\n")
}

/// The schema derive exists on the host only (it would bloat the widget).
#[cfg(target_arch = "wasm32")]
fn schema(_: &[String]) -> Result<String, String> {
    Err("pmu-content is a host tool".into())
}

/// `--name value` pairs, repeatable; anything else is an error.
fn options<'a>(args: &'a [String], allowed: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let name = flag
            .strip_prefix("--")
            .filter(|n| allowed.contains(n))
            .ok_or(format!("unknown option {flag}"))?;
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        out.push((name, value.as_str()));
    }
    Ok(out)
}

fn lang_of(content: &Content, opts: &[(&str, &str)]) -> String {
    let wanted = opts
        .iter()
        .rev()
        .find(|(n, _)| *n == "lang")
        .map_or("en", |(_, v)| *v);
    content.pick_language(wanted).to_string()
}

fn signs(args: &[String]) -> Result<String, String> {
    let opts = options(args, &["lang"])?;
    let content = Content::bundled();
    let lang = lang_of(&content, &opts);
    let c = &content.checker;
    let t = |text: &pmu_care::core::text::Text| text.get(&lang, "en").to_string();
    let mut out = String::from("procedures:\n");
    for p in &c.procedures {
        let _ = writeln!(out, "  {:<26} {}", p.id, t(&p.label));
    }
    out.push_str("risk factors:\n");
    for r in &c.risk_factors {
        let _ = writeln!(out, "  {:<26} {}", r.id, t(&r.label));
    }
    for g in &c.groups {
        let _ = writeln!(out, "{} ({}):", t(&g.title), g.id);
        for s in c.signs.iter().filter(|s| s.group == g.id) {
            let days: Vec<String> = s.window.iter().map(|(p, d)| format!("{p} {d}")).collect();
            let window = if days.is_empty() {
                String::new()
            } else {
                format!("  [window to day: {}]", days.join(", "))
            };
            let _ = writeln!(out, "  {:<26} {}{window}", s.id, t(&s.label));
        }
    }
    Ok(out)
}

fn triage_cmd(args: &[String]) -> Result<String, String> {
    let opts = options(args, &["procedure", "day", "sign", "risk", "lang"])?;
    let content = Content::bundled();
    let c = &content.checker;
    let mut input = Input::default();
    let mut day = None;
    for &(name, value) in &opts {
        match name {
            "procedure" => {
                input.procedure = known(value, c.procedures.iter().map(|p| &p.id), "procedure")?
            }
            "day" => {
                day =
                    Some(value.parse::<u32>().map_err(|_| {
                        format!("--day must be a whole number of days, got {value}")
                    })?)
            }
            "sign" => input
                .signs
                .push(known(value, c.signs.iter().map(|s| &s.id), "sign")?),
            "risk" => input.risks.push(known(
                value,
                c.risk_factors.iter().map(|r| &r.id),
                "risk factor",
            )?),
            _ => {}
        }
    }
    if input.procedure.is_empty() {
        return Err("--procedure is required (see `pmu-content signs`)".into());
    }
    input.day = day.ok_or("--day is required (0 is the day of the procedure)")?;
    let result = triage(c, &input);
    let report = Report::new(&content, &input, &result, &lang_of(&content, &opts));
    Ok(serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n")
}

fn known<'a>(
    value: &str,
    mut ids: impl Iterator<Item = &'a String>,
    what: &str,
) -> Result<String, String> {
    if ids.any(|id| id == value) {
        Ok(value.to_string())
    } else {
        Err(format!(
            "unknown {what} \"{value}\" (see `pmu-content signs`)"
        ))
    }
}
