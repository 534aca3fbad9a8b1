import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_FILE, E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";
import { createAccount, signIn } from "@/tests/e2e/sign-in";

// Two KG–TJ figures: a series the seed does not have, removed again at the end so the
// other specs see the seeded figures only.
const HEADER = "scope;country_a;country_b;period_start;period_end;value_usd;source_ids;source_quote";
const GOOD_2023 = "BILATERAL;TJ;KG;2023-01-01;2023-12-31;98765432;src-s4;";
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`, "utf8");

async function removeImportedFigures(request: APIRequestContext) {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_FILE, "utf8") });
  await client.connect();
  await client.query(`DELETE FROM "TradeFigure" WHERE "scope" = 'BILATERAL' AND "countryACode" = 'KG' AND "countryBCode" = 'TJ'`);
  await client.end();
  await request.post("/api/revalidate", { data: { tags: ["trade"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
}

test.describe("CSV import", () => {
  test.skip(({ isMobile }) => isMobile, "one run is enough: it writes to the shared database");

  test("an editor finds the bad row, fixes it, imports the file and sees the figures on the trade page", async ({ page, request }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import");
    try {
      await expect(page.getByRole("heading", { level: 1, name: "CSV import" })).toBeVisible();
      const fileInput = page.getByLabel("CSV file");

      await fileInput.setInputFiles({ name: "trade.csv", mimeType: "text/csv", buffer: csv(GOOD_2023, "BILATERAL;KG;TJ;2024-01-01;2024-12-31;123,4 million;src-s4;") });
      await page.getByRole("button", { name: "Check the file (nothing is written)" }).click();
      await expect(page.getByTestId("import-summary")).toHaveText(/1 of 2 rows have errors/);
      await expect(page.getByTestId("import-row-3")).toContainText("value_usd: Enter an amount in US dollars using digits");
      await expect(page.getByTestId("import-row-2")).toContainText("OK");
      await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

      await fileInput.setInputFiles({ name: "trade.csv", mimeType: "text/csv", buffer: csv(GOOD_2023, "BILATERAL;KG;TJ;2024-01-01;2024-12-31;123456789;src-s4;") });
      await page.getByRole("button", { name: "Check the file (nothing is written)" }).click();
      await expect(page.getByTestId("import-summary")).toHaveText("All 2 rows are valid. Nothing has been written yet.");
      await page.getByRole("button", { name: "Import 2 rows" }).click();
      await expect(page.getByTestId("import-done")).toContainText("Imported 2 rows.");

      await page.goto("/en/trade?series=BILATERAL-KG-TJ&view=table");
      await expect(page.getByRole("heading", { level: 2, name: "Kyrgyzstan–Tajikistan trade" })).toBeVisible();
      await expect(page.getByTestId("trade-row")).toHaveCount(2);
      await expect(page.getByTestId("trade-row").last()).toContainText("$123.46 m");
      await expect(page.getByTestId("trade-row").first()).toContainText("$98.77 m");
    } finally {
      await removeImportedFigures(request);
    }
  });
});
