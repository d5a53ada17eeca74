// The configurator (www/configure.html) as a salon owner uses it, from
// file://: sloppy values explained at their fields, the preview is the real
// widget, the copied code makes the same widget in a fresh page, a mistake
// in the owner's own question is shown at its box, the settings survive in
// the address, and axe finds nothing.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { checkSigns, fileUrl, openPage, problems, ROOT, SHOTS, useBrowser, widgetsReady } from "./browser.mjs";

const env = useBrowser({ servers: [{}] });

async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { iframes: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")}`);
  });
}

test("an owner fills the configurator and pastes the code into a fresh page", async () => {
  const { page, log, context } = await openPage(env.browser, { viewport: { width: 1280, height: 1000 } });
  await page.goto(fileUrl("www/configure.html"));
  await page.fill("#salon-name", "Linea Studio");
  await page.fill("#phone", "020 7946 0958 (WhatsApp)");
  await page.fill("#booking-url", "www.linea.example/book");
  await page.fill("#emergency-number", "999 or 112");
  await page.fill("#urgent-url", "NHS 111");
  await page.selectOption("#languages", "es");
  await page.fill("#accent", "#d4af37");
  const msg = (id) => page.locator(`#${id}-msg`);
  await assert.doesNotReject(msg("phone").filter({ hasText: "Will be used as: 020 7946 0958" }).waitFor());
  assert.equal(await msg("booking-url").textContent(), "Will be used as: https://www.linea.example/book");
  assert.equal(await msg("emergency-number").textContent(), "Will be used as: 999");
  assert.match(await msg("urgent-url").textContent(), /^This cannot be used/);
  assert.equal(await page.locator("#urgent-url").getAttribute("aria-invalid"), "true");
  assert.match(await msg("accent").textContent(), /Text on your buttons will be black .* too light .* darker shade/);

  // The preview is the real widget with these settings: Spanish only, no switch.
  const frame = page.frameLocator("#preview");
  await frame.locator("pmu-care .pmu[lang=es]").waitFor();
  assert.equal(await frame.locator("pmu-care .pmu-langs").count(), 0);

  // Own question with the Spanish left out: the error is at that box, once
  // the owner has typed (a question just added is not yet a mistake).
  await page.click("#add-entry");
  await page.locator("#q-0-es").waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#own [aria-invalid=true]").count(), 0, "nothing marked before typing");
  await page.fill("#cat-es", "En Linea Studio");
  await page.fill("#q-0-es", "");
  await page.fill("#a-0-es", "Sí, un retoque entre 4 y 8 semanas.");
  await page.locator("#q-0-es[aria-invalid=true]").waitFor();
  assert.equal((await page.locator("#q-0-es-msg").textContent()).trim(), "Please fill this in.");
  assert.doesNotMatch(await page.locator("#snippet").inputValue(), /pmu-salon-content/);
  await page.fill("#q-0-es", "¿El retoque está incluido?");
  await page.locator("#snippet").filter({ hasText: "" }).waitFor();
  await page.waitForFunction(() => document.getElementById("snippet").value.includes("pmu-salon-content"));
  assert.equal(await page.locator("#q-0-es").getAttribute("aria-invalid"), null);

  await page.getByRole("button", { name: "Copy the code" }).click();
  await page.getByRole("status").filter({ hasText: "Copied" }).waitFor();
  const code = await page.locator("#snippet").inputValue();
  assert.match(code, /phone="020 7946 0958"/);
  assert.match(code, /emergency-number="999"/);
  assert.doesNotMatch(code, /urgent-url/);
  await page.screenshot({ path: `${SHOTS}/configure-1280.png` });
  assert.deepEqual(await axe(page), []);

  // Pasted into a fresh page, the code gives the same widget, without a warning.
  mkdirSync(join(ROOT, "target/e2e"), { recursive: true });
  const fresh = join(ROOT, "target/e2e/pasted.html");
  const script = pathToFileURL(join(ROOT, "www/pmu-care.js")).href;
  writeFileSync(fresh, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>pasted</title></head><body>${code.replace('src="pmu-care.js"', `src="${script}"`)}</body></html>`);
  const pasted = await openPage(env.browser, { viewport: { width: 360, height: 740 } });
  await pasted.page.goto(pathToFileURL(fresh).href);
  await widgetsReady(pasted.page);
  assert.equal(await pasted.page.locator("pmu-care .pmu").getAttribute("lang"), "es");
  assert.equal(await pasted.page.locator("pmu-care .pmu-langs").count(), 0);
  assert.equal((await pasted.page.locator("pmu-care .pmu-question-text").first().textContent()).trim(), "¿El retoque está incluido?");
  assert.deepEqual(problems(pasted.log), []);
  await pasted.context.close();

  // The address carries the settings: the designer's copy opens filled in.
  const shared = page.url();
  const again = await openPage(env.browser);
  await again.page.goto(shared);
  assert.equal(await again.page.locator("#phone").inputValue(), "020 7946 0958 (WhatsApp)");
  assert.equal(await again.page.locator("#q-0-es").inputValue(), "¿El retoque está incluido?");
  await again.page.getByRole("button", { name: "Español" }).click();
  assert.equal(await again.page.locator("label[for=phone]").textContent(), "Teléfono");
  assert.deepEqual(await axe(again.page), []);
  await again.context.close();
  assert.deepEqual(problems(log), []);
  await context.close();
});

test("the released configurator rewords the salon's checker answer and gives Wix code with the file's integrity", async () => {
  // The zip as a salon gets it, unpacked.
  execFileSync("bash", ["scripts/release.sh"], { cwd: ROOT });
  const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))[1];
  const unpacked = join(ROOT, "target/e2e/release");
  execFileSync("python3", ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", join(ROOT, `target/release-files/pmu-care-${version}.zip`), unpacked]);
  const { page, log, context } = await openPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(pathToFileURL(join(unpacked, `pmu-care-${version}/configure.html`)).href);
  await page.fill("#salon-name", "Linea Studio");
  await page.getByRole("button", { name: "Wix" }).click();

  // A note in English only: the Spanish box asks for it, and is shown.
  await page.getByText("Your words in the checker (optional)").click();
  await page.fill("#w-practitioner-title-en", "Talk to us at Linea Studio");
  await page.fill("#w-practitioner-note-en", "We answer WhatsApp from 9 to 6.");
  await page.locator("#w-practitioner-title-es[aria-invalid=true]").waitFor();
  assert.equal((await page.locator("#w-practitioner-title-es-msg").textContent()).trim(), "Please fill this in.");
  assert.doesNotMatch(await page.locator("#snippet").inputValue(), /pmu-salon-content/);
  await page.fill("#w-practitioner-title-es", "Habla con nosotras en Linea Studio");
  await page.fill("#w-practitioner-note-es", "Contestamos por WhatsApp de 9 a 6.");
  await page.waitForFunction(() => document.getElementById("snippet").value.includes("pmu-salon-content"));

  // The CDN address with this version's SHA-384, as the browser checks it.
  const js = readFileSync(join(ROOT, "www/pmu-care.js"));
  const integrity = `sha384-${createHash("sha384").update(js).digest("base64")}`;
  const code = await page.locator("#snippet").inputValue();
  const cdn = `https://cdn.jsdelivr.net/npm/pmu-care@${version}/pmu-care.js`;
  assert.ok(code.includes(`<script src="${cdn}" integrity="${integrity}" crossorigin="anonymous" defer></script>`), code);
  assert.match(await page.locator("#platform-note").textContent(), /integrity value/);
  await page.screenshot({ path: `${SHOTS}/configure-wording-360.png`, fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems(log), []);
  await context.close();

  // Pasted into a page, with the file served where the CDN would be: the
  // browser accepts it, shows the salon's wording, and refuses a changed file.
  const server = env.servers[0];
  const pasted = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>pasted</title></head><body>${code.replace(cdn, src)}</body></html>`;
  writeFileSync(join(ROOT, "target/e2e/pasted-sri.html"), pasted("/www/pmu-care.js"));
  writeFileSync(join(ROOT, "target/e2e/changed.js"), Buffer.concat([js, Buffer.from("\n")]));
  writeFileSync(join(ROOT, "target/e2e/pasted-changed.html"), pasted("/target/e2e/changed.js"));
  const good = await openPage(env.browser);
  await good.page.goto(`${server.url}/target/e2e/pasted-sri.html`);
  await widgetsReady(good.page);
  assert.equal(await checkSigns(good.page, { procedure: "scalp", day: 60, signs: ["harsh-hairline"] }), "Talk to us at Linea Studio");
  assert.equal(await good.page.locator("pmu-care .pmu-note p:not(.pmu-note-from)").innerText(), "We answer WhatsApp from 9 to 6.");
  assert.deepEqual(problems(good.log), []);
  await good.context.close();
  const changed = await openPage(env.browser);
  await changed.page.goto(`${server.url}/target/e2e/pasted-changed.html`);
  await changed.page.waitForLoadState("load");
  assert.equal(await changed.page.evaluate(() => typeof window.PmuCare), "undefined");
  assert.match(problems(changed.log).join("\n"), /integrity/);
  await changed.context.close();
});

test("an owner puts one section of questions first, then shows only their own questions", async () => {
  const { page, log, context } = await openPage(env.browser, { viewport: { width: 1280, height: 1000 } });
  await page.goto(fileUrl("www/configure.html"));
  const code = () => page.locator("#snippet").inputValue();
  const frame = page.frameLocator("#preview");

  await page.selectOption("#open-category", "scalp");
  await page.waitForFunction(() => document.getElementById("snippet").value.includes('open-category="scalp"'));
  assert.doesNotMatch(await code(), /content-mode/, "content-mode only goes in with the owner's questions");
  const first = frame.locator("pmu-care .pmu-category").first();
  await first.locator(".pmu-category-title", { hasText: "Scalp micropigmentation (SMP)" }).waitFor();
  assert.equal(await first.locator(".pmu-toggle").first().getAttribute("aria-expanded"), "true");

  await page.selectOption("#open-category", "");
  await page.click("#add-entry");
  for (const lang of ["en", "es"]) {
    await page.fill(`#cat-${lang}`, lang === "en" ? "At Linea Studio" : "En Linea Studio");
    await page.fill(`#q-0-${lang}`, lang === "en" ? "Is the touch-up included?" : "¿El retoque está incluido?");
    await page.fill(`#a-0-${lang}`, lang === "en" ? "Yes, one touch-up 4 to 8 weeks later." : "Sí, un retoque entre 4 y 8 semanas después.");
  }
  await page.selectOption("#content-mode", "replace");
  await page.waitForFunction(() => document.getElementById("snippet").value.includes('content-mode="replace"'));
  assert.match(await code(), /content="#pmu-salon-content"/);
  await frame.locator("pmu-care .pmu-question-text", { hasText: "Is the touch-up included?" }).waitFor();
  assert.equal(await frame.locator("pmu-care .pmu-question-text").count(), 1, "only the owner's question");

  await page.getByRole("button", { name: "Español" }).click();
  assert.equal(await page.locator("label[for=open-category]").textContent(), "Preguntas que van primero");
  assert.equal(await page.title(), "Configuración de pmu-care");
  assert.equal(await page.locator("#accent-picker").getAttribute("aria-label"), "Selector del color principal");
  assert.equal(await page.locator("#preview").getAttribute("title"), "Vista previa del widget");
  assert.equal(await page.locator("#open-category option[value=scalp]").textContent(), "Micropigmentación capilar (SMP)");
  assert.equal(await page.locator("#content-mode").inputValue(), "replace");
  await page.fill("#q-0-es", "");
  await page.locator("#q-0-es-msg", { hasText: "Rellena esta casilla." }).waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems(log), []);
  await context.close();
});
