// Privacy and bad input, through whole visits: nothing leaves the browser,
// nothing is stored, and no mistake of ours or the page's reaches the page
// as an exception.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { checkSigns, eventually, fileUrl, openPage, problems, SHOTS, stubPrint, useBrowser, widgetsReady } from "./browser.mjs";

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
      'pmu-care: lang="klingon!" is not a language this widget has (en for English, es for Spanish); ignoring it',
      'pmu-care: phone="call us" is not a phone number (digits, spaces, + - ( ) .); ignoring it',
      'pmu-care: booking-url="javascript:alert(1)" is not a web address like https://salon.example/book; ignoring it',
      'pmu-care: theme="neon" is not one of auto, light, dark; ignoring it',
    ]);
    // The widget works with the defaults: the page's language, auto theme.
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("lang"), "en");
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("data-theme"), "auto");
    assert.deepEqual(await page.evaluate(() => window.__hostErrors), []);
    await context.close();
  });

  test("values typed the way people type them are understood, said so, and shown to the owner with preview", async () => {
    const { page, log, context } = await openPage(env.browser, { viewport: { width: 360, height: 740 } });
    await watchErrors(context);
    await page.goto(fileUrl("tests/fixtures/sloppy-attributes.html"));
    await widgetsReady(page);
    const said = [
      'unknown setting "lenguage"; did you mean "languages"? Ignoring it',
      'phone="020 7946 0958 (WhatsApp)": using "020 7946 0958"',
      'booking-url="www.linea.example/book": using "https://www.linea.example/book"',
      'emergency-number="999 or 112": using "999"',
    ];
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.deepEqual(warnings, said.map((text) => `pmu-care: ${text}`));
    // The preview panel says the same on the page, above the widget.
    const panel = page.locator("pmu-care .pmu-preview");
    await panel.waitFor();
    assert.deepEqual(await panel.locator("li").allTextContents(), said);
    // One language: no switch. The understood values are in use.
    assert.equal(await page.locator("pmu-care .pmu-langs").count(), 0);
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("lang"), "en");
    assert.equal(await checkSigns(page, { procedure: "brows", day: 2, signs: ["trouble-breathing"] }), "Call 999 now");
    assert.ok(await page.locator("pmu-care a[href='tel:999']").count());
    // A pastel accent: the text on it and the accent as text stay readable.
    const ratios = await page.evaluate(() => {
      const root = document.querySelector("pmu-care").shadowRoot;
      const s = (el) => getComputedStyle(el);
      const button = root.querySelector(".pmu-primary, .pmu-dot-now");
      const link = root.querySelector(".pmu-quiet, .pmu-link, .pmu a");
      const bg = s(root.querySelector(".pmu")).backgroundColor;
      return [
        window.PmuCare.contrast(s(button).color, s(button).backgroundColor),
        window.PmuCare.contrast(s(link).color, bg),
      ];
    });
    for (const ratio of ratios) assert.ok(ratio >= 4.5, `contrast ${ratio}`);
    await page.screenshot({ path: `${SHOTS}/preview-sloppy-360.png`, fullPage: true });
    assert.deepEqual(await page.evaluate(() => window.__hostErrors), []);
    await context.close();
  });

  test("a salon's own colour pair below WCAG AA is named on the console", async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(fileUrl("tests/fixtures/blank.html"));
    await page.addScriptTag({ path: "www/pmu-care.js" });
    await page.evaluate(async () => {
      const app = document.getElementById("app");
      app.style.setProperty("--pmu-accent", "#f4a6c1");
      app.style.setProperty("--pmu-on-accent", "#ffffff");
      await window.PmuCare.mount(app, { preview: "" }).ready;
    });
    await page.locator("#app .pmu-preview").waitFor();
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.deepEqual(warnings, [
      "pmu-care: the text on buttons (--pmu-on-accent) on the accent (--pmu-accent) is 1.9 : 1, below the 4.5 : 1 that WCAG AA asks for text; choose a darker or lighter colour",
    ]);
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
    assert.match(warnings[0], /^pmu-care: unknown option "colour" ignored \(known: lang, languages, salonName, phone, bookingUrl, emergencyNumber, urgentNumber, urgentUrl, theme, show, openCategory, contentMode, content, preview\)$/);
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
