import { InitiativeStatus, Sector } from "@/lib/generated/prisma/enums";
import { columnOf, insertInBatches, type Client, type InsertOptions } from "@/lib/synthetic/batches";
import { EVENT_COUNTRIES } from "@/lib/synthetic/events";
import { ordinal, pick, random } from "@/lib/synthetic/random";
import { isoDay } from "@/lib/format";

// Synthetic initiatives for load tests and benchmarks: deterministic, plausible (a sector,
// a proposing country, proposed at one of the synthetic events when there are any, and a
// status history of one to four steps whose last step is the initiative's status, as the
// seed keeps it). Initiative has no isSynthetic column: ids start with "syn-".

export type SyntheticInitiative = {
  id: string;
  titleRu: string;
  titleEn: string;
  descriptionRu: string;
  descriptionEn: string;
  sector: Sector;
  proposerCode: string | null;
  eventId: string | null;
  status: InitiativeStatus;
  statusChanges: { id: string; status: InitiativeStatus; changedOn: string }[];
};

const SUBJECTS: Partial<Record<Sector, [string, string]>> = {
  TRANSPORT: ["транспортный коридор", "transport corridor"],
  WATER: ["совместное управление водными ресурсами", "joint water management"],
  ENERGY: ["региональный энергорынок", "regional power market"],
  TRADE: ["упрощение торговых процедур", "trade facilitation"],
  DIGITAL: ["цифровая платформа", "digital platform"],
  TOURISM: ["единая туристическая виза", "single tourist visa"],
  AGRICULTURE: ["продовольственная безопасность", "food security"],
  INDUSTRY: ["промышленная кооперация", "industrial cooperation"],
  ENVIRONMENT: ["адаптация к изменению климата", "climate adaptation"],
  INSTITUTIONS: ["секретариат консультативных встреч", "consultative meetings secretariat"],
};
const SECTORS = Object.keys(SUBJECTS) as Sector[];
// The usual path of an initiative; a history is a prefix of it, or stalls after its second step.
const PATH: readonly InitiativeStatus[] = [
  InitiativeStatus.PROPOSED,
  InitiativeStatus.SUPPORTED,
  InitiativeStatus.IN_PROGRESS,
  InitiativeStatus.ADOPTED,
  InitiativeStatus.IMPLEMENTED,
];

/** The i-th synthetic initiative of a run with this seed (0-based), proposed at one of `eventCount` synthetic events. */
export function syntheticInitiative(index: number, seed = 1, eventCount = 0): SyntheticInitiative {
  const next = random(seed * 4_000_037 + index);
  const sector = pick(SECTORS, next());
  const [subjectRu, subjectEn] = SUBJECTS[sector]!;
  const proposer = next() < 0.85 ? pick(EVENT_COUNTRIES, next()) : null;
  const eventIndex = eventCount > 0 && next() < 0.8 ? Math.floor(next() * eventCount) : null;
  const steps = 1 + Math.floor(next() * 4);
  const statuses = next() < 0.1 && steps >= 2 ? [...PATH.slice(0, 2), InitiativeStatus.STALLED] : PATH.slice(0, steps);
  let date = Date.UTC(2005 + Math.floor(next() * 18), 0, 1 + Math.floor(next() * 365));
  const number = ordinal(index);
  const id = `syn-in-${seed}-${number}`;
  const statusChanges = statuses.map((status, step) => {
    if (step > 0) date += (60 + Math.floor(next() * 400)) * 86_400_000;
    return { id: `${id}-s${step + 1}`, status, changedOn: isoDay(new Date(date)) };
  });
  return {
    id,
    titleRu: `Синтетическая инициатива ${number}: ${subjectRu}`,
    titleEn: `Synthetic initiative ${number}: ${subjectEn}`,
    descriptionRu: `Синтетическая запись для нагрузочных тестов (${subjectRu}).`,
    descriptionEn: `Synthetic record for load tests (${subjectEn}).`,
    sector,
    proposerCode: proposer,
    eventId: eventIndex === null ? null : `syn-ev-${seed}-${ordinal(eventIndex)}`,
    status: statusChanges.at(-1)!.status,
    statusChanges,
  };
}

/** Inserts `count` synthetic initiatives and their status histories, batched multi-row inserts in one transaction. */
export function insertSyntheticInitiatives(client: Client, options: InsertOptions & { eventCount?: number }): Promise<number> {
  const make = (index: number) => syntheticInitiative(index, options.seed, options.eventCount);
  return insertInBatches(client, { batchSize: 10_000, ...options }, make, async (initiatives) => {
    const column = columnOf(initiatives);
    await client.query(
      `INSERT INTO "Initiative" (id, "titleRu", "titleEn", "descriptionRu", "descriptionEn", sector, "proposerCode", "eventId", status, "updatedAt")
       SELECT id, "titleRu", "titleEn", "descriptionRu", "descriptionEn", sector::"Sector", proposer, "eventId", status::"InitiativeStatus", now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS t(id, "titleRu", "titleEn", "descriptionRu", "descriptionEn", sector, proposer, "eventId", status)`,
      [
        column("id"),
        column("titleRu"),
        column("titleEn"),
        column("descriptionRu"),
        column("descriptionEn"),
        column("sector"),
        column("proposerCode"),
        column("eventId"),
        column("status"),
      ],
    );
    const changes = columnOf(initiatives.flatMap((initiative) => initiative.statusChanges.map((change) => ({ ...change, initiativeId: initiative.id }))));
    await client.query(
      `INSERT INTO "InitiativeStatusChange" (id, "initiativeId", status, "changedOn")
       SELECT id, "initiativeId", status::"InitiativeStatus", d::date FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, "initiativeId", status, d)`,
      [changes("id"), changes("initiativeId"), changes("status"), changes("changedOn")],
    );
  });
}
