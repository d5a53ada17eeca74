//! The core's modules depend on each other without cycles, so each can be
//! read (and changed) after the ones it uses. Read from the `use` lines.

use std::fs;
use std::path::Path;

fn uses(source: &str, modules: &[String]) -> Vec<String> {
    // Unit tests may use anything.
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    modules
        .iter()
        .filter(|m| {
            code.contains(&format!("crate::core::{m}::"))
                || code.contains(&format!("crate::core::{m};"))
                || code.contains(&format!("crate::core::{{{m}"))
                || code.contains(&format!(", {m}}}"))
        })
        .cloned()
        .collect()
}

#[test]
fn the_core_modules_have_no_cycles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let modules: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter_map(|f| f.strip_suffix(".rs").map(str::to_string))
        .filter(|m| m != "mod")
        .collect();
    let graph: Vec<(String, Vec<String>)> = modules
        .iter()
        .map(|m| {
            let source = fs::read_to_string(dir.join(format!("{m}.rs"))).unwrap();
            let deps = uses(&source, &modules)
                .into_iter()
                .filter(|d| d != m)
                .collect();
            (m.clone(), deps)
        })
        .collect();
    // Repeatedly take out the modules that use nothing left; a cycle remains.
    let mut left = graph.clone();
    while let Some(i) = left
        .iter()
        .position(|(_, deps)| deps.iter().all(|d| !left.iter().any(|(m, _)| m == d)))
    {
        left.remove(i);
    }
    assert!(left.is_empty(), "modules in a cycle: {left:?}");
    assert!(graph.len() > 10, "the core's modules were not found");
}
