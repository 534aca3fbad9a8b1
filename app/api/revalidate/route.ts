import { z } from "zod";
import { hasBearerToken } from "@/lib/bearer-token";
import { CACHE_TAGS, expireTags } from "@/lib/cache";

const bodySchema = z.object({ tags: z.array(z.enum(Object.values(CACHE_TAGS) as [string, ...string[]])).min(1) });

/**
 * POST {"tags": ["trade"]} with `Authorization: Bearer $REVALIDATE_SECRET`: expires the
 * public pages' cached data after a change made outside the portal (psql, an import
 * script). Off unless REVALIDATE_SECRET is set; the staff workspace calls the tags directly.
 */
export async function POST(request: Request) {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return new Response("Not found", { status: 404 });
  if (!hasBearerToken(request.headers.get("authorization"), secret)) return Response.json({ ok: false, message: "Not authorised" }, { status: 401 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ ok: false, message: `Expected {"tags": [...]} with tags among ${Object.values(CACHE_TAGS).join(", ")}` }, { status: 400 });
  expireTags(parsed.data.tags as (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS][]);
  return Response.json({ ok: true, expired: parsed.data.tags });
}
