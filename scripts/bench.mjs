// The benchmark: speed, memory and size of the built bundle in headless
// Chromium with 4x CPU throttling, as medians over repeated runs, beside a
// baseline page that renders the same FAQ with a few lines of plain
// JavaScript. Prints each figure, its ratio to the baseline, and pass or
// fail against scripts/budgets.json. Not part of the test suite: timings
// vary from machine to machine.
//
//   node scripts/bench.mjs [runs]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { chromium } from "playwright-core";

import { serve } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] || 7);
const { budget } = JSON.parse(readFileSync(join(root, "scripts/budgets.json"), "utf8"));

// Pages written to target/bench: the widget, and the plain-JS baseline.
const dir = join(root, "target/bench");
mkdirSync(dir, { recursive: true });
const faq = JSON.parse(readFileSync(join(root, "src/content/faq.json"), "utf8"));
writeFileSync(join(dir, "faq-data.js"), `window.FAQ = ${JSON.stringify(faq)};`);
writeFileSync(
  join(dir, "baseline.js"),
  `(function () {
  var root = document.getElementById("faq");
  FAQ.categories.forEach(function (cat) {
    var h = document.createElement("h2");
    h.textContent = cat.title.en;
    root.append(h);
    FAQ.entries.filter(function (e) { return e.category === cat.id; }).forEach(function (e) {
      var d = document.createElement("details");
      var s = document.createElement("summary");
      s.textContent = e.question.en;
      d.append(s);
      e.answer.forEach(function (b) {
        if (b.p) { var p = document.createElement("p"); p.textContent = b.p.en; d.append(p); }
        else { var ul = document.createElement("ul"); b.list.forEach(function (t) { var li = document.createElement("li"); li.textContent = t.en; ul.append(li); }); d.append(ul); }
      });
      root.append(d);
    });
  });
})();`,
);
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head>
<body><script>window.__t0 = performance.now();</script>${body}</body></html>`;
writeFileSync(join(dir, "widget.html"), page(`<pmu-care lang="en"></pmu-care><script src="../../www/pmu-care.js"></script>`));
writeFileSync(join(dir, "baseline.html"), page(`<div id="faq"></div><script src="faq-data.js"></script><script src="baseline.js"></script>`));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--js-flags=--expose-gc"],
});
const server = await serve(root);

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { p, context };
}

/** The plain-JS page's click: a <summary> opening its <details>, to the next frame. */
async function baselineClick() {
  const { p, context } = await throttledPage();
  await p.goto(`${server.url}/target/bench/baseline.html`);
  await p.waitForFunction(() => document.querySelectorAll("details").length > 20);
  const ms = await p.evaluate(
    () =>
      new Promise((done) => {
        const details = document.querySelectorAll("details")[12];
        const t0 = performance.now();
        details.querySelector("summary").click();
        requestAnimationFrame(() => done(performance.now() - t0));
      }),
  );
  await context.close();
  return ms;
}

/** Time from the first script executing to `ready()` being true in the page. */
async function firstRender(url, ready) {
  const { p, context } = await throttledPage();
  await p.goto(url, { waitUntil: "commit" });
  const ms = await p.evaluate(
    (readySrc) =>
      new Promise((done) => {
        const isReady = new Function(`return (${readySrc})()`);
        const poll = () => (isReady() ? done(performance.now() - window.__t0) : requestAnimationFrame(poll));
        poll();
      }),
    ready.toString(),
  );
  await context.close();
  return ms;
}

/**
 * Time from a click to the DOM showing the change (the work), and to the
 * next animation frame after it (when it is painted; this adds the wait for
 * the display's next refresh, up to one frame).
 */
function timeClick(p, host, selector, changed) {
  return p.evaluate(
    ([hostSel, sel, changedSrc]) =>
      new Promise((done) => {
        const root = document.querySelector(hostSel).shadowRoot;
        const hasChanged = new Function("root", `return (${changedSrc})(root)`);
        let t0 = 0;
        const observer = new MutationObserver(() => {
          if (!hasChanged(root)) return;
          observer.disconnect();
          const work = performance.now() - t0;
          requestAnimationFrame(() => done({ work, frame: performance.now() - t0 }));
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        t0 = performance.now();
        root.querySelector(sel).click();
      }),
    [host, selector, changed.toString()],
  );
}

const results = { widget: [], baseline: [], baselineClick: [], clickWork: [], click: [], tickWork: [], tick: [], memory: [] };
for (let i = 0; i < runs; i++) {
  results.baselineClick.push(await baselineClick());
  results.baseline.push(await firstRender(`${server.url}/target/bench/baseline.html`, () => document.querySelectorAll("details").length > 20));
  results.widget.push(
    await firstRender(`${server.url}/target/bench/widget.html`, () => {
      const r = document.querySelector("pmu-care")?.shadowRoot;
      return !!(r && r.querySelector(".pmu-toggle"));
    }),
  );

  // A full visit: open a question, search, then the checker to a result.
  const { p, context } = await throttledPage();
  await p.goto(`${server.url}/target/bench/widget.html`);
  await p.waitForFunction(() => document.querySelector("pmu-care")?.shadowRoot?.querySelector(".pmu-toggle"));
  const click = await timeClick(p, "pmu-care", "#pmu-q-laser-removal", (root) => !root.querySelector("#pmu-a-laser-removal").hasAttribute("hidden"));
  results.clickWork.push(click.work);
  results.click.push(click.frame);
  const w = p.locator("pmu-care");
  await w.locator("#pmu-search-input").fill("infection");
  await w.locator("#pmu-tab-checker").click();
  await w.locator("label[for=pmu-proc-brows]").click();
  await w.locator("#pmu-day").fill("5");
  await w.locator(".pmu-nav .pmu-primary").click();
  const tick = await timeClick(p, "pmu-care", "#pmu-sign-pus", (root) => root.querySelector(".pmu-sofar").textContent.includes("today"));
  results.tickWork.push(tick.work);
  results.tick.push(tick.frame);
  await w.locator(".pmu-sticky .pmu-primary").click();
  await w.locator(".pmu-level-title").waitFor();
  results.memory.push(
    await p.evaluate(async () => {
      for (let k = 0; k < 3; k++) {
        window.gc();
        await new Promise((r) => setTimeout(r, 20));
      }
      return (performance.memory.usedJSHeapSize + window.PmuCare.diagnostics().wasmMemoryBytes) / 1024 / 1024;
    }),
  );
  await context.close();
  process.stderr.write(".");
}
process.stderr.write("\n");
await browser.close();
await server.close();

const bundle = readFileSync(join(root, "www/pmu-care.js"));
const size = {
  raw: bundle.length / 1024,
  gzip: gzipSync(bundle, { level: 9 }).length / 1024,
  brotli: brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024,
};
const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
const ratio = m.widget / m.baseline;
const verdict = (ok) => (ok ? "PASS" : "FAIL");
const rows = [
  ["bundle gzip", `${size.gzip.toFixed(1)} KB`, `<= ${budget.bundleGzipKB} KB`, verdict(size.gzip <= budget.bundleGzipKB)],
  ["bundle raw", `${size.raw.toFixed(1)} KB`, `<= ${budget.bundleRawKB} KB`, verdict(size.raw <= budget.bundleRawKB)],
  ["bundle brotli", `${size.brotli.toFixed(1)} KB`, "", ""],
  ["first render, baseline (plain JS)", `${m.baseline.toFixed(1)} ms`, "", ""],
  ["first render, widget (interactive)", `${m.widget.toFixed(1)} ms = ${ratio.toFixed(2)}x baseline`, `<= ${budget.interactiveVsBaseline}x`, verdict(ratio <= budget.interactiveVsBaseline)],
  ["click a question -> answer in the DOM", `${m.clickWork.toFixed(1)} ms`, "", ""],
  ["click a question -> next frame", `${m.click.toFixed(1)} ms = ${(m.click / m.baselineClick).toFixed(2)}x baseline`, `< ${budget.interactionMs} ms`, verdict(m.click < budget.interactionMs)],
  ["click, baseline <details> -> next frame", `${m.baselineClick.toFixed(1)} ms`, "", ""],
  ["tick a sign -> result in the DOM", `${m.tickWork.toFixed(1)} ms`, "", ""],
  ["tick a sign -> next frame", `${m.tick.toFixed(1)} ms`, `< ${budget.interactionMs} ms`, verdict(m.tick < budget.interactionMs)],
  ["JS heap + wasm memory after a visit", `${m.memory.toFixed(2)} MB`, `< ${budget.memoryMB} MB`, verdict(m.memory < budget.memoryMB)],
];
console.log(`pmu-care benchmark: medians of ${runs} runs, Chromium, 4x CPU throttling`);
for (const [name, value, limit, ok] of rows) {
  console.log(`  ${name.padEnd(40)} ${value.padEnd(30)} ${limit.padEnd(12)} ${ok}`);
}

// Timings on a shared machine are noisy: show the spread, and the first-
// render ratio of each run (widget and baseline measured back to back).
const quantile = (values, q) => {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(q * v.length))];
};
const pairedRatios = results.widget.map((w, i) => w / results.baseline[i]);
console.log("  spread (min / 25% / median / 75% / max):");
for (const [name, values, unit] of [
  ["first render, baseline", results.baseline, "ms"],
  ["first render, widget", results.widget, "ms"],
  ["first render, ratio within a run", pairedRatios, "x"],
  ["click -> next frame", results.click, "ms"],
  ["tick -> next frame", results.tick, "ms"],
]) {
  const q = [0, 0.25, 0.5, 0.75, 1].map((p) => (p === 0.5 ? median(values) : quantile(values, p)).toFixed(unit === "x" ? 2 : 1));
  console.log(`    ${name.padEnd(38)} ${q.join(" / ")} ${unit}`);
}
