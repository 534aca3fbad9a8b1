import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import en from "@/lib/i18n/messages/en.json" with { type: "json" };
import ru from "@/lib/i18n/messages/ru.json" with { type: "json" };
import { createAccount, E2E_PASSWORD, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";
import { E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";

const MESSAGES = { en, ru } as const;
const INITIATIVE = "ini-uz-kz-industrial-roadmap";

const query = <T>(sql: string, params: unknown[] = []) => withE2eDatabase(async (client) => (await client.query(sql, params)).rows as T[]);

// Ventures the tests create, removed after each test so the registry specs see the seed only.
const createdVentures: string[] = [];

async function fillVenture(page: Page, name: string) {
  createdVentures.push(`JV ${name}`);
  await page.locator("#field-nameRu").fill(`СП ${name}`);
  await page.locator("#field-nameEn").fill(`JV ${name}`);
  await page.locator("#field-partners-0-companyName").fill("Textile Group Tashkent");
  await page.locator("#field-partners-0-countryCode").selectOption("UZ");
  await page.locator("#field-partners-1-companyName").fill("Almaty Cotton");
  await page.locator("#field-partners-1-countryCode").selectOption("KZ");
  await page.locator("#field-sector").selectOption("TEXTILES");
  await page.locator("#field-status").selectOption("ANNOUNCED");
  await page.locator("#field-investmentUsd").fill("12 500 000");
  await page.locator("#field-initiativeId").selectOption(INITIATIVE);
  await page.locator("#field-citations-0-sourceId").selectOption("src-s1");
}

test.describe("staff workspace", () => {
  test.afterEach(async ({ request }) => {
    if (createdVentures.length === 0) return;
    await query(`DELETE FROM "JointVenture" WHERE "nameEn" = ANY($1)`, [createdVentures.splice(0)]);
    // Twice: a registry page whose render began while the venture existed can be stored after
    // the first expiry and then be served stale (the render/expiry race still open in issue
    // 16); it happened once in CI, 6 ventures where the seed has 5. The second expiry, once
    // such renders are done, leaves the registry specs the seed only.
    for (const pause of [0, 1000]) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      const expired = await request.post("/api/revalidate", {
        data: { tags: ["ventures", "initiatives", "documents"] },
        headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
      });
      expect(expired.status()).toBe(200);
    }
  });

  for (const locale of ["en", "ru"] as const) {
    test(
      `a new editor adds a venture with two partners, sees it published, edits it, and can do none of it once demoted (${locale})`,
      { tag: locale === "ru" ? "@phone" : [] },
      async ({ page, browser }, testInfo) => {
        test.setTimeout(120_000);
        const m = MESSAGES[locale];
        const shot = (step: string) => page.screenshot({ path: `test-results/workspace/${testInfo.project.name}-${locale}-${step}.png`, fullPage: true });
        const editor = await createAccount("EDITOR");
        const admin = await createAccount("ADMIN");
        const name = randomUUID().slice(0, 8);

        // Signed out, the workspace sends the person to the sign-in page and back.
        await signIn(page, locale, editor.email, `/${locale}/manage/ventures/new`);
        await page.getByRole("button", { name: m.workspace.ventures.create }).click();
        await expect(page.getByTestId("form-alert")).toContainText(m.workspace.refused.invalid);
        await expect(page.getByTestId("error-nameEn")).toHaveText(m.validation.required);
        await fillVenture(page, name);
        await page.locator("#field-investmentUsd").fill("-5");
        await page.getByRole("button", { name: m.workspace.ventures.create }).click();
        await expect(page.getByTestId("error-investmentUsd")).toHaveText(m.validation.positive);
        // Nothing typed is lost on a refused save.
        await expect(page.locator("#field-partners-1-companyName")).toHaveValue("Almaty Cotton");
        await shot("1-refused");
        await page.locator("#field-investmentUsd").fill("12 500 000");
        await page.getByRole("button", { name: m.workspace.ventures.create }).click();
        await expect(page.getByTestId("saved-notice")).toBeVisible();
        await shot("2-saved");
        const [venture] = await query<{ id: string; investmentUsd: string }>(`SELECT id, "investmentUsd" FROM "JointVenture" WHERE "nameEn" = $1`, [
          `JV ${name}`,
        ]);
        expect(venture?.investmentUsd).toBe("12500000.00");

        // At once on the public pages: the initiative it stems from, and search.
        const ventureName = locale === "ru" ? `СП ${name}` : `JV ${name}`;
        await page.goto(`/${locale}/initiatives/${INITIATIVE}`);
        await expect(page.getByText(`${ventureName} (${m.ventureStatus.ANNOUNCED})`)).toBeVisible();
        await page.goto(`/${locale}/search?q=${name}`);
        await expect(page.getByText(ventureName).first()).toBeVisible();

        // Edit it: the status changes on the public page and in the audit log.
        await page.goto(`/${locale}/manage/ventures?q=${name}`);
        await page.getByRole("link", { name: ventureName }).click();
        await page.waitForURL(/\/edit$/);
        const staleForm = await page.context().newPage();
        await staleForm.goto(page.url());
        await page.locator("#field-status").selectOption("OPERATING");
        await page.getByRole("button", { name: m.workspace.ventures.save }).click();
        await expect(page.getByTestId("saved-notice")).toBeVisible();
        await page.goto(`/${locale}/initiatives/${INITIATIVE}`);
        await expect(page.getByText(`${ventureName} (${m.ventureStatus.OPERATING})`)).toBeVisible();
        await expect(page.getByTestId("last-updated")).toBeVisible();
        await page.goto(`/${locale}/manage/audit?entity=venture&entityId=${venture!.id}`);
        const latest = page.getByTestId("audit-entry").first();
        await expect(latest.getByTestId("audit-action")).toHaveText(m.audit.action.UPDATE);
        await expect(latest.getByRole("row", { name: new RegExp(m.auditFields.status) })).toContainText(m.ventureStatus.ANNOUNCED);
        await expect(latest.getByRole("row", { name: new RegExp(m.auditFields.status) })).toContainText(m.ventureStatus.OPERATING);
        await expect(latest).toContainText(editor.name);
        await shot("3-audit");

        // The users page tells an editor whom it is for, rather than only "your role cannot".
        await page.goto(`/${locale}/manage/users`);
        await expect(page.getByTestId("not-allowed")).toContainText(m.workspace.notAllowedUsers.replace("{role}", m.workspace.role.EDITOR));

        // An administrator demotes the editor to viewer.
        const adminContext = await browser.newContext();
        const adminPage = await adminContext.newPage();
        await signIn(adminPage, locale, admin.email, `/${locale}/manage/users`);
        const row = adminPage.getByTestId(`user-${editor.email}`);
        await row.locator("select[name=role]").selectOption("VIEWER");
        await row.getByRole("button", { name: m.users.save, exact: true }).click();
        await expect(row.getByRole("status")).toHaveText(m.users.updated);
        await adminContext.close();

        // From the next click on, nothing works for them: forms say why, saves are refused.
        await page.goto(`/${locale}/manage/ventures/new`);
        await expect(page.getByTestId("not-allowed")).toBeVisible();
        await expect(page.getByTestId("current-role")).toHaveText(m.workspace.role.VIEWER);
        await shot("4-demoted");
        await staleForm.locator("#field-cityEn").fill("Tashkent");
        await staleForm.getByRole("button", { name: m.workspace.ventures.save }).click();
        await expect(staleForm.getByTestId("form-alert")).toContainText(m.workspace.refused.forbidden);
        const [after] = await query<{ cityEn: string | null; version: number }>(`SELECT "cityEn", version FROM "JointVenture" WHERE id = $1`, [venture!.id]);
        expect(after).toEqual({ cityEn: null, version: 2 });
      },
    );
  }

  test("typed input survives a closed tab, and is not lost to a link, the language switch or signing out unless the person says so", async ({
    page: first,
  }) => {
    const editor = await createAccount("EDITOR");
    await signIn(first, "en", editor.email, "/en/manage/ventures/new");
    await first.locator("#field-nameEn").fill("JV not yet saved");
    await first.locator("#field-cityEn").fill("Khujand");
    await expect.poll(() => first.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("camon:draft:")).length)).toBe(1);
    // The tab is closed; the next visit offers the input back.
    const page = await first.context().newPage();
    await first.close();
    await page.goto("/en/manage/ventures/new");
    await expect(page.getByTestId("draft-offer")).toBeVisible();
    await page.getByRole("button", { name: en.workspace.draftRestore }).click();
    await expect(page.locator("#field-nameEn")).toHaveValue("JV not yet saved");
    await expect(page.locator("#field-cityEn")).toHaveValue("Khujand");

    const asked: string[] = [];
    const answer = (accept: boolean) =>
      page.once("dialog", (dialog) => {
        asked.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });
    const menu = page.getByRole("navigation", { name: /workspace/i }).getByRole("link", { name: "Trade figures" });
    for (const wayOut of [menu, page.getByRole("link", { name: "Русский" }), page.getByRole("button", { name: "Sign out", exact: true })]) {
      answer(false);
      await wayOut.click();
      await expect(page).toHaveURL(/\/en\/manage\/ventures\/new$/);
      await expect(page.locator("#field-nameEn")).toHaveValue("JV not yet saved");
    }
    expect(asked).toEqual(Array(3).fill(en.workspace.leaveUnsaved));
    // Leaving on purpose discards the draft: the form opens empty next time.
    answer(true);
    await menu.click();
    await expect(page).toHaveURL(/\/en\/manage\/trade-figures$/);
    expect(asked).toHaveLength(4);
    await page.goto("/en/manage/ventures/new");
    await expect(page.locator("#field-nameEn")).toHaveValue("");
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  });

  test("the browser's Back asks before leaving a form with unsaved input, and goes back when told to", async ({ page }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/ventures");
    await page.getByRole("link", { name: en.workspace.ventures.new }).click();
    await page.waitForURL((url) => url.pathname === "/en/manage/ventures/new");
    await page.locator("#field-nameEn").fill("JV typed, then Back");
    const asked: string[] = [];
    const answer = (accept: boolean) =>
      page.once("dialog", (dialog) => {
        asked.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });
    answer(false);
    await page.evaluate(() => window.history.back());
    await expect.poll(() => asked).toEqual([en.workspace.leaveUnsaved]);
    await expect(page).toHaveURL(/\/en\/manage\/ventures\/new$/);
    await expect(page.locator("#field-nameEn")).toHaveValue("JV typed, then Back");
    // Asked again the next time, and this time it goes back to the list.
    answer(true);
    await page.evaluate(() => window.history.back());
    await page.waitForURL((url) => url.pathname === "/en/manage/ventures");
    expect(asked).toHaveLength(2);
    await page.goto("/en/manage/ventures/new");
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  });

  test("a save refused because the session ended is made after signing in again in another tab", async ({ page }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/ventures/new");
    const name = randomUUID().slice(0, 8);
    await fillVenture(page, name);
    // The session ends elsewhere (signed out everywhere, expired) while the form is open.
    await query(`DELETE FROM "Session" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [editor.email]);
    await page.getByRole("button", { name: en.workspace.ventures.create }).click();
    await expect(page.getByTestId("form-alert")).toContainText(en.workspace.refused.unauthenticated);
    const opened = page.waitForEvent("popup");
    await page.getByTestId("sign-in-again").click();
    const tab = await opened;
    await tab.locator("#field-email").fill(editor.email);
    await tab.locator("#field-password").fill(E2E_PASSWORD);
    await tab.locator("form button[type=submit]").click();
    await expect(tab.getByTestId("signed-in-notice")).toBeVisible();
    // The form heard it, kept everything typed, and now saves.
    await expect(page.getByTestId("signed-in-again")).toHaveText(en.workspace.signedInAgain);
    await expect(page.locator("#field-nameEn")).toHaveValue(`JV ${name}`);
    await page.getByRole("button", { name: en.workspace.ventures.create }).click();
    await expect(page.getByTestId("saved-notice")).toBeVisible();
    expect(await query(`SELECT 1 FROM "JointVenture" WHERE "nameEn" = $1`, [`JV ${name}`])).toHaveLength(1);
  });

  test("a venture the source dates to November 2021 is entered to the month and reads so on its public page", async ({ page }) => {
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/ventures/new");
    const name = randomUUID().slice(0, 8);
    await fillVenture(page, name);
    // The month input appears once the precision says the source gives no day.
    await page.locator("#field-establishedPrecision").selectOption("MONTH");
    await expect(page.locator("#field-establishedOn")).toHaveAttribute("type", "month");
    await page.locator("#field-establishedOn").fill("2021-11");
    await page.getByRole("button", { name: en.workspace.ventures.create }).click();
    await expect(page.getByTestId("saved-notice")).toBeVisible();
    const [venture] = await query<{ id: string; day: string; establishedPrecision: string }>(
      `SELECT id, to_char("establishedOn", 'YYYY-MM-DD') AS day, "establishedPrecision" FROM "JointVenture" WHERE "nameEn" = $1`,
      [`JV ${name}`],
    );
    expect(venture).toMatchObject({ day: "2021-11-01", establishedPrecision: "MONTH" });
    await page.goto(`/en/ventures/${venture!.id}`);
    await expect(page.getByRole("definition").filter({ hasText: "November 2021" })).toHaveText("November 2021");
  });

  test("a figure that exists is named as the public pages name it, and the audit log names records, not ids", async ({ page, request }) => {
    // A seeded stated figure of a pair, entered again: the warning names it and its value.
    const [figure] = await query<{ id: string; a: string; b: string; start: string; end: string; value: string }>(
      `SELECT id, "countryACode" AS a, "countryBCode" AS b, "periodStart"::text AS start, "periodEnd"::text AS "end", "valueUsd"::text AS value
       FROM "TradeFigure" WHERE scope = 'BILATERAL' AND "reporterCode" IS NULL AND "valueUsd" IS NOT NULL AND "deletedAt" IS NULL
         AND "periodStart" = date_trunc('year', "periodStart") AND "periodEnd" = (date_trunc('year', "periodStart") + interval '1 year - 1 day')::date
       ORDER BY "periodStart" LIMIT 1`,
    );
    const editor = await createAccount("EDITOR");
    await signIn(page, "en", editor.email, "/en/manage/trade-figures/new");
    await page.locator("#field-scope").selectOption("BILATERAL");
    await page.locator("#field-countryACode").selectOption(figure!.a);
    await page.locator("#field-countryBCode").selectOption(figure!.b);
    await page.locator("#field-periodStart").fill(figure!.start);
    await page.locator("#field-periodEnd").fill(figure!.end);
    await page.locator("#field-valueUsd").fill("1000000");
    await page.locator("#field-citations-0-sourceId").selectOption("src-s1");
    await page.getByRole("button", { name: en.workspace.tradeFigures.create }).click();
    const names = await query<{ code: string; nameEn: string }>(`SELECT code, "nameEn" FROM "Country" WHERE code = ANY($1)`, [[figure!.a, figure!.b]]);
    const name = (code: string) => names.find((n) => n.code === code)!.nameEn;
    const year = figure!.start.slice(0, 4);
    const existing = page.getByRole("link", { name: new RegExp(`^${name(figure!.a)}–${name(figure!.b)} trade, ${year}: (more than )?\\$[\\d.,]+ (bn|mn)`) });
    await expect(existing).toHaveAttribute("href", `/en/manage/trade-figures/${figure!.id}/edit`);
    await expect(page.getByTestId("form-alert")).not.toContainText("BILATERAL");

    // Saved anyway: its audit entry is titled by its series and period, with its source by title.
    await page.getByRole("button", { name: en.workspace.saveAnyway }).click();
    await expect(page.getByTestId("saved-notice")).toBeVisible();
    const [saved] = await query<{ id: string }>(`SELECT id FROM "TradeFigure" WHERE "valueUsd" = 1000000 AND "countryACode" = $1 AND "deletedAt" IS NULL`, [
      figure!.a,
    ]);
    const [source] = await query<{ titleEn: string }>(`SELECT "titleEn" FROM "Source" WHERE id = 'src-s1'`);
    await page.goto(`/en/manage/audit?entity=tradeFigure&entityId=${saved!.id}`);
    const entry = page.getByTestId("audit-entry");
    await expect(entry).toContainText(`${name(figure!.a)}–${name(figure!.b)} trade, ${year}`);
    await expect(entry.getByRole("row", { name: new RegExp(`^${en.auditFields.scope}`) })).toContainText(`${name(figure!.a)}–${name(figure!.b)} trade`);
    await expect(entry.getByRole("row", { name: new RegExp(en.auditFields.countryACode) })).toContainText(name(figure!.a));
    await expect(entry.getByRole("link", { name: source!.titleEn })).toHaveAttribute("href", "/en/manage/sources/src-s1/edit");
    await expect(entry.getByRole("row", { name: new RegExp(en.auditFields.valueUsd) })).toContainText("$1");
    for (const raw of ["{a}", "src-s1", "1000000.00", saved!.id]) await expect(entry).not.toContainText(raw);
    await query(`DELETE FROM "Citation" WHERE "tradeFigureId" = $1`, [saved!.id]);
    await query(`DELETE FROM "TradeFigure" WHERE id = $1`, [saved!.id]);
    // Pages rendered while it existed (the pair's trade table) must not keep it for the specs after this one.
    const expired = await request.post("/api/revalidate", {
      data: { tags: ["trade", "targets"] },
      headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
    });
    expect(expired.status()).toBe(200);
  });

  test("two editors save the same venture: changes to different fields both survive; the same field is asked about", async ({ browser }) => {
    const [first, second] = [await createAccount("EDITOR", "Aigerim"), await createAccount("EDITOR", "Bobur")];
    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await signIn(a, "en", first.email, "/en/manage/ventures/new");
    const name = randomUUID().slice(0, 8);
    await fillVenture(a, name);
    await a.getByRole("button", { name: en.workspace.ventures.create }).click();
    await expect(a.getByTestId("saved-notice")).toBeVisible();
    const [{ id }] = (await query<{ id: string }>(`SELECT id FROM "JointVenture" WHERE "nameEn" = $1`, [`JV ${name}`])) as [{ id: string }];

    // Both open the venture; A changes the products and saves, then B changes the city and saves.
    await signIn(b, "en", second.email, `/en/manage/ventures/${id}/edit`);
    await a.goto(`/en/manage/ventures/${id}/edit`);
    await a.locator("#field-productsEn").fill("Cotton yarn");
    await a.getByRole("button", { name: en.workspace.ventures.save }).click();
    await expect(a.getByTestId("saved-notice")).toBeVisible();
    await b.locator("#field-cityEn").fill("Shymkent");
    await b.getByRole("button", { name: en.workspace.ventures.save }).click();
    await expect(b.getByTestId("saved-notice")).toBeVisible();
    // Both changes survive: B's form, opened before A's save, did not put the old products back.
    const [merged] = await query<{ cityEn: string; productsEn: string; version: number }>(
      `SELECT "cityEn", "productsEn", version FROM "JointVenture" WHERE id = $1`,
      [id],
    );
    expect(merged).toEqual({ cityEn: "Shymkent", productsEn: "Cotton yarn", version: 3 });
    await b.goto(`/en/manage/audit?entity=venture&entityId=${id}`);
    await expect(b.getByTestId("audit-entry").first().getByTestId("audit-merge")).toHaveText(
      "Merged with version 2, saved meanwhile by someone else. Their changes kept: Products (English).",
    );

    // Both open it again and both change the name: the second is asked, field by field.
    await a.goto(`/en/manage/ventures/${id}/edit`);
    await b.goto(`/en/manage/ventures/${id}/edit`);
    await a.locator("#field-nameEn").fill(`JV ${name} Group`);
    await a.locator("#field-status").selectOption("OPERATING");
    await a.getByRole("button", { name: en.workspace.ventures.save }).click();
    await expect(a.getByTestId("saved-notice")).toBeVisible();
    await b.locator("#field-nameEn").fill(`JV ${name} Tashkent`);
    await b.getByRole("button", { name: en.workspace.ventures.save }).click();
    await expect(b.getByTestId("form-alert")).toContainText(en.workspace.refused.bothChanged);
    await expect(b.getByTestId("form-alert")).toContainText("Aigerim");
    const fields = b.getByTestId("conflict-fields");
    await expect(fields.getByRole("row")).toHaveCount(2); // the name only: A's status is simply kept
    await expect(fields).toContainText(`JV ${name} Group`);
    await expect(fields).toContainText(`JV ${name} Tashkent`);
    await expect(b.locator("#field-nameEn")).toHaveValue(`JV ${name} Tashkent`);
    // The rest of the form shows A's change it keeps, not B's stale value.
    await expect(b.locator("#field-status")).toHaveValue("OPERATING");
    await b.screenshot({ path: "test-results/workspace/conflict.png", fullPage: true });
    const [beforeChoice] = await query<{ nameEn: string }>(`SELECT "nameEn" FROM "JointVenture" WHERE id = $1`, [id]);
    expect(beforeChoice?.nameEn).toBe(`JV ${name} Group`);

    await fields.getByLabel(`${en.workspace.keepYours}: JV ${name} Tashkent`).check();
    await b.getByRole("button", { name: en.workspace.saveChoices }).click();
    await expect(b.getByTestId("saved-notice")).toBeVisible();
    createdVentures.push(`JV ${name} Tashkent`);
    const [final] = await query<{ nameEn: string; status: string; cityEn: string; productsEn: string }>(
      `SELECT "nameEn", status, "cityEn", "productsEn" FROM "JointVenture" WHERE id = $1`,
      [id],
    );
    expect(final).toEqual({ nameEn: `JV ${name} Tashkent`, status: "OPERATING", cityEn: "Shymkent", productsEn: "Cotton yarn" });
    const audit = await query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY at`, [id]);
    expect(audit.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"]);
  });

  test("an administrator deletes a venture, it leaves the public pages, and the audit log restores it", async ({ page }) => {
    const admin = await createAccount("ADMIN");
    await signIn(page, "en", admin.email, "/en/manage/ventures/new");
    const name = randomUUID().slice(0, 8);
    await fillVenture(page, name);
    await page.getByRole("button", { name: en.workspace.ventures.create }).click();
    await expect(page.getByTestId("saved-notice")).toBeVisible();
    await page.getByRole("link", { name: `JV ${name}` }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: en.workspace.delete }).click();
    await expect(page).toHaveURL(/\/en\/manage\/ventures\?deleted=/);
    await page.goto(`/en/initiatives/${INITIATIVE}`);
    await expect(page.getByText(`JV ${name}`)).toHaveCount(0);

    await page.goto("/en/manage/audit?action=DELETE");
    const entry = page.getByTestId("audit-entry").filter({ hasText: `JV ${name}` });
    await entry.getByRole("button", { name: en.workspace.restore }).click();
    // The list refreshes: the deletion can no longer be undone, and the restore is logged.
    await expect(entry.getByRole("button", { name: en.workspace.restore })).toHaveCount(0);
    await page.goto("/en/manage/audit?action=RESTORE");
    await expect(page.getByTestId("audit-entry").filter({ hasText: `JV ${name}` })).toHaveCount(1);
    await page.goto(`/en/initiatives/${INITIATIVE}`);
    await expect(page.getByText(`JV ${name}`)).toBeVisible();
  });

  test("a viewer downloads the audit log; signing out everywhere ends the other browser's session too", async ({ browser, request }) => {
    const viewer = await createAccount("VIEWER");
    const laptop = await (await browser.newContext()).newPage();
    const phone = await (await browser.newContext()).newPage();
    await signIn(laptop, "en", viewer.email, "/en/manage/audit");
    await signIn(phone, "en", viewer.email, "/en/manage/audit");

    const download = await laptop.request.get("/en/manage/audit/export.csv?entity=venture");
    expect(download.status()).toBe(200);
    const csv = await download.text();
    expect(csv.startsWith("\uFEFF" + en.audit.csvHeader)).toBe(true);
    // Without a session the route refuses on its own, whatever the proxy does.
    expect((await request.get("/en/manage/audit/export.csv", { maxRedirects: 0, headers: { cookie: "next-auth.session-token=forged" } })).status()).toBe(401);

    await laptop.getByRole("button", { name: en.workspace.signOutEverywhere }).click();
    await expect(laptop).toHaveURL(/\/en\/sign-in\?signedOut=everywhere/);
    await phone.reload();
    await expect(phone).toHaveURL(/\/en\/sign-in/);
  });

  test("sign-in never says whether an email exists, in either language", async ({ page }) => {
    const { email } = await createAccount("VIEWER");
    for (const [locale, who] of [
      ["en", email],
      ["ru", "nobody@nowhere.kz"],
    ] as const) {
      await page.goto(`/${locale}/manage/audit`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=`));
      await page.locator("#field-email").fill(who);
      await page.locator("#field-password").fill("not the password");
      await page.locator("form button[type=submit]").click();
      await expect(page.getByTestId("form-alert")).toHaveText(MESSAGES[locale].signIn.invalid);
    }
  });

  test("every response carries the security headers; only /embed may be framed", async ({ request }) => {
    for (const path of ["/en", "/ru/trade", "/en/manage", "/en/sign-in", "/api/auth/csrf", "/en/no-such-page", "/icon.svg", "/embed/trade?lang=en"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain("unsafe-eval");
      expect(csp, path).toContain(path.startsWith("/embed") ? "frame-ancestors *" : "frame-ancestors 'none'");
    }
  });
});
