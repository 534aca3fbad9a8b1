import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ImportCheck, FileProblem } from "@/lib/import/run-import";

/** What the import page shows for a checked file, every message already in the person's language. */
export type CheckView =
  | {
      ok: true;
      columns: string[];
      /** `read`: how an amount was read, by column ("read as $1,200,000,000.00"). */
      rows: { line: number; cells: Record<string, string>; errors: { column: string; message: string }[]; read?: Record<string, string> }[];
      errorCount: number;
    }
  | { ok: false; message: string };

export async function describeProblem(locale: Locale, problem: FileProblem | { error: "badRequest" | "rowsInvalid" }): Promise<string> {
  const t = await getTranslations({ locale, namespace: "import.refused" });
  const { error, ...values } = problem;
  return t(error, values as never);
}

export async function describeCheck(locale: Locale, check: ImportCheck): Promise<CheckView> {
  if (!check.ok) return { ok: false, message: await describeProblem(locale, check) };
  const t = await getTranslations({ locale });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "USD", maximumFractionDigits: 2 });
  return {
    ok: true,
    columns: check.columns,
    errorCount: check.errorCount,
    rows: check.rows.map((row) => ({
      line: row.line,
      cells: row.cells,
      errors: row.errors.map((e) => ({ column: e.column, message: t(e.key as never, e.values as never) })),
      read:
        row.read && Object.fromEntries(Object.entries(row.read).map(([column, value]) => [column, t("import.readAs", { value: money.format(Number(value)) })])),
    })),
  };
}
