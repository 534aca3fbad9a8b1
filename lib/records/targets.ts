import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { orderedCountries, targetInputSchema, targetUpdateSchema, type TargetInput } from "@/lib/validation/target-input";
import { assertExists, createRecord, mutate, updateRecord, type MutationResult, type Tx } from "@/lib/records/mutation";
import { saveCitations } from "@/lib/records/citations";
import { assertCountries } from "@/lib/records/countries";

/** Enters a new trade target with its sources (EDITOR and ADMIN). */
export function createTarget(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:create", targetInputSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return createRecord(db, allowed, "target", async (tx) => {
      const target = await tx.target.create({ data: columns(data) });
      await saveCitations(tx, allowed, { targetId: target.id }, data);
      return target.id;
    });
  });
}

/** Saves an edit made from `version`; refused with what changed if someone saved since. */
export function updateTarget(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "record:update", targetUpdateSchema, input, async (allowed, data) => {
    await checkReferences(db, data);
    return updateRecord(db, allowed, "target", data.id, data.version, async (tx: Tx) => {
      await tx.target.update({ where: { id: data.id }, data: columns(data) });
      await saveCitations(tx, allowed, { targetId: data.id }, data);
    });
  });
}

function columns(data: TargetInput) {
  return {
    scope: data.scope,
    ...orderedCountries(data),
    valueUsd: data.valueUsd,
    horizonRu: data.horizonRu,
    horizonEn: data.horizonEn,
    deadlineYear: data.deadlineYear,
    setOn: data.setOn,
    setPrecision: data.setPrecision,
    setAtEventId: data.setAtEventId,
    setByRu: data.setByRu,
    setByEn: data.setByEn,
    noteRu: data.noteRu,
    noteEn: data.noteEn,
  };
}

async function checkReferences(db: PrismaClient, data: TargetInput): Promise<void> {
  await assertCountries(db, { countryACode: data.countryACode, countryBCode: data.countryBCode });
  await assertExists(db, "event", data.setAtEventId, "setAtEventId");
}
