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

/** The loader's SETTINGS list of attribute names. */
function loaderSettings() {
  const list = /var SETTINGS = \[([^\]]*)\];/.exec(read("src/web/loader.js"))[1];
  return [...list.matchAll(/"([\w-]+)"/g)].map((m) => m[1]);
}

test("the loader, RawSettings, index.d.ts and the guide name the same settings", () => {
  const attributes = loaderSettings();
  const options = attributes.map(camel).sort();
  const names = /pub const NAMES: \[&str; \d+\] = \[([\s\S]*?)\];/.exec(read("src/core/settings.rs"))[1];
  assert.deepEqual([...names.matchAll(/"([\w-]+)"/g)].map((m) => m[1]), attributes, "settings::NAMES");

  const dts = /export interface PmuCareOptions \{([\s\S]*?)\n\}/.exec(read("npm/index.d.ts"))[1];
  // `content` (the salon's file, fetched before Rust sees it) and `preview`
  // are the loader's own.
  const tsKeys = [...dts.matchAll(/^\s+(\w+)\?:/gm)].map((m) => m[1]).filter((k) => k !== "content" && k !== "preview").sort();
  assert.deepEqual(tsKeys, options, "PmuCareOptions keys");

  const guide = read("docs/embed-html.md");
  for (const attribute of [...attributes, "preview"]) assert.ok(guide.includes(`\`${attribute}\``), `docs/embed-html.md explains ${attribute}`);
});

test("the configurator offers the FAQ's sections as the content has them", () => {
  const list = /var CATEGORIES = (\[[\s\S]*?\]);\n/.exec(read("www/configure.js"))[1].replace(/,\s*\]$/, "]");
  const faq = JSON.parse(read("src/content/faq.json"));
  assert.deepEqual(
    JSON.parse(list),
    faq.categories.map((c) => [c.id, c.title.en, c.title.es]),
  );
});
