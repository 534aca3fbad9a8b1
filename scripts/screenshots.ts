// `npm run screenshots -- /en /ru/summits`: full-page PNGs of the given paths at desktop
// and phone widths, from the server at BASE_URL (default http://localhost:3000), into
// SCREENSHOT_DIR (default .data/screenshots). For looking at what a change did.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const dir = process.env.SCREENSHOT_DIR ?? ".data/screenshots";
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push("/ru", "/en");
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage({ viewport });
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: "networkidle" });
    // Scroll through the page as a reader would, so what loads on approach (the chart) is drawn.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState("networkidle");
    const file = path.join(dir, `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
