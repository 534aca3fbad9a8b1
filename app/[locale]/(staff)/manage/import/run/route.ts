import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { allows } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { decodeCsvFile } from "@/lib/import/decode";
import { importKind } from "@/lib/import/kinds";
import { MAX_IMPORT_BYTES } from "@/lib/import/run-import";
import { checkUpload, importUpload } from "@/lib/import/import-file";
import { describeCheck, describeProblem } from "@/lib/import/messages";
import { logger } from "@/lib/ops/logger";

export const dynamic = "force-dynamic";

/**
 * POST a CSV file as multipart form data (kind, file, mode). mode=check answers the dry
 * run as JSON. mode=import streams NDJSON: {"type":"progress","done","total"} lines while
 * the one transaction writes the rows, then a last line {"type":"done","imported"} or
 * {"type":"refused","message"} — only "done" means anything was written. Before the body is
 * read: the request must come from the portal's own page (Origin), and the person must be
 * signed in with the import permission (checked again by checkImport and runImport). The
 * file is decoded from its bytes (lib/import/decode.ts), never guessed as UTF-8.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const refuse = async (status: number, problem: Parameters<typeof describeProblem>[1]) =>
    Response.json({ ok: false, message: await describeProblem(locale, problem) }, { status });
  if (!isSameOrigin(request)) return refuse(403, { error: "crossSite" });
  let actor: Awaited<ReturnType<typeof getCurrentUser>>;
  try {
    actor = await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return refuse(503, { error: "unavailable" });
    throw error;
  }
  if (!actor) return refuse(401, { error: "unauthenticated" });
  if (!allows(actor, "import:run")) return refuse(403, { error: "forbidden" });
  const tooLarge = { error: "tooLarge", maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } as const;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return refuse(413, tooLarge);

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const kind = importKind.safeParse(form?.get("kind"));
  if (!(file instanceof File) || !kind.success) return refuse(400, { error: "badRequest" });
  if (file.size > MAX_IMPORT_BYTES) return refuse(413, tooLarge);
  const decoded = decodeCsvFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return refuse(422, decoded);
  const text = decoded.text;

  if (form?.get("mode") !== "import") {
    return Response.json(await describeCheck(locale, await checkUpload(actor, { kind: kind.data, text })));
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        // A line per chunk of rows written (BULK_CHUNK, lib/records/mutation.ts): at most twenty.
        const result = await importUpload(actor, { kind: kind.data, text }, (done, total) => send({ type: "progress", done, total }));
        if (result.ok) {
          send({ type: "done", imported: result.imported });
        } else if (result.error === "rowsInvalid") {
          send({ type: "refused", message: await describeProblem(locale, { error: "rowsInvalid" }), check: await describeCheck(locale, result.check) });
        } else {
          send({ type: "refused", message: await describeProblem(locale, result) });
        }
      } catch (error) {
        logger.error({ err: error }, "CSV import failed; the transaction was rolled back");
        send({ type: "refused", message: await describeProblem(locale, { error: "unavailable" }) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
