import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createAccount, signIn, withE2eDatabase } from "@/tests/e2e/sign-in";

test("the home page links its Atom feed, which answers as Atom", async ({ page, request }) => {
  await page.goto("/en");
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute("href", /\/en\/feed\.atom$/);
  await expect(alternate).toHaveAttribute("title", "CA Monitor: what changes");
  const follow = page.getByTestId("follow-link").first();
  await expect(follow).toHaveText(/Follow/);
  await follow.focus();
  await expect(follow).toBeFocused();

  const feed = await request.get("/en/feed.atom");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});

test("a status change staff record shows in Kazakhstan's feed and on /changes, without who recorded it", async ({ page, request }) => {
  const id = `ini-e2e-${randomUUID().slice(0, 8)}`;
  await withE2eDatabase((client) =>
    client.query(`INSERT INTO "Initiative" ("id", "titleRu", "titleEn", "sector", "proposerCode", "updatedAt") VALUES ($1, $2, $3, 'TRANSPORT', 'KZ', now())`, [
      id,
      `Инициатива ${id}`,
      `Initiative ${id}`,
    ]),
  );
  const editor = await createAccount("EDITOR");
  await signIn(page, "en", editor.email);
  await page.goto(`/en/manage/initiatives/${id}/edit`);
  await page.locator("#field-status").selectOption("IN_PROGRESS");
  await page.locator("#field-changedOn").fill("2025-11-17");
  await page.locator("#field-noteEn").fill("Working group formed");
  await page.locator("#field-sourceId").selectOption("src-s5");
  await page.getByRole("button", { name: "Add to the history" }).click();
  await expect(page.getByTestId("status-saved")).toBeVisible();

  const feed = await (await request.get("/en/feed.atom?country=KZ")).text();
  expect(feed).toContain(`Initiative ${id}: now In progress`);

  await page.goto("/en/changes?country=KZ&since=2020-01-01");
  const change = page
    .getByTestId("change")
    .filter({ hasText: `Initiative ${id}` })
    .first();
  await expect(change).toContainText("Changed: initiative");
  await expect(change).toContainText("Status history: November 17, 2025: In progress");
  await expect(change.getByRole("link", { name: `Initiative ${id}` })).toHaveAttribute("href", `/en/initiatives/${id}`);
  await expect(page.getByTestId("changes")).not.toContainText(editor.email);
  await expect(page.getByTestId("changes")).not.toContainText(editor.name);

  await page.goto("/en/changes?since=2025-13-45");
  await expect(page.getByTestId("bad-since")).toContainText("“2025-13-45” is not a date.");
});

test("/changes fits a phone's width", { tag: "@phone" }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/changes?since=2020-01-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();
});
