import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { allows } from "@/lib/auth/permissions";
import { diffSnapshots } from "@/lib/audit/diff";
import { csvResponse } from "@/lib/export/csv";
import { eachPage } from "@/lib/paging";
import { listAudit } from "@/lib/queries/audit";
import { parseAuditFilters } from "@/lib/validation/audit";

// One download holds at most this many entries, newest first (the filters narrow it).
const EXPORT_LIMIT = 10_000;

/** The filtered audit log as CSV, one line per changed field, for anyone who may export. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!allows(user, "workspace:export")) return new Response("Your role may not export.", { status: 403 });

  const { filters } = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  const t = await getTranslations({ locale, namespace: "audit" });
  async function* rows() {
    for await (const entries of eachPage((request) => listAudit(filters, request), EXPORT_LIMIT)) {
      yield entries.flatMap((entry) => {
        const changes = diffSnapshots(entry.before as Record<string, unknown> | null, entry.after as Record<string, unknown> | null);
        const base = [entry.at.toISOString(), entry.user?.email ?? "", entry.action, entry.entity, entry.entityId];
        return changes.length === 0 ? [[...base, "", "", ""]] : changes.map((c) => [...base, c.field, c.before, c.after]);
      });
    }
  }
  return csvResponse("audit-log.csv", t("csvHeader").split(","), rows(), { "Cache-Control": "private, no-store" });
}
