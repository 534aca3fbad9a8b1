import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createAccount, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";

// Each run records the change on an initiative of its own, so the seeded ones other specs read stay as they are.
async function createInitiative() {
  const id = `ini-e2e-${randomUUID().slice(0, 8)}`;
  await withE2eDatabase((client) =>
    client.query(`INSERT INTO "Initiative" ("id", "titleRu", "titleEn", "sector", "updatedAt") VALUES ($1, $2, $3, 'TRANSPORT', now())`, [
      id,
      `Инициатива ${id}`,
      `Initiative ${id}`,
    ]),
  );
  return id;
}

test("an editor records a status change with a source and sees it in the public history", async ({ page }) => {
  const id = await createInitiative();
  const note = `Working group formed (${randomUUID().slice(0, 8)})`;
  await signIn(page, "en", (await createAccount("EDITOR")).email);

  await page.goto(`/en/manage/initiatives/${id}/edit`);
  await expect(page.getByText("No status changes recorded yet.")).toBeVisible();
  await page.locator("#field-status").selectOption("IN_PROGRESS");
  await page.locator("#field-changedOn").fill("2025-11-17");
  await page.locator("#field-noteEn").fill(note);
  await page.locator("#field-sourceId").selectOption("src-s5");
  await page.getByRole("button", { name: "Add to the history" }).click();

  await expect(page.getByTestId("status-saved")).toBeVisible();
  await expect(page.getByTestId("status-history")).toContainText(note);

  await page.goto(`/en/initiatives/${id}`);
  await expect(page.getByTestId("current-status")).toContainText("In progress");
  const change = page.getByTestId("status-change").filter({ hasText: note });
  await expect(change).toBeVisible();
  await expect(change).toContainText("November 17, 2025");
});

test("a change dated before the previous one is refused with the reason, and nothing is recorded", async ({ page }) => {
  const id = await createInitiative();
  await signIn(page, "en", (await createAccount("EDITOR")).email);
  await page.goto(`/en/manage/initiatives/${id}/edit`);
  const record = async (date: string, note: string) => {
    await page.locator("#field-status").selectOption("SUPPORTED");
    await page.locator("#field-changedOn").fill(date);
    await page.locator("#field-noteEn").fill(note);
    await page.locator("#field-sourceId").selectOption("src-s5");
    await page.getByRole("button", { name: "Add to the history" }).click();
  };
  await record("2025-11-17", "Supported first");
  await expect(page.getByTestId("status-saved")).toBeVisible();
  await record("2025-11-01", "Too early");
  await expect(page.getByTestId("error-changedOn")).toContainText("cannot be before the previous status change (2025-11-17)");
  await page.goto(`/en/manage/initiatives/${id}/edit`);
  await expect(page.getByTestId("status-history")).not.toContainText("Too early");
});
