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
  test("shows each target with share reached, gap, growth needed and status, in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional trade against the presidents' targets");

    const cards = page.getByTestId("target-card");
    await expect(cards).toHaveCount(3);
    const fifteen = cards.filter({ hasText: "Target $15 bn" });
    await expect(fifteen.getByTestId("target-latest")).toContainText("$11.5 bn");
    await expect(fifteen.getByTestId("share-reached")).toHaveText("76.7%");
    await expect(fifteen.getByTestId("gap")).toHaveText("$3.5 bn");
    await expect(fifteen.getByTestId("required-growth")).toContainText("6.9% a year to 2028");
    await expect(fifteen.getByTestId("required-growth")).toContainText("no deadline stated; 2028 assumed");
    await expect(fifteen.getByTestId("target-status")).toHaveText("Status: Limited progress");

    const twenty = cards.filter({ hasText: "Target $20 bn" });
    await expect(twenty.getByTestId("share-reached")).toHaveText("57.5%");
    await expect(twenty.getByTestId("gap")).toHaveText("$8.5 bn");
    await expect(twenty.getByTestId("required-growth")).toContainText("9.7% a year to 2030");
    await expect(twenty.getByText("KAZAKHSTAN TODAY").first()).toBeVisible();

    const uzKz = cards.filter({ hasText: "Target $10 bn" });
    await expect(uzKz.getByTestId("target-latest")).toContainText("more than $3 bn (2020)");
    await expect(uzKz.getByTestId("share-reached")).toHaveText("at least 30%");
    await expect(uzKz.getByTestId("gap")).toHaveText("at most $7 bn");
    await expect(uzKz.getByTestId("required-growth")).toContainText("at most 22.2% a year to 2026");
    await expect(uzKz.getByTestId("target-status")).toHaveText("Status: Cannot be assessed");
  });

  test("charts intra-regional trade against the targets, with its summary", async ({ page }) => {
    await page.goto("/en");
    await page.getByTestId("trade-chart").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("chart-point")).toHaveCount(2);
    await expect(page.getByTestId("chart-summary")).toContainText("No figure is reported for 2023.");
    await expect(page.getByTestId("chart-summary")).toContainText("$20 bn target (the latest full-year figure is 57.5% of it)");
  });

  test("shows the same figures in Russian notation", async ({ page }) => {
    await page.goto("/ru");
    const twenty = page.getByTestId("target-card").filter({ hasText: "20 млрд $" });
    await expect(twenty.getByTestId("share-reached")).toHaveText("57,5 %");
    await expect(twenty.getByTestId("required-growth")).toContainText("9,7 % в год до 2030 года");
    await expect(page.getByTestId("target-card").filter({ hasText: "10 млрд $" }).getByTestId("share-reached")).toHaveText("не менее 30 %");
    await expect(page.getByText("VII Консультативная встреча", { exact: false }).first()).toBeVisible();
  });

  for (const locale of ["ru", "en"]) {
    test(`has no accessibility violations (${locale})`, { tag: locale === "ru" ? "@phone" : [] }, async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByTestId("trade-chart").scrollIntoViewIfNeeded();
      await expect(page.getByTestId("chart-point").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }

  test("fits a phone screen without sideways scrolling, down to 360 px", { tag: "@phone-only" }, async ({ page }) => {
    for (const width of [412, 390, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/ru");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
      // The probe: the bracket after the "period inferred" badge fell onto a line of its own.
      const lines = await page.getByTestId("target-latest").evaluateAll((cells) =>
        cells.flatMap((cell) => {
          const badge = cell.querySelector("[title]");
          if (!badge) return [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          let bracket: Text | null = null;
          while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(")")) bracket = walker.currentNode as Text;
          const range = document.createRange();
          range.setStart(bracket!, bracket!.data.lastIndexOf(")"));
          range.setEnd(bracket!, bracket!.data.lastIndexOf(")") + 1);
          return [Math.abs(range.getBoundingClientRect().bottom - badge.getBoundingClientRect().bottom) < 8];
        }),
      );
      expect(lines.length, "a card with an inferred period").toBeGreaterThan(0);
      expect(lines, `at ${width} px`).not.toContain(false);
    }
  });
});

test.describe("not found", () => {
  // Rendered on the server, as every other page: read here with JavaScript off, as a crawler,
  // a link checker or a reader with scripts blocked would.
  const cases = [
    { path: "/en/no-such-page", heading: "Page not found", home: "Go to the overview" },
    { path: "/ru/no-such-page", heading: "Страница не найдена", home: "Перейти к обзору" },
    { path: "/en/summits/no-such-meeting", heading: "Page not found", home: "Go to the overview" },
    { path: "/ru/initiatives/no-such-id", heading: "Страница не найдена", home: "Перейти к обзору" },
    { path: "/en/sources/src-x", heading: "Page not found", home: "Go to the overview" },
  ];
  for (const { path, heading, home } of cases) {
    test(`answers ${path} with the portal's 404 in its language, without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", path.slice(1, 3));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(new RegExp(`^${heading} · `));
      await expect(page.getByRole("banner").getByRole("link").first()).toBeVisible();
      await page.getByRole("link", { name: home }).click();
      await expect(page).toHaveURL(new RegExp(`${path.slice(0, 3)}$`));
      await context.close();
    });
  }

  test("leaves a missing record's 404 by its link, with JavaScript on", async ({ page }) => {
    await page.goto("/en/summits/no-such-meeting");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the overview" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional trade against the presidents' targets");
  });

  test("answers a stray file path with 404, not a server error", async ({ request }) => {
    const response = await request.get("/no-such-file.ico");
    expect(response.status()).toBe(404);
  });
});
