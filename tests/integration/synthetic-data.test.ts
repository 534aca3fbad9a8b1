import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listVentures } from "@/lib/queries/ventures";
import { countSeededTables } from "@/lib/seed";
import { countSyntheticData, fillSyntheticData, removeSyntheticData } from "@/lib/synthetic";
import { syntheticInitiative } from "@/lib/synthetic/initiatives";
import { syntheticTradeFigure } from "@/lib/synthetic/trade-figures";
import { ventureQuerySchema } from "@/lib/validation/venture-filters";

afterAll(() => prisma.$disconnect());

const COUNTS = { ventures: 200, figures: 400, events: 20, initiatives: 50 };

describe("db:synth on the seeded database", () => {
  let client: pg.Client;
  let seeded: Record<string, number>;
  let filled: Record<string, number>;
  let removed: Awaited<ReturnType<typeof removeSyntheticData>>;
  let afterRemove: Record<string, number>;
  let publicVentures: { before: number; during: number };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    seeded = await countSeededTables(prisma);
    const before = (await listVentures(ventureQuerySchema.parse({}))).total;
    await fillSyntheticData(client, COUNTS, { seed: 3 });
    filled = await countSeededTables(prisma);
    publicVentures = { before, during: (await listVentures(ventureQuerySchema.parse({}))).total };
  });

  afterAll(async () => {
    await removeSyntheticData(client); // a no-op when the test got that far
    await client.end();
  });

  it("adds exactly the requested rows, with two partners per venture and a status history per initiative", async () => {
    expect(await countSyntheticData(client)).toEqual(COUNTS);
    const added = Object.fromEntries(Object.keys(filled).map((table) => [table, filled[table]! - seeded[table]!]));
    const changes = Array.from({ length: 50 }, (_, i) => syntheticInitiative(i, 3, 20).statusChanges.length).reduce((a, b) => a + b, 0);
    expect(added).toMatchObject({
      JointVenture: 200,
      VenturePartner: 400,
      TradeFigure: 400,
      Event: 20,
      Initiative: 50,
      InitiativeStatusChange: changes,
      Citation: 0,
    });
  });

  it("marks every synthetic row: isSynthetic on ventures and trade figures, a syn- id on everything", async () => {
    const { rows } = await client.query<{ bad: string }>(
      `SELECT (SELECT count(*) FROM "JointVenture" WHERE "isSynthetic" <> (id LIKE 'syn-%'))
            + (SELECT count(*) FROM "TradeFigure" WHERE "isSynthetic" <> (id LIKE 'syn-%'))
            + (SELECT count(*) FROM "Event" WHERE id LIKE 'syn-%' AND slug NOT LIKE 'syn-%') AS bad`,
    );
    expect(Number(rows[0]!.bad)).toBe(0);
  });

  it("keeps synthetic ventures out of the public registry", () => {
    expect(publicVentures.during).toBe(publicVentures.before);
  });

  it("writes what the generators describe, and each initiative's status is its last history step", async () => {
    const figure = syntheticTradeFigure(17, 3);
    const { rows } = await client.query(
      `SELECT scope::text, "countryACode", "countryBCode", "periodEnd"::text AS end, "valueUsd"::text AS value FROM "TradeFigure" WHERE id = $1`,
      [figure.id],
    );
    expect(rows[0]).toEqual({
      scope: figure.scope,
      countryACode: figure.countryACode,
      countryBCode: figure.countryBCode,
      end: figure.periodEnd,
      value: figure.valueUsd,
    });
    const { rows: mismatched } = await client.query(
      `SELECT i.id FROM "Initiative" i
        WHERE i.id LIKE 'syn-%'
          AND i.status <> (SELECT s.status FROM "InitiativeStatusChange" s WHERE s."initiativeId" = i.id ORDER BY s."changedOn" DESC LIMIT 1)`,
    );
    expect(mismatched).toEqual([]);
  });

  it("refuses to add a second batch on top of the first", async () => {
    await expect(fillSyntheticData(client, COUNTS, { seed: 3 })).rejects.toThrow(/--remove/);
  });

  it("--remove deletes all of them and leaves exactly the seed", async () => {
    removed = await removeSyntheticData(client);
    afterRemove = await countSeededTables(prisma);
    expect(removed).toEqual(COUNTS);
    expect(afterRemove).toEqual(seeded);
    expect(await countSyntheticData(client)).toEqual({ ventures: 0, figures: 0, events: 0, initiatives: 0 });
  });
});
