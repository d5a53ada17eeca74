// The npm package as a web agency uses it: packed, installed into a small
// Vite 7 project, built, and run in Chromium.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { serve } from "../../scripts/serve.mjs";
import { BUNDLED_QUESTIONS, ROOT, eventually, launch, openPage, problems } from "./browser.mjs";

const APP = join(ROOT, "target/vite-app");
const VERSION = JSON.parse(readFileSync(join(ROOT, "npm/package.json"), "utf8")).version;

let browser;
let server;
before(async () => {
  execFileSync("bash", ["scripts/package.sh"], { cwd: ROOT, stdio: "pipe" });
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(APP, { recursive: true });
  writeFileSync(join(APP, "package.json"), JSON.stringify({ name: "salon-site", private: true, type: "module" }));
  writeFileSync(
    join(APP, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Vite salon</title></head>
<body><div id="app"></div><pmu-care id="tag" lang="es"></pmu-care><script type="module" src="/main.js"></script></body></html>`,
  );
  writeFileSync(
    join(APP, "main.js"),
    `import PmuCare, { mount, version } from "pmu-care";
const handle = mount(document.getElementById("app"), { salonName: "Vite Salon", show: "faq" });
window.__result = { version, same: PmuCare === window.PmuCare, hasDestroy: typeof handle.destroy };`,
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(ROOT, `target/npm/pmu-care-${VERSION}.tgz`)], {
    cwd: APP,
    stdio: "pipe",
  });
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: APP, stdio: "pipe" });
  browser = await launch();
  server = await serve(join(APP, "dist"));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the package version is the crate's and the bundle's", () => {
  const cargo = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))[1];
  assert.equal(VERSION, cargo);
});

test("a Vite 7 build of a site that imports the package runs both ways of embedding", async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${server.url}/index.html`);
  await eventually(() => page.locator("#app .pmu-toggle").count(), BUNDLED_QUESTIONS);
  await eventually(() => page.locator("#tag .pmu").getAttribute("lang"), "es");
  assert.deepEqual(await page.evaluate(() => window.__result), { version: VERSION, same: true, hasDestroy: "function" });
  assert.equal(await page.locator("#app .pmu-checker").count(), 0, "show: faq was applied");
  assert.deepEqual(problems(log), []);
  await context.close();
});

test("the TypeScript types describe mount, its options and the handle", () => {
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  const check = (code) => {
    writeFileSync(join(APP, "check.ts"), code);
    try {
      execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2020,dom", "check.ts"], {
        cwd: APP,
        stdio: "pipe",
      });
      return "";
    } catch (e) {
      return e.stdout.toString();
    }
  };
  const ok = `import { check, mount, triage, type PmuCareHandle } from "pmu-care";
const h: PmuCareHandle = mount(document.body, { lang: "es", theme: "dark", show: "checker", contentMode: "add" });
h.ready.then(() => h.destroy());
const v: string = window.PmuCare.version;
triage({ procedure: "lips", day: 2, signs: ["fever"] }).then((r) => { const l: "urgent" | string = r.level; const c: string | undefined = r.call; });
check("{}").then((r) => r.errors.map((e) => e.path));
document.querySelector("pmu-care")?.addEventListener("pmu-care:result", (e) => { const l: string = e.detail.level; });`;
  assert.equal(check(ok), "");
  assert.match(check(`import { mount } from "pmu-care"; mount(document.body, { theme: "purple" });`), /Type '"purple"' is not assignable/);
  assert.match(check(`import { mount } from "pmu-care"; mount(document.body, { colour: "red" });`), /'colour' does not exist/);
  assert.match(check(`import { triage } from "pmu-care"; triage({ procedure: "lips" });`), /'day' is missing/);
});
