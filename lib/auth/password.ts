import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";

/** Argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so both cases take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0n4S9Q6rgT1+7l2H2Xq6C1m9+fZ6cO5m8X0Yb2gk0jE";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}

/**
 * NIST SP 800-63B rev. 4 (2025): at least 15 characters where the password may be the only
 * factor (a second factor is optional here for all but administrators), any characters,
 * no rules about character classes, at least 64 allowed.
 */
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 200;

let commonPasswords: Set<string> | null = null;

function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return commonPasswords.has(candidate);
}

export type PasswordWeakness = "common" | "personal";

/**
 * Why a password of allowed length is still refused, or null. NIST asks for a check against
 * passwords known to be common and words from the context: "common" when the password, or
 * the password with digits and symbols around it removed, or one word repeated
 * ("passwordpassword"), is among the 10,000 most common (lib/auth/common-passwords.txt);
 * "personal" when it holds the person's email name or the portal's name.
 */
export function passwordWeakness(password: string, context: { email?: string; name?: string } = {}): PasswordWeakness | null {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const repeated = /^(.+?)\1+$/u.exec(lower)?.[1];
  if ([lower, core, repeated].some((candidate) => candidate && isCommon(candidate))) return "common";
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? []), "cooperation", "monitor"];
  const compact = lower.replace(/[\s\-_.]/g, "");
  if (personal.some((word) => word && word.length >= 4 && compact.includes(word.toLowerCase()))) return "personal";
  return null;
}
