//! `docs/clinical-safety.md` stays true to the content: every rule is in its
//! table with the same level, and no rule is listed that the content lacks;
//! every healing window matches.
#![cfg(not(target_arch = "wasm32"))]

use pmu_care::core::content::Content;

const CASE: &str = include_str!("../docs/clinical-safety.md");

/// Table rows of the doc whose first cell is a `code` id: (id, cells).
fn rows() -> Vec<(String, Vec<String>)> {
    CASE.lines()
        .filter_map(|line| {
            let cells: Vec<String> = line
                .trim()
                .strip_prefix('|')?
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            let id = cells
                .first()?
                .strip_prefix('`')?
                .strip_suffix('`')?
                .to_string();
            Some((id, cells))
        })
        .collect()
}

#[test]
fn every_rule_is_in_the_safety_case_with_its_level() {
    let content = Content::bundled();
    let rows = rows();
    for rule in &content.checker.rules {
        let row = rows.iter().find(|(id, _)| *id == rule.id);
        let Some((_, cells)) = row else {
            panic!("docs/clinical-safety.md has no row for rule `{}`", rule.id);
        };
        assert_eq!(
            cells[1],
            rule.level.id(),
            "level of `{}` in the safety case",
            rule.id
        );
        assert_eq!(
            cells[3],
            rule.sources.join(", "),
            "sources of `{}` in the safety case",
            rule.id
        );
    }
    for (id, _) in &rows {
        assert!(
            content.checker.rules.iter().any(|r| r.id == *id),
            "the safety case lists `{id}`, which is not a rule"
        );
    }
}

#[test]
fn the_healing_windows_in_the_safety_case_are_the_contents() {
    let content = Content::bundled();
    let c = &content.checker;
    let header: Vec<&str> = c.procedures.iter().map(|p| p.id.as_str()).collect();
    let mut seen = 0;
    for line in CASE.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        let Some(sign) = c.sign(cells[0]).filter(|s| !s.window.0.is_empty()) else {
            continue;
        };
        for (i, p) in header.iter().enumerate() {
            let expected = if sign.offered_for(p) {
                sign.window_for(p)
                    .map_or("-".to_string(), |d| d.to_string())
            } else {
                "-".to_string()
            };
            assert_eq!(cells[i + 1], expected, "{} after {p}", sign.id);
        }
        seen += 1;
    }
    let windowed = c.signs.iter().filter(|s| !s.window.0.is_empty()).count();
    assert_eq!(seen, windowed, "every sign with a window has a row");
}
