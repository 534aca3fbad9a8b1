import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { passwordWeakness } from "@/lib/auth/password";
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, openSecret, sealSecret, totpEnrolment } from "@/lib/auth/two-factor";
import { pendingSetup } from "@/lib/auth/permissions";
import { confirmationOf } from "@/lib/venture-confirmation";

describe("password rules", () => {
  it("refuses common passwords, their padded and repeated forms, and the person's own names", () => {
    expect(passwordWeakness("password1234567")).toBe("common");
    expect(passwordWeakness("!!qwertyuiop2026")).toBe("common");
    expect(passwordWeakness("dragondragondragon")).toBe("common");
    expect(passwordWeakness("my name is aigerim, hello", { email: "a.nurlanova@mfa.kz", name: "Aigerim Nurlanova" })).toBe("personal");
    expect(passwordWeakness("cooperation-monitor-2026")).toBe("personal");
    expect(passwordWeakness("seven ravens over the steppe", { email: "a.nurlanova@mfa.kz", name: "Aigerim Nurlanova" })).toBeNull();
  });
});

describe("the second factor", () => {
  it("seals the secret so the database alone does not give it, and opens it with the same AUTH_SECRET only", () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(secret, "one auth secret, long enough");
    expect(sealed).not.toContain(secret);
    process.env.AUTH_SECRET = "one auth secret, long enough";
    expect(openSecret(sealed)).toBe(secret);
    process.env.AUTH_SECRET = "another secret after a rotation";
    expect(() => openSecret(sealed)).toThrow();
  });

  it("accepts a code once, and the next period's code after it, but not an older one", async () => {
    const secret = newTotpSecret();
    const now = Math.floor(Date.now() / 1000);
    const step = await checkTotp(secret, await generate({ secret, epoch: now }), null);
    expect(step).toBe(Math.floor(now / 30));
    expect(await checkTotp(secret, await generate({ secret, epoch: now }), step)).toBeNull();
    expect(await checkTotp(secret, await generate({ secret, epoch: now + 30 }), step)).toBe(step! + 1);
    expect(await checkTotp(secret, "12345", null)).toBeNull();
  });

  it("draws the enrolment QR code here, as SVG naming the issuer and account", async () => {
    const { uri, qrSvg } = await totpEnrolment(newTotpSecret(), "admin@mfa.uz");
    expect(uri).toMatch(/^otpauth:\/\/totp\/CA%20Cooperation%20Monitor:admin%40mfa\.uz\?secret=[A-Z2-7]+/);
    expect(qrSvg).toMatch(/^<svg[^>]*>/);
    expect(qrSvg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("makes ten distinct recovery codes, hashed the same whatever their case and spacing", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
    expect(hashRecoveryCode(` ${codes[0]!.toUpperCase()} `)).toBe(hashRecoveryCode(codes[0]!));
  });

  it("asks a new password before anything, then a second factor of administrators only", () => {
    expect(pendingSetup({ role: "ADMIN", mustChangePassword: true, totpEnabledAt: null })).toBe("password");
    expect(pendingSetup({ role: "ADMIN", mustChangePassword: false, totpEnabledAt: null })).toBe("twoFactor");
    expect(pendingSetup({ role: "EDITOR", mustChangePassword: false, totpEnabledAt: null })).toBeNull();
  });
});

describe("confirmation of a venture", () => {
  const venture = { version: 3, partners: [{ countryCode: "UZ" }, { countryCode: "KZ", secondCountryCode: null }] };
  const on = new Date("2026-12-04T10:00:00Z");
  it("counts only confirmations of the current version", () => {
    expect(confirmationOf(venture, [{ countryCode: "KZ", ventureVersion: 3, confirmedAt: on }])).toEqual({
      state: "partial",
      countries: [
        { code: "KZ", confirmedAt: on },
        { code: "UZ", confirmedAt: null },
      ],
    });
    expect(confirmationOf(venture, [{ countryCode: "KZ", ventureVersion: 2, confirmedAt: on }]).state).toBe("none");
    expect(
      confirmationOf(venture, [
        { countryCode: "KZ", ventureVersion: 3, confirmedAt: on },
        { countryCode: "UZ", ventureVersion: 3, confirmedAt: on },
      ]).state,
    ).toBe("confirmed");
  });
});
