// Real salon pages are hostile: theme CSS on `*`, strict security headers,
// old libraries, late and repeated snippets, pages that mount and unmount.
/* global wasm_bindgen -- another widget's global, defined by the test page */
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { PNG } from "pngjs";

import { SHOTS, eventually, fileUrl, openPage, problems, stubPrint, useBrowser, widgetsReady } from "./browser.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Two servers: a plain one, and one that sends the strict CSP header.
const env = useBrowser({ servers: [{}, { headers: { "content-security-policy": CSP } }] });

/** Share of pixels that differ by more than a little in any channel. */
function difference(a, b) {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  assert.equal(`${x.width}x${x.height}`, `${y.width}x${y.height}`, "same size");
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(x.data[i + c] - y.data[i + c])));
    if (delta > 24) differing++;
  }
  return differing / (x.width * x.height);
}

/**
 * The widget in a given state, as PNG bytes: the viewport clipped to the
 * widget's box. The viewport is large enough that neither page scrolls, as
 * screenshots of a right-to-left page scrolled sideways are misplaced.
 */
async function widgetShot(page, prepare) {
  await widgetsReady(page);
  await prepare(page.locator("#w"));
  await page.waitForTimeout(50);
  const box = await page.evaluate(() => {
    const r = document.querySelector("#w").getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  return page.screenshot({ clip: box, animations: "disabled", caret: "hide" });
}

describe("heavy global CSS", () => {
  const STATES = {
    "FAQ with an answer open": async (w) => w.locator("#pmu-q-warning-signs").click(),
    "search": async (w) => w.locator("#pmu-search-input").fill("infection"),
    "checker signs": async (w) => {
      await w.locator("#pmu-tab-checker").click();
      await w.locator("label[for=pmu-proc-lips]").click();
      await w.locator(".pmu-chip").first().click();
      await w.locator(".pmu-nav .pmu-primary").click();
      await w.locator("label[for=pmu-sign-swelling]").click();
    },
  };
  for (const [name, prepare] of Object.entries(STATES)) {
    test(`renders the same on Bootstrap + a * reset + a wild body: ${name}`, async () => {
      const neutral = await openPage(env.browser, { viewport: { width: 1600, height: 9000 } });
      await neutral.page.goto(`${env.servers[0].url}/tests/fixtures/neutral.html`);
      const a = await widgetShot(neutral.page, prepare);
      const hostile = await openPage(env.browser, { viewport: { width: 1600, height: 9000 } });
      await hostile.page.goto(`${env.servers[0].url}/tests/fixtures/hostile-css.html`);
      const b = await widgetShot(hostile.page, prepare);
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(join(SHOTS, `hostile-neutral-${name.replace(/\W+/g, "-")}.png`), a);
      writeFileSync(join(SHOTS, `hostile-page-${name.replace(/\W+/g, "-")}.png`), b);
      const share = difference(a, b);
      assert.ok(share <= 0.002, `${(share * 100).toFixed(2)}% of pixels differ`);
      assert.deepEqual(problems(hostile.log), []);
      await neutral.context.close();
      await hostile.context.close();
    });
  }
});

describe("strict Content-Security-Policy", () => {
  test("works, with no violation reported, through FAQ, checker, print", async () => {
    const { page, log, context } = await openPage(env.browser);
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(`${env.servers[1].url}/tests/fixtures/csp.html`);
    assert.equal(response.headers()["content-security-policy"], CSP);
    await widgetsReady(page);
    const w = page.locator("pmu-care");
    await w.locator("#pmu-q-laser-removal").click();
    await w.locator("#pmu-search-input").fill("scar");
    await w.locator("#pmu-tab-checker").click();
    await w.locator("label[for=pmu-proc-brows]").click();
    await w.locator("#pmu-day").fill("12");
    await w.locator(".pmu-nav .pmu-primary").click();
    await w.locator("label[for=pmu-sign-redness]").click();
    await w.locator(".pmu-sticky .pmu-primary").click();
    await eventually(() => w.locator(".pmu-level-title").innerText(), "See a doctor in the next day or two");
    // Styles applied: the level box has its border colour from the adopted sheet.
    const border = await w.locator(".pmu-level").evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(border, "solid");
    await stubPrint(page);
    await w.locator(".pmu-actions button", { hasText: "Print for your doctor" }).click();
    assert.match(await page.evaluate(() => window.__printed), /SEE A DOCTOR IN THE NEXT DAY OR TWO/);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe("other scripts and snippets", () => {
  test("jQuery, a prototype-extending library, another wasm_bindgen and the snippet twice", async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/busy-page.html"));
    assert.equal(await page.evaluate(() => typeof window.jQuery), "function");
    // The element is added late by the page, then removed again.
    await page.evaluate(() => {
      const el = document.createElement("pmu-care");
      el.setAttribute("lang", "es");
      document.getElementById("slot").append(el);
    });
    await widgetsReady(page);
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("lang"), "es");
    await page.locator("pmu-care #pmu-tab-checker").click();
    await page.locator("pmu-care label[for=pmu-proc-scalp]").click();
    assert.equal(await page.locator("pmu-care #pmu-proc-scalp").isChecked(), true);
    const left = await page.evaluate(async () => {
      const el = document.querySelector("pmu-care");
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot.childNodes.length;
    });
    assert.equal(left, 0);
    // A div added late is found too.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div data-pmu-care id="late"></div>'));
    await widgetsReady(page);
    assert.equal(await page.evaluate(() => wasm_bindgen.owner), "another widget");
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test("a widget destroyed as soon as it mounted is gone, with no listener left on the window", async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    await page.evaluate(async () => {
      const el = document.getElementById("app");
      for (let i = 0; i < 10; i++) {
        const h = window.PmuCare.mount(el, {});
        await h.ready;
        h.destroy();
      }
      await new Promise((r) => setTimeout(r, 300));
    });
    // Each live widget listens for `hashchange` (deep links); an app created
    // after its destroy (Yew runs destroys before creates) would keep one.
    const cdp = await context.newCDPSession(page);
    const { result } = await cdp.send("Runtime.evaluate", {
      expression: "(getEventListeners(window).hashchange || []).length",
      includeCommandLineAPI: true,
    });
    assert.equal(result.value, 0, "hashchange listeners left on the window");
    assert.equal(await page.evaluate(() => window.PmuCare.diagnostics().instances), 0);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test("mount and destroy 200 times: DOM nodes and JS heap come back", async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    const result = await page.evaluate(async () => {
      const el = document.getElementById("app");
      const nodes = () => document.getElementsByTagName("*").length + (el.shadowRoot ? el.shadowRoot.querySelectorAll("*").length : 0);
      const heap = async () => {
        for (let i = 0; i < 3; i++) {
          window.gc();
          await new Promise((r) => setTimeout(r, 20));
        }
        return performance.memory.usedJSHeapSize;
      };
      const cycle = async (i) => {
        const h = window.PmuCare.mount(el, { lang: i % 2 ? "es" : "en" });
        await h.ready;
        h.destroy();
        // Yew renders and destroys in later tasks: without letting them run,
        // every cycle's app waits alive at once and the test measures that
        // pile-up (tens of MB of high-water mark), not a leak.
        await new Promise((r) => setTimeout(r, 0));
      };
      // Warm up with the same pattern: the module, the stylesheet and the
      // allocator's high-water mark (wasm memory never shrinks) are one-off.
      for (let i = 0; i < 50; i++) await cycle(i);
      await new Promise((r) => setTimeout(r, 100));
      const before = { nodes: nodes(), heap: await heap(), wasm: window.PmuCare.diagnostics().wasmMemoryBytes };
      for (let i = 0; i < 200; i++) await cycle(i);
      await new Promise((r) => setTimeout(r, 100));
      const after = { nodes: nodes(), heap: await heap(), wasm: window.PmuCare.diagnostics().wasmMemoryBytes };
      return { before, after, instances: window.PmuCare.diagnostics().instances };
    });
    assert.equal(result.after.nodes, result.before.nodes, "DOM nodes");
    assert.equal(result.instances, 0);
    const grew = result.after.heap - result.before.heap;
    assert.ok(grew < 512 * 1024, `JS heap grew by ${(grew / 1024).toFixed(0)} KB`);
    const wasmGrew = result.after.wasm - result.before.wasm;
    assert.ok(wasmGrew <= 1024 * 1024, `wasm memory grew by ${(wasmGrew / 1024).toFixed(0)} KB`);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});
