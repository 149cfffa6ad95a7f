import { chromium } from "playwright-core";
const [input, output] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage();
await page.goto(`file://${input}`);
await page.pdf({ path: output, format: "A4", printBackground: true });
await browser.close();
