import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CACHE_TAGS, expireTags } from "@/lib/cache";

const bodySchema = z.object({ tags: z.array(z.enum(Object.values(CACHE_TAGS) as [string, ...string[]])).min(1) });

function authorised(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * POST {"tags": ["trade"]} with `Authorization: Bearer $REVALIDATE_SECRET`: expires the
 * public pages' cached data after a change made outside the portal (psql, an import
 * script). Off unless REVALIDATE_SECRET is set; the staff workspace calls the tags directly.
 */
export async function POST(request: Request) {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return new Response("Not found", { status: 404 });
  if (!authorised(request, secret)) return Response.json({ ok: false, message: "Not authorised" }, { status: 401 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ ok: false, message: `Expected {"tags": [...]} with tags among ${Object.values(CACHE_TAGS).join(", ")}` }, { status: 400 });
  expireTags(parsed.data.tags as (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS][]);
  return Response.json({ ok: true, expired: parsed.data.tags });
}
