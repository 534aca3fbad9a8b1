import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ImportCheck, FileProblem } from "@/lib/import/run-import";

/** What the import page shows for a checked file, every message already in the person's language. */
export type CheckView =
  | { ok: true; columns: string[]; rows: { line: number; cells: Record<string, string>; errors: { column: string; message: string }[] }[]; errorCount: number }
  | { ok: false; message: string };

export async function describeProblem(locale: Locale, problem: FileProblem | { error: "badRequest" | "rowsInvalid" }): Promise<string> {
  const t = await getTranslations({ locale, namespace: "import.refused" });
  const { error, ...values } = problem;
  return t(error, values as never);
}

export async function describeCheck(locale: Locale, check: ImportCheck): Promise<CheckView> {
  if (!check.ok) return { ok: false, message: await describeProblem(locale, check) };
  const t = await getTranslations({ locale });
  return {
    ok: true,
    columns: check.columns,
    errorCount: check.errorCount,
    rows: check.rows.map((row) => ({
      line: row.line,
      cells: row.cells,
      errors: row.errors.map((e) => ({ column: e.column, message: t(e.key as never, e.values as never) })),
    })),
  };
}
