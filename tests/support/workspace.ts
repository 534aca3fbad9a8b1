import { afterAll, beforeAll, expect } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { MutationResult } from "@/lib/records/mutation";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { removeRecordsCreatedSince } from "@/tests/support/remove-created-records";

// What the workspace test files share: who acts, what a refused write must leave unchanged,
// and the permission check every create and edit goes through.

export type Actors = Awaited<ReturnType<typeof createActorsOfEveryRole>>;
type Saved = Extract<MutationResult, { ok: true }>;
type Refused = Extract<MutationResult, { ok: false }>;

/**
 * For a test file: an account of every role, made before its tests, and every record the file
 * created removed after them, as other files count the seeded events, ventures and citations.
 */
export function setUpActorsOfEveryRole(): Actors {
  const startedAt = new Date();
  const actors = {} as Actors;
  beforeAll(async () => {
    Object.assign(actors, await createActorsOfEveryRole(prisma));
  });
  afterAll(async () => {
    await removeRecordsCreatedSince(prisma, startedAt);
    await prisma.$disconnect();
  });
  return actors;
}

/** Row counts of everything a workspace write touches: a refused write leaves them all as they were. */
export async function countRows() {
  const [events, participants, documents, initiatives, statusChanges, targets, ventures, partners, citations, sources, audit, users] = await Promise.all([
    prisma.event.count(),
    prisma.eventParticipant.count(),
    prisma.eventDocument.count(),
    prisma.initiative.count(),
    prisma.initiativeStatusChange.count(),
    prisma.target.count(),
    prisma.jointVenture.count(),
    prisma.venturePartner.count(),
    prisma.citation.count(),
    prisma.source.count(),
    prisma.auditLog.count(),
    prisma.user.count(),
  ]);
  return { events, participants, documents, initiatives, statusChanges, targets, ventures, partners, citations, sources, audit, users };
}

/** The saved record's id and version, for a write a test needs as its setup; a refusal throws with its reason. */
export async function savedOrThrow(write: Promise<MutationResult>): Promise<Saved> {
  const result = await write;
  if (!result.ok) throw new Error(`the setup's write was refused: ${JSON.stringify(result)}`);
  return result;
}

/** Checks that a write is refused with `error` and writes nothing; the refusal, for what else it says. */
export async function expectRefused(write: () => Promise<MutationResult>, error: Refused["error"]): Promise<Refused> {
  const before = await countRows();
  const result = await write();
  expect(result).toMatchObject({ ok: false, error });
  expect(await countRows()).toEqual(before);
  return result as Refused;
}

/**
 * Anonymous and VIEWER are refused and change nothing `unchanged` reads (by default the row
 * counts); EDITOR, then ADMIN, succeed. `write` gets the version the actor edits: 1, and 2 for
 * ADMIN, who edits after EDITOR's save. Returns EDITOR's and ADMIN's results.
 */
export async function expectEditorsOnly(
  actors: Actors,
  write: (actor: Actor | null, version: number) => Promise<MutationResult>,
  unchanged: () => Promise<unknown> = countRows,
): Promise<[MutationResult, MutationResult]> {
  const before = await unchanged();
  expect(await write(actors.anonymous, 1)).toMatchObject({ ok: false, error: "unauthenticated" });
  expect(await write(actors.viewer, 1)).toMatchObject({ ok: false, error: "forbidden" });
  expect(await unchanged()).toEqual(before);
  const byEditor = await write(actors.editor, 1);
  expect(byEditor).toMatchObject({ ok: true });
  const byAdmin = await write(actors.admin, 2);
  expect(byAdmin).toMatchObject({ ok: true });
  return [byEditor, byAdmin];
}
