import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import { invalid } from "@/lib/records/mutation";

/** Refuses country codes that are well-formed but not in the country list. */
export async function assertCountries(db: PrismaClient, fields: Record<string, string | null>): Promise<void> {
  const codes = Object.values(fields).filter((code): code is string => Boolean(code));
  if (codes.length === 0) return;
  const known = new Set((await db.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  for (const [field, code] of Object.entries(fields)) {
    if (code && !known.has(code)) invalid({ [field]: { key: "validation.countryCode" } });
  }
}
