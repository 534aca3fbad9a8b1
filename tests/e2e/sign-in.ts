import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import type { Role } from "@/lib/generated/prisma/enums";
import { createPrismaClient } from "@/lib/prisma-client";
import { generate } from "otplib";
import { hashPassword } from "@/lib/auth/password";
import { newTotpSecret, sealSecret } from "@/lib/auth/two-factor";
import { E2E_AUTH_SECRET, E2E_DATABASE_FILE } from "@/tests/e2e/shared";

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

// The authenticator app of each administrator these tests created: email → secret, and the
// last time step a code was typed for (the portal accepts each step once).
const authenticators = new Map<string, { secret: string; lastStep: number }>();

/**
 * A real account with an argon2 hash in the e2e server's database, of the Kazakh trade
 * ministry unless told otherwise. An administrator comes with the second factor set up, as
 * the portal requires, and `signIn` types its codes; `twoFactor: false` leaves it to set up.
 */
export async function createAccount(
  role: Role,
  name = `${role.toLowerCase()} ${randomUUID().slice(0, 4)}`,
  options: { countryCode?: string | null; twoFactor?: boolean } = {},
): Promise<{ id: string; email: string; name: string }> {
  const db = createPrismaClient(readFileSync(E2E_DATABASE_FILE, "utf8"));
  try {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@mintrade.kz`;
    const secret = role === "ADMIN" && options.twoFactor !== false ? newTotpSecret() : null;
    const { id } = await db.user.create({
      data: {
        email,
        name,
        role,
        organisation: "Ministry of Trade and Integration",
        countryCode: options.countryCode === undefined ? "KZ" : options.countryCode,
        passwordHash: await hashPassword(E2E_PASSWORD),
        ...(secret ? { totpSecret: sealSecret(secret, E2E_AUTH_SECRET), totpEnabledAt: new Date() } : {}),
      },
    });
    if (secret) authenticators.set(email, { secret, lastStep: 0 });
    return { id, email, name };
  } finally {
    await db.$disconnect();
  }
}

/** The code the person's authenticator app shows, for a time step not used before (the next one, within the portal's one-step tolerance). */
export async function authenticatorCode(email: string): Promise<string | null> {
  const app = authenticators.get(email);
  if (!app) return null;
  const step = Math.max(Math.floor(Date.now() / 30_000), app.lastStep + 1);
  app.lastStep = step;
  return generate({ secret: app.secret, epoch: step * 30 });
}

/** Signs in through the sign-in form and waits for the workspace. */
export async function signIn(page: Page, locale: "ru" | "en", email: string, next = `/${locale}/manage`): Promise<void> {
  await page.goto(`/${locale}/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(E2E_PASSWORD);
  await page.locator("form button[type=submit]").click();
  const code = await authenticatorCode(email);
  if (code) {
    await page.locator("#field-code").fill(code);
    await page.locator("form button[type=submit]").click();
  }
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
  await expect(page.getByTestId("current-role")).toBeVisible();
}
