import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { copyFileSync } from "node:fs";
copyFileSync("/tmp/named-bundle.js", "target/bench/named.js");
const fs = await import("node:fs");
fs.writeFileSync("target/bench/named.html", fs.readFileSync("target/bench/widget.html", "utf8").replace("../../www/pmu-care.js", "named.js"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const server = await serve(process.cwd());
const mode = process.argv[2] || "load";
const context = await browser.newContext();
const p = await context.newPage();
const cdp = await context.newCDPSession(p);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
if (mode === "load") await cdp.send("Profiler.start");
await p.goto(`${server.url}/target/bench/named.html`);
await p.waitForFunction(() => document.querySelector("pmu-care")?.shadowRoot?.querySelector(".pmu-toggle"));
if (mode === "click") {
  await p.waitForTimeout(300);
  await cdp.send("Profiler.start");
  for (const id of ["laser-removal", "laser-removal", "laser-removal"]) {
    await p.evaluate((id) => document.querySelector("pmu-care").shadowRoot.querySelector("#pmu-q-" + id).click(), id);
    await p.waitForTimeout(100);
  }
}
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
  self.set(key, (self.get(key) || 0) + (dt[i] || 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log("total ms", total.toFixed(1));
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k.slice(0, 150)));
await browser.close(); await server.close();
