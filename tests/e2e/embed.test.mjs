// The single-file bundle as a salon embeds it: one classic <script>, from
// file://, over http, from another origin, twice, beside other widgets.
/* global wasm_bindgen -- another widget's global, defined by the test page */
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { eventually, fileUrl, openPage, problems, screenshot, useBrowser, widgetsReady } from "./browser.mjs";

// The seed article's ten questions, as the bundled FAQ words them.
const SEED_QUESTIONS = [
  'What does "micropigmentation gone wrong" mean?',
  "What are the most common causes?",
  "What are the risks?",
  "Can it be fixed?",
  "How can I stop it going wrong?",
  "What are the warning signs that something is wrong?",
  "Can unwanted micropigmentation be removed completely?",
  "How long until corrective work shows results?",
  "Can it damage my skin for the long term?",
  "Can I avoid an allergic reaction to the pigment?",
];

// Two servers: the site, and a second origin standing in for a CDN.
const env = useBrowser({ servers: [{}, {}] });

/** Question texts rendered inside the widget on `host` (a selector). */
function questions(page, host = "pmu-care") {
  return page.$eval(host, (h) => [...h.shadowRoot.querySelectorAll(".pmu-question button")].map((b) => b.textContent.trim()));
}

describe("the bundle loads", () => {
  test("from file:// (no fetch of .wasm, no module import)", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(fileUrl("index.html"));
    await widgetsReady(page);
    const shown = await questions(page);
    for (const q of SEED_QUESTIONS) assert.ok(shown.includes(q), `missing question: ${q}`);
    assert.deepEqual(problems(log), []);
    await screenshot(page, "index-file-1280");
    await page.context().close();
  });

  test("over http from a local server, with no request after the script", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(`${env.servers[0].url}/index.html`);
    await widgetsReady(page);
    assert.ok((await questions(page)).length >= 10);
    const ours = log.requests.filter((u) => !u.endsWith("/index.html"));
    assert.deepEqual(ours, [`${env.servers[0].url}/www/pmu-care.js`]);
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("in a browser without Uint8Array.fromBase64 (the byte-loop fallback)", async () => {
    const { page, log } = await openPage(env.browser);
    await page.addInitScript(() => {
      delete Uint8Array.fromBase64;
    });
    await page.goto(`${env.servers[0].url}/index.html`);
    await widgetsReady(page);
    assert.equal(await page.evaluate(() => typeof Uint8Array.fromBase64), "undefined");
    for (const q of SEED_QUESTIONS) assert.ok((await questions(page)).includes(q), `missing question: ${q}`);
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("from another origin, as from a CDN", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(`${env.servers[0].url}/tests/fixtures/blank.html`);
    await page.evaluate((src) => {
      document.body.insertAdjacentHTML("beforeend", "<pmu-care></pmu-care>");
      const s = document.createElement("script");
      s.src = src;
      document.head.append(s);
    }, `${env.servers[1].url}/www/pmu-care.js`);
    await widgetsReady(page);
    assert.ok((await questions(page)).length >= 10);
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });
});

describe("a crowded host page", () => {
  test("two instances, the snippet twice and another wasm_bindgen global", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/crowded.html"));
    await widgetsReady(page, 2);
    // Each host has exactly one rendered widget: the second copy did nothing.
    for (const host of ["#first", "#second"]) {
      const roots = await page.$eval(host, (h) => h.shadowRoot.querySelectorAll(".pmu").length);
      assert.equal(roots, 1, `${host} should hold one widget`);
      assert.equal((await questions(page, host)).length, (await questions(page, "#first")).length);
    }
    assert.equal(await page.evaluate(() => wasm_bindgen.owner), "another widget");
    assert.equal(await page.evaluate(() => typeof window.PmuCare.version), "string");
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("instances are independent: opening a question in one leaves the other shut", async () => {
    const { page } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/crowded.html"));
    await widgetsReady(page, 2);
    await page.locator("#first .pmu-toggle").first().click();
    const expanded = (host) =>
      page.$eval(host, (h) => h.shadowRoot.querySelector(".pmu-toggle").getAttribute("aria-expanded"));
    await eventually(() => expanded("#first"), "true");
    assert.equal(await expanded("#second"), "false");
    await page.context().close();
  });
});

describe("PmuCare.mount", () => {
  test("mount then destroy leaves no nodes behind", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    const counts = await page.evaluate(async () => {
      const el = document.getElementById("app");
      const handle = window.PmuCare.mount(el, { lang: "en" });
      await handle.ready;
      await new Promise((r) => setTimeout(r, 50));
      const mounted = el.shadowRoot.querySelectorAll("*").length;
      const again = window.PmuCare.mount(el); // no double mount
      handle.destroy();
      await new Promise((r) => setTimeout(r, 50));
      return {
        same: again === handle,
        mounted,
        left: el.shadowRoot.childNodes.length,
        light: el.childNodes.length,
      };
    });
    assert.equal(counts.same, true);
    assert.ok(counts.mounted > 50, `expected a rendered FAQ, saw ${counts.mounted} nodes`);
    assert.equal(counts.left, 0);
    assert.equal(counts.light, 0);
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("a non-element is refused with a console error, never an exception", async () => {
    const { page, log } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    const threw = await page.evaluate(() => {
      try {
        window.PmuCare.mount("#app").destroy();
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(threw, false);
    assert.equal(log.errors.length, 0);
    assert.ok(log.console.some((m) => m.type === "error" && m.text.includes("PmuCare.mount needs a DOM element")));
    await page.context().close();
  });

  test("removing a <pmu-care> element tears its widget down", async () => {
    const { page } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/basic.html"));
    await widgetsReady(page);
    const left = await page.evaluate(async () => {
      const el = document.querySelector("pmu-care");
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot.childNodes.length;
    });
    assert.equal(left, 0);
    await page.context().close();
  });
});

describe("the FAQ accordion", () => {
  test("opens and closes by mouse", async () => {
    const { page } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/basic.html"));
    await widgetsReady(page);
    const button = page.locator("pmu-care .pmu-toggle").first();
    const panel = page.locator("pmu-care .pmu-answer").first();
    await eventually(() => button.getAttribute("aria-expanded"), "false");
    await eventually(() => panel.isVisible(), false);
    await button.click();
    await eventually(() => button.getAttribute("aria-expanded"), "true");
    await eventually(() => panel.isVisible(), true);
    assert.match(await panel.innerText(), /pigment/);
    await button.click();
    await eventually(() => panel.isVisible(), false);
    await page.context().close();
  });

  test("opens with Enter and Space from the keyboard", async () => {
    const { page } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/basic.html"));
    await widgetsReady(page);
    const focused = () => page.evaluate(() => document.querySelector("pmu-care").shadowRoot.activeElement?.id);
    for (let i = 0; i < 10 && (await focused()) !== "pmu-q-warning-signs"; i++) {
      await page.keyboard.press("Tab");
    }
    assert.equal(await focused(), "pmu-q-warning-signs");
    await page.keyboard.press("Enter");
    const button = page.locator("pmu-care #pmu-q-warning-signs");
    await eventually(() => button.getAttribute("aria-expanded"), "true");
    await page.keyboard.press("Space");
    await eventually(() => button.getAttribute("aria-expanded"), "false");
    await page.context().close();
  });
});
