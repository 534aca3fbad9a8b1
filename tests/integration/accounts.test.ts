import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { generate } from "otplib";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { findSessionActor, startSession } from "@/lib/auth/sessions";
import { openSecret } from "@/lib/auth/two-factor";
import type { Actor } from "@/lib/auth/permissions";
import { createUser, insertUser, issuePasswordReset, resetSecondFactor, updateUserProfile } from "@/lib/records/users";
import { beginTwoFactor, changeOwnPassword, confirmTwoFactor, findResetLink, redeemPasswordReset, renewRecoveryCodes } from "@/lib/records/accounts";
import { createVenture } from "@/lib/records/ventures";
import { ventureFormInput } from "@/tests/factories/ventures";
import { countRows, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();
const PASSWORD = "seven ravens over the steppe";
const address = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const email = () => `account-${randomUUID().slice(0, 8)}@minfin.tj`;

/** The account as the workspace sees it on the next request of a browser signed in now. */
async function signedIn(userId: string): Promise<Actor> {
  const sessionId = await startSession(prisma, userId);
  return (await findSessionActor(prisma, { id: sessionId, userId }))!;
}

/** What the person's authenticator app shows `steps` periods from now. */
async function appCode(userId: string, steps = 0): Promise<string> {
  const { totpSecret } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  return generate({ secret: openSecret(totpSecret!), epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

// A local SMTP server standing in for the ministry's: the messages it received.
const received: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, done) {
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push(text);
      done();
    });
  },
});

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-test-auth-secret-0123456789abcdef";
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("passwords", () => {
  it("refuses a short, a common and a personal password, and writes nothing", async () => {
    for (const [password, key] of [
      ["short one", "validation.passwordTooShort"],
      ["passwordpassword", "validation.passwordCommon"],
      ["qwertyuiop123456", "validation.passwordCommon"],
      ["galina-karimova-2026!", "validation.passwordPersonal"],
    ] as const) {
      const result = await expectRefused(
        () => createUser(prisma, actors.admin, { email: email(), name: "Galina Karimova", organisation: "Ministry of Finance", role: "EDITOR", password }),
        "invalid",
      );
      expect(result.fieldErrors?.password?.key).toBe(key);
    }
  });

  it("generates a password when none is typed, shows it once, and makes the person choose their own first", async () => {
    const result = await savedOrThrow(
      createUser(prisma, actors.admin, { email: email(), name: "New Person", organisation: "Ministry of Finance", countryCode: "TJ", role: "EDITOR" }),
    );
    const [generated] = result.reveal!;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({ mustChangePassword: true, organisation: "Ministry of Finance", countryCode: "TJ" });
    expect(await authenticate(prisma, { email: user.email, password: generated!, address: address() })).toMatchObject({ ok: true });

    // Until they do, every workspace write is refused and nothing is written.
    const person = await signedIn(user.id);
    expect(person.setup).toBe("password");
    await expectRefused(() => createVenture(prisma, person, ventureFormInput()), "setupRequired");

    const wrong = await expectRefused(
      () => changeOwnPassword(prisma, person, { currentPassword: "not it at all, sorry", newPassword: PASSWORD, repeatPassword: PASSWORD }),
      "invalid",
    );
    expect(wrong.fieldErrors?.currentPassword?.key).toBe("validation.passwordWrong");
    const mismatch = await expectRefused(
      () => changeOwnPassword(prisma, person, { currentPassword: generated, newPassword: PASSWORD, repeatPassword: `${PASSWORD}!` }),
      "invalid",
    );
    expect(mismatch.fieldErrors?.repeatPassword?.key).toBe("validation.passwordMismatch");

    const elsewhere = await startSession(prisma, user.id);
    await savedOrThrow(changeOwnPassword(prisma, person, { currentPassword: generated, newPassword: PASSWORD, repeatPassword: PASSWORD }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    // This browser stays signed in, with nothing left to set up; the other one is out.
    expect(await findSessionActor(prisma, { id: person.sessionId!, userId: user.id })).toMatchObject({ setup: null });
    expect(await findSessionActor(prisma, { id: elsewhere, userId: user.id })).toBeNull();
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, address: address() })).toMatchObject({ ok: true });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "user", entityId: user.id }, orderBy: { at: "desc" } });
    expect(audit.after).toEqual({ event: "passwordChanged" });
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it("counts failed sign-ins on the account until the next success", async () => {
    const { id } = await insertUser(
      prisma,
      { email: email(), name: "Counted", organisation: "MFA", countryCode: null, role: "VIEWER", password: PASSWORD },
      null,
    );
    const { email: address1 } = await prisma.user.findUniqueOrThrow({ where: { id } });
    for (let i = 0; i < 2; i++) await authenticate(prisma, { email: address1, password: "a wrong guess here", address: address() });
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ failedSignIns: 2, lastSignInAt: null });
    await authenticate(prisma, { email: address1, password: PASSWORD, address: address() });
    const after = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(after.failedSignIns).toBe(0);
    expect(after.lastSignInAt).toBeInstanceOf(Date);
  });
});

describe("password reset links", () => {
  it("mails a link that works once, then never again", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?from=monitor@cooperation.test`;
    const { id } = await insertUser(
      prisma,
      { email: email(), name: "Forgetful", organisation: "MFA", countryCode: "UZ", role: "EDITOR", password: PASSWORD },
      null,
    );
    const result = await savedOrThrow(issuePasswordReset(prisma, actors.admin, { id }, { locale: "en", siteUrl: "https://monitor.example.org" }));
    expect(result.mailed).toBe("sent");
    const link = result.reveal![0]!;
    expect(link).toMatch(/^https:\/\/monitor\.example\.org\/en\/reset-password\/[\w-]{43}$/);
    const mail = received.at(-1)!;
    expect(mail).toContain("Subject: Central Asia Cooperation Monitor: choose a new password");
    expect(mail.replace(/=\r\n/g, "")).toContain(link);
    const token = link.split("/").at(-1)!;

    const next = "a brand new phrase for the ministry";
    expect(await redeemPasswordReset(prisma, token, { newPassword: next, repeatPassword: next })).toEqual({ ok: true });
    expect(
      await authenticate(prisma, { email: (await prisma.user.findUniqueOrThrow({ where: { id } })).email, password: next, address: address() }),
    ).toMatchObject({ ok: true });
    // Used: refused, and the password stays the one just set.
    expect(await redeemPasswordReset(prisma, token, { newPassword: PASSWORD, repeatPassword: PASSWORD })).toEqual({ ok: false, error: "linkInvalid" });
    expect(await findResetLink(prisma, token)).toBeNull();
    const events = await prisma.auditLog.findMany({ where: { entity: "user", entityId: id }, orderBy: { at: "asc" }, select: { after: true, userId: true } });
    expect(events).toEqual([
      { after: { event: "passwordResetIssued" }, userId: actors.admin.id },
      { after: { event: "passwordReset" }, userId: id },
    ]);
  });

  it("says how to pass the link on without a mail server; an expired or superseded link does not work", async () => {
    delete process.env.SMTP_URL;
    const { id } = await insertUser(
      prisma,
      { email: email(), name: "Other", organisation: "MFA", countryCode: null, role: "EDITOR", password: PASSWORD },
      null,
    );
    const first = await savedOrThrow(issuePasswordReset(prisma, actors.admin, { id }, { locale: "ru", siteUrl: "https://monitor.example.org" }));
    expect(first.mailed).toBe("notConfigured");
    const second = await savedOrThrow(issuePasswordReset(prisma, actors.admin, { id }, { locale: "ru", siteUrl: "https://monitor.example.org" }));
    const token = (r: typeof first) => r.reveal![0]!.split("/").at(-1)!;
    expect(await findResetLink(prisma, token(first))).toBeNull();
    expect(await findResetLink(prisma, token(second))).toMatchObject({ id });
    const tomorrow = new Date(Date.now() + 25 * 3600_000);
    expect(
      await redeemPasswordReset(prisma, token(second), { newPassword: "long enough new phrase", repeatPassword: "long enough new phrase" }, tomorrow),
    ).toEqual({
      ok: false,
      error: "linkInvalid",
    });
  });

  it("lets only an administrator issue a link, and not for themself", async () => {
    const where = { locale: "en", siteUrl: "https://monitor.example.org" } as const;
    await expectRefused(() => issuePasswordReset(prisma, actors.editor, { id: actors.viewer.id }, where), "forbidden");
    await expectRefused(() => issuePasswordReset(prisma, actors.admin, { id: actors.admin.id }, where), "forbidden");
    expect(await prisma.passwordReset.count({ where: { userId: { in: [actors.viewer.id, actors.admin.id] } } })).toBe(0);
  });
});

describe("the second factor", () => {
  it("is required of a new administrator, signs in with app codes once each and recovery codes once each", async () => {
    const { id } = await insertUser(
      prisma,
      { email: email(), name: "New Admin", organisation: "MFA", countryCode: "KZ", role: "ADMIN", password: PASSWORD },
      null,
    );
    const { email: login } = await prisma.user.findUniqueOrThrow({ where: { id } });
    let admin = await signedIn(id);
    expect(admin.setup).toBe("twoFactor");
    await expectRefused(() => createVenture(prisma, admin, ventureFormInput()), "setupRequired");

    await savedOrThrow(beginTwoFactor(prisma, admin));
    const wrong = await expectRefused(() => confirmTwoFactor(prisma, admin, { code: "000000" }), "invalid");
    expect(wrong.fieldErrors?.code?.key).toBe("validation.totpWrong");
    const confirmed = await savedOrThrow(confirmTwoFactor(prisma, admin, { code: await appCode(id) }));
    const recovery = confirmed.reveal!;
    expect(recovery).toHaveLength(10);
    admin = await signedIn(id);
    expect(admin.setup).toBeNull();

    // The password alone now only asks for the code; the code just used does not work again.
    expect(await authenticate(prisma, { email: login, password: PASSWORD, address: address() })).toEqual({ ok: false, reason: "secondFactor" });
    expect(await authenticate(prisma, { email: login, password: PASSWORD, code: await appCode(id), address: address() })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(prisma, { email: login, password: PASSWORD, code: await appCode(id, 1), address: address() })).toMatchObject({ ok: true });
    expect(await authenticate(prisma, { email: login, password: PASSWORD, code: recovery[0]!.toUpperCase(), address: address() })).toMatchObject({ ok: true });
    expect(await authenticate(prisma, { email: login, password: PASSWORD, code: recovery[0]!, address: address() })).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma.recoveryCode.count({ where: { userId: id, usedAt: null } })).toBe(9);

    // An administrator resets it (a lost phone): audited, the person signed out, asked to set it up again.
    const before = await countRows();
    await savedOrThrow(resetSecondFactor(prisma, actors.admin, { id }));
    expect((await countRows()).audit).toBe(before.audit + 1);
    expect(await findSessionActor(prisma, { id: admin.sessionId!, userId: id })).toBeNull();
    expect((await signedIn(id)).setup).toBe("twoFactor");
    expect(await prisma.recoveryCode.count({ where: { userId: id } })).toBe(0);
  });

  it("renews recovery codes only with a current code, and refuses an editor resetting another's", async () => {
    const { id } = await insertUser(
      prisma,
      { email: email(), name: "Careful Editor", organisation: "MFA", countryCode: "UZ", role: "EDITOR", password: PASSWORD },
      null,
    );
    const editor = await signedIn(id);
    await savedOrThrow(beginTwoFactor(prisma, editor));
    const { reveal: first } = await savedOrThrow(confirmTwoFactor(prisma, editor, { code: await appCode(id) }));
    await expectRefused(() => renewRecoveryCodes(prisma, editor, { code: "12345" }), "invalid");
    const { reveal: second } = await savedOrThrow(renewRecoveryCodes(prisma, editor, { code: await appCode(id, 1) }));
    expect(second).not.toEqual(first);
    await expectRefused(() => resetSecondFactor(prisma, actors.editor, { id }), "forbidden");
    expect(await prisma.user.findUniqueOrThrow({ where: { id }, select: { totpEnabledAt: true } })).not.toEqual({ totpEnabledAt: null });
  });
});

describe("bad input to accounts", () => {
  it("refuses each bad field with its message, the database unchanged", async () => {
    const good = { email: email(), name: "Valid Person", organisation: "Ministry of Energy", countryCode: "KG", role: "EDITOR", password: PASSWORD };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ organisation: "" }, "organisation", "validation.required"],
      [{ organisation: "O".repeat(201) }, "organisation", "validation.tooLong"],
      [{ countryCode: "XX1" }, "countryCode", "validation.countryCode"],
      [{ role: "SUPERUSER" }, "role", "validation.unknownOption"],
      [{ password: "x".repeat(201) }, "password", "validation.tooLong"],
      [{ email: "not an email" }, "email", "validation.email"],
    ];
    for (const [overrides, field, key] of cases) {
      const result = await expectRefused(() => createUser(prisma, actors.admin, { ...good, ...overrides }), "invalid");
      expect(result.fieldErrors?.[field]?.key, JSON.stringify(overrides).slice(0, 60)).toBe(key);
    }
    // A country that is not in the list cannot be stored either (a foreign key, refused as a field).
    const { id } = await insertUser(prisma, { ...good, email: email(), password: PASSWORD, countryCode: null, role: "EDITOR" }, null);
    await expectRefused(() => updateUserProfile(prisma, actors.admin, { id, role: "EDITOR", organisation: "MoE", countryCode: "QQ" }), "invalid");
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).countryCode).toBeNull();
  });

  it("refuses codes and passwords of the wrong shape, and everything from someone signed out", async () => {
    const person = await signedIn(
      (await insertUser(prisma, { email: email(), name: "Shape Tester", organisation: "MoE", countryCode: null, role: "EDITOR", password: PASSWORD }, null)).id,
    );
    for (const code of ["", "12 34 5", "abcdef", "1234567", "0".repeat(10_000)]) {
      const result = await expectRefused(() => renewRecoveryCodes(prisma, person, { code }), "invalid");
      expect(result.fieldErrors?.code?.key).toBe("validation.totpCode");
    }
    const long = await expectRefused(
      () => changeOwnPassword(prisma, person, { currentPassword: PASSWORD, newPassword: "y".repeat(201), repeatPassword: "y".repeat(201) }),
      "invalid",
    );
    expect(long.fieldErrors?.newPassword?.key).toBe("validation.tooLong");
    for (const write of [
      () =>
        changeOwnPassword(prisma, null, { currentPassword: PASSWORD, newPassword: "anything long enough here", repeatPassword: "anything long enough here" }),
      () => beginTwoFactor(prisma, null),
      () => confirmTwoFactor(prisma, null, { code: "123456" }),
      () => renewRecoveryCodes(prisma, null, { code: "123456" }),
    ]) {
      await expectRefused(write, "unauthenticated");
    }
    expect(await redeemPasswordReset(prisma, "not-a-token", { newPassword: PASSWORD, repeatPassword: PASSWORD })).toEqual({ ok: false, error: "linkInvalid" });
  });
});
