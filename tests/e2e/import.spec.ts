import { expect, test, type APIRequestContext } from "@playwright/test";
import iconv from "iconv-lite";
import { E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";
import { createAccount, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";

// Two KG–TJ figures: a series the seed does not have, removed again at the end so the
// other specs see the seeded figures only.
const HEADER = "scope;country_a;country_b;period_start;period_end;value_usd;source_ids;source_quote";
const GOOD_2023 = "BILATERAL;TJ;KG;2023-01-01;2023-12-31;98765432;src-s4;";
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`, "utf8");

async function removeImportedFigures(request: APIRequestContext) {
  await withE2eDatabase((client) => client.query(`DELETE FROM "TradeFigure" WHERE "scope" = 'BILATERAL' AND "countryACode" = 'KG' AND "countryBCode" = 'TJ'`));
  await request.post("/api/revalidate", { data: { tags: ["trade"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
}

test.describe("CSV import", () => {
  test("an editor finds the bad row, fixes it, imports the file and sees the figures on the trade page", async ({ page, request }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import");
    try {
      await expect(page.getByRole("heading", { level: 1, name: "CSV import" })).toBeVisible();
      const fileInput = page.getByLabel("CSV file");

      await fileInput.setInputFiles({
        name: "trade.csv",
        mimeType: "text/csv",
        buffer: csv(GOOD_2023, "BILATERAL;KG;TJ;2024-01-01;2024-12-31;123,4 million;src-s4;"),
      });
      await page.getByRole("button", { name: "Check the file (nothing is written)" }).click();
      await expect(page.getByTestId("import-summary")).toHaveText(/1 of 2 rows has errors/);
      await expect(page.getByTestId("import-row-3")).toContainText("value_usd: Enter an amount in US dollars, e.g. 25 000 000, 1,200,000,000");
      await expect(page.getByTestId("import-row-2")).toContainText("OK");
      await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

      await fileInput.setInputFiles({
        name: "trade.csv",
        mimeType: "text/csv",
        // Thousands grouped as people write them; the dry run says how the amount was read.
        buffer: csv(GOOD_2023, "BILATERAL;KG;TJ;2024-01-01;2024-12-31;123,456,789;src-s4;"),
      });
      await page.getByRole("button", { name: "Check the file (nothing is written)" }).click();
      await expect(page.getByTestId("import-summary")).toHaveText("All 2 rows are valid. Nothing has been written yet.");
      await expect(page.getByTestId("import-row-3").getByTestId("import-read")).toHaveText("read as $123,456,789.00");
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

  // The probe: a Windows-1251 file passed the dry run and was published with U+FFFD in its names.
  test("reads a venture file saved as Windows-1251 by Russian-language Excel, and stores its names as written", async ({ page, request }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "ru", editor.email, "/ru/manage/import");
    const tag = Date.now().toString(36);
    const name = `Узбекско-казахское СП «Агромаш» ${tag}`;
    const file = iconv.encode(
      `name_ru;name_en;partners;sector;status;source_ids\r\n"${name}";Agromash ${tag};ТОО Агромаш:KZ|АО Ташкентмаш:UZ;AUTOMOTIVE;ANNOUNCED;src-s2\r\n`,
      "win1251",
    );
    await page.getByRole("radio", { name: "Совместные предприятия" }).check();
    await page.getByLabel("Файл CSV").setInputFiles({ name: "ventures.csv", mimeType: "text/csv", buffer: file });
    await page.getByRole("button", { name: /Проверить файл/ }).click();
    await expect(page.getByTestId("import-row-2")).toContainText(name);
    await page.getByRole("button", { name: /^Импортировать/ }).click();
    await expect(page.getByTestId("import-done")).toBeVisible();
    const stored = await withE2eDatabase((client) =>
      client.query(
        `SELECT "nameRu", (SELECT string_agg("companyName", '|' ORDER BY position) FROM "VenturePartner" p WHERE p."ventureId" = v.id) AS partners FROM "JointVenture" v WHERE "nameEn" = $1`,
        [`Agromash ${tag}`],
      ),
    );
    await withE2eDatabase((client) => client.query(`DELETE FROM "JointVenture" WHERE "nameEn" = $1`, [`Agromash ${tag}`]));
    await request.post("/api/revalidate", { data: { tags: ["ventures"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
    expect(stored.rows).toEqual([{ nameRu: name, partners: "ТОО Агромаш|АО Ташкентмаш" }]);
    // A file in an encoding it cannot read for certain is refused, naming the one to use.
    await page
      .getByLabel("Файл CSV")
      .setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: iconv.encode("name_ru;name_en\r\nSociété Générale;Zürich AG\r\n", "latin1") });
    await page.getByRole("button", { name: /Проверить файл/ }).click();
    await expect(page.getByTestId("form-alert")).toContainText("CSV UTF-8");
  });

  // The probe: /api/v1/sources kept reporting 6 sources after the import had added a seventh.
  test("a source added by an import shows in the open-data API and its CSV at once", async ({ page, request }) => {
    const sourcesInApi = async () => (await (await request.get("/api/v1/sources?limit=100")).json()) as { total: number; items: { titleEn: string }[] };
    const before = await sourcesInApi();
    const beforeCsv = await (await request.get("/api/v1/sources.csv")).text();
    const title = `Statistics release ${Date.now().toString(36)}`;
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import");
    try {
      const header = `${HEADER};source_title;source_publisher`;
      const file = Buffer.from(`${header}\r\n${GOOD_2023.replace(/src-s4;$/, ";")};${title};Statistics agency\r\n`, "utf8");
      await page.getByLabel("CSV file").setInputFiles({ name: "trade.csv", mimeType: "text/csv", buffer: file });
      await page.getByRole("button", { name: "Check the file (nothing is written)" }).click();
      await page.getByRole("button", { name: "Import 1 row" }).click();
      await expect(page.getByTestId("import-done")).toContainText("Imported 1 row.");

      const after = await sourcesInApi();
      expect(after.total).toBe(before.total + 1);
      expect(after.items.map((s) => s.titleEn)).toContain(title);
      const afterCsv = await (await request.get("/api/v1/sources.csv")).text();
      expect(beforeCsv).not.toContain(title);
      expect(afterCsv).toContain(title);
    } finally {
      await removeImportedFigures(request);
      await withE2eDatabase((client) => client.query(`DELETE FROM "Source" WHERE "titleEn" = $1`, [title]));
      await request.post("/api/revalidate", { data: { tags: ["public-data"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
    }
  });

  // The probe: the import route took a foreign Origin with a valid session cookie.
  test("refuses an upload sent from another site, even with a staff member's cookie", async ({ page }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import");
    const before = await withE2eDatabase((client) => client.query(`SELECT count(*)::int AS n FROM "TradeFigure"`));
    const response = await page.request.post("/en/manage/import/run", {
      headers: { origin: "https://evil.example" },
      multipart: { kind: "tradeFigures", mode: "import", file: { name: "trade.csv", mimeType: "text/csv", buffer: csv(GOOD_2023) } },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).message).toBe("This upload did not come from the portal’s own import page. Nothing was written.");
    expect(await withE2eDatabase((client) => client.query(`SELECT count(*)::int AS n FROM "TradeFigure"`))).toMatchObject({ rows: before.rows });
  });
});
