import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const server = await serve(process.cwd());
const page = process.argv[2] || "phases.html";
const context = await browser.newContext();
const p = await context.newPage();
const cdp = await context.newCDPSession(p);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,v8,v8.wasm,blink", transferMode: "ReportEvents" });
await p.goto(`${server.url}/target/bench/${page}`);
await p.waitForFunction(() => document.querySelector("pmu-care")?.shadowRoot?.querySelector(".pmu-toggle"));
await p.waitForTimeout(200);
await cdp.send("Tracing.end");
await done;
// main thread: the renderer's CrRendererMain
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const tot = new Map();
for (const e of events) {
  if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X" || !e.dur) continue;
  tot.set(e.name, (tot.get(e.name) || 0) + e.dur / 1000);
}
const t0 = Math.min(...events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ts).map((e) => e.ts));
for (const e of events) {
  if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X" || !e.dur || e.dur < 4000) continue;
  if (["Layout", "UpdateLayoutTree", "wasm.CompileLazy", "EvaluateScript", "FunctionCall", "v8.callFunction", "Paint", "RunMicrotasks", "DecompressionStream Inflate", "TimerFire", "ParseHTML"].includes(e.name))
    console.log(((e.ts - t0) / 1000).toFixed(1).padStart(8), (e.dur / 1000).toFixed(1).padStart(7), e.name, JSON.stringify(e.args?.data?.functionName || e.args?.beginData?.stackTrace?.[0]?.functionName || "").slice(0, 60));
}
[...tot.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
await browser.close(); await server.close();
