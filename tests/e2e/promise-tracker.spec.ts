import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import en from "@/lib/i18n/messages/en.json" with { type: "json" };
import ru from "@/lib/i18n/messages/ru.json" with { type: "json" };
import { createAccount, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";
import { E2E_REVALIDATE_SECRET } from "@/tests/e2e/shared";

// Issue 19's "done when": from the VII meeting's page, what became of its proposals and which
// nobody has looked at since November 2025; the whole status history as CSV; a check recorded
// by staff shows as "last checked".

const MESSAGES = { en, ru } as const;
const SUMMIT = "consultative-meeting-7";

for (const locale of ["en", "ru"] as const) {
  test(`the VII meeting's page answers what became of its proposals, in one click (${locale})`, { tag: "@phone" }, async ({ page }, testInfo) => {
    const m = MESSAGES[locale];
    const shot = (step: string) => page.screenshot({ path: `test-results/promise-tracker/${testInfo.project.name}-${locale}-${step}.png`, fullPage: true });
    await page.goto(`/${locale}/summits/${SUMMIT}`);
    const card = page.getByTestId("summit-scorecard");
    await expect(card).toBeVisible();
    // Nine proposals, all still "proposed", none looked at since the meeting (16 November 2025).
    await expect(card.getByRole("link", { name: `${m.initiativeStatus.PROPOSED}: 9`, exact: true })).toBeVisible();
    await expect(page.getByTestId("check-due")).toHaveCount(9);
    await shot("1-summit-scorecard");
    await page
      .locator("section, div")
      .filter({ has: card })
      .last()
      .screenshot({ path: `test-results/promise-tracker/${testInfo.project.name}-${locale}-1b-summit-meter.png` });
    await page.getByTestId("summit-due").getByRole("link").click();
    await page.waitForURL((url) => url.pathname === `/${locale}/initiatives` && url.searchParams.get("due") === "1");
    await expect(page.getByTestId("initiative")).toHaveCount(9);
    await expect(page.getByTestId("initiative").first().getByTestId("check-due")).toBeVisible();

    await page.goto(`/${locale}/initiatives`);
    const meter = page.getByTestId("outcomes");
    await expect(meter.getByTestId("scorecard-row")).not.toHaveCount(0);
    await page.getByTestId("scorecard-proposer").locator("summary").click();
    await expect(page.getByTestId("scorecard-proposer").getByTestId("scorecard-row")).not.toHaveCount(0);
    await shot("2-promise-meter");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    // The meter is one picture, its segments named; the count in a status's column lists the initiatives it counts.
    const row = meter.getByTestId("scorecard-row").filter({ hasText: "VII" });
    await expect(row.getByRole("img", { name: new RegExp(`${m.initiativeStatus.PROPOSED}: 9`) })).toBeVisible();
    await row.locator('a[href*="status=PROPOSED"]').click();
    await page.waitForURL((url) => url.searchParams.get("status") === "PROPOSED" && url.searchParams.get("event") === SUMMIT);
    await expect(page.getByTestId("initiative")).toHaveCount(9);

    await page.goto(`/${locale}/initiatives/methodology`);
    await expect(page.getByTestId("rating-scale").locator("dt")).toHaveCount(6);
  });
}

test("the whole status history downloads as CSV", async ({ request }) => {
  const response = await request.get(`/api/v1/status-history.csv?event=${SUMMIT}&limit=500`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split(/\r?\n/);
  expect(lines[0]).toContain("kind,status,date,datePrecision");
  expect(lines.slice(1).every((line) => line.includes(",CHANGE,PROPOSED,2025-11-16,DAY,"))).toBe(true);
  expect(lines).toHaveLength(10);
});

test("a check recorded by staff shows as 'last checked' and leaves the list of those due", async ({ page, request }) => {
  const m = MESSAGES.en;
  const initiative = "ini-vii-water";
  const editor = await createAccount("EDITOR");
  try {
    await signIn(page, "en", editor.email, `/en/manage/initiatives/${initiative}/edit`);
    await page.getByLabel(m.statusChangeForm.kindCheck.replace("{status}", m.initiativeStatus.PROPOSED)).check();
    await expect(page.locator("#field-status")).toHaveCount(0);
    await page.locator("#field-noteEn").fill("Looked at both ministries' sites: nothing new.");
    await page.getByLabel(m.statusChangeForm.noPublicInformation).check();
    await page.getByRole("button", { name: m.statusChangeForm.submit }).click();
    await page.waitForURL((url) => url.searchParams.get("statusSaved") === "1");
    await page.goto(`/en/initiatives/${initiative}`);
    await expect(page.getByTestId("current-status")).toContainText(m.initiativeStatus.PROPOSED);
    await expect(page.getByTestId("last-changed")).toHaveText("November 16, 2025");
    await expect(page.getByTestId("last-checked")).not.toHaveText("November 16, 2025");
    await expect(page.getByTestId("check-due")).toHaveCount(0);
    await expect(page.getByTestId("status-change").last()).toContainText(m.checks.noPublicInformation);
    await page.goto(`/en/summits/${SUMMIT}`);
    await expect(page.getByTestId("summit-due")).toContainText("8 of 9");
  } finally {
    await withE2eDatabase((client) => client.query(`DELETE FROM "InitiativeStatusChange" WHERE "initiativeId" = $1 AND kind = 'CHECK'`, [initiative]));
    const expired = await request.post("/api/revalidate", { data: { tags: ["initiatives"] }, headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` } });
    expect(expired.status()).toBe(200);
  }
});
