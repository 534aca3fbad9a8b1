import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** The name authenticator apps show beside the account. */
const ISSUER = "CA Cooperation Monitor";

// A TOTP secret is stored encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, so a
// copy of the database alone does not give the codes. Changing AUTH_SECRET therefore turns
// every second factor off in effect: docs/operations.md says to reset them after a rotation.
function key(secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHash("sha256").update(`totp:${secret}`).digest();
}

/** `authSecret`: the portal's AUTH_SECRET, for a script or test that seals for another process. */
export function sealSecret(secret: string, authSecret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(authSecret), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function openSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}

/** A new secret (20 random bytes in base32, as authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** What the setup page shows: the otpauth:// address as a QR code drawn here (SVG, nothing fetched) and as text. */
export async function totpEnrolment(secret: string, account: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = generateURI({ issuer: ISSUER, label: account, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { uri, qrSvg };
}

/**
 * Checks a six-digit code against the secret, allowing one 30-second step of clock drift
 * either way. A code is accepted once: its time step must be later than `lastStep`, the
 * step of the code accepted before. Returns the step to remember, or null.
 */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: 30, ...(lastStep === null ? {} : { afterTimeStep: lastStep }) });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

export const RECOVERY_CODE_COUNT = 10;

/** Ten one-time codes like "k7m2p-9qx4t" (about 50 random bits each); shown once, stored as hashes. */
export function newRecoveryCodes(): string[] {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"; // no 0/o, 1/l/i to misread
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes carry enough randomness that a plain SHA-256 is the right hash for them. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/\s/g, "")).digest("hex");
}
