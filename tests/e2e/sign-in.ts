import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { E2E_DATABASE_FILE } from "@/tests/e2e/shared";

/** Runs `work` with a connection to the e2e server's database. */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_FILE, "utf8") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new account of `role` in the e2e database, with a unique email. */
export async function createStaffAccount(role: "ADMIN" | "EDITOR" | "VIEWER") {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.local`;
  const password = "correct horse battery staple";
  const passwordHash = await hashPassword(password);
  await withE2eDatabase((client) =>
    client.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [randomUUID(), email, `E2E ${role.toLowerCase()}`, passwordHash, role]),
  );
  return { email, password };
}

/** Signs in through the sign-in page and waits for the workspace. */
export async function signIn(page: Page, account: { email: string; password: string }, locale: "en" | "ru" = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#field-email").fill(account.email);
  await page.locator("#field-password").fill(account.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/manage`));
}
