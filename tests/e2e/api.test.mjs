// PmuCare.check and PmuCare.triage, and the pmu-care:result event, in the
// built bundle as a page would use them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, fileUrl, openPage, problems, useBrowser, widgetsReady } from "./browser.mjs";

const env = useBrowser();
const EXAMPLE = readFileSync(join(ROOT, "docs/examples/salon-content.json"), "utf8");

test("check names every problem with its path, for text or an object", async () => {
  const { page, log, context } = await openPage(env.browser);
  await page.goto(fileUrl("tests/fixtures/blank.html"));
  await page.addScriptTag({ path: join(ROOT, "www/pmu-care.js") });
  const results = await page.evaluate(async (example) => {
    const bad = JSON.parse(example);
    bad.faq.entries[0].anwser = [];
    bad.checker.levels.emergency = { title: { en: "Message us" } };
    return {
      good: await window.PmuCare.check(example),
      bad: await window.PmuCare.check(bad),
      replace: await window.PmuCare.check(example, "replace"),
      broken: await window.PmuCare.check("{\"languages\": ["),
    };
  }, EXAMPLE);
  assert.deepEqual(results.good, { ok: true, errors: [] });
  assert.equal(results.bad.ok, false);
  assert.equal(results.bad.errors[0].path, "faq.entries[0].anwser");
  assert.match(results.bad.errors[0].message, /^unknown field `anwser`/);
  assert.deepEqual(results.replace.errors.map((e) => e.path), ["faq.entries[1].category"]);
  assert.match(results.broken.errors[0].message, /^invalid JSON: /);
  // A medical level cannot be reworded (checked apart, the first error stops reading).
  const medical = await page.evaluate(() => window.PmuCare.check({ languages: ["en"], checker: { levels: { emergency: { title: { en: "Message us" } } } } }));
  assert.equal(medical.errors[0].path, "checker.levels.emergency.title");
  assert.deepEqual(problems(log), []);
  await context.close();
});

test("check reads an object as the CLI reads the file: wrong types, unknown variants, paths", async () => {
  const { page, log, context } = await openPage(env.browser);
  await page.goto(fileUrl("tests/fixtures/blank.html"));
  await page.addScriptTag({ path: join(ROOT, "www/pmu-care.js") });
  const errors = await page.evaluate(async (example) => {
    const cases = [
      (c) => (c.faq.entries[0].question.en = 3),
      (c) => (c.faq.entries[0].answer[0] = { quote: { en: "Hi" } }),
      (c) => (c.faq.entries[0].answer = "Hi"),
      (c) => (c.faq.entries[1] = null),
    ];
    const out = [];
    for (const change of cases) {
      const content = JSON.parse(example);
      change(content);
      out.push((await window.PmuCare.check(content)).errors[0]);
    }
    out.push(await window.PmuCare.triage({ procedure: "brows", day: 1.5 }).catch((e) => e.message));
    return out;
  }, EXAMPLE);
  assert.deepEqual(errors.slice(0, 4), [
    { path: "faq.entries[0].question.en", message: "invalid type: integer `3`, expected a string" },
    { path: "faq.entries[0].answer[0]", message: "unknown variant `quote`, expected `p` or `list`" },
    { path: "faq.entries[0].answer", message: 'invalid type: string "Hi", expected a sequence' },
    { path: "faq.entries[1]", message: "invalid type: null, expected struct Entry" },
  ]);
  assert.equal(errors[4], "PmuCare.triage: day: invalid type: a number with decimals, expected u32");
  assert.deepEqual(problems(log), []);
  await context.close();
});

test("triage gives the widget's answer as a plain object, and refuses unknown ids", async () => {
  const { page, log, context } = await openPage(env.browser);
  await page.goto(fileUrl("tests/fixtures/blank.html"));
  await page.addScriptTag({ path: join(ROOT, "www/pmu-care.js") });
  const r = await page.evaluate(() => window.PmuCare.triage({ procedure: "brows", day: 5, signs: ["fever", "pus"], lang: "es" }));
  assert.equal(r.level, "emergency");
  assert.equal(r.title, "Llama ya al número de emergencias");
  assert.ok(r.call.length > 20);
  assert.equal(r.reasons[0].rule, "fever-with-skin-changes");
  assert.ok(Array.isArray(r.sources) && r.sources[0].url.startsWith("https://"));
  const none = await page.evaluate(() => window.PmuCare.triage({ procedure: "lips", day: 2 }));
  assert.equal(none.nothing_ticked, true);
  assert.equal(none.title, "You did not tick a warning sign");
  assert.ok(none.timeline.some((row) => row.until_day >= 2 && !row.yours));
  const errors = await page.evaluate(async () => {
    const out = [];
    for (const input of [{ procedure: "nose", day: 1, signs: ["feverish"] }, { procedure: "lips", day: -1 }, { procedure: "lips", day: 1, sign: ["fever"] }]) {
      try {
        await window.PmuCare.triage(input);
        out.push("resolved");
      } catch (e) {
        out.push(e.message);
      }
    }
    return out;
  });
  assert.equal(errors[0], 'PmuCare.triage: unknown procedure "nose", sign "feverish"');
  assert.match(errors[1], /^PmuCare.triage: day: /);
  assert.match(errors[2], /unknown field `sign`/);
  assert.deepEqual(log.errors, [], "nothing reached window.onerror");
  await context.close();
});

test("the widget tells its page which level it showed, and nothing else", async () => {
  const { page, log, context } = await openPage(env.browser);
  await page.goto(fileUrl("tests/fixtures/salon.html"));
  await widgetsReady(page);
  await page.evaluate(() => {
    window.__events = [];
    document.addEventListener("pmu-care:result", (e) => window.__events.push({ target: e.target.localName, detail: e.detail }));
  });
  const w = page.locator("pmu-care");
  await w.locator("#pmu-tab-checker").click();
  await w.locator("label[for=pmu-proc-brows]").click();
  await w.locator("#pmu-day").fill("4");
  await w.locator(".pmu-nav .pmu-primary").click();
  await w.locator("label[for=pmu-sign-pus]").click();
  await w.locator(".pmu-sticky .pmu-primary").click();
  await w.locator(".pmu-level-title").waitFor();
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events, [{ target: "pmu-care", detail: { level: "urgent", nothingTicked: false } }]);
  assert.deepEqual(problems(log), []);
  await context.close();
});
