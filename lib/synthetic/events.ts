import { EventKind } from "@/lib/generated/prisma/enums";
import { PLACES } from "@/lib/geo/places";
import { columnOf, insertInBatches, type Client, type InsertOptions } from "@/lib/synthetic/batches";
import { ordinal, pick, pickWeighted, random } from "@/lib/synthetic/random";
import { isoDay } from "@/lib/format";

// Synthetic events for load tests and benchmarks: deterministic, plausible (mostly state
// visits, ministerial councils and business forums 2000–2025, hosted in one of the six
// countries' cities, two to six participants). Event has no isSynthetic column: the id and
// slug start with "syn-", which is how `db:synth -- --remove` finds them.

export type SyntheticEvent = {
  id: string;
  slug: string;
  kind: EventKind;
  titleRu: string;
  titleEn: string;
  startDate: string; // YYYY-MM-DD
  endDate: string | null;
  cityRu: string;
  cityEn: string;
  hostCode: string;
  summaryRu: string;
  summaryEn: string;
  participants: string[];
};

export const EVENT_COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "AZ"] as const;

const KINDS: readonly (readonly [EventKind, number])[] = [
  [EventKind.STATE_VISIT, 35],
  [EventKind.MINISTERIAL_COUNCIL, 25],
  [EventKind.BUSINESS_FORUM, 25],
  [EventKind.EXPERT_ROUND_TABLE, 13],
  [EventKind.CONSULTATIVE_MEETING, 2],
];
const KIND_TITLES: Record<EventKind, [string, string]> = {
  STATE_VISIT: ["Государственный визит", "State visit"],
  MINISTERIAL_COUNCIL: ["Заседание совета министров", "Ministerial council"],
  BUSINESS_FORUM: ["Деловой форум", "Business forum"],
  EXPERT_ROUND_TABLE: ["Экспертный круглый стол", "Expert round table"],
  CONSULTATIVE_MEETING: ["Консультативная встреча", "Consultative meeting"],
};

/** The i-th synthetic event of a run with this seed (0-based); the same inputs give the same event. */
export function syntheticEvent(index: number, seed = 1): SyntheticEvent {
  const next = random(seed * 3_000_017 + index);
  const kind = pickWeighted(KINDS, next());
  const host = pick(EVENT_COUNTRIES, next());
  const place = pick(
    PLACES.filter((p) => p.countryCode === host),
    next(),
  );
  const others = EVENT_COUNTRIES.filter((code) => code !== host && next() < 0.45);
  const participants = [host, ...(others.length > 0 ? others : [EVENT_COUNTRIES.find((code) => code !== host)!])];
  const start = new Date(Date.UTC(2000 + Math.floor(next() * 26), 0, 1 + Math.floor(next() * 365)));
  const days = kind === EventKind.STATE_VISIT || kind === EventKind.BUSINESS_FORUM ? Math.floor(next() * 3) : 0;
  const end = days > 0 ? isoDay(new Date(start.getTime() + days * 86_400_000)) : null;
  const number = ordinal(index);
  const [titleRu, titleEn] = KIND_TITLES[kind];
  return {
    id: `syn-ev-${seed}-${number}`,
    slug: `syn-${kind.toLowerCase().replaceAll("_", "-")}-${seed}-${number}`,
    kind,
    titleRu: `${titleRu} (синтетическое событие ${number}), ${place.cityRu}`,
    titleEn: `${titleEn} (synthetic event ${number}), ${place.cityEn}`,
    startDate: isoDay(start),
    endDate: end,
    cityRu: place.cityRu,
    cityEn: place.cityEn,
    hostCode: host,
    summaryRu: `Синтетическое событие для нагрузочных тестов: ${participants.length} стран-участниц.`,
    summaryEn: `Synthetic event for load tests: ${participants.length} participating countries.`,
    participants,
  };
}

/** Inserts `count` synthetic events and their participants, batched multi-row inserts in one transaction. */
export function insertSyntheticEvents(client: Client, options: InsertOptions): Promise<number> {
  return insertInBatches(
    client,
    { batchSize: 5_000, ...options },
    (index) => syntheticEvent(index, options.seed),
    async (events) => {
      const column = columnOf(events);
      await client.query(
        `INSERT INTO "Event" (id, slug, kind, "titleRu", "titleEn", "startDate", "endDate", "cityRu", "cityEn", "hostCode", "summaryRu", "summaryEn", "updatedAt")
       SELECT id, slug, kind::"EventKind", "titleRu", "titleEn", s::date, e::date, "cityRu", "cityEn", host, "summaryRu", "summaryEn", now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
           AS t(id, slug, kind, "titleRu", "titleEn", s, e, "cityRu", "cityEn", host, "summaryRu", "summaryEn")`,
        [
          column("id"),
          column("slug"),
          column("kind"),
          column("titleRu"),
          column("titleEn"),
          column("startDate"),
          column("endDate"),
          column("cityRu"),
          column("cityEn"),
          column("hostCode"),
          column("summaryRu"),
          column("summaryEn"),
        ],
      );
      const participants = events.flatMap((e) => e.participants.map((code) => [e.id, code] as const));
      await client.query(`INSERT INTO "EventParticipant" ("eventId", "countryCode") SELECT * FROM unnest($1::text[], $2::text[])`, [
        participants.map(([id]) => id),
        participants.map(([, code]) => code),
      ]);
    },
  );
}
