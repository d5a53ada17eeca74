// The benchmark: speed, memory and size of the built bundle in headless
// Chromium with 4x CPU throttling, as medians over repeated runs, beside a
// baseline page that renders the same FAQ with a few lines of plain
// JavaScript. Prints each figure, its ratio to the baseline, and pass or
// fail against scripts/budgets.json. Not part of the test suite: timings
// vary from machine to machine.
//
// Then Lighthouse (mobile preset, performance only, medians of 3) on the
// demo page as salons will see it: index.html with the widget, and the same
// page with the widget's element and script taken out.
//
//   node scripts/bench.mjs [runs]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
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
// The demo page without the widget, for Lighthouse (it links nothing else).
const demo = readFileSync(join(root, "index.html"), "utf8");
const withoutWidget = demo
  .replace(/<pmu-care [^>]*><\/pmu-care>/, "")
  .replace('<script src="www/pmu-care.js" defer></script>', "");
if (withoutWidget.includes("<pmu-care ") || withoutWidget.includes('src="www/pmu-care.js"')) {
  throw new Error("index.html changed: cannot take the widget out of it for the Lighthouse baseline");
}
writeFileSync(join(dir, "demo-without-widget.html"), withoutWidget);

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

// Lighthouse drives its own Chromium over the DevTools protocol.
const LIGHTHOUSE_RUNS = 3;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
async function lighthouseRun(url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    tbt: audit("total-blocking-time"),
    lcp: audit("largest-contentful-paint"),
    tti: audit("interactive"),
    longTasks: (lhr.audits["long-tasks"]?.details?.items ?? []).filter((t) => t.duration > 50).length,
    // The long tasks the widget's script is blamed for, in ms: what to cut.
    ourTasks: (lhr.audits["long-tasks"]?.details?.items ?? [])
      .filter((t) => t.duration > 50 && String(t.url).endsWith("pmu-care.js"))
      .map((t) => Math.round(t.duration)),
  };
}
const lh = { with: [], without: [] };
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  lh.without.push(await lighthouseRun(`${server.url}/target/bench/demo-without-widget.html`));
  lh.with.push(await lighthouseRun(`${server.url}/index.html`));
  process.stderr.write("L");
}
process.stderr.write("\n");
await chrome.kill();
await server.close();
const lhMedian = (runsOf, key) => median(runsOf.map((r) => r[key]));
const lost = lhMedian(lh.without, "score") - lhMedian(lh.with, "score");
const tbtAdded = lhMedian(lh.with, "tbt") - lhMedian(lh.without, "tbt");

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
  ["Lighthouse, demo without the widget", `${lhMedian(lh.without, "score")} (TBT ${lhMedian(lh.without, "tbt").toFixed(0)} ms, LCP ${lhMedian(lh.without, "lcp").toFixed(0)} ms)`, "", ""],
  ["Lighthouse, demo with the widget", `${lhMedian(lh.with, "score")} (TBT ${lhMedian(lh.with, "tbt").toFixed(0)} ms, LCP ${lhMedian(lh.with, "lcp").toFixed(0)} ms)`, "", ""],
  ["Lighthouse points lost to the widget", `${lost}`, `<= ${budget.lighthousePointsLost}`, verdict(lost <= budget.lighthousePointsLost)],
  ["Lighthouse TBT added by the widget", `${tbtAdded.toFixed(0)} ms (tasks > 50 ms: ${lhMedian(lh.with, "longTasks")})`, `<= ${budget.lighthouseTbtAddedMs} ms`, verdict(tbtAdded <= budget.lighthouseTbtAddedMs)],
];
rows.push(["Lighthouse tasks > 50 ms in pmu-care.js", lh.with.map((r) => r.ourTasks.join("/") || "none").join(" | "), "each run", ""]);
console.log(`pmu-care benchmark: medians of ${runs} runs, Chromium, 4x CPU throttling; Lighthouse mobile, medians of ${LIGHTHOUSE_RUNS}`);
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

// Where the bytes go: the bundle's parts over the wire, and (when twiggy is
// installed and scripts/build.sh has left the wasm with its names) the
// wasm's code by crate, before optimisation.
const gz = (data) => gzipSync(data, { level: 9 }).length / 1024;
const text = bundle.toString("utf8");
const wasmB64 = /"([A-Za-z0-9+/=]{10000,})"/.exec(text)[1];
const content = JSON.stringify({
  ...JSON.parse(readFileSync(join(root, "src/content/faq.json"), "utf8")),
  ...JSON.parse(readFileSync(join(root, "src/content/checker.json"), "utf8")),
});
console.log("  where the bytes go (gzip, KB):");
for (const [name, kb] of [
  ["wasm (zopfli, as embedded)", Buffer.from(wasmB64, "base64").length / 1024],
  ["  of which the bundled content (JSON)", gz(content)],
  ["loader, glue and stylesheet", gz(text.replace(wasmB64, ""))],
]) {
  console.log(`    ${name.padEnd(38)} ${kb.toFixed(1)}`);
}
const named = join(root, "target/bundle/pmu_care_bg.wasm");
let csv = null;
try {
  if (existsSync(named)) csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", named], { encoding: "utf8", maxBuffer: 1 << 28 });
} catch {
  csv = null;
}
if (csv) {
  const byCrate = new Map();
  for (const line of csv.split("\n").slice(1)) {
    // A CSV row: the name (quoted when it has commas), then its bytes. The
    // crate is the name's first path segment ("<a[hash]::B as c::D>" is a's).
    const row = /^("(?:[^"]|"")*"|[^,]*),(\d+),/.exec(line);
    const crate = row && /^"?<*([a-z_][a-z0-9_]*)\[[0-9a-f]+\]::/.exec(row[1]);
    if (crate) byCrate.set(crate[1], (byCrate.get(crate[1]) ?? 0) + Number(row[2]));
  }
  const top = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log("  wasm code by crate (twiggy, KB before wasm-opt):");
  for (const [crate, bytes] of top) console.log(`    ${crate.padEnd(38)} ${(bytes / 1024).toFixed(1)}`);
} else {
  console.log("  (install twiggy, `cargo install twiggy`, for the wasm's code by crate)");
}
