// The committed www/pmu-care.js: built from the sources in this tree, and a
// classic script (not a module), so one <script> tag loads it anywhere.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { gzipSync } from "node:zlib";

import { bundleStamp, inputsStamp, normalise } from "../scripts/stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = readFileSync(join(root, "www/pmu-care.js"), "utf8");

test("the committed bundle is built from the current sources", () => {
  const expected = inputsStamp(root);
  const actual = bundleStamp(bundle);
  assert.equal(
    actual,
    expected,
    `www/pmu-care.js is stale (built from inputs ${actual}, sources are ${expected}).\n` +
      "Rebuild it with `bash scripts/build.sh` and commit www/pmu-care.js.",
  );
});

test("the bundle is one classic script that names its version", () => {
  assert.doesNotThrow(() => new Script(bundle, { filename: "pmu-care.js" }), "must parse as a classic script");
  const cargoVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
  assert.ok(bundle.startsWith(`/*! pmu-care ${cargoVersion} `));
  assert.ok(bundle.includes(`"${cargoVersion}"`), "PmuCare.version is the crate version");
});

test("the bundle stays under its size ceiling (scripts/budgets.json)", () => {
  const { ceiling } = JSON.parse(readFileSync(join(root, "scripts/budgets.json"), "utf8"));
  const raw = Buffer.byteLength(bundle) / 1024;
  const gz = gzipSync(bundle, { level: 9 }).length / 1024;
  assert.ok(raw <= ceiling.bundleRawKB, `raw ${raw.toFixed(1)} KB > ${ceiling.bundleRawKB} KB`);
  assert.ok(gz <= ceiling.bundleGzipKB, `gzip ${gz.toFixed(1)} KB > ${ceiling.bundleGzipKB} KB`);
});

test("the stamp ignores what cannot reach the bundle, and sees what can", () => {
  const rs = 'fn a() -> &str {\n    // why\n    "https://x" /* inline */\n}\n';
  assert.equal(normalise("src/a.rs", rs), normalise("src/a.rs", 'fn a() -> &str { "https://x" }'));
  assert.notEqual(normalise("src/a.rs", rs), normalise("src/a.rs", rs.replace("https://x", "https://y")));
  const withTests = 'pub fn f() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\n';
  assert.equal(normalise("src/a.rs", withTests), normalise("src/a.rs", "pub fn f() {}\n"));
  assert.equal(normalise("src/a.rs", 'r#"a // b"#'), 'r#"a // b"#', "raw strings are kept whole");
  const chars = "if b == b'\"' || c == '\\'' { f(\"//x\") } // y";
  assert.equal(normalise("src/a.rs", chars), "if b == b'\"' || c == '\\'' { f(\"//x\") }", "char literals are not strings");
  assert.equal(normalise("src/a.css", "a { b: c } /* d */"), normalise("src/a.css", "a {\n  b: c\n}"));
  assert.equal(normalise("src/a.js", "var s = '//'; // x"), "var s = '//';");
  assert.match(normalise("src/a.js", "/*! banner {{STAMP}} */ x"), /^\/\*! banner \{\{STAMP\}\} \*\//);
  assert.equal(normalise("Cargo.lock", "a  b\n"), "a  b\n", "other files are kept whole");
});

test("scripts/release.sh writes the versioned script, its SRI hash and the zip for salons", () => {
  const read = readFileSync;
  const path = join;
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const printed = execFileSync("bash", ["scripts/release.sh"], { cwd: root, encoding: "utf8" });
  const version = /^version\s*=\s*"([^"]+)"/m.exec(read(path(root, "Cargo.toml"), "utf8"))[1];
  const js = read(path(root, `target/release-files/pmu-care-${version}.js`));
  assert.deepEqual(js, read(path(root, "www/pmu-care.js")));
  const integrity = `sha384-${createHash("sha384").update(js).digest("base64")}`;
  assert.equal(read(path(root, `target/release-files/pmu-care-${version}.js.sha384`), "utf8").trim(), integrity);
  assert.ok(printed.includes(`integrity="${integrity}" crossorigin="anonymous"`));
  const zip = read(path(root, `target/release-files/pmu-care-${version}.zip`)).toString("latin1");
  for (const file of ["pmu-care.js", "configure.html", "configure.js", "docs/embed-wix.md"]) assert.ok(zip.includes(`pmu-care-${version}/${file}`), file);
});

test("the guides' CDN addresses name the version being released", () => {
  const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
  for (const doc of readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md"))) {
    for (const [, named] of readFileSync(join(root, "docs", doc), "utf8").matchAll(/pmu-care@([0-9][^/\s"]*)/g)) {
      assert.equal(named, version, `docs/${doc} names pmu-care@${named}`);
    }
  }
});
