import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { allows } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { MAX_STATISTICS_BYTES, readTable } from "@/lib/trade-stats/table";
import { previewTable } from "@/lib/trade-stats/presets";
import { LAYOUT_FIELDS, layoutFromFields } from "@/lib/validation/statistics-layout";
import { checkStatistics, importStatistics, type StatisticsUpload } from "@/lib/import/statistics-file";
import { describePlan, describeRefusal } from "@/lib/import/statistics-view";
import { countryNames } from "@/lib/queries/countries";
import { logger } from "@/lib/ops/logger";

export const dynamic = "force-dynamic";

/**
 * POST an official statistics file as multipart form data: file, mode, the layout's fields
 * (lib/validation/statistics-layout.ts), sheet, and the source's fields (sourceTitle,
 * sourcePublisher, sourceDate, sourceUrl, sourceLanguage). mode=preview answers the file's
 * sheets, header and first rows, for mapping its columns. mode=check answers the dry run as
 * JSON (lib/import/statistics-view.ts). mode=import streams NDJSON:
 * {"type":"progress","done","total"} lines while the one transaction writes, then
 * {"type":"done",…} or {"type":"refused","message"}; only "done" means anything was written.
 * As the CSV import: same-origin requests from signed-in staff with the import permission.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "statsImport.problem" });
  const refuse = (status: number, message: string) => Response.json({ ok: false, message }, { status });
  const tImport = await getTranslations({ locale, namespace: "import.refused" });
  if (!isSameOrigin(request)) return refuse(403, tImport("crossSite"));
  let actor: Awaited<ReturnType<typeof getCurrentUser>>;
  try {
    actor = await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return refuse(503, tImport("unavailable"));
    throw error;
  }
  if (!actor) return refuse(401, t("unauthenticated"));
  if (!allows(actor, "import:run")) return refuse(403, t("forbidden"));
  const maxMb = MAX_STATISTICS_BYTES / 1024 / 1024;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_STATISTICS_BYTES + 64 * 1024) return refuse(413, t("tooLarge", { maxMb }));

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, t("empty"));
  const text = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  if (form?.get("mode") === "preview") {
    const table = await readTable(new Uint8Array(await file.arrayBuffer()), text("sheet"));
    if (!table.ok) return Response.json(await describeRefusal(locale as Locale, table, {}));
    return Response.json({ ok: true, sheets: table.sheets, sheet: table.sheet, ...previewTable(table.rows) });
  }
  const settings = layoutFromFields(Object.fromEntries(LAYOUT_FIELDS.map((name) => [name, text(name)])));
  if (!settings) return refuse(400, t("settingsInvalid"));
  const source = {
    title: text("sourceTitle") ?? "",
    publisher: text("sourcePublisher") ?? "",
    releasedOn: text("sourceDate") ?? "",
    url: text("sourceUrl"),
    language: text("sourceLanguage"),
  };
  const upload: StatisticsUpload = {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    sheet: text("sheet"),
    settings,
    source,
  };

  if (form?.get("mode") !== "import") {
    const [plan, names] = await Promise.all([checkStatistics(actor, upload), countryNames(locale)]);
    return Response.json(plan.ok ? await describePlan(locale, plan, names) : await describeRefusal(locale, plan, names));
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        const result = await importStatistics(actor, upload, {
          skipWrong: form?.get("skipWrong") === "on",
          onProgress: (done, total) => send({ type: "progress", done, total }),
        });
        if (result.ok) send({ type: "done", added: result.plan.counts.added, revised: result.plan.counts.revised, title: source.title });
        else send({ type: "refused", ...(await describeRefusal(locale as Locale, result, await countryNames(locale))) });
      } catch (error) {
        logger.error({ err: error }, "statistics import failed; the transaction was rolled back");
        send({ type: "refused", message: tImport("unavailable") });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
