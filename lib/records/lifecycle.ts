import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import type { EntityKey } from "@/lib/entities";
import { ENTITIES } from "@/lib/records/entities";
import { MutationError, mutate, setDeleted, type MutationResult } from "@/lib/records/mutation";
import { recordId } from "@/lib/validation/fields";

const target = z.object({
  entity: z.enum(Object.keys(ENTITIES) as [EntityKey, ...EntityKey[]], { error: "validation.unknownOption" }),
  id: recordId,
});

/** Soft-deletes a record (ADMIN): it leaves the public pages and can be restored from the audit page. */
export function deleteRecord(db: PrismaClient, actor: Actor | null, input: { entity: string; id: string }): Promise<MutationResult> {
  return mutate(actor, "record:delete", target, input, (allowed, data) =>
    setDeleted(db, allowed, data.entity, data.id, true, async (tx) => {
      // A cited source stays: deleting it would leave figures on the public pages without their
      // evidence. Counted under the source's row lock, which an import citing it holds too.
      if (data.entity === "source" && (await tx.citation.count({ where: { sourceId: data.id } })) > 0) throw new MutationError({ ok: false, error: "inUse" });
    }),
  );
}

/** Brings a soft-deleted record back (ADMIN). */
export function restoreRecord(db: PrismaClient, actor: Actor | null, input: { entity: string; id: string }): Promise<MutationResult> {
  return mutate(actor, "record:restore", target, input, (allowed, data) => setDeleted(db, allowed, data.entity, data.id, false));
}
