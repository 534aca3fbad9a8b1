import { hasLocale } from "next-intl";
import { prisma } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/cache";
import { ENTITIES } from "@/lib/records/entities";
import { importKind } from "@/lib/import/kinds";
import { checkImport, MAX_IMPORT_BYTES, runImport } from "@/lib/import/run-import";
import { describeCheck, describeProblem } from "@/lib/import/messages";

export const dynamic = "force-dynamic";

/**
 * POST a CSV file as multipart form data (kind, file, mode). mode=check answers the dry
 * run as JSON. mode=import streams NDJSON: {"type":"progress","done","total"} lines while
 * the one transaction writes the rows, then a last line {"type":"done","imported"} or
 * {"type":"refused","message"} — only "done" means anything was written. The permission
 * is checked here, on the server, by checkImport and runImport.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES + 64 * 1024) return Response.json({ ok: false, message: await describeProblem(locale, { error: "tooLarge", maxMb: MAX_IMPORT_BYTES / 1024 / 1024 }) }, { status: 413 });

  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const kind = importKind.safeParse(form?.get("kind"));
  if (!(file instanceof File) || !kind.success) return Response.json({ ok: false, message: await describeProblem(locale, { error: "badRequest" }) }, { status: 400 });
  if (file.size > MAX_IMPORT_BYTES) return Response.json({ ok: false, message: await describeProblem(locale, { error: "tooLarge", maxMb: MAX_IMPORT_BYTES / 1024 / 1024 }) }, { status: 413 });
  const text = await file.text();
  const actor = await getCurrentUser();

  if (form?.get("mode") !== "import") {
    return Response.json(await describeCheck(locale, await checkImport(prisma, actor, { kind: kind.data, text })));
  }

  const entity = kind.data === "tradeFigures" ? "tradeFigure" : "venture";
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      let lastSent = 0;
      try {
        const result = await runImport(prisma, actor, { kind: kind.data, text }, (done, total) => {
          // About a hundred progress lines for a long file, every row for a short one.
          if (done === total || done - lastSent >= Math.max(1, Math.floor(total / 100))) {
            lastSent = done;
            send({ type: "progress", done, total });
          }
        });
        if (result.ok) {
          // Best effort here; the page also refreshes the public pages through a server action once it reads "done".
          expireTags(ENTITIES[entity].tags);
          send({ type: "done", imported: result.imported });
        } else if (result.error === "rowsInvalid") {
          send({ type: "refused", message: await describeProblem(locale, { error: "rowsInvalid" }), check: await describeCheck(locale, result.check) });
        } else {
          send({ type: "refused", message: await describeProblem(locale, result) });
        }
      } catch (error) {
        console.error("CSV import failed; the transaction was rolled back", error);
        send({ type: "refused", message: await describeProblem(locale, { error: "unavailable" }) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
