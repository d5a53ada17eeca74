// One list of settings: the loader's attributes, the Rust `RawSettings`
// that reads them, the TypeScript options and the embedding guide must name
// the same ones, so a new setting cannot be added in one place only.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => readFileSync(join(root, path), "utf8");
const camel = (name) => name.replace(/[-_](\w)/g, (_, c) => c.toUpperCase());

/** attribute name -> option name, from the loader's ATTRIBUTES table. */
function loaderAttributes() {
  const table = /var ATTRIBUTES = \{([^}]*)\};/.exec(read("src/web/loader.js"))[1];
  return Object.fromEntries([...table.matchAll(/"?([\w-]+)"?:\s*"(\w+)"/g)].map((m) => [m[1], m[2]]));
}

test("the loader, RawSettings, index.d.ts and the guide name the same settings", () => {
  const attributes = loaderAttributes();
  const options = Object.values(attributes).sort();
  // Each attribute's option name is its camelCase.
  for (const [attribute, option] of Object.entries(attributes)) assert.equal(camel(attribute), option);

  const raw = /pub struct RawSettings \{([\s\S]*?)\n\}/.exec(read("src/core/settings.rs"))[1];
  const rustFields = [...raw.matchAll(/pub (\w+): Option<String>/g)].map((m) => camel(m[1])).sort();
  assert.deepEqual(rustFields, options, "RawSettings fields");

  const dts = /export interface PmuCareOptions \{([\s\S]*?)\n\}/.exec(read("npm/index.d.ts"))[1];
  // `content` is the loader's own: the salon's file, fetched before Rust sees it.
  const tsKeys = [...dts.matchAll(/^\s+(\w+)\?:/gm)].map((m) => m[1]).filter((k) => k !== "content").sort();
  assert.deepEqual(tsKeys, options, "PmuCareOptions keys");

  const guide = read("docs/embed-html.md");
  for (const attribute of Object.keys(attributes)) assert.ok(guide.includes(`\`${attribute}\``), `docs/embed-html.md explains ${attribute}`);
});
