// A salon's settings and own content, as a salon would set them: attributes,
// live changes, an inline JSON block or a URL, add or replace.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { BUNDLED_QUESTIONS, ROOT, eventually, fileUrl, openPage, problems, screenshot, useBrowser, widgetsReady } from "./browser.mjs";

const EXAMPLE = readFileSync(join(ROOT, "docs/examples/salon-content.json"), "utf8");

const env = useBrowser();

/** A blank page with the given HTML, then the script. */
async function pageWith(html, url = fileUrl("tests/fixtures/blank.html")) {
  const opened = await openPage(env.browser);
  await opened.page.goto(url);
  await opened.page.evaluate((h) => document.body.insertAdjacentHTML("beforeend", h), html);
  await opened.page.addScriptTag({ path: join(ROOT, "www/pmu-care.js") });
  await widgetsReady(opened.page);
  return opened;
}

const questions = (page, host = "pmu-care") =>
  page.$eval(host, (h) => [...h.shadowRoot.querySelectorAll(".pmu-toggle")].map((b) => b.id.replace("pmu-q-", "")));

describe("settings", () => {
  test("show=checker shows only the checker, without tabs", async () => {
    const { page, log, context } = await pageWith('<pmu-care show="checker"></pmu-care>');
    assert.equal(await page.locator("pmu-care [role=tablist]").count(), 0);
    assert.equal(await page.locator("pmu-care .pmu-faq").count(), 0);
    assert.equal(await page.locator("pmu-care .pmu-step-title").innerText(), "What was done, and when?");
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test("show=faq shows only the FAQ", async () => {
    const { page, context } = await pageWith('<div data-pmu-care data-show="faq"></div>');
    assert.equal(await page.locator("[data-pmu-care] .pmu-checker").count(), 0);
    assert.ok((await questions(page, "[data-pmu-care]")).length > 20);
    await context.close();
  });

  test("open-category puts that category first, open; an unknown one warns once", async () => {
    const { page, log, context } = await pageWith('<pmu-care open-category="scalp"></pmu-care>');
    assert.equal(await page.locator("pmu-care .pmu-category-title").first().innerText(), "Scalp micropigmentation (SMP)");
    assert.deepEqual(
      await page.locator("pmu-care .pmu-toggle[aria-expanded=true]").evaluateAll((bs) => bs.map((b) => b.id)),
      ["pmu-q-smp-what-to-know", "pmu-q-smp-bad-results", "pmu-q-smp-fixing"],
    );
    assert.deepEqual(problems(log), []);
    await context.close();

    const other = await pageWith('<pmu-care open-category="lasers"></pmu-care>');
    const warnings = other.log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^pmu-care: open-category="lasers" is not a category of the FAQ \(worried, basics, causes, risks, putting-it-right, prevention, scalp\); ignoring it$/);
    await other.context.close();
  });

  test("changing an attribute after mount updates the widget", async () => {
    const { page, log, context } = await pageWith('<pmu-care lang="en"></pmu-care><div data-pmu-care id="d"></div>');
    await page.evaluate(() => document.querySelector("pmu-care").setAttribute("lang", "es"));
    await eventually(() => page.locator("pmu-care .pmu").getAttribute("lang"), "es");
    await page.evaluate(() => document.querySelector("#d").setAttribute("data-show", "checker"));
    await eventually(() => page.locator("#d .pmu-checker").count(), 1);
    await page.evaluate(() => document.querySelector("pmu-care").setAttribute("theme", "dark"));
    await eventually(() => page.locator("pmu-care .pmu").getAttribute("data-theme"), "dark");
    assert.equal(await page.evaluate(() => window.PmuCare.diagnostics().instances), 2);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe("theming", () => {
  test("the salon's accent, radius and font reach inside; nothing else from the page does", async () => {
    const html = `<style>
        pmu-care { --pmu-accent: rgb(15, 118, 110); --pmu-radius: 3px; --pmu-font-family: Georgia, serif; color: red; font-size: 40px; }
      </style>
      <pmu-care></pmu-care>`;
    const { page, log, context } = await pageWith(html);
    const style = await page.locator("pmu-care").evaluate((host) => {
      const root = host.shadowRoot;
      const title = getComputedStyle(root.querySelector(".pmu-category-title"));
      const box = getComputedStyle(root.querySelector(".pmu-accordion"));
      const text = getComputedStyle(root.querySelector(".pmu-toggle"));
      // An accent dark enough to read is used as it is (the stylesheet
      // writes it in linear light; the canvas gives it back as sRGB bytes).
      const canvas = document.createElement("canvas").getContext("2d");
      canvas.fillStyle = title.color;
      canvas.fillRect(0, 0, 1, 1);
      const accent = `rgb(${[...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(", ")})`;
      return { accent, radius: box.borderTopLeftRadius, font: text.fontFamily, color: text.color, size: text.fontSize };
    });
    assert.deepEqual(style, { accent: "rgb(15, 118, 110)", radius: "3px", font: "Georgia, serif", color: "rgb(31, 35, 40)", size: "16px" });
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe("own content", () => {
  test("from an inline JSON block, added before the bundled FAQ", async () => {
    const html = `<script type="application/json" id="linea-faq">${EXAMPLE}</script>
      <pmu-care content="#linea-faq" salon-name="Linea Studio"></pmu-care>`;
    const { page, log, context } = await pageWith(html);
    const ids = await questions(page);
    assert.equal(ids.length, BUNDLED_QUESTIONS + 2);
    assert.equal(ids[0], "touch-up-included");
    assert.equal(await page.locator("pmu-care .pmu-category-title").first().innerText(), "At Linea Studio");
    // Added to a bundled category.
    assert.ok(ids.indexOf("numbing-cream") > 0);
    // The checker uses the salon's wording for the practitioner level.
    const w = page.locator("pmu-care");
    await w.locator("#pmu-tab-checker").click();
    await w.locator("label[for=pmu-proc-brows]").click();
    await w.locator("#pmu-day").fill("40");
    await w.locator(".pmu-nav .pmu-primary").click();
    await w.locator("label[for=pmu-sign-uneven-shape]").click();
    await w.locator(".pmu-sticky .pmu-primary").click();
    assert.equal(await w.locator(".pmu-level-title").innerText(), "Talk to us at Linea Studio");
    assert.deepEqual(problems(log), []);
    await screenshot(page, "salon-content-result-1280", { element: "pmu-care" });
    await context.close();
  });

  test("from a URL, fetched once for two widgets, replacing the bundled FAQ", async () => {
    const html = `<pmu-care content="/docs/examples/salon-content.json" content-mode="replace" id="a"></pmu-care>
      <div data-pmu-care data-content="/docs/examples/salon-content.json" data-content-mode="replace" id="b"></div>`;
    const { page, log, context } = await pageWith(html, `${env.servers[0].url}/tests/fixtures/blank.html`);
    await widgetsReady(page, 2);
    // "replace" with an entry in the bundled "basics" category is an error:
    // the bundled FAQ is shown, and the error names the path.
    const errors = log.console.filter((m) => m.type === "error").map((m) => m.text);
    assert.equal(errors.length, 2, errors.join("\n"));
    assert.match(errors[0], /^pmu-care: the salon's content has errors, showing the bundled content instead:\n {2}faq\.entries\[1\]\.category: no category has the id "basics"$/);
    assert.equal((await questions(page, "#a")).length, BUNDLED_QUESTIONS);
    assert.equal(log.requests.filter((u) => u.endsWith("salon-content.json")).length, 1, "fetched once");
    await context.close();
  });

  test("replace mode with a valid file shows only the salon's questions", async () => {
    const own = JSON.parse(EXAMPLE);
    own.faq.entries[1].category = "at-linea";
    const html = `<script type="application/json" id="own">${JSON.stringify(own)}</script>
      <pmu-care content="#own" content-mode="replace"></pmu-care>`;
    const { page, log, context } = await pageWith(html);
    assert.deepEqual(await questions(page), ["touch-up-included", "numbing-cream"]);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test("a misspelt key is refused with its path, not silently dropped", async () => {
    // A reader that looks up only the struct's own keys (serde-wasm-bindgen's
    // does) never shows serde a key the struct does not have, so "anwser"
    // would vanish and the entry would be "missing field".
    const own = JSON.parse(EXAMPLE);
    own.faq.entries[0].anwser = own.faq.entries[0].answer;
    const html = `<script type="application/json" id="own">${JSON.stringify(own)}</script>
      <pmu-care content="#own"></pmu-care>`;
    const { page, log, context } = await pageWith(html);
    const errors = log.console.filter((m) => m.type === "error").map((m) => m.text);
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0], /\n {2}faq\.entries\[0\]\.anwser: unknown field `anwser`, expected one of `id`, `category`, `question`, `answer`$/);
    assert.equal((await questions(page)).length, BUNDLED_QUESTIONS);
    await context.close();
  });

  test("broken JSON or a missing block: a clear console error and the bundled FAQ", async () => {
    const html = `<script type="application/json" id="broken">{"languages": ["en"], "faq": </script>
      <pmu-care content="#broken" id="a"></pmu-care><pmu-care content="#nowhere" id="b"></pmu-care>`;
    const { page, log, context } = await pageWith(html);
    await widgetsReady(page, 2);
    const errors = log.console.filter((m) => m.type === "error").map((m) => m.text);
    assert.ok(errors.some((e) => e.startsWith("pmu-care: the salon's content has errors") && e.includes("invalid JSON")), errors.join("\n"));
    assert.ok(errors.includes('pmu-care: content="#nowhere": no element has that id; showing the bundled content'));
    assert.equal((await questions(page, "#a")).length, BUNDLED_QUESTIONS);
    assert.equal((await questions(page, "#b")).length, BUNDLED_QUESTIONS);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
