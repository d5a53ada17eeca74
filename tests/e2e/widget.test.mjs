// The FAQ and the checker in the built bundle, used as visitors use them:
// keyboard only, a result for each level, copy and print, two widths.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { ROOT, checkSigns, eventually, fileUrl, openPage, problems, screenshot, stubPrint, toSigns, useBrowser, widgetsReady } from "./browser.mjs";

const FAQ = JSON.parse(readFileSync(join(ROOT, "src/content/faq.json"), "utf8"));

const env = useBrowser();

const WIDTHS = [320, 1280];

async function open(width = 1280, page = "tests/fixtures/basic.html", options = {}) {
  const opened = await openPage(env.browser, { viewport: { width, height: 900 }, ...options });
  await opened.page.goto(page.startsWith("http") ? page : fileUrl(page));
  await widgetsReady(opened.page);
  return opened;
}

/** Id and class of the element focused inside the widget, and its outline. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector("pmu-care").shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { id: el.id, cls: el.className, tag: el.tagName, text: el.textContent.trim(), outline: style.outlineStyle, width: style.outlineWidth };
  });
}

/** Presses Tab until `match(focused)` is true; fails after `limit` presses. */
async function tabTo(page, match, limit = 80, key = "Tab") {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  assert.fail("never reached the element by keyboard");
}

describe("keyboard only", () => {
  test("walks the FAQ: tabs, search, questions, with a visible focus ring", async () => {
    const { page, log } = await open();
    const tab = await tabTo(page, (f) => f.id === "pmu-tab-faq");
    assert.notEqual(tab.outline, "none", "focus is visible on the tab");
    const q = await tabTo(page, (f) => f.cls.includes("pmu-toggle"));
    assert.equal(q.id, "pmu-q-warning-signs");
    assert.notEqual(q.outline, "none", "focus is visible on the question");
    await page.keyboard.press("Enter");
    const w = page.locator("pmu-care");
    await eventually(() => w.locator("#pmu-q-warning-signs").getAttribute("aria-expanded"), "true");
    await page.keyboard.press("ArrowDown");
    await eventually(async () => (await focused(page))?.id, "pmu-q-professional-advice");
    await page.keyboard.press("Space");
    await eventually(() => w.locator("#pmu-q-professional-advice").getAttribute("aria-expanded"), "true");
    await screenshot(page, "keyboard-faq-1280", { element: "pmu-care" });
    // Back up to the search box and search by typing.
    await tabTo(page, (f) => f.id === "pmu-search-input", 10, "Shift+Tab");
    await page.keyboard.type("laser");
    // "laser" also finds its everyday synonyms, "remove" and "get rid of".
    const synonyms = ["laser", "remov", "rid"];
    const english = (e) => [e.question, ...e.answer.flatMap((b) => b.list || [b.p])].map((t) => t.en.toLowerCase()).join(" ");
    const expected = FAQ.entries.filter((e) => synonyms.some((s) => english(e).includes(s))).length;
    assert.ok(expected > 1);
    await eventually(() => w.locator("#pmu-search-count").innerText(), `${expected} questions match`);
    assert.equal(await w.locator(".pmu-toggle").count(), expected);
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("walks the checker from the tabs to a result", async () => {
    const { page, log } = await open();
    await tabTo(page, (f) => f.id === "pmu-tab-faq");
    await page.keyboard.press("ArrowRight");
    await eventually(async () => (await focused(page))?.id, "pmu-tab-checker");
    // Into the panel: the first procedure, chosen with Space; arrows move within the group.
    await tabTo(page, (f) => f.id.startsWith("pmu-proc-"));
    await page.keyboard.press("ArrowDown");
    await eventually(async () => (await focused(page))?.id, "pmu-proc-lips");
    await tabTo(page, (f) => f.text === "Today");
    await page.keyboard.press("Enter");
    await tabTo(page, (f) => f.cls.includes("pmu-primary"));
    await page.keyboard.press("Enter");
    const heading = await focused(page);
    assert.match(heading.cls, /pmu-step-title/);
    assert.equal(heading.text, "What do you notice?");
    await tabTo(page, (f) => f.id === "pmu-sign-swelling");
    await page.keyboard.press("Space");
    await tabTo(page, (f) => f.text === "See what to do");
    await page.keyboard.press("Enter");
    const result = await focused(page);
    assert.match(result.cls, /pmu-level-title/);
    assert.equal(result.text, "This sounds like normal healing");
    await screenshot(page, "keyboard-result-1280", { element: "pmu-care" });
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });
});

describe("when it was", () => {
  test("Enter goes on, a date counts the days, and a date after today is refused", async () => {
    const { page, log, context } = await open(360);
    const w = page.locator("pmu-care");
    await w.locator("#pmu-tab-checker").click();
    await w.locator("label[for=pmu-proc-lips]").click();
    const daysAgo = (n) => {
      const d = new Date();
      d.setDate(d.getDate() - n);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    await w.locator("#pmu-date").fill(daysAgo(10));
    assert.equal(await w.locator("#pmu-day").inputValue(), "10");
    assert.equal(await w.locator("#pmu-day-said").textContent(), "Day 10 after the procedure.");
    await w.locator("#pmu-date").fill(daysAgo(-3));
    assert.equal(await w.locator("#pmu-day").inputValue(), "");
    assert.match(await w.locator("#pmu-day-error").textContent(), /after today/);
    assert.equal(await w.locator("#pmu-date").getAttribute("aria-invalid"), "true");
    await w.locator(".pmu-chip", { hasText: "3–4 days ago" }).click();
    assert.equal(await w.locator("#pmu-day").inputValue(), "4");
    assert.equal(await w.locator("#pmu-date").inputValue(), "", "a choice replaces the date");
    await w.locator("#pmu-day").press("Enter");
    assert.equal(await w.locator(".pmu-step-title").textContent(), "What do you notice?");
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe("focus not hidden", () => {
  test("every focus stop on the signs step is clear of the sticky bar, at 320, 360 and 1280 px", async () => {
    for (const width of [320, 360, 1280]) {
      const { page, log, context } = await open(width);
      await page.setViewportSize({ width, height: 640 });
      const w = await toSigns(page, { procedure: "brows", day: 3 });
      await w.locator("label[for=pmu-sign-redness]").waitFor();
      const hidden = [];
      let stops = 0;
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const where = await page.evaluate(() => {
          const root = document.querySelector("pmu-care").shadowRoot;
          const el = root.activeElement;
          const bar = root.querySelector(".pmu-sticky");
          if (!el || !bar) return null;
          if (bar.contains(el)) return { inBar: true };
          // A checkbox is drawn by its label; the label is what must show.
          const shown = el.closest("label") || el;
          const r = shown.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          return { id: el.id, covered: r.bottom > b.top + 1 && r.top < b.bottom };
        });
        if (!where) break;
        if (where.inBar) break;
        stops++;
        if (where.covered) hidden.push(where.id);
      }
      assert.ok(stops > 20, `walked ${stops} focus stops at ${width} px`);
      assert.deepEqual(hidden, [], `hidden behind the bar at ${width} px: ${hidden.join(", ")}`);
      assert.deepEqual(problems(log), []);
      await context.close();
    }
  });

  test("with a large default text size the bar is not sticky", async () => {
    for (const [fontSize, position] of [[16, "sticky"], [32, "static"]]) {
      const { page, context } = await open(360, "tests/fixtures/basic.html", { viewport: { width: 360, height: 640 } });
      // The visitor's default text size, as the browser's setting sets it:
      // em in a media query follows it (640 px is 40em at 16 px, 20em at 32).
      const cdp = await context.newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: fontSize } });
      const w = await toSigns(page, { procedure: "brows", day: 3 });
      assert.equal(await w.locator(".pmu-sticky").evaluate((el) => getComputedStyle(el).position), position, `${fontSize} px`);
      await context.close();
    }
  });
});

describe("one result per level", () => {
  const CASES = [
    { level: "emergency", title: "Call 999 now", procedure: "lips", day: 0, signs: ["sudden-swelling"], call: ["Call 999"] },
    { level: "urgent", title: "Get medical care today", procedure: "brows", day: 4, signs: ["pus"], call: ["Call 111", "Get medical advice online", "Call 999"] },
    { level: "doctor", title: "See a doctor in the next day or two", procedure: "brows", day: 12, signs: ["redness"] },
    { level: "appointment", title: "Book a doctor's appointment", procedure: "scalp", day: 730, signs: ["scarring"] },
    { level: "practitioner", title: "Talk to your salon", procedure: "scalp", day: 60, signs: ["harsh-hairline"] },
    { level: "healing", title: "This sounds like normal healing", procedure: "brows", day: 5, signs: ["itching", "flaking"] },
    { level: "none", title: "You did not tick a warning sign", procedure: "lips", day: 2, signs: [], name: "nothing-ticked" },
  ];
  // Phones, a desktop, and a 1280 x 900 window at 200% zoom.
  const SCREENS = [
    { width: 320, height: 640 },
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
    { width: 640, height: 450, zoom: 2 },
  ];
  for (const c of CASES) {
    test(`${c.name ?? c.level}: ${c.title}, the level and its call button on the first screen`, async () => {
      for (const { width, height, zoom } of SCREENS) {
        const at = zoom ? `${width}px (200% zoom)` : `${width}px`;
        const { page, log } = await open(width, "tests/fixtures/salon.html", {
          viewport: { width, height },
          deviceScaleFactor: zoom ?? 1,
        });
        const title = await checkSigns(page, c);
        assert.equal(title, c.title, `${c.level} at ${at}`);
        // The result is scrolled to the top, with room for a sticky header
        // (4.5em), and what to press is on screen without scrolling.
        const level = await page.locator("pmu-care .pmu-level").boundingBox();
        assert.ok(level.y >= 40 && level.y <= 100, `the level card at ${Math.round(level.y)}px from the top at ${at}`);
        const buttons = page.locator("pmu-care .pmu-level a.pmu-call");
        assert.deepEqual(await buttons.allInnerTexts(), c.call ?? [], `call buttons at ${at}`);
        for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
          assert.ok(box.y + box.height <= height, `the call button ends at ${Math.round(box.y + box.height)}px, on a ${height}px screen at ${at}`);
        }
        const box = page.locator("pmu-care .pmu-level");
        assert.match(await box.getAttribute("class"), new RegExp(`pmu-level-${c.level}`));
        assert.equal(await page.locator("pmu-care .pmu-level svg.pmu-icon").count(), 1);
        const overflow = await page.evaluate(() => {
          const root = document.querySelector("pmu-care").shadowRoot.querySelector(".pmu");
          return root.scrollWidth - root.clientWidth;
        });
        assert.ok(overflow <= 0, `no sideways scrolling at ${width}px (${overflow}px)`);
        if (!zoom) await screenshot(page, `result-${c.name ?? c.level}-${width}`, { element: "pmu-care" });
        assert.deepEqual(problems(log), []);
        await page.context().close();
      }
    });
  }
});

describe("summary", () => {
  test("copies a plain-text summary to the clipboard", async () => {
    const { page } = await open(1280, `${env.servers[0].url}/tests/fixtures/salon.html`, {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await checkSigns(page, { procedure: "eyeliner", day: 4, signs: ["fever", "spreading-redness"], risks: ["diabetes"] });
    await page.locator("pmu-care .pmu-actions button", { hasText: "Copy summary" }).click();
    await page.locator("pmu-care .pmu-copy-status", { hasText: "Summary copied." }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // Addressed to whoever treats it, with the dates, the salon and blank
    // lines for the pigment.
    assert.match(text, /^For the doctor or nurse: warning-sign check after micropigmentation\nChecked on: \w.* 20\d\d\n/);
    assert.match(
      text,
      /\nProcedure: Eyeliner or lash line\nDate of the procedure \(about\): \w.* 20\d\d\nDays since the procedure: 4\nSalon: Linea Studio, \+44 20 7946 0958\nPigment brand and colour: _{8,}\nPigment batch \(lot\) number: _{8,}\n/,
    );
    assert.match(text, /Signs: A high temperature, or feeling hot and shivery; Redness spreading beyond the treated area/);
    assert.match(text, /Risk factors: Diabetes/);
    assert.match(text, /CALL THE EMERGENCY NUMBER NOW\n/);
    assert.match(text, /\nCall your local emergency number: 999 or 112 in the UK/);
    assert.match(text, /NHS \(England\)\. Cellulitis \(2024\)\. https:\/\/www\.nhs\.uk\/conditions\/cellulitis\//);
    await page.context().close();
  });

  test("prints a clean one-page summary, not the host page", async () => {
    const { page, log } = await open(1280, "tests/fixtures/salon.html");
    await stubPrint(page);
    await checkSigns(page, { procedure: "brows", day: 12, signs: ["redness"] });
    await page.locator("pmu-care .pmu-actions button", { hasText: "Print for your doctor" }).click();
    const printed = await page.evaluate(() => window.__printed);
    assert.match(printed, /^For the doctor or nurse: warning-sign check after micropigmentation/);
    assert.match(printed, /Salon: Linea Studio, \+44 20 7946 0958/);
    assert.deepEqual(await page.evaluate(() => window.__printedHeadings), [
      "h1 For the doctor or nurse: warning-sign check after micropigmentation",
      "h2 SEE A DOCTOR IN THE NEXT DAY OR TWO",
      "h2 Why:",
      "h2 If it gets worse:",
      "h2 Sources:",
    ]);
    assert.match(printed, /SEE A DOCTOR IN THE NEXT DAY OR TWO/);
    assert.match(printed, /- Get medical care today: Pus or cloudy fluid/);
    // The page's own heading is "Linea Studio"; the summary names it only
    // as the salon.
    assert.equal(printed.split("Linea Studio").length, 2, "the host page is not printed");
    assert.equal(await page.locator("iframe[data-pmu-print]").count(), 0, "the print frame is removed");
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });
});

describe("looks", () => {
  test("screenshots of the main states at 320 and 1280 px", async () => {
    for (const width of WIDTHS) {
      const { page, log } = await open(width, "tests/fixtures/salon.html");
      const w = page.locator("pmu-care");
      await screenshot(page, `faq-${width}`, { element: "pmu-care" });
      await w.locator("#pmu-q-warning-signs").click();
      await screenshot(page, `faq-open-${width}`, { element: "pmu-care" });
      await w.locator("#pmu-search-input").fill("infection");
      await screenshot(page, `faq-search-${width}`, { element: "pmu-care" });
      await w.locator("#pmu-search-input").fill("qwerty");
      await screenshot(page, `faq-search-empty-${width}`, { element: "pmu-care" });
      await w.locator("#pmu-tab-checker").click();
      await screenshot(page, `checker-step1-${width}`, { element: "pmu-care" });
      await w.locator("label[for=pmu-proc-eyeliner]").click();
      await w.locator(".pmu-chip", { hasText: "Yesterday" }).click();
      await w.locator(".pmu-nav .pmu-primary").click();
      await w.locator("label[for=pmu-sign-red-painful-eye]").click();
      await screenshot(page, `checker-step2-${width}`, { element: "pmu-care" });
      assert.deepEqual(problems(log), []);
      await page.context().close();
    }
  });

  test("theme auto follows the page: light on a light page for a dark-mode visitor, dark once the page follows the visitor", async () => {
    const { page, log } = await open(360, "tests/fixtures/salon.html", { colorScheme: "dark" });
    const background = () =>
      page.evaluate(() => getComputedStyle(document.querySelector("pmu-care").shadowRoot.querySelector(".pmu")).backgroundColor);
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("data-theme"), "auto");
    assert.equal(await background(), "rgb(255, 255, 255)", "no dark box in a light page");
    await page.evaluate(() => (document.documentElement.style.colorScheme = "light dark"));
    assert.equal(await background(), "rgb(22, 20, 26)");
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("dark theme and Spanish", async () => {
    const { page, log } = await open(1280, "tests/fixtures/dark-es.html");
    const w = page.locator("pmu-care");
    assert.equal(await w.locator(".pmu").getAttribute("data-theme"), "dark");
    assert.equal(await w.locator(".pmu").getAttribute("lang"), "es");
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector("pmu-care").shadowRoot.querySelector(".pmu")).backgroundColor);
    assert.equal(bg, "rgb(22, 20, 26)");
    await screenshot(page, "faq-dark-es-1280", { element: "pmu-care" });
    assert.equal(await checkSigns(page, { procedure: "brows", day: 1, signs: ["redness"] }), "Parece una cicatrización normal");
    await screenshot(page, "result-dark-es-1280", { element: "pmu-care" });
    assert.deepEqual(problems(log), []);
    await page.context().close();
  });

  test("the page's <html lang> picks the language when the element has none", async () => {
    const { page } = await open(1280, "tests/fixtures/page-es.html");
    assert.equal(await page.locator("pmu-care .pmu").getAttribute("lang"), "es");
    await page.context().close();
  });
});
