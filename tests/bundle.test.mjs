// The committed www/pmu-care.js: built from the sources in this tree, and a
// classic script (not a module), so one <script> tag loads it anywhere.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { gzipSync } from "node:zlib";

import { bundleStamp, inputsStamp } from "../scripts/stamp.mjs";

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
