import { inTransaction, type Client } from "@/lib/synthetic/batches";
import { insertSyntheticEvents } from "@/lib/synthetic/events";
import { insertSyntheticInitiatives } from "@/lib/synthetic/initiatives";
import { SYNTHETIC_ID_PREFIX } from "@/lib/synthetic/random";
import { insertSyntheticTradeFigures } from "@/lib/synthetic/trade-figures";
import { insertSyntheticVentures } from "@/lib/synthetic/ventures";

// `npm run db:synth`: the synthetic records of issue 7 in one place. Ventures and trade
// figures carry isSynthetic; events and initiatives, which have no such column, have ids
// starting with "syn-". Nothing here writes citations: synthetic rows cite no source.

export type SyntheticCounts = { ventures: number; figures: number; events: number; initiatives: number };

export type SyntheticProgress = (table: keyof SyntheticCounts, done: number, total: number) => void;

const PREFIX = `${SYNTHETIC_ID_PREFIX}%`;

/** How many synthetic rows of each kind the database holds. */
export async function countSyntheticData(client: Client): Promise<SyntheticCounts> {
  const { rows } = await client.query<{ ventures: string; figures: string; events: string; initiatives: string }>(
    `SELECT (SELECT count(*) FROM "JointVenture" WHERE "isSynthetic") AS ventures,
            (SELECT count(*) FROM "TradeFigure" WHERE "isSynthetic") AS figures,
            (SELECT count(*) FROM "Event" WHERE id LIKE $1) AS events,
            (SELECT count(*) FROM "Initiative" WHERE id LIKE $1) AS initiatives`,
    [PREFIX],
  );
  const row = rows[0]!;
  return { ventures: Number(row.ventures), figures: Number(row.figures), events: Number(row.events), initiatives: Number(row.initiatives) };
}

/**
 * Inserts the requested synthetic rows (events before the initiatives that name them), then
 * refreshes the planner's statistics, and merges the pending entries of the GIN indexes
 * (VACUUM of the three tables that have them), so the first queries plan well and read the
 * indexes fast.
 * Refuses when synthetic rows exist already: remove them first, so ids never collide.
 */
export async function fillSyntheticData(
  client: Client,
  counts: SyntheticCounts,
  options: { seed?: number; onProgress?: SyntheticProgress } = {},
): Promise<void> {
  const existing = await countSyntheticData(client);
  if (Object.values(existing).some((n) => n > 0)) {
    throw new Error(`The database already holds synthetic rows (${JSON.stringify(existing)}); run \`npm run db:synth -- --remove\` first.`);
  }
  const { seed = 1, onProgress } = options;
  const progress = (table: keyof SyntheticCounts) => (done: number) => onProgress?.(table, done, counts[table]);
  await insertSyntheticEvents(client, { count: counts.events, seed, onProgress: progress("events") });
  await insertSyntheticInitiatives(client, { count: counts.initiatives, seed, eventCount: counts.events, onProgress: progress("initiatives") });
  await insertSyntheticVentures(client, { count: counts.ventures, seed, onProgress: progress("ventures") });
  await insertSyntheticTradeFigures(client, { count: counts.figures, seed, onProgress: progress("figures") });
  await client.query(`VACUUM ANALYZE "Event", "Initiative", "JointVenture"`);
  await client.query(`ANALYZE "EventParticipant", "InitiativeStatusChange", "VenturePartner", "TradeFigure"`);
}

/**
 * Deletes every synthetic row in one transaction and returns how many of each kind went:
 * partners, participants, status changes and citations cascade; initiatives go before
 * the events they name (that foreign key restricts).
 */
export function removeSyntheticData(client: Client): Promise<SyntheticCounts> {
  return inTransaction(client, async () => {
    const ventures = await client.query(`DELETE FROM "JointVenture" WHERE "isSynthetic"`);
    const figures = await client.query(`DELETE FROM "TradeFigure" WHERE "isSynthetic"`);
    const initiatives = await client.query(`DELETE FROM "Initiative" WHERE id LIKE $1`, [PREFIX]);
    const events = await client.query(`DELETE FROM "Event" WHERE id LIKE $1`, [PREFIX]);
    return { ventures: ventures.rowCount ?? 0, figures: figures.rowCount ?? 0, events: events.rowCount ?? 0, initiatives: initiatives.rowCount ?? 0 };
  });
}
