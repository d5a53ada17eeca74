// axe-core, run in Chromium inside the widget's shadow root, in every state a
// visitor can reach: zero violations.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, checkSigns, eventually, fileUrl, openPage, useBrowser, widgetsReady } from "./browser.mjs";

const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");

const env = useBrowser({ servers: [] });

async function violations(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [["pmu-care"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.help}`);
  });
}

const STATES = {
  "FAQ, all closed": async () => {},
  "FAQ, all open": async (w) => w.locator(".pmu-faq-buttons .pmu-button").first().click(),
  "search with results": async (w) => w.locator("#pmu-search-input").fill("infection"),
  "search without results": async (w) => w.locator("#pmu-search-input").fill("qwertyuiop"),
  "checker step 1 with errors": async (w) => {
    await w.locator("#pmu-tab-checker").click();
    await w.locator("#pmu-day").fill("-1");
    await w.locator(".pmu-nav .pmu-primary").click();
  },
  "checker step 2 with a red flag": async (w) => {
    await w.locator("#pmu-tab-checker").click();
    await w.locator("label[for=pmu-proc-eyeliner]").click();
    await w.locator(".pmu-chip").first().click();
    await w.locator(".pmu-nav .pmu-primary").click();
    await w.locator("label[for=pmu-sign-trouble-breathing]").click();
  },
  "result: emergency": (w, page) => checkSigns(page, { procedure: "lips", day: 0, signs: ["sudden-swelling"] }),
  "result: urgent": (w, page) => checkSigns(page, { procedure: "brows", day: 4, signs: ["pus"] }),
  "result: doctor": (w, page) => checkSigns(page, { procedure: "brows", day: 12, signs: ["redness"] }),
  "result: appointment": (w, page) => checkSigns(page, { procedure: "scalp", day: 730, signs: ["scarring"] }),
  "result: nothing ticked": (w, page) => checkSigns(page, { procedure: "lips", day: 2, signs: [] }),
  "result: practitioner": (w, page) => checkSigns(page, { procedure: "scalp", day: 60, signs: ["harsh-hairline"] }),
  "result: healing": (w, page) => checkSigns(page, { procedure: "brows", day: 5, signs: ["itching"] }),
};

const PAGES = [
  ["light, English, 1280 px", "tests/fixtures/salon.html", 1280],
  ["dark, Spanish, 1280 px", "tests/fixtures/dark-es.html", 1280],
  ["light, English, 320 px", "tests/fixtures/salon.html", 320],
  // Windows High Contrast and the like: the system's colours replace ours.
  ["forced colours, English, 360 px", "tests/fixtures/salon.html", 360, { forcedColors: "active" }],
  // A visitor whose system is dark, on a light salon page (theme auto).
  ["dark visitor on a light page, 360 px", "tests/fixtures/salon.html", 360, { colorScheme: "dark" }],
];

for (const [pageName, fixture, width, media = {}] of PAGES) {
  test(`no axe violations in any state: ${pageName}`, async () => {
    const found = [];
    for (const [state, prepare] of Object.entries(STATES)) {
      const { page, context } = await openPage(env.browser, { viewport: { width, height: 900 }, ...media });
      await page.goto(fileUrl(fixture));
      await widgetsReady(page);
      await page.addScriptTag({ path: AXE });
      await prepare(page.locator("pmu-care"), page);
      await page.waitForTimeout(50);
      for (const v of await violations(page)) found.push(`${state}: ${v}`);
      await context.close();
    }
    assert.deepEqual(found, []);
  });
}

test("axe does see inside the shadow root (a planted fault is reported)", async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(fileUrl("tests/fixtures/basic.html"));
  await widgetsReady(page);
  await page.addScriptTag({ path: AXE });
  await page.evaluate(() => {
    document.querySelector("pmu-care").shadowRoot.querySelector(".pmu-lang").textContent = "";
  });
  await eventually(async () => (await violations(page)).some((v) => v.startsWith("button-name:")), true);
  await context.close();
});
