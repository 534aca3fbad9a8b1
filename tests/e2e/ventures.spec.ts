import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parseCsv } from "@/tests/e2e/csv";

const UZAUTO = "UzAuto Motors and SaryarkaAvtoProm joint venture";

test.describe("joint-venture registry", () => {
  test("filters the registry from the map and opens a venture with its partners and source", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/en/ventures");
    await expect(page.getByTestId("venture-count")).toHaveText("5 ventures match the filters.");
    const uzbekistan = page.getByTestId("venture-map").locator('a[data-country="UZ"]');
    await expect(uzbekistan).toHaveAttribute("aria-label", "Uzbekistan: 4 ventures. Show in the registry");
    await uzbekistan.click();
    await expect(page).toHaveURL(/\/en\/ventures\?country=UZ$/);
    await expect(page.getByTestId("venture-count")).toHaveText("4 ventures match the filters.");
    await expect(page.getByTestId("venture")).toHaveCount(4);

    await page.getByRole("link", { name: UZAUTO }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UZAUTO);
    await expect(page.getByTestId("venture-partners").locator("li")).toHaveText([/^UzAuto Motors — Uzbekistan/, /^SaryarkaAvtoProm — Kazakhstan/]);
    await expect(page.getByTestId("venture-facts")).toContainText("Chevrolet cars");
    await expect(page.getByTestId("venture-facts")).toContainText("Kostanay, Kazakhstan");
    await expect(page.getByTestId("venture-updated")).toContainText("UTC");
  });

  // What follows behaves the same on a phone; the suite runs it once, on the desktop, to stay quick.
  test("reaches a country's ventures from the map with the keyboard alone", async ({ page }) => {
    await page.goto("/ru/ventures");
    await page.getByTestId("venture-map").locator('a[data-country="KZ"]').focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ru\/ventures\?country=KZ$/);
    await expect(page.getByTestId("venture-count")).toHaveText("5 предприятий по этим фильтрам.");
  });

  test("downloads every Uzbek–Kazakh venture as a CSV that opens with Cyrillic intact", async ({ page }) => {
    await page.goto("/ru/ventures?pair=KZ-UZ");
    await expect(page.getByTestId("venture")).toHaveCount(4);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("venture-csv").click()]);
    expect(download.suggestedFilename()).toBe("ventures.csv");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 7)).toEqual(["id", "nameRu", "nameEn", "sector", "status", "partners", "partnerCountries"]);
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.map((row) => [row[2], row]));
    expect(byName.get(UZAUTO)?.[1]).toBe("Совместное предприятие АО «UZAuto Motors» и ТОО «СарыаркаАвтоПром»");
    // "?": the article's context, not its words, gives these countries.
    expect(byName.get(UZAUTO)?.[6]).toBe("UZ? | KZ?");
    expect(byName.get("Alliance joint textile enterprise")?.[6]).toBe("KZ+UZ");
    expect(byName.get(UZAUTO)?.at(-1)).toContain("Костана");
  });

  test("combines search, sector and sort, and shows an empty state that leads back", async ({ page }) => {
    await page.goto("/en/ventures");
    await page.getByRole("searchbox", { name: "Search" }).fill("textile");
    await page.getByRole("combobox", { name: "Sector" }).selectOption("TEXTILES");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption("name");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByTestId("venture")).toHaveCount(2);
    await expect(page.getByTestId("venture").first()).toContainText("Alliance joint textile enterprise");

    await page.goto("/en/ventures?sector=ENERGY");
    await expect(page.getByText("No joint venture matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Show all ventures" }).click();
    await expect(page.getByTestId("venture")).toHaveCount(5);
  });

  test("ignores malformed filters on the page instead of failing", async ({ page }) => {
    const response = await page.goto("/en/ventures?pair=KZ-KZ&year=abc&page=-1&limit=99999&sector=%27%3B--");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("venture")).toHaveCount(5);
  });

  test("answers an unknown venture with 404", async ({ page }) => {
    expect((await page.goto("/en/ventures/jv-no-such-venture"))?.status()).toBe(404);
    expect((await page.goto("/ru/ventures/jv'%3B%20DROP%20TABLE"))?.status()).toBe(404);
  });

  test("links a search result and an initiative's ventures to the venture page", async ({ page }) => {
    await page.goto("/en/search?q=Nurafshon");
    await page
      .getByRole("link", { name: /Nurafshon joint venture/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/en\/ventures\/jv-nurafshon$/);
    await expect(page.getByTestId("venture-facts")).toContainText("November 2021");
  });

  for (const path of ["/en/ventures", "/ru/ventures", "/en/ventures/jv-nurafshon", "/ru/ventures/jv-uzauto-saryarkaavtoprom", "/ru/data", "/en/data"]) {
    // On a phone, the two list pages (the layouts that change most) are enough.
    test(`has no accessibility violations on ${path}`, { tag: ["/ru/ventures", "/ru/data"].includes(path) ? "@phone" : [] }, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  // The probe: /ru/ventures scrolled sideways at 390 px (the sector table) though not at 412.
  test("fits a phone screen without sideways scrolling, down to 360 px", { tag: "@phone-only" }, async ({ page }) => {
    for (const width of [412, 390, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/ru/ventures", "/ru/data", "/ru/ventures/jv-uzauto-saryarkaavtoprom"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
});
