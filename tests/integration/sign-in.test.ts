import { afterAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { insertUser } from "@/lib/records/users";

afterAll(() => prisma.$disconnect());

const PASSWORD = "correct horse battery";

async function account(role: "ADMIN" | "EDITOR" | "VIEWER" = "EDITOR") {
  const email = `person-${randomUUID().slice(0, 8)}@mfa.uz`;
  await insertUser(prisma, { email, name: "Person", organisation: null, role, password: PASSWORD }, null);
  return email;
}

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("signing in", () => {
  it("accepts the right password, whatever the case of the email, and stores only an argon2id hash", async () => {
    const email = await account();
    const result = await authenticate(prisma, { email: email.toUpperCase(), password: PASSWORD, address: address() });
    expect(result).toMatchObject({ ok: true, user: { email, role: "EDITOR" } });
    const stored = await prisma.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const email = await account();
    const wrong = await authenticate(prisma, { email, password: "wrong password", address: address() });
    const unknown = await authenticate(prisma, { email: `nobody-${randomUUID()}@mfa.uz`, password: "wrong password", address: address() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a disabled account like a wrong password", async () => {
    const email = await account();
    await prisma.user.update({ where: { email }, data: { disabledAt: new Date() } });
    expect(await authenticate(prisma, { email, password: PASSWORD, address: address() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("after three failures locks the account for growing delays, even with the right password, from any address", async () => {
    const email = await account();
    for (let i = 0; i < 3; i++) expect((await authenticate(prisma, { email, password: "guess", address: address() })).ok).toBe(false);
    // The fourth failure starts a 2 s lock; the fifth attempt is refused unchecked.
    expect(await authenticate(prisma, { email, password: "guess", address: address() })).toEqual({ ok: false, reason: "invalid" });
    const locked = await authenticate(prisma, { email, password: PASSWORD, address: address() });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    expect(locked.ok === false && locked.reason === "throttled" && locked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it("throttles an address that tries many accounts, for unknown emails too", async () => {
    const from = address();
    for (let i = 0; i < 4; i++) await authenticate(prisma, { email: `nobody-${i}-${randomUUID()}@mfa.uz`, password: "x", address: from });
    const email = await account();
    expect(await authenticate(prisma, { email, password: PASSWORD, address: from })).toMatchObject({ ok: false, reason: "throttled" });
    expect((await authenticate(prisma, { email, password: PASSWORD, address: address() })).ok).toBe(true);
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const email = await account();
    for (let i = 0; i < 3; i++) await authenticate(prisma, { email, password: "guess", address: address() });
    expect((await authenticate(prisma, { email, password: PASSWORD, address: address() })).ok).toBe(true);
    expect(await prisma.signInThrottle.findUnique({ where: { key: `account:${email}` } })).toBeNull();
  });
});
