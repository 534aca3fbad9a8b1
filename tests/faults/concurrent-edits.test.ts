import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import type { Actor } from "@/lib/auth/permissions";
import type { MutationResult } from "@/lib/records/mutation";
import { createActor } from "@/tests/factories/actors";
import { ventureFormInput } from "@/tests/factories/ventures";
import { createFreshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

const SAVES_PER_EDITOR = 100;

let database: FreshDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createFreshDatabase();
  db = createPrismaClient(database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

type Attempt = { editor: string; products: string; result: MutationResult };

describe("two editors saving the same venture at once", () => {
  it(`${SAVES_PER_EDITOR} saves each: every save is applied or refused as a conflict; the last accepted save stands; one audit entry per accepted save`, async () => {
    const form = ventureFormInput();
    const created = await createVenture(db, await createActor(db, "EDITOR"), form);
    if (!created.ok) throw new Error(`could not create the venture: ${created.error}`);
    const id = created.id;
    const [first, second] = [await createActor(db, "EDITOR"), await createActor(db, "EDITOR")];

    // A person with the form open: saves from the version they loaded; after a conflict
    // they load the latest version and save their next change from there. Each change takes
    // a moment to type (0–20 ms here): without it the two loops fall into lockstep, the one
    // that needs no reload after its save always first, which no two people do.
    async function edit(editor: Actor, label: string): Promise<Attempt[]> {
      const attempts: Attempt[] = [];
      let version = (await db.jointVenture.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
      for (let i = 0; i < SAVES_PER_EDITOR; i++) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        const products = `${label} save ${i}`;
        const result = await updateVenture(db, editor, { ...form, id, version, productsEn: products });
        attempts.push({ editor: label, products, result });
        if (result.ok) version = result.version;
        else version = (await db.jointVenture.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
      }
      return attempts;
    }

    const attempts = (await Promise.all([edit(first, "A"), edit(second, "B")])).flat();
    const accepted = attempts.filter((a) => a.result.ok);
    const refused = attempts.filter((a) => !a.result.ok);
    console.log(`${attempts.length} saves: ${accepted.length} accepted, ${refused.length} conflicts`);

    expect(attempts).toHaveLength(2 * SAVES_PER_EDITOR);
    expect(refused.map((a) => (a.result.ok ? "ok" : a.result.error))).toEqual(refused.map(() => "conflict"));
    // Both people got work through, and they really collided.
    expect(accepted.filter((a) => a.editor === "A").length).toBeGreaterThan(0);
    expect(accepted.filter((a) => a.editor === "B").length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);

    // Each accepted save claimed its own version, one after another from the creation's 1.
    const versions = accepted.map((a) => (a.result.ok ? a.result.version : 0)).sort((x, y) => x - y);
    expect(versions).toEqual(versions.map((_, i) => i + 2));

    const last = accepted.find((a) => a.result.ok && a.result.version === versions.at(-1))!;
    const final = await db.jointVenture.findUniqueOrThrow({
      where: { id },
      select: { version: true, productsEn: true, partners: { select: { companyName: true } } },
    });
    expect(final).toMatchObject({ version: versions.at(-1), productsEn: last.products });
    expect(final.partners).toHaveLength(form.partners.length);

    const audit = await db.auditLog.findMany({ where: { entity: "venture", entityId: id, action: "UPDATE" }, select: { after: true, userId: true } });
    expect(audit).toHaveLength(accepted.length);
    const audited = audit.map((entry) => (entry.after as { productsEn?: string; version?: number }).productsEn).sort();
    expect(audited).toEqual(accepted.map((a) => a.products).sort());
  });
});
