import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import fs from "node:fs";
fs.writeFileSync("target/bench/phases.html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script>window.__t0 = performance.now(); window.__m = [];
const mark = (n) => __m.push([n, +(performance.now() - __t0).toFixed(1)]);
const oi = WebAssembly.instantiate; WebAssembly.instantiate = function (...a) { mark("instantiate called"); return oi.apply(this, a).then((r) => { mark("instantiated"); return r; }); };
const oc = WebAssembly.compile; WebAssembly.compile = function (...a) { mark("compile called"); return oc.apply(this, a).then((r) => { mark("compiled"); return r; }); };
const ab = Response.prototype.arrayBuffer; Response.prototype.arrayBuffer = function () { mark("inflate start"); return ab.call(this).then((r) => { mark("inflated"); return r; }); };
const oatob = window.atob; window.atob = function (s) { mark("atob"); return oatob(s); };
</script><pmu-care lang="en"></pmu-care><script>mark("before script")</script><script src="../../www/pmu-care.js"></script><script>mark("script done")</script></body></html>`);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", ...(process.env.JSF ? ["--js-flags=" + process.env.JSF] : [])] });
const server = await serve(process.cwd());
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await p.goto(`${server.url}/target/bench/phases.html`);
  await p.waitForFunction(() => document.querySelector("pmu-care")?.shadowRoot?.querySelector(".pmu-toggle"));
  const m = await p.evaluate(() => { __m.push(["ready seen", +(performance.now() - __t0).toFixed(1)]); return __m; });
  console.log(m.map(([n, t]) => `${n} ${t}`).join(" | "));
  await context.close();
}
await browser.close(); await server.close();
