/** What an audited save did beyond its before and after: merged with another person's save of the same record (lib/form-merge.ts). */
export type AuditNote = { mergedWithVersion: number; keptTheirs: string[]; tookMine: string[] };

/** An audit entry's note as stored (JSON), when it is one. */
export function isAuditNote(value: unknown): value is AuditNote {
  const note = value as Partial<AuditNote> | null;
  return typeof note?.mergedWithVersion === "number" && Array.isArray(note.keptTheirs) && Array.isArray(note.tookMine);
}
