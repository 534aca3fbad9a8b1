import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import type { Role } from "@/lib/generated/prisma/enums";
import { createPrismaClient } from "@/lib/prisma-client";
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

export const E2E_PASSWORD = "correct horse battery staple";

/** A real account with an argon2 hash in the e2e server's database. */
export async function createAccount(
  role: Role,
  name = `${role.toLowerCase()} ${randomUUID().slice(0, 4)}`,
): Promise<{ id: string; email: string; name: string }> {
  const db = createPrismaClient(readFileSync(E2E_DATABASE_FILE, "utf8"));
  try {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@mintrade.kz`;
    const { id } = await db.user.create({ data: { email, name, role, passwordHash: await hashPassword(E2E_PASSWORD) } });
    return { id, email, name };
  } finally {
    await db.$disconnect();
  }
}

/** Signs in through the sign-in form and waits for the workspace. */
export async function signIn(page: Page, locale: "ru" | "en", email: string, next = `/${locale}/manage`): Promise<void> {
  await page.goto(`/${locale}/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(E2E_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
  await expect(page.getByTestId("current-role")).toBeVisible();
}
