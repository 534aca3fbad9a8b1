import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { csvResponse } from "@/lib/export/csv";
import { COLUMNS, importKind, templateRow } from "@/lib/import/kinds";

export const dynamic = "force-dynamic";

/** The template of one kind of import: header row and one example row, UTF-8 with BOM. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!can(user.role, "import:run")) return new Response("Your role does not allow imports.", { status: 403 });
  const kind = importKind.safeParse(new URL(request.url).searchParams.get("kind"));
  if (!kind.success) return new Response("Unknown kind: use ?kind=tradeFigures or ?kind=ventures.", { status: 400 });
  const filename = `${kind.data === "tradeFigures" ? "trade-figures" : "ventures"}-template.csv`;
  return csvResponse(filename, COLUMNS[kind.data], [templateRow(kind.data)], { "Cache-Control": "no-store" });
}
