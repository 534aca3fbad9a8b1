/** A record as the audit log keeps it: flat, display-ready values (lists joined). */
export type SnapshotValue = string | number | boolean | null;

export type FieldChange = { field: string; before: SnapshotValue; after: SnapshotValue };

const IGNORED = new Set(["version", "updatedAt"]);

/**
 * The fields whose value differs between two snapshots, in the order they appear.
 * E.g. { status: "ANNOUNCED", version: 1 } → { status: "OPERATING", version: 2 } gives
 * [{ field: "status", before: "ANNOUNCED", after: "OPERATING" }] (version is bookkeeping).
 */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => !IGNORED.has(field))
    .map((field) => ({ field, before: normalise(before?.[field]), after: normalise(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

function normalise(value: unknown): SnapshotValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** Changes in the given field order (the order forms show them); unknown fields last. */
export function orderChanges(changes: FieldChange[], fieldOrder: readonly string[]): FieldChange[] {
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

/**
 * The message namespace that names the values of an enumerated field, so the audit log
 * says "Operating" rather than OPERATING; null for free text.
 */
export function enumNamespace(entity: string, field: string): string | null {
  if (field === "status") return entity === "initiative" ? "initiativeStatus" : entity === "venture" ? "ventureStatus" : null;
  const namespaces: Record<string, string> = {
    sector: "sector",
    scope: "scope",
    kind: "eventKind",
    type: "documentType",
    role: "workspace.role",
    event: "accountEvent",
    establishedPrecision: "datePrecision",
    publishedPrecision: "datePrecision",
    datePrecision: "datePrecision",
    setPrecision: "datePrecision",
    changedPrecision: "datePrecision",
  };
  return namespaces[field] ?? null;
}
