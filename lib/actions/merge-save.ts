import type { z } from "zod";
import type { EntityKey } from "@/lib/entities";
import { savedEditValues, type EditValues } from "@/lib/queries/edit-values";
import { mergeByField, type MergeChoice } from "@/lib/form-merge";
import type { AuditNote } from "@/lib/audit/note";
import { ventureUpdateSchema } from "@/lib/validation/venture-input";
import { tradeFigureUpdateSchema } from "@/lib/validation/trade-figure-input";
import { initiativeUpdateSchema } from "@/lib/validation/initiative-input";
import { targetUpdateSchema } from "@/lib/validation/target-input";
import { documentUpdateSchema, eventUpdateSchema } from "@/lib/validation/event-input";
import { sourceUpdateSchema } from "@/lib/validation/source-input";

// A save from a form opened before someone else saved the same record (issue 18): the form
// sends what it was opened with (`base`, JSON), and the save is merged field by field with
// what is saved now (lib/form-merge.ts), instead of overwriting the other person's
// changes with the old values still in this form. Fields are compared as the record stores
// them: each of the three is read with the record's update schema.

const SCHEMAS: Record<EntityKey, z.ZodType> = {
  venture: ventureUpdateSchema,
  tradeFigure: tradeFigureUpdateSchema,
  initiative: initiativeUpdateSchema,
  target: targetUpdateSchema,
  event: eventUpdateSchema,
  document: documentUpdateSchema,
  source: sourceUpdateSchema,
};

/** Bookkeeping, not the record's content. */
const NOT_MERGED = new Set(["id", "version", "base", "resolve", "confirmDuplicate"]);

export type MergedSave =
  | { outcome: "asSubmitted" }
  | { outcome: "merged"; values: Record<string, unknown>; note: AuditNote }
  | { outcome: "conflict"; currentVersion: number; fields: { field: string; theirs: unknown; mine: unknown }[]; values: Record<string, unknown> };

/**
 * `mine`: the submitted values, with `base` (the form's opening values, JSON) and `resolve`
 * (the person's choice per conflicting field). Saved as submitted when nothing was saved
 * since the form opened, or when the three cannot be compared (then the save's own version
 * check answers).
 */
export async function mergeWithSaved(entity: EntityKey, mine: Record<string, unknown>): Promise<MergedSave> {
  const base = parseBase(mine.base);
  const id = typeof mine.id === "string" ? mine.id : null;
  if (!base || !id || base.id !== id) return { outcome: "asSubmitted" };
  const current = await savedEditValues(entity, id);
  if (!current || String(current.version) === String(mine.version)) return { outcome: "asSubmitted" };

  const schema = SCHEMAS[entity];
  const read = (values: Record<string, unknown>) => schema.safeParse({ ...values, id, version: String(current.version) });
  const [baseRead, currentRead, mineRead] = [read(base), read(current), read(mine)];
  if (!baseRead.success || !currentRead.success || !mineRead.success) return { outcome: "asSubmitted" };
  const stored = { base: baseRead.data, current: currentRead.data, mine: mineRead.data } as { [K in "base" | "current" | "mine"]: Record<string, unknown> };
  const fields = [...new Set([...Object.keys(stored.base), ...Object.keys(stored.current), ...Object.keys(stored.mine)])].filter(
    (field) => !NOT_MERGED.has(field),
  );
  const choices = (typeof mine.resolve === "object" && mine.resolve !== null ? mine.resolve : {}) as Partial<Record<string, MergeChoice>>;

  const merged = mergeByField({ fields, stored, current, mine, choices });
  if (!merged.ok)
    return {
      outcome: "conflict",
      currentVersion: current.version,
      fields: merged.conflicts.map((field) => ({ field, theirs: current[field], mine: mine[field] })),
      values: merged.values,
    };
  const values: Record<string, unknown> = { ...merged.values, version: String(current.version) };
  delete values.base;
  delete values.resolve;
  return { outcome: "merged", values, note: { mergedWithVersion: current.version, keptTheirs: merged.keptTheirs, tookMine: merged.tookMine } };
}

function parseBase(text: unknown): EditValues | null {
  if (typeof text !== "string" || text.length > 200_000) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as EditValues) : null;
  } catch {
    return null;
  }
}
