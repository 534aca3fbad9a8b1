import { diffSnapshots, type FieldChange } from "@/lib/audit/diff";

/** The kinds of record whose saves /changes shows: those the public pages show. */
export type PublicEntity = "event" | "initiative" | "venture" | "tradeFigure" | "target" | "document" | "source";

// Bookkeeping the public pages never show: that a record was deleted (it would not be listed), its version.
const STAFF_ONLY = new Set(["deletedAt", "version", "updatedAt"]);

/**
 * The fields a save changed that the public pages show, in snapshot order: the audit diff
 * without the workspace's bookkeeping. { status: "PROPOSED", version: 1 } → { status:
 * "IN_PROGRESS", version: 2 } gives [{ field: "status", before: "PROPOSED", after: "IN_PROGRESS" }].
 */
export function publicChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  return diffSnapshots(before, after).filter((change) => !STAFF_ONLY.has(change.field));
}

export type HistoryEntry = { date: string; precision: "DAY" | "MONTH" | "YEAR"; check: boolean; status: string };

/**
 * The entries an initiative's status history gained in a save, from the audit snapshot's
 * "history" ("2025-11 IN_PROGRESS; 2026-05 checked IN_PROGRESS"): "2026-05 checked
 * IN_PROGRESS" → { date: "2026-05", precision: "MONTH", check: true, status: "IN_PROGRESS" }.
 */
export function newHistoryEntries(before: string | number | boolean | null, after: string | number | boolean | null): HistoryEntry[] {
  const entries = (value: typeof before) => (typeof value === "string" && value ? value.split("; ") : []);
  const known = new Set(entries(before));
  return entries(after)
    .filter((entry) => !known.has(entry))
    .flatMap((entry) => {
      const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?) (checked )?([A-Z_]+)$/.exec(entry);
      if (!match) return [];
      const date = match[1]!;
      return [{ date, precision: date.length === 4 ? "YEAR" : date.length === 7 ? "MONTH" : "DAY", check: Boolean(match[2]), status: match[3]! }];
    });
}
