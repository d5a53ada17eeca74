// The stamp of the inputs a bundle is built from: a hash over every source
// file that can change www/pmu-care.js. The bundle carries it in its first
// line; tests/stamp.test.mjs fails when the committed bundle is stale.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = ["Cargo.toml", "Cargo.lock", "src", "scripts/build.sh", "scripts/bundle.mjs", "scripts/stamp.mjs"];

function files(root, path) {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(root, join(path, name)));
}

export function inputsStamp(root) {
  const hash = createHash("sha256");
  const all = INPUTS.flatMap((p) => files(root, p)).sort();
  for (const path of all) {
    // Normalise line endings so a Windows checkout stamps the same.
    const text = readFileSync(join(root, path)).toString("latin1").replace(/\r\n/g, "\n");
    hash.update(relative(root, join(root, path)).split("\\").join("/") + "\0" + text + "\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function bundleStamp(bundleText) {
  const m = /\| inputs ([0-9a-f]{16}) \*\//.exec(bundleText.slice(0, 300));
  return m ? m[1] : null;
}
