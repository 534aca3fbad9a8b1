import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parseCsv } from "@/tests/e2e/csv";

test.describe("trade explorer", () => {
  test("says how thin the intra-regional series is and charts both figures", async ({ page }) => {
    await page.goto("/en/trade");
    await expect(page.getByRole("heading", { level: 2, name: "Intra-regional trade of Central Asia" })).toBeVisible();
    await expect(page.getByTestId("thin-series")).toContainText("only 2 full-year figures");
    await expect(page.getByTestId("thin-series")).toContainText("the year of each of them is inferred");
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
  });

  test("names the source and quotes the sentence of the bar that has keyboard focus", async ({ page }) => {
    await page.goto("/en/trade");
    const bar = page.getByTestId("chart-point").last();
    await bar.focus();
    await expect(bar).toHaveAttribute("aria-label", /2024: \$11\.5 bn \(period inferred\)/);
    const focused = page.getByTestId("chart-focused");
    await expect(focused).toContainText("2024: $11.5 bn (period inferred)");
    await expect(focused).toContainText("Following the consultative meeting");
    await expect(focused).toContainText("В итоге объем внутрирегиональной торговли в прошлом году достиг 11,5 млрд долларов.");
  });

  test("draws the Jan–Oct 2021 figure apart from the full year and says why", async ({ page }) => {
    await page.goto("/en/trade?series=BILATERAL-KZ-UZ");
    await expect(page.getByTestId("chart-summary")).toContainText("$3.2 bn for January–October 2021 covers part of a year only and is drawn hatched");
    await expect(page.getByTestId("chart-point").first()).toHaveAttribute("aria-label", /2020: more than \$3 bn \(lower bound\)/);
    await expect(page.getByTestId("chart-point").last()).toHaveAttribute("aria-label", /Jan–Oct 2021: \$3\.2 bn \(part of a year\)/);
  });

  test("keeps the series and the view in the URL, so a shared link opens the same view", { tag: "@phone" }, async ({ page, browser }) => {
    await page.goto("/en/trade");
    await page.getByTestId("series-link").filter({ hasText: "Kazakhstan–Uzbekistan" }).click();
    await expect(page).toHaveURL(/series=BILATERAL-KZ-UZ/);
    await page.getByTestId("view-link").filter({ hasText: "Table" }).click();
    await expect(page).toHaveURL(/series=BILATERAL-KZ-UZ&view=table/);

    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByRole("heading", { level: 2, name: "Kazakhstan–Uzbekistan trade" })).toBeVisible();
    await expect(other.getByTestId("view-link").filter({ hasText: "Table" })).toHaveAttribute("aria-current", "page");
    await expect(other.getByTestId("trade-row")).toHaveCount(2);
    await expect(other.getByTestId("trade-row").first()).toContainText("more than $3 bn");
    await other.close();
  });

  test("falls back to the default view on a malformed URL", async ({ page }) => {
    const response = await page.goto("/en/trade?series=%3Cscript%3E&view=nonsense");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
  });

  test("downloads a CSV that parses and matches the table", async ({ page }) => {
    await page.goto("/en/trade?series=BILATERAL-KZ-UZ&view=table");
    const tableRows = page.getByTestId("trade-row");
    await expect(tableRows).toHaveCount(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-link").click()]);
    const text = readFileSync((await download.path())!, "utf8");
    // A byte-order mark first, so Excel reads the Russian quotes as UTF-8.
    expect(text.startsWith("\uFEFFseries,")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toContain("value_usd");
    expect(rows).toHaveLength(2);
    const col = (name: string) => header!.indexOf(name);
    expect(
      rows.map((r) => [r[col("period_start")], r[col("period_end")], r[col("value_usd")], r[col("value_is_lower_bound")], r[col("partial_period")]]),
    ).toEqual([
      ["2020-01-01", "2020-12-31", "3000000000.00", "true", "false"],
      ["2021-01-01", "2021-10-31", "3200000000.00", "false", "true"],
    ]);
    await expect(tableRows.nth(0)).toContainText("2020");
    await expect(tableRows.nth(0)).toContainText("more than $3 bn");
    await expect(tableRows.nth(1)).toContainText("January–October 2021");
    await expect(tableRows.nth(1)).toContainText("$3.2 bn");
    expect(rows[1]![col("quote")]).toContain("3,2 миллиарда долларов");
    // Each row names its source, with its page on the portal; the article gives no
    // publisher, date or address, so those cells are empty rather than guessed.
    expect(rows.map((r) => [r[col("source_title")], r[col("source_publisher")], r[col("source_published_on")], r[col("source_url")]])).toEqual([
      ["Implementing specific projects in industrial cooperation", "", "", ""],
      ["Implementing specific projects in industrial cooperation", "", "", ""],
    ]);
    const sourcePage = new URL(rows[0]![col("source_page")]!);
    expect(sourcePage.pathname).toBe("/en/sources/src-s2");
    expect((await page.request.get(sourcePage.pathname)).status()).toBe(200);
  });

  test("names the publisher and date of a figure's source in the CSV where the article gives them", async ({ request }) => {
    const response = await request.get("/ru/trade/csv?series=INTRA_REGIONAL");
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    const col = (name: string) => header!.indexOf(name);
    const row2024 = rows.find((r) => r[col("period_start")] === "2024-01-01")!;
    expect([row2024[col("source_publisher")], row2024[col("source_published_on")]]).toEqual(["KAZAKHSTAN TODAY", "2025-11-16"]);
    expect(row2024[col("source_title")]).toMatch(/^По итогам консультативной встречи/);
    expect(new URL(row2024[col("source_page")]!).pathname).toBe("/ru/sources/src-s4");
  });

  test("downloads the chart as SVG and PNG, built in the browser", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/en/trade");
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
    expect(svg.suggestedFilename()).toBe("trade-intra_regional.svg");
    const text = readFileSync((await svg.path())!, "utf8");
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain("Intra-regional trade of Central Asia, billion USD");
    // The year a target was set, said as such: "(2025)" read as a deadline.
    expect(text).toContain("Target $20 bn, set 2025");
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  test("says that Azerbaijan–Central Asia has only a growth rate", async ({ page }) => {
    await page.goto("/en/trade?series=PARTNER_REGION-AZ");
    await expect(page.getByTestId("growth-only")).toContainText("+13% year on year");
    await expect(page.getByTestId("chart-point")).toHaveCount(0);
  });

  test("offers the embed snippet for the series in view", async ({ page }) => {
    await page.goto("/ru/trade?series=BILATERAL-KZ-UZ");
    await page.getByTestId("embed-dialog").locator("summary").click();
    await expect(page.getByTestId("embed-code")).toHaveValue(
      /\/embed\/trade\?lang=ru&amp;series=BILATERAL-KZ-UZ|\/embed\/trade\?lang=ru&series=BILATERAL-KZ-UZ/,
    );
  });

  for (const path of ["/en/trade", "/ru/trade?series=BILATERAL-KZ-UZ&view=table", "/ru/trade?view=sources"]) {
    test(`has no accessibility violations (${path})`, { tag: path === "/en/trade" ? "@phone" : [] }, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  test("fits a phone screen without sideways scrolling", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/ru/trade?series=BILATERAL-KZ-UZ&view=table");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("names each page's other language for search engines: the same view, the same record", async ({ page }) => {
  const alternates = async () =>
    page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname + new URL(l.getAttribute("href")!).search])),
      );
  await page.goto("/en/trade?view=table&series=BILATERAL-KZ-UZ");
  expect(await alternates()).toEqual({
    ru: "/ru/trade?series=BILATERAL-KZ-UZ&view=table",
    en: "/en/trade?series=BILATERAL-KZ-UZ&view=table",
    "x-default": "/trade?series=BILATERAL-KZ-UZ&view=table",
  });
  await page.goto("/ru/summits/consultative-meeting-7");
  expect(await alternates()).toEqual({
    ru: "/ru/summits/consultative-meeting-7",
    en: "/en/summits/consultative-meeting-7",
    "x-default": "/summits/consultative-meeting-7",
  });
  await page.goto("/en");
  expect(await alternates()).toEqual({ ru: "/ru", en: "/en", "x-default": "/" });
});

test.describe("embed", () => {
  test("renders the chart alone in the language of ?lang", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/embed/trade?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Figures, sources and what the targets take" })).toHaveAttribute("href", /\/en\/trade/);
    await expect(page.locator("header")).toHaveCount(0);
  });

  test("defaults to Russian and is not redirected by the locale proxy", async ({ page }) => {
    const response = await page.goto("/embed/trade?lang=xx&series=BILATERAL-KZ-UZ");
    expect(response?.url()).toContain("/embed/trade");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByTestId("chart-summary")).toContainText("январь–октябрь 2021");
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/embed/trade?lang=en");
    await expect(page.getByTestId("chart-point").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
});
