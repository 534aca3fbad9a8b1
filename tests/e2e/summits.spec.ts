import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test.describe("summits list", () => {
  test("lists all eleven events, newest first, with date, place and kind", async ({ page }) => {
    await page.goto("/en/summits");
    const events = page.getByTestId("event");
    await expect(events).toHaveCount(11);
    await expect(events.first()).toContainText("VII");
    await expect(events.first()).toContainText("November 16, 2025");
    await expect(events.first()).toContainText("Tashkent");
    await expect(page.getByTestId("event").filter({ hasText: "Cholpon-Ata" })).toContainText("July 21, 2022");
    await expect(page.getByTestId("event").last()).toContainText("March 15, 2018");
  });

  test("marks an inferred year on the 2021 state visit", async ({ page }) => {
    await page.goto("/en/summits");
    const visit = page.getByTestId("event").filter({ hasText: "December 5" });
    await expect(visit).toContainText("year inferred");
    await expect(visit).toContainText("State visit");
  });

  test("switches language and keeps the page", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/en/summits");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/summits$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Хронология саммитов");
    await expect(page.getByTestId("event").filter({ hasText: "Чолпон-Ата" })).toContainText("21 июля 2022");
  });

  for (const locale of ["ru", "en"]) {
    test(`has no accessibility violations (${locale})`, { tag: locale === "ru" ? "@phone" : [] }, async ({ page }) => {
      await page.goto(`/${locale}/summits`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }
});
