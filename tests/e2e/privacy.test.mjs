// Privacy and bad input, through whole visits: nothing leaves the browser,
// nothing is stored, and no mistake of ours or the page's reaches the page
// as an exception.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { eventually, fileUrl, openPage, problems, stubPrint, useBrowser, widgetsReady } from "./browser.mjs";

const env = useBrowser();

/** Counts window.onerror and unhandled rejections from the first moment. */
async function watchErrors(context) {
  await context.addInitScript(() => {
    window.__hostErrors = [];
    window.onerror = (message) => window.__hostErrors.push(String(message));
    window.addEventListener("unhandledrejection", (e) => window.__hostErrors.push(String(e.reason)));
  });
}

describe("privacy", () => {
  test("a full visit makes no request after the script and stores nothing", async () => {
    const { page, log, context } = await openPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] });
    await watchErrors(context);
    await page.goto(`${env.servers[0].url}/tests/fixtures/salon.html`);
    await widgetsReady(page);
    const afterScript = log.requests.length;
    const w = page.locator("pmu-care");
    await w.locator("#pmu-search-input").fill("laser");
    await w.locator("#pmu-q-laser-removal").click();
    await w.locator("#pmu-search-input").fill("");
    await w.locator("#pmu-tab-checker").click();
    await w.locator("label[for=pmu-proc-scalp]").click();
    await w.locator("#pmu-day").fill("6");
    await w.locator(".pmu-nav .pmu-primary").click();
    await w.locator("label[for=pmu-sign-getting-worse]").click();
    await w.locator("label[for=pmu-risk-diabetes]").click();
    await w.locator(".pmu-sticky .pmu-primary").click();
    await eventually(() => w.locator(".pmu-level-title").innerText(), "Get medical care today");
    await w.locator(".pmu-actions button", { hasText: "Copy summary" }).click();
    await w.locator(".pmu-copy-status", { hasText: "Summary copied." }).waitFor();
    await stubPrint(page);
    await w.locator(".pmu-actions button", { hasText: "Print for your doctor" }).click();
    await w.locator(".pmu-links .pmu-link").first().click();

    assert.deepEqual(log.requests.slice(0, afterScript), [`${env.servers[0].url}/tests/fixtures/salon.html`, `${env.servers[0].url}/www/pmu-care.js`]);
    assert.deepEqual(log.requests.slice(afterScript), [], "no request after the script");
    assert.deepEqual(await context.cookies(), []);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, idb: 0, caches: 0 });
    assert.deepEqual(await page.evaluate(() => window.__hostErrors), []);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe("bad input", () => {
  test("invalid attributes fall back with one clear warning each", async () => {
    const { page, log, context } = await openPage(env.browser);
    await watchErrors(context);
    await page.goto(fileUrl("tests/fixtures/bad-attributes.html"));
    await widgetsReady(page);
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.deepEqual(warnings, [
      'pmu-care: lang="klingon!" is not a language code like "en" or "es-MX"; ignoring it',
      'pmu-care: phone="call us" is not a phone number (digits, spaces, + - ( ) .); ignoring it',
      'pmu-care: booking-url="javascript:alert(1)" is not an https:// or http:// address; ignoring it',
      'pmu-care: theme="neon" is not one of auto, light, dark; ignoring it',
    ]);
    // The widget works with the defaults: the page's language, auto theme.
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("lang"), "en");
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("data-theme"), "auto");
    assert.deepEqual(await page.evaluate(() => window.__hostErrors), []);
    await context.close();
  });

  test("unknown or odd PmuCare.mount options are named, the rest kept", async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    await page.evaluate(async () => {
      const h = window.PmuCare.mount(document.getElementById("app"), { colour: "red", lang: "es", phone: 912345678 });
      await h.ready;
    });
    await page.locator("#app .pmu").waitFor();
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^pmu-care: unknown option "colour" ignored \(known: lang, salonName, phone, bookingUrl, emergencyNumber, urgentNumber, urgentUrl, theme, show, openCategory, contentMode, content\)$/);
    assert.equal(await page.locator("#app .pmu").getAttribute("lang"), "es");
    await context.close();
  });

  test("a panic inside the widget shows a notice, is logged, and never reaches window.onerror", async () => {
    const { page, log, context } = await openPage(env.browser);
    await watchErrors(context);
    await page.goto(fileUrl("tests/fixtures/crowded.html"));
    await widgetsReady(page, 2);
    // A page script tampers with the widget's own DOM; Yew then cannot
    // insert the search results it expects and panics.
    await page.evaluate(() => document.querySelector("#first").shadowRoot.querySelector(".pmu-categories").replaceChildren());
    const w = page.locator("#first");
    await w.locator("#pmu-search-input").fill("laser");
    await w.locator("#pmu-search-input").fill("");
    await eventually(() => page.locator("#first .pmu-crash").count(), 1);
    assert.equal(await page.locator("#first .pmu-crash").getAttribute("role"), "alert");
    assert.match(await page.locator("#first .pmu-crash").innerText(), /stopped working/);
    // Every widget on the page shows it: the module is not trusted after a trap.
    assert.equal(await page.locator("#second .pmu-crash").count(), 1);
    // The product build aborts on a panic (no message machinery, for size):
    // the trap is what the loader catches and logs.
    const logged = log.console.filter((m) => m.type === "error" && m.text.startsWith("pmu-care: stopped after an internal error"));
    assert.equal(logged.length, 1, "logged once");
    assert.match(logged[0].text, /RuntimeError: unreachable/);
    assert.deepEqual(await page.evaluate(() => window.__hostErrors), []);
    assert.deepEqual(log.errors, []);
    assert.equal(await page.evaluate(() => window.PmuCare.diagnostics().crashed), true);
    await context.close();
  });
});
