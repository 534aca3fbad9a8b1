import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { invalid, MutationError, mutate, writeAudit, type MutationResult } from "@/lib/records/mutation";
import { fieldsOfLayout, layoutFromFields, layoutNameSchema, type LayoutFields, type SavedLayout } from "@/lib/validation/statistics-layout";
import { RECORD_ID } from "@/lib/validation/fields";
import type { PresetSettings } from "@/lib/trade-stats/presets";

// Layouts of statistics files that staff save under a name, so the next file from the same
// office is read the same way: in the workspace, or with data:import --layout NAME. A saved
// layout keeps the form's layout fields; saving and deleting one are audited.

const saveSchema = z.object({ name: layoutNameSchema, fields: z.record(z.string(), z.string().optional()) }).transform((input, ctx) => {
  const settings = layoutFromFields(input.fields);
  if (settings) return { name: input.name, fields: fieldsOfLayout(settings) };
  ctx.addIssue({ code: "custom", path: ["fields"], message: "validation.layoutIncomplete" });
  return z.NEVER;
});

export function saveImportLayout(db: PrismaClient, actor: Actor | null, input: { name: string; fields: LayoutFields }): Promise<MutationResult> {
  return mutate(actor, "import:run", saveSchema, input, (allowed, data) =>
    db.$transaction(async (tx) => {
      const layout = await tx.importLayout.create({ data: { name: data.name, fields: data.fields, createdById: allowed.id } }).catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") invalid({ name: { key: "validation.layoutNameTaken" } });
        throw error;
      });
      await writeAudit(tx, {
        actor: allowed,
        entity: "importLayout",
        entityId: layout.id,
        action: "CREATE",
        before: null,
        after: { name: data.name, ...data.fields },
      });
      return { id: layout.id, version: 1 };
    }),
  );
}

export function deleteImportLayout(db: PrismaClient, actor: Actor | null, id: string): Promise<MutationResult> {
  return mutate(actor, "import:run", z.string().regex(RECORD_ID), id, (allowed, layoutId) =>
    db.$transaction(async (tx) => {
      const layout = await tx.importLayout.findUnique({ where: { id: layoutId } });
      if (!layout) throw new MutationError({ ok: false, error: "notFound" });
      await tx.importLayout.delete({ where: { id: layoutId } });
      await writeAudit(tx, {
        actor: allowed,
        entity: "importLayout",
        entityId: layoutId,
        action: "DELETE",
        before: { name: layout.name, ...(layout.fields as LayoutFields) },
        after: null,
      });
      return { id: layoutId, version: 1 };
    }),
  );
}

/** The saved layouts, by name; one whose fields no longer describe a layout is left out. */
export async function listImportLayouts(db: PrismaClient): Promise<SavedLayout[]> {
  const rows = await db.importLayout.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, fields: true } });
  return rows.flatMap((row) => (layoutFromFields(row.fields as LayoutFields) ? [{ id: row.id, name: row.name, fields: row.fields as LayoutFields }] : []));
}

/** The layout saved as `name`, for the command line. */
export async function findImportLayout(db: PrismaClient, name: string): Promise<PresetSettings | null> {
  const row = await db.importLayout.findUnique({ where: { name: name.trim() }, select: { fields: true } });
  return row ? layoutFromFields(row.fields as LayoutFields) : null;
}
