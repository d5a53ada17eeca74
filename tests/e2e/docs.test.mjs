// The embedding guides' screenshots, taken on pages shaped like each site
// builder's (a WordPress Custom HTML block, a Wix embed iframe, a
// Squarespace Code block, a Shopify section). `bash scripts/docs-screenshots.sh`
// copies them into docs/images.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { BUNDLED_QUESTIONS, eventually, fileUrl, openPage, problems, ROOT, screenshot, useBrowser } from "./browser.mjs";

const env = useBrowser({ servers: [] });

for (const platform of ["plain", "wordpress", "wix", "squarespace", "shopify"]) {
  test(`the widget works in a ${platform} page`, async () => {
    const { page, log, context } = await openPage(env.browser, { viewport: { width: 1100, height: 850 } });
    await page.goto(fileUrl(`tests/fixtures/platforms/${platform}.html`));
    const frame = platform === "wix" ? page.frameLocator("iframe.wix-embed") : page;
    await eventually(() => frame.locator("pmu-care .pmu-toggle").count(), BUNDLED_QUESTIONS);
    await frame.locator("pmu-care #pmu-q-warning-signs").click();
    await eventually(() => frame.locator("pmu-care #pmu-q-warning-signs").getAttribute("aria-expanded"), "true");
    await screenshot(page, `docs-${platform}`);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
}

// The Wix and Squarespace guides: where a platform cannot host the file,
// the whole file can be pasted between <script> tags in its embed box.
test("the script pasted inline, in an embed iframe like Wix's, gives the widget", async () => {
  const bundle = readFileSync(join(ROOT, "www/pmu-care.js"), "utf8");
  assert.ok(!/<\/script|<!--/i.test(bundle), "nothing in the file ends an inline script early");
  mkdirSync(join(ROOT, "target/e2e"), { recursive: true });
  writeFileSync(join(ROOT, "target/e2e/inline-embed.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed</title></head><body><pmu-care salon-name="Linea Studio" emergency-number="999"></pmu-care>\n<script>\n${bundle}\n</script></body></html>`);
  writeFileSync(join(ROOT, "target/e2e/inline-page.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Wix</title></head><body><iframe class="wix-embed" title="Aftercare help" src="inline-embed.html" style="width: 100%; height: 700px"></iframe></body></html>`);
  const { page, log, context } = await openPage(env.browser, { viewport: { width: 1100, height: 850 } });
  await page.goto(pathToFileURL(join(ROOT, "target/e2e/inline-page.html")).href);
  const frame = page.frameLocator("iframe.wix-embed");
  await eventually(() => frame.locator("pmu-care .pmu-toggle").count(), BUNDLED_QUESTIONS);
  assert.deepEqual(problems(log), []);
  await context.close();
});
