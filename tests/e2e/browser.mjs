// Shared helpers for the end-to-end tests: Debian's Chromium through
// playwright-core, a local server, and a record of everything the page logs.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHOTS = join(ROOT, "target/screenshots");

export const fileUrl = (path) => pathToFileURL(join(ROOT, path)).href;

/** How many questions the bundled FAQ has. */
export const BUNDLED_QUESTIONS = JSON.parse(readFileSync(join(ROOT, "src/content/faq.json"), "utf8")).entries.length;

// Without the background-networking flags Chromium keeps dialling out.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      "--js-flags=--expose-gc",
    ],
  });
}

export function startServer(options) {
  return serve(ROOT, options);
}

/** A new page that records console messages, page errors and requests. */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on("console", (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("request", (r) => log.requests.push(r.url()));
  return { page, context, log };
}

/** Console errors and warnings, plus uncaught page errors. */
export function problems(log) {
  return [
    ...log.console.filter((m) => m.type === "error" || m.type === "warning").map((m) => `${m.type}: ${m.text}`),
    ...log.errors.map((e) => `pageerror: ${e}`),
  ];
}

/** Waits until every widget on the page has rendered its FAQ. */
export async function widgetsReady(page, count = 1) {
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll("pmu-care, [data-pmu-care]")];
      const ready = hosts.filter((h) => h.shadowRoot && h.shadowRoot.querySelector(".pmu"));
      return ready.length >= n;
    },
    count,
    { timeout: 15000 },
  );
}

export async function screenshot(page, name, { element = null } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  if (element) await page.locator(element).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

/**
 * Polls `read()` until it equals `expected` (Yew renders in slices of about
 * 16 ms, so a busy machine can need more than one task), then asserts it.
 */
export async function eventually(read, expected, { timeout = 5000 } = {}) {
  const start = Date.now();
  let value;
  for (;;) {
    value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() - start > timeout) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.deepEqual(value, expected);
}

/**
 * Registers before/after hooks that start Chromium and `servers` local
 * servers (each its own origin), and returns them as they become ready.
 */
export function useBrowser({ servers = [{}] } = {}) {
  const env = { browser: null, servers: [] };
  before(async () => {
    env.browser = await launch();
    env.servers = await Promise.all(servers.map((options) => startServer(options)));
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all(env.servers.map((s) => s.close()));
  });
  return env;
}

/** Opens the checker, picks a procedure and a day, and goes on to the signs step; returns the widget's locator. */
export async function toSigns(page, { procedure, day }, host = "pmu-care") {
  const w = page.locator(host);
  await w.locator("#pmu-tab-checker").click();
  await w.locator(`label[for=pmu-proc-${procedure}]`).click();
  await w.locator("#pmu-day").fill(String(day));
  await w.locator(".pmu-nav .pmu-primary").click();
  return w;
}

/** Picks a procedure and day and ticks signs with the mouse, then shows the result; returns its title. */
export async function checkSigns(page, { procedure, day, signs = [], risks = [] }, host = "pmu-care") {
  const w = await toSigns(page, { procedure, day }, host);
  for (const s of signs) await w.locator(`label[for=pmu-sign-${s}]`).click();
  for (const r of risks) await w.locator(`label[for=pmu-risk-${r}]`).click();
  await w.locator(".pmu-sticky .pmu-primary").click();
  return (await w.locator(".pmu-level-title").innerText()).trim();
}

/**
 * Replaces the print dialog of the widget's print frame: what would be
 * printed is kept in `window.__printed` instead, its headings in
 * `window.__printedHeadings`.
 */
export function stubPrint(page) {
  return page.evaluate(() => {
    const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, "contentWindow").get;
    Object.defineProperty(HTMLIFrameElement.prototype, "contentWindow", {
      get() {
        const win = get.call(this);
        const frame = this;
        if (win) {
          win.print = () => {
            const body = frame.contentDocument.body;
            window.__printed = body.innerText;
            window.__printedHeadings = [...body.querySelectorAll("h1, h2")].map((h) => `${h.localName} ${h.textContent}`);
          };
        }
        return win;
      },
    });
  });
}
