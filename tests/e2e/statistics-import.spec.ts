import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parseCsv } from "@/tests/e2e/csv";
import { createAccount, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";

// Official statistics imported as ministry staff would (issue 17): a Comtrade file checked,
// imported, checked again (all unchanged), a revised release (three revisions), then both
// imports undone, leaving the database as it was for the other specs.

const FIXTURES = "tests/fixtures/trade-stats";
const file = (name: string) => ({
  name,
  mimeType: name.endsWith(".csv") ? "text/csv" : "application/octet-stream",
  buffer: readFileSync(`${FIXTURES}/${name}`),
});
const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe("statistics import", () => {
  test.afterAll(async () => {
    await withE2eDatabase(async (client) => {
      await client.query(`DELETE FROM "TradeImport" WHERE "fileName" LIKE 'SYNTHETIC-%'`);
      await client.query(`DELETE FROM "TradeFigure" WHERE "reporterCode" IS NOT NULL`);
      await client.query(`DELETE FROM "ImportLayout" WHERE name LIKE 'SYNTHETIC%'`);
    });
  });

  test("an editor dry-runs a Comtrade file, imports it, sees a revised release's revisions, and undoes both", async ({ page }, testInfo) => {
    test.slow(); // two imports, the pages they change, a comparison in two languages, and two undos
    await page.goto("/en/trade?series=BILATERAL-KZ-UZ");
    await expect(page.getByTestId("mirror-empty")).toHaveText(/No official statistics have been imported for Kazakhstan and Uzbekistan yet/);
    await expect(page.getByTestId("matrix")).toHaveCount(0);
    await page.goto("/en/trade?series=INTRA_REGIONAL");
    await expect(page.getByTestId("computed-total")).toContainText("No official statistics have been imported for the pairs of the six yet");
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import/statistics");
    await expect(page.getByRole("heading", { level: 1, name: "Import official statistics" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Statistics import" })).toHaveAttribute("aria-current", "page");

    const fill = async (name: string, title: string, date: string) => {
      await page.getByLabel(/CSV or XLSX file/).setInputFiles(file(name));
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Publisher").fill("UN Statistics Division (synthetic test file)");
      await page.getByLabel("Release or retrieval date").fill(date);
      await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    };

    await fill("SYNTHETIC-comtrade-2019-2023.csv", "SYNTHETIC Comtrade extract", "2026-06-30");
    const plan = page.getByTestId("statistics-plan");
    await expect(plan.getByTestId("count-added")).toHaveText("300");
    await expect(plan.getByTestId("count-skipped")).toHaveText("120");
    await expect(plan).toContainText("60 — skipped: the partner is not one of the six countries");
    await expect(page.getByTestId("statistics-rows").locator("tr[data-kind=added]").first()).toContainText("Kazakhstan → Uzbekistan: exports, 2019");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/statistics-dry-run-${testInfo.project.name}.png`, fullPage: true });
    expect(await withE2eDatabase((c) => c.query(`SELECT count(*)::int AS n FROM "TradeFigure" WHERE "reporterCode" IS NOT NULL`))).toMatchObject({
      rows: [{ n: 0 }],
    });

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByTestId("statistics-imported")).toContainText("Imported: 300 new figures and 0 revisions");
    await expect(page.getByTestId("statistics-import")).toHaveCount(1);
    // One audit entry for the import, named by its source.
    await page.goto("/en/manage/audit?entity=tradeImport");
    await expect(page.getByTestId("audit-entry").filter({ hasText: "statistics import" }).filter({ hasText: "SYNTHETIC Comtrade extract" })).toHaveCount(1);
    await page.goto("/en/manage/import/statistics");

    await fill("SYNTHETIC-comtrade-2019-2023.csv", "SYNTHETIC Comtrade extract", "2026-06-30");
    await expect(plan.getByTestId("count-unchanged")).toHaveText("300");
    await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);

    await fill("SYNTHETIC-comtrade-2019-2023-revised.csv", "SYNTHETIC Comtrade extract, revised", "2026-09-30");
    await expect(plan.getByTestId("count-revised")).toHaveText("3");
    const revised = page.getByTestId("statistics-rows").locator("tr[data-kind=revised]");
    await expect(revised).toHaveCount(3);
    await expect(revised.filter({ hasText: "Kazakhstan → Uzbekistan: exports, 2023" })).toHaveCount(1);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByTestId("statistics-imported")).toContainText("0 new figures and 3 revisions");
    await expect(page.getByTestId("statistics-import")).toHaveCount(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/statistics-history-${testInfo.project.name}.png`, fullPage: true });

    // The open-data API: Kazakhstan's reported exports to Uzbekistan, with the revised year's earlier value.
    const api = await page.request.get("/api/v1/trade-figures?reporter=KZ&partner=UZ&flow=EXPORT&frequency=YEAR&from=2019&to=2023&revisions=include");
    expect(api.status()).toBe(200);
    const { items } = (await api.json()) as {
      items: { reporter: string; flow: string; periodStart: string; valueUsd: number; releasedOn: string; revisions: { valueUsd: number }[] }[];
    };
    expect(items.map((f) => [f.reporter, f.flow, f.periodStart, f.revisions.length])).toEqual(
      [2019, 2020, 2021, 2022, 2023].map((y) => ["KZ", "EXPORT", `${y}-01-01`, y === 2023 ? 1 : 0]),
    );
    const latest = items.at(-1)!;
    expect(latest.releasedOn).toBe("2026-09-30");
    expect(latest.valueUsd / latest.revisions[0]!.valueUsd).toBeCloseTo(1.1, 3);
    const stated = (await (await page.request.get("/api/v1/trade-figures?limit=500")).json()) as { items: { reporter: string | null }[] };
    expect(stated.items.length).toBeGreaterThan(0);
    expect(stated.items.every((f) => f.reporter === null)).toBe(true);
    const csv = await (await page.request.get("/api/v1/trade-figures.csv?reporter=UZ&partner=KZ&flow=IMPORT&from=2023&to=2023")).text();
    expect(csv.split("\r\n")[0]).toMatch(/,reporter,flow,frequency,releasedOn$/);
    expect(csv).toContain(",UZ,IMPORT,YEAR,2026-09-30");

    // The mirror view of the pair on the trade page: each side's exports beside the other's imports.
    await page.goto("/en/trade?series=BILATERAL-KZ-UZ&view=table");
    const mirror = page.getByTestId("mirror-row");
    await expect(mirror).toHaveCount(5);
    await expect(mirror.first().getByRole("rowheader")).toHaveText("2023");
    await expect(page.getByTestId("mirror")).toContainText("Kazakhstan reports exports");
    await expect(mirror.first().locator("td").nth(2)).toHaveText(/^[+−-]?\d+(\.\d)?%$/);
    if (SHOTS) await page.getByTestId("mirror").screenshot({ path: `${SHOTS}/mirror-${testInfo.project.name}.png` });
    // The intra-regional series: the seeded statements beside the total computed from the statistics.
    await page.goto("/en/trade?series=INTRA_REGIONAL");
    const computed = page.getByTestId("computed-total");
    await expect(computed.getByTestId("computed-row")).toHaveCount(5);
    await expect(computed.getByTestId("computed-row").first()).toContainText("15 of 15");
    await expect(computed.getByTestId("computed-latest")).toHaveText(
      /^2022, the latest year with both: the stated figure is [\d.]+% (above|below) the total computed from official statistics\.$/,
    );
    if (SHOTS) await computed.screenshot({ path: `${SHOTS}/computed-${testInfo.project.name}.png` });
    await page.goto("/en/trade?series=BILATERAL-KZ-UZ&view=table");

    // The six by six of the latest year all reported, each cell linking to its pair.
    const matrix = page.getByTestId("matrix");
    await expect(matrix.getByRole("heading")).toHaveText("Trade between the six in 2023, as each reports it");
    await expect(matrix.getByTestId("matrix-row")).toHaveCount(6);
    await expect(matrix.getByTestId("matrix-row").first().getByRole("link").first()).toHaveAttribute("href", /\/en\/trade\?series=BILATERAL-KZ-UZ&view=table/);
    if (SHOTS) await matrix.screenshot({ path: `${SHOTS}/matrix-${testInfo.project.name}.png` });
    const audit = await new AxeBuilder({ page }).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // The pair's target page sets the stated figures beside the pair's total from statistics.
    await page.goto("/en/targets/tgt-kz-uz-10bn");
    const pairTotal = page.getByTestId("computed-total");
    await expect(pairTotal.getByRole("table")).toHaveAccessibleName("Kazakhstan–Uzbekistan trade, stated and computed from official statistics, by year");
    await expect(pairTotal.getByTestId("computed-row")).toHaveCount(5);
    await expect(pairTotal.getByTestId("computed-row").first()).toContainText("1 of 1");

    // A journalist's shared comparison: the pair as stated and as each side reports it, with
    // the stated regional figures, since 2015, with the summits on the time axis.
    // Comtrade gives no turnover: the portal offers each reporter's exports plus imports.
    const shared = "/trade?compare=BILATERAL-KZ-UZ,REPORTED-KZ-UZ-TURNOVER,REPORTED-KZ-KG-TURNOVER,REPORTED-KZ-UZ-EXPORT,INTRA_REGIONAL&from=2015#compare";
    await page.goto(`/en${shared}`);
    const compare = page.getByTestId("compare-chart");
    await expect(compare.getByTestId("compare-legend").getByRole("listitem")).toHaveText([
      "Kazakhstan–Uzbekistan trade",
      "Kazakhstan–Uzbekistan: turnover (exports + imports), as reported by Kazakhstan",
      "Kazakhstan–Kyrgyzstan: turnover (exports + imports), as reported by Kazakhstan",
      "Kazakhstan → Uzbekistan: exports, as reported by Kazakhstan · revisions",
      "Intra-regional trade of Central Asia",
    ]);
    await expect(compare.getByRole("group", { name: /^5 series, 2015–20\d\d$/ })).toBeVisible();
    await expect(
      compare.getByTestId("compare-markers").getByRole("link", { name: "VI Consultative Meeting of the Heads of State of Central Asia, August 9, 2024" }),
    ).toHaveAttribute("href", "/en/summits/consultative-meeting-6");
    // The axis ends with the last figure, in 2024: meetings I to VI and the 2021 visit where a target was set.
    await expect(compare.getByTestId("compare-marker")).toHaveCount(7);
    await expect(
      compare.getByTestId("compare-markers").getByRole("link", { name: /Visit of the President of the Republic of Uzbekistan to Kazakhstan/ }),
    ).toHaveCount(1);
    // The reported series' history is one click away: the revised release's figure with its earlier value.
    await compare.getByTestId("compare-legend").getByRole("link", { name: "revisions" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisions: Kazakhstan → Uzbekistan: exports, as reported by Kazakhstan");
    const revisedFigures = page.getByTestId("revised-figure");
    await expect(revisedFigures).toHaveCount(1);
    await expect(revisedFigures.getByRole("rowheader")).toHaveText("2023");
    await expect(revisedFigures.getByRole("cell").nth(0)).toContainText("released September 30, 2026");
    await expect(revisedFigures.getByRole("cell").nth(1)).toContainText("released June 30, 2026");
    await page.goBack();
    const table = compare.getByTestId("compare-table");
    await compare.locator("summary").click();
    await expect(
      table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "2023", exact: true }) })
        .getByRole("cell")
        .nth(1),
    ).toHaveText(/^\$\d/);
    // The boxes of the form are the comparison in view; unticking one and comparing again drops it from the URL.
    await expect(page.getByTestId("compare-form").getByRole("checkbox", { checked: true })).toHaveCount(5);
    await page.getByRole("checkbox", { name: /^Intra-regional trade of Central Asia/ }).uncheck();
    await page.getByLabel("Index (first figure = 100)").check();
    // One more series from the four menus: what Uzbekistan reports importing from Kazakhstan, yearly.
    const add = page.getByTestId("compare-add");
    await add.getByLabel("Reported by").selectOption({ label: "Uzbekistan" });
    await add.getByLabel("About trade with").selectOption({ label: "Kazakhstan" });
    await add.getByLabel("Flow").selectOption({ label: "Imports" });
    await add.getByLabel("Frequency").selectOption({ label: "Yearly" });
    await page.getByRole("button", { name: "Compare" }).click();
    // The address to share is the comparison's own: the form's empty year and its four menus are gone.
    await expect(page).toHaveURL(
      /\/en\/trade\?compare=BILATERAL-KZ-UZ%2CREPORTED-KZ-UZ-TURNOVER%2CREPORTED-KZ-KG-TURNOVER%2CREPORTED-KZ-UZ-EXPORT%2CREPORTED-UZ-KZ-IMPORT&from=2015&measure=index#compare$/,
    );
    await expect(compare.getByTestId("compare-legend").getByRole("listitem")).toHaveCount(5);
    await expect(compare.getByTestId("compare-legend").getByRole("listitem").last()).toHaveText(
      /^Uzbekistan ← Kazakhstan: imports, as reported by Uzbekistan · revisions · 100 = \$[\d.]+ m, 2019$/,
    );
    await expect(page).toHaveTitle(/^5 trade series compared/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^Kazakhstan–Uzbekistan trade; Kazakhstan–Uzbekistan: turnover/);
    await expect(compare.getByTestId("compare-legend")).toContainText("turnover (exports + imports), as reported by Kazakhstan · 100 = $");
    const download = await page.request.get(
      await page
        .getByTestId("compare-csv-link")
        .getAttribute("href")
        .then((href) => href!),
    );
    const [header, ...records] = parseCsv((await download.text()).replace(/^\uFEFF/, ""));
    expect(header!.slice(0, 9)).toEqual(["series", "series_name", "reporter", "partner", "flow", "frequency", "period_start", "period_end", "value_usd"]);
    expect(header!.at(-1)).toBe("index_first_figure_in_range_100");
    const kzExports = records.filter((r) => r[0] === "REPORTED-KZ-UZ-EXPORT");
    expect(kzExports.map((r) => [r[1], ...r.slice(2, 7)])).toEqual(
      [2019, 2020, 2021, 2022, 2023].map((y) => ["Kazakhstan → Uzbekistan: exports, as reported by Kazakhstan", "KZ", "UZ", "EXPORT", "YEAR", `${y}-01-01`]),
    );
    expect(kzExports[0]!.at(-1)).toBe("100.00");
    // The turnover is Kazakhstan's exports plus its imports, as the open-data API gives them.
    const flows = (await (await page.request.get("/api/v1/trade-figures?reporter=KZ&partner=UZ&frequency=YEAR&from=2019&to=2019")).json()) as {
      items: { flow: string; valueUsd: number }[];
    };
    const sum = flows.items.filter((f) => f.flow === "EXPORT" || f.flow === "IMPORT").reduce((total, f) => total + f.valueUsd, 0);
    const turnover2019 = records.find((r) => r[0] === "REPORTED-KZ-UZ-TURNOVER" && r[6] === "2019-01-01");
    expect(Number(turnover2019![8])).toBeCloseTo(sum, 2);
    expect(records.filter((r) => r[0] === "BILATERAL-KZ-UZ").every((r) => r[2] === "statement")).toBe(true);
    // The comparison embedded on another site: the same series, and a credit line back to it.
    await page.getByTestId("compare-embed-dialog").locator("summary").click();
    const frameSrc = /src="([^"]+)"/.exec(await page.getByTestId("compare-embed-code").inputValue())![1]!;
    expect(new URL(frameSrc).searchParams.get("compare")).toBe(
      "BILATERAL-KZ-UZ,REPORTED-KZ-UZ-TURNOVER,REPORTED-KZ-KG-TURNOVER,REPORTED-KZ-UZ-EXPORT,REPORTED-UZ-KZ-IMPORT",
    );
    await page.goto(new URL(frameSrc).pathname + new URL(frameSrc).search);
    await expect(page.getByTestId("compare-legend").getByRole("listitem")).toHaveCount(5);
    await expect(page.getByTestId("compare-legend")).toContainText("· 100 = $");
    await expect(page.getByTestId("embed-credit").getByRole("link")).toHaveAttribute(
      "href",
      "/en/trade?compare=BILATERAL-KZ-UZ%2CREPORTED-KZ-UZ-TURNOVER%2CREPORTED-KZ-KG-TURNOVER%2CREPORTED-KZ-UZ-EXPORT%2CREPORTED-UZ-KZ-IMPORT&from=2015&measure=index#compare",
    );
    // The same comparison in Russian, on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/ru${shared}`);
    await expect(compare.getByTestId("compare-legend").getByRole("listitem").nth(1)).toHaveText(
      "Казахстан — Узбекистан: товарооборот (экспорт + импорт), по данным: Казахстан",
    );
    if (SHOTS) await page.getByTestId("compare-chart").screenshot({ path: `${SHOTS}/compare-ru-phone-${testInfo.project.name}.png` });
    const phoneAudit = await new AxeBuilder({ page }).analyze();
    expect(phoneAudit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/manage/import/statistics");

    // The first import cannot be undone while the revised release stands on its figures.
    page.on("dialog", (dialog) => void dialog.accept());
    const rows = page.getByTestId("statistics-import");
    await rows.nth(1).getByRole("button", { name: "Undo this import" }).click();
    await expect(rows.nth(1).getByRole("alert")).toHaveText("A later import revised some of these figures; undo that one first.");
    await rows.nth(0).getByRole("button", { name: "Undo this import" }).click();
    await expect(page.getByTestId("statistics-undone")).toBeVisible();
    await page.getByTestId("statistics-import").nth(1).getByRole("button", { name: "Undo this import" }).click();
    await expect(page.getByTestId("statistics-import").filter({ hasText: "Undone" })).toHaveCount(2);
    expect(
      await withE2eDatabase((c) => c.query(`SELECT count(*)::int AS n FROM "TradeFigure" WHERE "reporterCode" IS NOT NULL AND "deletedAt" IS NULL`)),
    ).toMatchObject({
      rows: [{ n: 0 }],
    });
  });

  test("an editor maps an office's own columns, saves the layout, picks it for the next file, and deletes it", async ({ page }, testInfo) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/import/statistics");
    await page.getByLabel(/Any other table with one row per figure/).check();
    await expect(page.getByTestId("column-map")).toContainText("Choose the file to list its columns.");
    await page.getByLabel(/CSV or XLSX file/).setInputFiles(file("SYNTHETIC-statoffice-UZ-monthly-long.xlsx"));
    // The header under the workbook's title row, and the first rows under it.
    const preview = page.getByTestId("column-preview");
    await expect(preview.getByRole("columnheader")).toHaveText([
      "Отчитывающаяся страна",
      "Страна-партнёр",
      "Год",
      "Месяц",
      "Направление",
      "Стоимость, тыс. долл. США",
    ]);
    await expect(preview.getByRole("row").nth(1)).toContainText("узбекистанказахстан20241экспорт");
    const map = page.getByTestId("column-map");
    await map.getByLabel("Reporter", { exact: true }).selectOption("Отчитывающаяся страна");
    await expect(map.getByLabel("Whose statistics (the reporter)")).toHaveCount(0);
    await map.getByLabel("Partner", { exact: true }).selectOption("Страна-партнёр");
    await map.getByLabel("Period, or year when a month column is chosen").selectOption("Год");
    await map.getByLabel("Month", { exact: true }).selectOption("Месяц");
    await map.getByLabel("Flow", { exact: true }).selectOption("Направление");
    await map.getByLabel("Value", { exact: true }).selectOption("Стоимость, тыс. долл. США");
    await expect(map.getByLabel("Unit of the values")).toHaveValue("3");

    const check = async () => {
      await page.getByLabel("Title").fill("SYNTHETIC Uzbek office's monthly table");
      await page.getByLabel("Publisher").fill("Test office (synthetic)");
      await page.getByLabel("Release or retrieval date").fill("2026-05-01");
      await page.getByRole("button", { name: "Check the file (dry run)" }).click();
      const plan = page.getByTestId("statistics-plan");
      // Five partners × twelve months × two flows (new, or revisions if another spec imported them); a total and a re-export skipped.
      await expect(page.getByTestId("statistics-rows").locator("tr[data-kind=added], tr[data-kind=revised]")).toHaveCount(120);
      await expect(plan.getByTestId("count-skipped")).toHaveText("25");
      await expect(plan.getByTestId("statistics-rows").locator("tr[data-kind=added]").first()).toContainText("Uzbekistan → Kazakhstan: exports, January 2024");
    };
    await check();

    const name = `SYNTHETIC Uzbek office monthly ${testInfo.project.name}`;
    await page.getByRole("button", { name: "Save layout" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Required" })).toBeVisible();
    await page.getByLabel("Save this layout for the next file, as").fill(name);
    await page.getByRole("button", { name: "Save layout" }).click();
    await expect(page.getByTestId("layout-notice")).toHaveText(
      `Saved as “${name}”: pick it from “Saved layouts”, or use --layout "${name}" with npm run data:import.`,
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/statistics-columns-${testInfo.project.name}.png`, fullPage: true });

    // The next file: the saved layout fills every field.
    await page.goto("/en/manage/import/statistics");
    await page.getByTestId("saved-layouts").selectOption(name);
    await expect(page.getByLabel(/Any other table with one row per figure/)).toBeChecked();
    await page.getByLabel(/CSV or XLSX file/).setInputFiles(file("SYNTHETIC-statoffice-UZ-monthly-long.xlsx"));
    await expect(map.getByLabel("Partner", { exact: true })).toHaveValue("Страна-партнёр");
    await expect(map.getByLabel("Month", { exact: true })).toHaveValue("Месяц");
    await check();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByTestId("layout-notice")).toHaveText("The saved layout was deleted.");
    await expect(page.getByTestId("saved-layouts").locator("option", { hasText: name })).toHaveCount(0);
    await page.goto("/en/manage/audit?entity=importLayout");
    await expect(page.getByTestId("audit-entry").filter({ hasText: "saved import layout" }).filter({ hasText: name })).toHaveCount(2);
  });

  test("reads a statistics office's workbook, in Russian, and has no accessibility violations @phone", async ({ page }, testInfo) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "ru", editor.email, "/ru/manage/import/statistics");
    await page.getByLabel(/Файл CSV или XLSX/).setInputFiles(file("SYNTHETIC-statoffice-KZ-exports.xlsx"));
    await page.getByLabel(/Таблица статистического ведомства/).check();
    await page.getByLabel("Единицы значений").selectOption({ label: "тысячи долларов США" });
    await page.getByRole("button", { name: "Проверить файл (пробный прогон)" }).click();
    // Without a title, publisher and date the browser asks for them first.
    await expect(page.getByTestId("statistics-plan")).toHaveCount(0);
    await page.getByLabel("Название").fill("SYNTHETIC таблица статистического ведомства");
    await page.getByLabel("Издатель").fill("Тестовое ведомство");
    await page.getByLabel("Дата выпуска или получения").fill("2026-03-01");
    await page.getByRole("button", { name: "Проверить файл (пробный прогон)" }).click();
    const plan = page.getByTestId("statistics-plan");
    // New, or revisions of the desktop run's Comtrade figures if it is importing at the same time.
    await expect(page.getByTestId("statistics-rows").locator("tr[data-kind=added], tr[data-kind=revised]")).toHaveCount(24);
    await expect(plan.getByTestId("count-skipped")).toHaveText("3");
    await expect(plan).toContainText("Лист «Exports» из: Exports, Notes");
    await expect(plan).toContainText("нет значения");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/statistics-workbook-ru-${testInfo.project.name}.png`, fullPage: true });
    // The column map and the file's first rows fit the screen: the preview scrolls in its own box.
    await page.getByLabel(/Любая другая таблица/).check();
    await page.getByLabel(/Файл CSV или XLSX/).setInputFiles(file("SYNTHETIC-statoffice-UZ-monthly-long.xlsx"));
    await expect(page.getByTestId("column-preview")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
