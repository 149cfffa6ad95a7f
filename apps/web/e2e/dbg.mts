import { launchChromium } from "./e2e-kit.ts";

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto("http://127.0.0.1:8099/?country=SD");
await page.waitForTimeout(2500);
console.log(
  await page.evaluate(() => {
    const b = document.querySelector(".country-panel__body")!;
    const a = document.querySelector(".country-panel")!;
    return {
      sh: b.scrollHeight,
      ch: b.clientHeight,
      ov: getComputedStyle(b).overflowY,
      flex: getComputedStyle(b).flexGrow,
      ah: a.clientHeight,
      disp: getComputedStyle(a).display,
    };
  }),
);
await browser.close();
