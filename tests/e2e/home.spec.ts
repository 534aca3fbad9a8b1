import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test.describe("locale negotiation", () => {
  test("sends an English-speaking browser from / to /en", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test("sends everyone else to Russian, the default", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE", extraHTTPHeaders: { "accept-language": "de-DE,de;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await context.close();
  });
});

test.describe("home page", () => {
  test("shows the latest intra-regional figure and the share of each target, in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional trade against the presidents' targets");
    await expect(page.getByTestId("latest-intra-regional")).toHaveText("$11.5 bn");
    await expect(page.getByText("KAZAKHSTAN TODAY").first()).toBeVisible();

    const cards = page.getByTestId("target-card");
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText("$15 bn");
    await expect(cards.nth(0).getByTestId("share-reached")).toHaveText("76.7%");
    await expect(cards.nth(1)).toContainText("$20 bn");
    await expect(cards.nth(1).getByTestId("share-reached")).toHaveText("57.5%");
    await expect(cards.nth(1)).toContainText("$8.5 bn");
  });

  test("shows the same figures in Russian notation", async ({ page }) => {
    await page.goto("/ru");
    await expect(page.getByTestId("latest-intra-regional")).toHaveText("11,5 млрд $");
    await expect(page.getByTestId("share-reached").nth(1)).toHaveText("57,5 %");
    await expect(page.getByText("VII Консультативная встреча", { exact: false }).first()).toBeVisible();
  });

  for (const locale of ["ru", "en"]) {
    test(`has no accessibility violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.goto("/ru");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("not found", () => {
  test("answers an unknown page with the portal's 404 in the page's language", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const ru = await page.goto("/ru/no-such-page");
    expect(ru?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  });

  test("answers a stray file path with 404, not a server error", async ({ request }) => {
    const response = await request.get("/no-such-file.ico");
    expect(response.status()).toBe(404);
  });
});
