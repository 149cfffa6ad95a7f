import { launchChromium } from "./e2e-kit.ts";

const [url, chunk] = process.argv.slice(2);
const browser = await launchChromium();
for (let i = 0; i < 2; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url + "/favicon.svg");
  const r = await page.evaluate(async (c) => {
    const t0 = performance.now();
    const m = await import(c);
    const t1 = performance.now();
    const b = m.loadBorders();
    const t2 = performance.now();
    return { importMs: t1 - t0, decodeMs: t2 - t1, n: b.features.length };
  }, `${url}/assets/${chunk}`);
  console.log(r);
  await ctx.close();
}
await browser.close();
