// The embedding guides' screenshots, taken on pages shaped like each site
// builder's (a WordPress Custom HTML block, a Wix embed iframe, a
// Squarespace Code block, a Shopify section). `bash scripts/docs-screenshots.sh`
// copies them into docs/images.
import assert from "node:assert/strict";
import { test } from "node:test";

import { BUNDLED_QUESTIONS, eventually, fileUrl, openPage, problems, screenshot, useBrowser } from "./browser.mjs";

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
