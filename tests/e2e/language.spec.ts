import { expect, test } from "@playwright/test";

test.describe("the page in the other language", () => {
  test("keeps the trade page's series and view when switching to Russian and back", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/en/trade");
    // The series and view change on the client, without a new header render.
    await page.getByTestId("series-link").filter({ hasText: "Azerbaijan" }).click();
    await expect(page).toHaveURL(/series=PARTNER_REGION-AZ/);
    await page.getByTestId("view-link").filter({ hasText: "Table" }).click();
    await expect(page).toHaveURL(/\/en\/trade\?series=PARTNER_REGION-AZ&view=table$/);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/trade\?series=PARTNER_REGION-AZ&view=table$/);
    await expect(page.locator("[data-testid=view-link][aria-current=page]")).toHaveText("Таблица");
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/trade\?series=PARTNER_REGION-AZ&view=table$/);
  });

  test("keeps a search query and the ventures' filters", async ({ page }) => {
    await page.goto("/en/search?q=Tashkent");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/search\?q=Tashkent$/);
    await expect(page.getByRole("searchbox").first()).toHaveValue("Tashkent");

    await page.goto("/en/ventures?pair=KZ-UZ&sort=name#registry");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/ventures\?pair=KZ-UZ&sort=name#registry$/);
  });

  test("says plainly that the Azerbaijan series has no full-year figure", async ({ page }) => {
    await page.goto("/en/trade?series=PARTNER_REGION-AZ");
    await expect(page.getByTestId("thin-series")).toContainText("The sources give no full-year figure for this series.");
    await page.goto("/ru/trade?series=PARTNER_REGION-AZ");
    await expect(page.getByTestId("thin-series")).toContainText("Источники не дают ни одного годового значения для этого ряда.");
  });
});
