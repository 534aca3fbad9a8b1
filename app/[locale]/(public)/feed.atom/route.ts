import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { ATOM_CONTENT_TYPE, atomFeed } from "@/lib/export/atom";
import { cachedFeed } from "@/lib/queries/feed";
import { parseFollowFilters } from "@/lib/validation/follow";

// Each request writes the document; its data comes from the data cache under the tags of
// what it shows, so a staff save reaches the feed at once (docs/api.md#feeds).
export const dynamic = "force-dynamic";

/** The Atom feed of what changes: everything, or one summit's, initiative's or country's (?summit=, ?initiative=, ?country=). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const { filters, malformed } = parseFollowFilters(Object.fromEntries(new URL(request.url).searchParams));
  const subject = malformed ? null : await cachedFeed.getFollowSubject(filters);
  if (!subject) return new Response("No such summit, initiative or country", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const entries = await cachedFeed.listFeedEntries(filters);
  return new Response(atomFeed(locale, filters, subject, entries), { headers: { "Content-Type": ATOM_CONTENT_TYPE } });
}
