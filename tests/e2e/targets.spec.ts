import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test.describe("targets", () => {
  test("lists the three targets with their shares, in both languages", async ({ page }) => {
    await page.goto("/en/targets");
    const cards = page.getByTestId("target-card");
    await expect(cards).toHaveCount(3);
    await expect(cards.filter({ hasText: "Target $15 bn" }).getByTestId("share-reached")).toHaveText("76.7%");
    await expect(cards.filter({ hasText: "Target $20 bn" }).getByTestId("share-reached")).toHaveText("57.5%");
    await expect(page.getByText("At least 95% — on track; 60–95% — needs acceleration")).toBeVisible();
    await page.goto("/ru/targets");
    await expect(page.getByTestId("target-card").filter({ hasText: "15 млрд $" }).getByTestId("share-reached")).toHaveText("76,7 %");
  });

  test("shows the $20bn target's history, restatement and what reaching it by 2030 takes", async ({ page }) => {
    await page.goto("/en/targets/tgt-ca-20bn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("$20 bn: Intra-regional trade of Central Asia");
    await expect(page.getByText("Kassym-Jomart Tokayev")).toBeVisible();
    await expect(page.getByTestId("restatements")).toContainText(
      "November 13, 2025, Council of Ministers of Trade and Investment of Central Asia and Azerbaijan",
    );
    await expect(page.getByTestId("restatements")).toContainText("до $20 млрд в год");
    await expect(page.getByTestId("baseline-check")).toHaveText("Agrees with the series figure for 2024.");
    await expect(page.getByTestId("horizon")).toContainText("No deadline was set for this target");
    await expect(page.getByTestId("horizon")).toContainText("2030 — five years after it was set, a horizon chosen for illustration");
    await expect(page.getByTestId("required-growth")).toHaveText("9.7% a year");
    const milestones = page.getByTestId("milestones").locator("tbody tr");
    await expect(milestones).toHaveCount(6);
    await expect(milestones.first()).toContainText("2025");
    await expect(milestones.first()).toContainText("$12.61 bn");
    await expect(milestones.last()).toContainText("$20 bn");
    await expect(page.getByTestId("achieved")).toContainText("Between the full-year figures of 2022 and 2024: 2.2% a year on average");
    await expect(page.getByTestId("year-at-pace")).toContainText("around 2049");
    await expect(page.getByTestId("achieved")).toContainText("more than +80% over 5 years, that is more than 12.5% a year on average");
    await expect(page.getByTestId("target-status").first()).toHaveText("Status: Limited progress");
  });

  test("recomputes for the horizon the visitor picks, and keeps it in the URL", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/en/targets/tgt-ca-20bn");
    await page.getByLabel("Reach the target in").selectOption("2035");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/by=2035/);
    await expect(page.getByTestId("horizon")).toContainText("reached in 2035, the year you picked");
    await expect(page.getByTestId("required-growth")).toHaveText("5.2% a year");
    await expect(page.getByTestId("milestones").locator("tbody tr")).toHaveCount(11);
  });

  test("ignores a malformed horizon and uses the default", async ({ page }) => {
    const response = await page.goto("/en/targets/tgt-ca-15bn?by=1999");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("horizon")).toContainText("reached in 2028");
    await expect(page.getByTestId("required-growth")).toHaveText("6.9% a year");
  });

  test("measures UZ–KZ against its 2026 deadline, as bounds, and keeps Jan–Oct 2021 apart", async ({ page }) => {
    await page.goto("/ru/targets/tgt-kz-uz-10bn");
    await expect(page.getByTestId("deadline")).toContainText("2026");
    await expect(page.getByTestId("horizon")).toContainText("Расчёт ниже ведётся к 2026 году");
    await expect(page.getByTestId("share-reached")).toHaveText("не менее 30 %");
    await expect(page.getByTestId("required-growth")).toHaveText("не более 22,2 % в год");
    await expect(page.getByTestId("achieved")).toContainText("меньше двух сопоставимых годовых значений");
    await expect(page.getByTestId("achieved")).toContainText("январь–октябрь 2021: 3,2 млрд $, +36,5 % к прошлому году. Это только часть года");
    await expect(page.getByTestId("target-status").first()).toHaveText("Статус: Оценить нельзя");
  });

  test("answers an unknown target with the portal's 404", async ({ page }) => {
    const response = await page.goto("/en/targets/no-such-target");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  for (const path of ["/en/targets", "/ru/targets/tgt-kz-uz-10bn", "/en/targets/tgt-ca-20bn"]) {
    test(`has no accessibility violations (${path})`, { tag: path === "/en/targets/tgt-ca-20bn" ? "@phone" : [] }, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  test("fits a phone screen without sideways scrolling", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/ru/targets/tgt-ca-20bn");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
