import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import {
  type CitationSeed,
  type InitiativeSeed,
  countries,
  documents,
  events,
  initiatives,
  sources,
  statistics,
  targets,
  tradeFigures,
  ventures,
} from "@/lib/seed/data";
import { quoteTranslations } from "@/lib/seed/quote-translations";

type Tx = Prisma.TransactionClient;

// The Citation column that points at each kind of cited row.
type CitedColumn = Exclude<keyof Prisma.CitationCreateManyInput, "id" | "sourceId" | "quote" | "quoteEn" | "noteRu" | "noteEn">;

/**
 * Writes the seed facts and returns the row count of every seeded table. Rows are
 * created by their fixed ids only where missing: a second run adds nothing, and a
 * re-seed never overwrites what staff have edited since.
 */
export async function seedDatabase(prisma: PrismaClient): Promise<Record<string, number>> {
  return prisma.$transaction(
    async (tx) => {
      await writeSeed(tx);
      return countSeededTables(tx);
    },
    // Some hundred sequential upserts outlast the 5 s default.
    { timeout: 60_000 },
  );
}

/** Row counts of the tables the seed writes, keyed by model name. */
export async function countSeededTables(db: Tx): Promise<Record<string, number>> {
  return {
    Country: await db.country.count(),
    Source: await db.source.count(),
    Event: await db.event.count(),
    EventParticipant: await db.eventParticipant.count(),
    EventDocument: await db.eventDocument.count(),
    Initiative: await db.initiative.count(),
    InitiativeStatusChange: await db.initiativeStatusChange.count(),
    JointVenture: await db.jointVenture.count(),
    VenturePartner: await db.venturePartner.count(),
    TradeFigure: await db.tradeFigure.count(),
    Target: await db.target.count(),
    TargetRestatement: await db.targetRestatement.count(),
    Statistic: await db.statistic.count(),
    Citation: await db.citation.count(),
  };
}

// Parents before children, so every foreign key finds its row.
async function writeSeed(tx: Tx): Promise<void> {
  for (const source of sources) {
    await tx.source.upsert({ where: { id: source.id }, create: source, update: {} });
  }

  for (const { citations, ...country } of countries) {
    await tx.country.upsert({ where: { code: country.code }, create: country, update: {} });
    await writeCitations(tx, "countryCode", country.code, citations);
  }

  for (const { citations, participants, ...event } of events) {
    await tx.event.upsert({ where: { id: event.id }, create: event, update: {} });
    for (const countryCode of participants) {
      const key = { eventId: event.id, countryCode };
      await tx.eventParticipant.upsert({
        where: { eventId_countryCode: key },
        create: key,
        update: {},
      });
    }
    await writeCitations(tx, "eventId", event.id, citations);
  }

  for (const { citations, ...document } of documents) {
    await tx.eventDocument.upsert({ where: { id: document.id }, create: document, update: {} });
    await writeCitations(tx, "documentId", document.id, citations);
  }

  for (const seed of initiatives) {
    const { citations, statusChanges, ...fields } = seed;
    const initiative = { ...fields, status: currentStatus(seed) };
    await tx.initiative.upsert({ where: { id: initiative.id }, create: initiative, update: {} });
    await writeCitations(tx, "initiativeId", initiative.id, citations);
    for (const { citations: changeCitations, ...changeFields } of statusChanges) {
      const change = { ...changeFields, initiativeId: initiative.id };
      await tx.initiativeStatusChange.upsert({ where: { id: change.id }, create: change, update: {} });
      await writeCitations(tx, "statusChangeId", change.id, changeCitations);
    }
  }

  for (const { citations, partners, ...venture } of ventures) {
    await tx.jointVenture.upsert({ where: { id: venture.id }, create: venture, update: {} });
    for (const [position, partnerFields] of partners.entries()) {
      const id = `${venture.id}-partner-${position + 1}`;
      const partner = { ...partnerFields, id, ventureId: venture.id, position };
      await tx.venturePartner.upsert({ where: { id: partner.id }, create: partner, update: {} });
    }
    await writeCitations(tx, "ventureId", venture.id, citations);
  }

  for (const { citations, ...figure } of tradeFigures) {
    await tx.tradeFigure.upsert({ where: { id: figure.id }, create: figure, update: {} });
    await writeCitations(tx, "tradeFigureId", figure.id, citations);
  }

  for (const { citations, restatements, ...target } of targets) {
    await tx.target.upsert({ where: { id: target.id }, create: target, update: {} });
    await writeCitations(tx, "targetId", target.id, citations);
    for (const { citations: restatementCitations, ...restatementFields } of restatements) {
      const restatement = { ...restatementFields, targetId: target.id };
      await tx.targetRestatement.upsert({
        where: { id: restatement.id },
        create: restatement,
        update: {},
      });
      await writeCitations(tx, "targetRestatementId", restatement.id, restatementCitations);
    }
  }

  for (const { citations, ...statistic } of statistics) {
    await tx.statistic.upsert({ where: { id: statistic.id }, create: statistic, update: {} });
    await writeCitations(tx, "statisticId", statistic.id, citations);
  }
}

// Citation ids derive from the cited row and the citation's place in its list, which
// keeps reruns from adding copies.
async function writeCitations(tx: Tx, column: CitedColumn, recordId: string, citations: readonly CitationSeed[]): Promise<void> {
  for (const [index, { sourceId, quote, noteRu, noteEn }] of citations.entries()) {
    const target: Pick<Prisma.CitationCreateManyInput, CitedColumn> = { [column]: recordId };
    const citation = {
      id: `cit-${recordId}-${index + 1}`,
      sourceId,
      quote: quote ?? null,
      quoteEn: (quote && quoteTranslations.get(quote)) ?? null,
      noteRu: noteRu ?? null,
      noteEn: noteEn ?? null,
      ...target,
    };
    await tx.citation.upsert({ where: { id: citation.id }, create: citation, update: {} });
  }
}

// Status changes are listed oldest first; the last one is where the initiative stands.
function currentStatus(initiative: InitiativeSeed): InitiativeStatus {
  const latest = initiative.statusChanges.at(-1);
  if (!latest) throw new Error(`Initiative ${initiative.id} has no status change`);
  return latest.status;
}
