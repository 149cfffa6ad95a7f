import { launchChromium } from "./e2e-kit.ts";

const [url, out, ...actions] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
page.on("console", (m) => console.log("CONSOLE", m.type(), m.text()));
const t0 = Date.now();
await page.goto(url!);
await page
  .waitForSelector('[data-map-state="ready"]', { timeout: 20000 })
  .catch(() => console.log("no ready"));
console.log("ready after", Date.now() - t0, "ms");
for (const a of actions) {
  const [verb, arg = "", extra = ""] = a.split("|");
  if (verb === "click") await page.click(arg);
  if (verb === "wait") await page.waitForTimeout(Number(arg));
  if (verb === "hover") await page.hover(arg);
  if (verb === "press") await page.keyboard.press(arg);
  if (verb === "fill") await page.fill(arg, extra);
  if (verb === "select") await page.selectOption(arg, extra);
  if (verb === "scroll")
    await page.evaluate(
      ([s, p]) => {
        const el = document.querySelector(s!);
        if (el) el.scrollTop = Number(p);
        else window.scrollTo(0, Number(p));
      },
      [arg, extra],
    );
}
await page.screenshot({ path: out!, fullPage: false });
console.log(page.url());
await browser.close();
