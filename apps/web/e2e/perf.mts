import { launchChromium } from "./e2e-kit.ts";

const url = process.argv[2];
const browser = await launchChromium();
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 20000 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const marks = Object.fromEntries(
      performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]),
    );
    return {
      resp: Math.round(nav.responseEnd),
      dcl: Math.round(nav.domContentLoadedEventEnd),
      ...marks,
      fcp: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0),
    };
  });
  console.log(JSON.stringify(r));
  await ctx.close();
}
await browser.close();
