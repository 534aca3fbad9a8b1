import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? "");

/** Tabs (or shift-tabs) until focus reaches what `reached` accepts; the elements passed on the way. */
async function tabUntil(page: Page, key: "Tab" | "Shift+Tab", reached: (page: Page) => Promise<boolean>, limit = 60) {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    passed.push(await activeTestId(page));
    if (await reached(page)) return passed;
  }
  throw new Error(`never reached the goal; focus went ${passed.join(" → ")}`);
}

/** Where each bar of the chart is drawn in its figure (its filled rectangle, not the focus ring). */
const barBoxes = (page: Page, within: string) =>
  page.locator(`${within} [data-testid=chart-point] > rect:not(.chart-focus-ring)`).evaluateAll((rects) =>
    rects.map((rect) => {
      const figure = rect.closest("figure")!.getBoundingClientRect();
      const { x, y, width, height } = rect.getBoundingClientRect();
      return { x: x - figure.x, y: y - figure.y, width, height };
    }),
  );

test.describe("the trade chart", () => {
  test("is drawn by the server, readable without JavaScript, bars, axis, target and all", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/trade");
    const picture = page.getByTestId("chart-picture");
    await expect(picture.getByTestId("chart-point")).toHaveCount(2);
    await expect(picture.getByTestId("chart-point").last()).toHaveAttribute("aria-label", /^2024: \$11\.5 bn \(period inferred\)\. /);
    await expect(picture).toContainText("$25 bn");
    await expect(picture).toContainText("Target $20 bn, set 2025");
    await expect(picture).toContainText("2024");
    await context.close();
  });

  for (const path of ["/en/trade", "/ru/trade?series=BILATERAL-KZ-UZ", "/en/targets/tgt-ca-20bn"]) {
    test(`loads recharts only when a reader reaches for the chart, drawing the bars where the picture had them (${path})`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const chart = page.getByTestId("trade-chart");
      await expect(chart.getByTestId("chart-picture")).toBeVisible();
      await expect(chart.locator("svg.recharts-surface")).toHaveCount(0);
      const before = await barBoxes(page, "[data-testid=chart-picture]");
      expect(before.length).toBeGreaterThan(0);
      await chart.getByTestId("chart-point").first().hover();
      await expect(chart.getByTestId("chart-picture")).toHaveCount(0);
      await expect(chart.locator("svg.recharts-surface")).toBeVisible();
      const after = await barBoxes(page, "svg.recharts-surface");
      expect(after).toHaveLength(before.length);
      after.forEach((box, i) => {
        for (const side of ["x", "y", "width", "height"] as const) expect(Math.abs(box[side] - before[i]![side]), `bar ${i} ${side}`).toBeLessThan(2);
      });
    });
  }

  test("keeps keyboard focus on the bar when recharts takes the picture's place", async ({ page }) => {
    await page.goto("/en/trade");
    await page.waitForLoadState("networkidle");
    await page.getByTestId("chart-point").first().focus();
    await expect(page.getByTestId("trade-chart").locator("svg.recharts-surface")).toBeVisible();
    await expect(page.locator("svg.recharts-surface [data-testid=chart-point]").first()).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator("svg.recharts-surface [data-testid=chart-point]").last()).toBeFocused();
    await expect(page.getByTestId("chart-focused")).toContainText("2024: $11.5 bn (period inferred)");
  });

  // The probe: forward Tab fell back to <body> from the first bar and returned to it, so the
  // second bar, the downloads, the embed dialog and the footer could not be reached.
  for (const path of ["/en/trade", "/en"]) {
    test(`lets a keyboard pass every bar and the chart, to the footer and back (${path})`, async ({ page }) => {
      await page.goto(path);
      await page.getByTestId("trade-chart").scrollIntoViewIfNeeded();
      const bars = page.getByTestId("chart-point");
      await expect(bars).toHaveCount(2);
      await page.getByTestId("trade-chart").locator("figcaption").click();
      const forward = await tabUntil(page, "Tab", (p) => p.evaluate(() => !!document.activeElement?.closest("footer")));
      expect(forward.filter((id) => id === "chart-point")).toHaveLength(2);
      expect(forward).not.toContain("BODY");
      const back = await tabUntil(page, "Shift+Tab", (p) =>
        p.evaluate(
          () =>
            document.activeElement?.closest("figcaption, [data-testid=trade-chart] > *:first-child") !== null ||
            document.activeElement === document.querySelectorAll("[data-testid=chart-point]")[0],
        ),
      );
      expect(back).not.toContain("BODY");
      expect(back.filter((id) => id === "chart-point").length).toBeGreaterThanOrEqual(1);
    });
  }

  test("shows a tapped bar's figure and a link to its source on a phone", { tag: "@phone-only" }, async ({ page }) => {
    await page.goto("/en/trade");
    await expect(page.getByTestId("chart-focused")).toContainText("tap it");
    const bar = page.getByTestId("chart-point").last();
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    const panel = page.getByTestId("chart-focused");
    await expect(panel).toContainText("2024: $11.5 bn (period inferred)");
    const source = panel.getByRole("link");
    await expect(source).toHaveAttribute("href", /^\/en\/sources\/src-/);
    await source.tap();
    await expect(page).toHaveURL(/\/en\/sources\/src-/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("downloads an SVG and a PNG that name their source, the portal, the page and the day", async ({ page }) => {
    await page.goto("/en/trade?series=INTRA_REGIONAL&view=chart");
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
    const [svgFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
    const raw = readFileSync((await svgFile.path())!, "utf8");
    // The page's focus rings (CSS-hidden there) stay out of the file.
    expect(raw).not.toContain("chart-focus-ring");
    const svg = raw.replace(/<tspan[^>]*>/g, "\n").replace(/<[^>]+>/g, "");
    const today = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    expect(svg).toContain("Intra-regional trade of Central Asia, billion USD");
    expect(svg).toMatch(/Sources?: /);
    expect(svg).toContain("KAZAKHSTAN TODAY, November 16, 2025");
    expect(svg).toContain("Central Asia Cooperation Monitor · http");
    expect(svg).toContain("/en/trade?series=INTRA_REGIONAL&amp;view=chart");
    expect(svg).toContain(`Downloaded ${today}`);

    const [pngFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // IHDR: the height (at twice the scale) holds the title, the 300 px chart and the credit lines.
    const height = png.readUInt32BE(20) / 2;
    expect(height).toBeGreaterThanOrEqual(32 + 300 + 3 * 15);
  });

  test("puts every figure on home, trade and target pages one click from its source page", async ({ page }) => {
    for (const path of ["/en", "/en/trade?view=table", "/en/targets/tgt-ca-20bn"]) {
      await page.goto(path);
      const links = page.locator("main a[href^='/en/sources/']");
      expect(await links.count(), path).toBeGreaterThan(0);
      const hrefs = [...new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))];
      for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
    }
  });
});

test.describe("the embed", () => {
  test("shows the series, view and language of the page its code was taken from", async ({ page }) => {
    await page.goto("/en/trade?series=PARTNER_REGION-AZ&view=table");
    await page.getByTestId("embed-dialog").locator("summary").click();
    const code = await page.getByTestId("embed-code").inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, "&"));
    expect(Object.fromEntries(src.searchParams)).toEqual({ lang: "en", series: "PARTNER_REGION-AZ", view: "table" });
    await page.goto(src.pathname + src.search);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trade between Azerbaijan and Central Asia");
    await expect(page.getByTestId("trade-row").first()).toBeVisible();

    await page.goto("/embed/trade?lang=ru&series=PARTNER_REGION-AZ");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByTestId("growth-only")).toBeVisible();
  });

  for (const size of [
    { width: 640, height: 0 },
    { width: 360, height: 560 },
  ]) {
    test(`keeps its credit line in view in a frame of ${size.width}×${size.height || "the suggested height"}`, async ({ page }) => {
      await page.goto("/en/trade");
      await page.getByTestId("embed-dialog").locator("summary").click();
      const code = await page.getByTestId("embed-code").inputValue();
      const height = size.height || Number(code.match(/height="(\d+)"/)![1]);
      expect(code).toContain(`width="640"`);
      await page.setViewportSize({ width: size.width, height });
      await page.goto(new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, "&")).pathname + "?lang=en");
      await expect(page.getByTestId("chart-point").first()).toBeVisible();
      const credit = await page.getByTestId("embed-credit").boundingBox();
      expect(credit!.y + credit!.height).toBeLessThanOrEqual(height);
      if (!size.height) {
        // At the suggested size the summary in words is in view too, without scrolling.
        const summary = await page.getByTestId("chart-summary").boundingBox();
        expect(summary!.y + summary!.height).toBeLessThanOrEqual(credit!.y);
      }
    });
  }
});
