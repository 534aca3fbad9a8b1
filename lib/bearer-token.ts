import { timingSafeEqual } from "node:crypto";

/** Whether an Authorization header is `Bearer <secret>`, compared in constant time (/api/revalidate, /metrics). */
export function hasBearerToken(authorization: string | null | undefined, secret: string): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
