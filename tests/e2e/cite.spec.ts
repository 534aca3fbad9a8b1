import { expect, test, type Page } from "@playwright/test";
import { parse } from "@retorquere/bibtex-parser";

// The reader's day, far from the day the page was rendered and cached: the citation must
// carry the date on the reader's device.
const READER_DAY = new Date("2030-01-15T10:00:00Z");

async function openCitation(page: Page, path: string) {
  await page.clock.setFixedTime(READER_DAY);
  await page.goto(path);
  const block = page.getByTestId("cite-this");
  await block.locator("summary").click();
  return block;
}

test.describe("Cite this", () => {
  test("cites a trade chart with its view's permanent URL and the reader's date, in text and BibTeX", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const block = await openCitation(page, "/en/trade?series=PARTNER_REGION-AZ&view=table");
    const plain = await block.getByTestId("cite-plain").innerText();
    expect(plain).toMatch(
      /^Central Asia Cooperation Monitor\. “.*Azerbaijan.*”\. https?:\/\/\S+\/en\/trade\?series=PARTNER_REGION-AZ&view=table \(accessed January 15, 2030\)\.$/,
    );

    const { entries, errors } = parse(await block.getByTestId("cite-bibtex").innerText());
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.urldate).toBe("2030-01-15");
    const url = new URL(entries[0]!.fields.url as string);
    expect(`${url.pathname}${url.search}`).toBe("/en/trade?series=PARTNER_REGION-AZ&view=table");
    // The permanent URL shows the same view.
    await page.goto(`${url.pathname}${url.search}`);
    await expect(page.locator("[data-testid=series-link][aria-current=page]")).toContainText("Azerbaijan");
    await expect(page.locator("[data-testid=view-link][aria-current=page]")).toHaveText("Table");
  });

  test("copies the citation to the clipboard with the keyboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const block = await openCitation(page, "/en/targets/tgt-ca-20bn");
    const plain = await block.getByTestId("cite-plain").innerText();
    expect(plain).toContain("Last updated");
    await block.getByRole("button", { name: "Copy" }).first().focus();
    await page.keyboard.press("Enter");
    await expect(block.getByRole("status").first()).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
  });

  test("cites a summit in Russian as GOST writes an electronic resource", async ({ page }) => {
    const block = await openCitation(page, "/ru/summits/consultative-meeting-7");
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    await expect(block.getByTestId("cite-plain")).toHaveText(
      new RegExp(
        `^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} // Монитор сотрудничества Центральной Азии\\. – Обновлено \\d\\d\\.\\d\\d\\.\\d{4}\\. – URL: https?://\\S+/ru/summits/consultative-meeting-7 \\(дата обращения: 15\\.01\\.2030\\)\\.$`,
      ),
    );
  });

  test("cites an initiative page", async ({ page }) => {
    await page.goto("/en/initiatives");
    const first = page.getByTestId("initiative").first().locator("a[href^='/en/initiatives/']");
    const href = await first.getAttribute("href");
    const block = await openCitation(page, href!);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    await expect(block.getByTestId("cite-plain")).toContainText(`“${title}”`);
    await expect(block.getByTestId("cite-plain")).toContainText(`${href} (accessed January 15, 2030).`);
  });
});
