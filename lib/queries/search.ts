import "server-only";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixTsQuery, searchTerms } from "@/lib/search-text";

export const SEARCH_KINDS = ["event", "document", "initiative", "venture", "target", "source"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchHit = {
  kind: SearchKind;
  /** What the result links to: an event slug, or the record id. */
  key: string;
  /** The page a result without its own page is shown on: a document's event, a venture's initiative. */
  parent: string | null;
  titleRu: string;
  titleEn: string;
  /** The searchable text of the record in each language, for the excerpt. */
  textRu: string;
  textEn: string;
  rank: number;
};

const MAX_HITS_PER_KIND = 20;

// Trigram matching for misspellings ("Tashkend"): only for words of five letters or more,
// where 0.6 of the word's trigrams must occur in one word of the text; shorter words
// share too many trigrams with unrelated ones. 0.6 is pg_trgm's default
// word_similarity_threshold, which the indexable `<%` operator applies.
const MIN_FUZZY_LENGTH = 5;

const targetNameSelect = {
  id: true,
  scope: true,
  valueUsd: true,
  countryA: { select: { nameRu: true, nameEn: true } },
  countryB: { select: { nameRu: true, nameEn: true } },
} satisfies Prisma.TargetSelect;

type TargetNameFields = Omit<Prisma.TargetGetPayload<{ select: typeof targetNameSelect }>, "id">;

// What each kind of record offers the search, in the same columns: key, parent, titles, the
// text in each language ("searchRu", "searchEn") with its text-search vector, and the date
// that orders equal ranks. Events, initiatives and ventures keep text and vectors in columns
// of their own, behind GIN indexes (migration search_indexes); documents, targets and sources
// are tens of rows and are computed here.
const withVectors = (records: Prisma.Sql) => Prisma.sql`
  SELECT x.*, to_tsvector('russian', x."searchRu") AS "searchVectorRu", to_tsvector('english', x."searchEn") AS "searchVectorEn"
    FROM (${records}) x`;

const RECORDS: Record<SearchKind, Prisma.Sql> = {
  event: Prisma.sql`
    SELECT e.slug AS key, NULL AS parent, e."titleRu", e."titleEn", e."searchRu", e."searchEn", e."searchVectorRu", e."searchVectorEn", e."startDate" AS sort
      FROM "Event" e
     WHERE e."deletedAt" IS NULL`,
  document: withVectors(Prisma.sql`
    SELECT d.id AS key, e.slug AS parent, d."titleRu", d."titleEn",
           concat_ws(' ', d."titleRu", e."titleRu", e."cityRu") AS "searchRu",
           concat_ws(' ', d."titleEn", e."titleEn", e."cityEn") AS "searchEn",
           e."startDate" AS sort
      FROM "EventDocument" d JOIN "Event" e ON e.id = d."eventId"
     WHERE d."deletedAt" IS NULL`),
  initiative: Prisma.sql`
    SELECT i.id AS key, NULL AS parent, i."titleRu", i."titleEn", i."searchRu", i."searchEn", i."searchVectorRu", i."searchVectorEn", e."startDate" AS sort
      FROM "Initiative" i LEFT JOIN "Event" e ON e.id = i."eventId"
     WHERE i."deletedAt" IS NULL`,
  venture: Prisma.sql`
    SELECT v.id AS key, v."initiativeId" AS parent, v."nameRu" AS "titleRu", v."nameEn" AS "titleEn", v."searchRu", v."searchEn", v."searchVectorRu", v."searchVectorEn", v."establishedOn" AS sort
      FROM "JointVenture" v
     WHERE v."deletedAt" IS NULL AND NOT v."isSynthetic"`,
  // Targets have no title; the page builds one from the value and scope, and the
  // text is what the statement says: horizon, who set it, the countries named.
  target: withVectors(Prisma.sql`
    SELECT t.id AS key, NULL AS parent, '' AS "titleRu", '' AS "titleEn",
           concat_ws(' ', 'товарооборот торговля', a."nameRu", b."nameRu", t."horizonRu", t."setByRu", t."noteRu", e."titleRu") AS "searchRu",
           concat_ws(' ', 'trade turnover target', a."nameEn", b."nameEn", t."horizonEn", t."setByEn", t."noteEn", e."titleEn") AS "searchEn",
           t."setOn" AS sort
      FROM "Target" t LEFT JOIN "Country" a ON a.code = t."countryACode" LEFT JOIN "Country" b ON b.code = t."countryBCode"
      LEFT JOIN "Event" e ON e.id = t."setAtEventId"
     WHERE t."deletedAt" IS NULL`),
  source: withVectors(Prisma.sql`
    SELECT s.id AS key, NULL AS parent, s."titleRu", s."titleEn",
           concat_ws(' ', s."titleRu", s.publisher, s.author) AS "searchRu",
           concat_ws(' ', s."titleEn", s.publisher, s.author) AS "searchEn",
           s."publishedOn" AS sort
      FROM "Source" s
     WHERE s."deletedAt" IS NULL`),
};

/**
 * A record matches a word through the russian or the english text-search configuration as
 * a prefix, as a substring of its text in either language, or (five letters or more) by
 * trigram similarity. Each alternative is one the GIN indexes answer, so PostgreSQL reads
 * only the matching rows. Words are letters and digits only (searchTerms): no LIKE wildcards.
 */
function matchesWord(term: string): Prisma.Sql {
  const prefix = prefixTsQuery([term]);
  const substring = `%${term}%`;
  const fuzzy = term.length >= MIN_FUZZY_LENGTH ? Prisma.sql`OR ${term} <% r."searchRu" OR ${term} <% r."searchEn"` : Prisma.empty;
  return Prisma.sql`r."searchVectorRu" @@ to_tsquery('russian', ${prefix}) OR r."searchVectorEn" @@ to_tsquery('english', ${prefix})
    OR r."searchRu" ILIKE ${substring} OR r."searchEn" ILIKE ${substring} ${fuzzy}`;
}

/** A term matches as itself or as any of the vocabulary words it is corrected to. */
function matchesTerm(term: string, corrections: readonly string[] = []): Prisma.Sql {
  return Prisma.sql`(${Prisma.join([term, ...corrections].map(matchesWord), " OR ")})`;
}

// A misspelt word (four letters or more, the start of no word the portal has) is corrected
// to the one or two words of the vocabulary it is most like, when at least 0.3 of their
// trigrams agree (pg_trgm's default similarity_threshold, which the indexable % applies):
// "erth" → earth (0.38, where "era" scores 0.29), "ташкнет" → ташкент (0.33).
const MIN_CORRECTED_LENGTH = 4;
const CORRECTIONS_PER_TERM = 2;

/** The vocabulary words each unknown term is corrected to; known terms are left alone. */
export async function correctTerms(terms: string[]): Promise<Map<string, string[]>> {
  const rows = await prisma.$queryRaw<{ term: string; word: string }[]>`
    SELECT t.term, c.word
      FROM unnest(${terms}::text[]) AS t(term)
      CROSS JOIN LATERAL (
        SELECT w.word FROM "SearchWord" w
         WHERE w.word % t.term
         ORDER BY similarity(w.word, t.term) DESC, w.word
         LIMIT ${CORRECTIONS_PER_TERM}) c
     WHERE length(t.term) >= ${MIN_CORRECTED_LENGTH}
       AND NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word LIKE t.term || '%')`;
  const corrections = new Map<string, string[]>();
  for (const { term, word } of rows) corrections.set(term, [...(corrections.get(term) ?? []), word]);
  return corrections;
}

/**
 * "Did you mean …?" for a query that finds nothing: each word the vocabulary does not know
 * replaced by the vocabulary word most like it (three letters or more, a fifth of the
 * trigrams in common), offered only when the corrected query finds something.
 */
async function suggestQuery(terms: string[]): Promise<string | null> {
  const rows = await prisma.$queryRaw<{ term: string; word: string | null }[]>`
    SELECT t.term,
           (SELECT w.word FROM "SearchWord" w
             WHERE length(t.term) >= 3 AND similarity(w.word, t.term) >= 0.2
               AND NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word LIKE t.term || '%')
             ORDER BY similarity(w.word, t.term) DESC, w.word LIMIT 1) AS word
      FROM unnest(${terms}::text[]) AS t(term)`;
  const suggested = terms.map((term) => rows.find((r) => r.term === term)?.word ?? term);
  if (suggested.every((word, i) => word === terms[i])) return null;
  const found = await prisma.$queryRaw<SearchHit[]>(searchSql(suggested, await correctTerms(suggested)));
  return found.length > 0 ? suggested.join(" ") : null;
}

/**
 * Full-text search over events, documents, initiatives, ventures, targets and sources.
 * A record matches when every word of the query matches it (see matchesTerm): "редкоземель"
 * finds «редкоземельным», place and company names match as substrings, "Tashkend" finds
 * Tashkent, a misspelt word ("erth", "Ташкнет") also matches as the words it is corrected to,
 * and a query that finds nothing may come with a suggestion. Per kind, the 20 best by ts_rank in both languages, a title containing the first
 * word counting one more, then the newest. The query string is only ever passed as a
 * parameter, and is reduced to letters and digits first.
 */
export async function searchPortal(query: string) {
  const terms = searchTerms(query);
  const none = {
    terms,
    hits: [] as SearchHit[],
    targets: {} as Record<string, TargetNameFields>,
    corrected: [] as string[],
    suggestion: null as string | null,
  };
  if (terms.length === 0) return none;
  const corrections = await correctTerms(terms);
  const rows = await prisma.$queryRaw<SearchHit[]>(searchSql(terms, corrections));
  if (rows.length === 0) return { ...none, suggestion: await suggestQuery(terms) };
  return {
    ...none,
    hits: rows,
    // The words the misspelt ones were read as, for "Including results for …".
    corrected: [...corrections.values()].flat(),
    targets: await listTargetNames(rows.filter((r) => r.kind === "target").map((r) => r.key)),
  };
}

/** The statement searchPortal runs for these (non-empty) terms; exported for EXPLAIN in tests. */
export function searchSql(terms: string[], corrections: Map<string, string[]> = new Map()): Prisma.Sql {
  const tsQuery = prefixTsQuery(terms);
  const matches = Prisma.join(
    terms.map((term) => matchesTerm(term, corrections.get(term))),
    " AND ",
  );
  const rank = Prisma.sql`ts_rank(r."searchVectorRu", to_tsquery('russian', ${tsQuery})) + ts_rank(r."searchVectorEn", to_tsquery('english', ${tsQuery}))
    + CASE WHEN lower(r."titleRu" || ' ' || r."titleEn") LIKE ${`%${terms[0]}%`} THEN 1 ELSE 0 END`;
  // One query per kind, each stopping at its own 20 best, so a common word does not rank
  // thousands of rows of one kind against the others.
  const perKind = SEARCH_KINDS.map(
    (kind) => Prisma.sql`(
      SELECT ${kind}::text AS kind, r.key, r.parent, r."titleRu", r."titleEn", r."searchRu" AS "textRu", r."searchEn" AS "textEn", ${rank} AS rank
        FROM (${RECORDS[kind]}) r
       WHERE ${matches}
       ORDER BY rank DESC, r.sort DESC NULLS LAST, r.key
       LIMIT ${MAX_HITS_PER_KIND})`,
  );
  return Prisma.sql`
    SELECT kind, key, parent, "titleRu", "titleEn", "textRu", "textEn", rank::float8 AS rank
      FROM (${Prisma.join(perKind, " UNION ALL ")}) hits
     ORDER BY kind, rank DESC, key`;
}

/** What a target hit is called ("Intra-regional trade to $15 bn"), keyed by id. */
async function listTargetNames(ids: string[]): Promise<Record<string, TargetNameFields>> {
  if (ids.length === 0) return {};
  const targets = await prisma.target.findMany({ where: { id: { in: ids } }, select: targetNameSelect });
  return Object.fromEntries(targets.map(({ id, ...target }) => [id, target]));
}

/** Search results stay cached until any searched kind of record changes. */
export const cachedSearch = {
  searchPortal: cachedQuery("search.searchPortal", searchPortal, [
    CACHE_TAGS.events,
    CACHE_TAGS.documents,
    CACHE_TAGS.initiatives,
    CACHE_TAGS.ventures,
    CACHE_TAGS.targets,
    CACHE_TAGS.sources,
  ]),
};
