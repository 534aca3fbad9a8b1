import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
// share too many trigrams with unrelated ones.
const MIN_FUZZY_LENGTH = 5;
const FUZZY_THRESHOLD = 0.6;

const targetNameSelect = {
  id: true,
  scope: true,
  valueUsd: true,
  countryA: { select: { nameRu: true, nameEn: true } },
  countryB: { select: { nameRu: true, nameEn: true } },
} satisfies Prisma.TargetSelect;

type TargetNameFields = Omit<Prisma.TargetGetPayload<{ select: typeof targetNameSelect }>, "id">;

/**
 * Full-text search over events, documents, initiatives, ventures, targets and sources.
 * A record matches when every word of the query matches it, each word either through
 * the russian or english text-search configuration as a prefix ("редкоземель" finds
 * «редкоземельным»), or as a substring of the text (place names, company names, words
 * the stemmers do not know), or by trigram similarity for a misspelt word. Ranked by ts_rank, titles first. The query string is only
 * ever passed as a parameter, and is reduced to letters and digits first.
 */
export async function searchPortal(query: string) {
  const terms = searchTerms(query);
  if (terms.length === 0) return { terms, hits: [] as SearchHit[], targets: new Map<string, TargetNameFields>() };
  const tsQuery = prefixTsQuery(terms);
  const rows = await prisma.$queryRaw<SearchHit[]>`
    WITH records AS (
      SELECT 'event' AS kind, e.slug AS key, NULL AS parent, e."titleRu", e."titleEn",
             concat_ws(' ', e."titleRu", e."cityRu", h."nameRu", e."summaryRu") AS "textRu",
             concat_ws(' ', e."titleEn", e."cityEn", h."nameEn", e."summaryEn") AS "textEn",
             e."startDate" AS sort
        FROM "Event" e LEFT JOIN "Country" h ON h.code = e."hostCode"
       WHERE e."deletedAt" IS NULL
      UNION ALL
      SELECT 'document', d.id, e.slug, d."titleRu", d."titleEn",
             concat_ws(' ', d."titleRu", e."titleRu", e."cityRu"),
             concat_ws(' ', d."titleEn", e."titleEn", e."cityEn"),
             e."startDate"
        FROM "EventDocument" d JOIN "Event" e ON e.id = d."eventId"
       WHERE d."deletedAt" IS NULL
      UNION ALL
      SELECT 'initiative', i.id, NULL, i."titleRu", i."titleEn",
             concat_ws(' ', i."titleRu", i."descriptionRu", p."nameRu", i."proposerPersonRu", e."cityRu"),
             concat_ws(' ', i."titleEn", i."descriptionEn", p."nameEn", i."proposerPersonEn", e."cityEn"),
             e."startDate"
        FROM "Initiative" i LEFT JOIN "Country" p ON p.code = i."proposerCode" LEFT JOIN "Event" e ON e.id = i."eventId"
       WHERE i."deletedAt" IS NULL
      UNION ALL
      SELECT 'venture', v.id, v."initiativeId", v."nameRu", v."nameEn",
             concat_ws(' ', v."nameRu", v."productsRu", v."cityRu", c."nameRu", (SELECT string_agg(vp."companyName", ' ') FROM "VenturePartner" vp WHERE vp."ventureId" = v.id)),
             concat_ws(' ', v."nameEn", v."productsEn", v."cityEn", c."nameEn", (SELECT string_agg(vp."companyName", ' ') FROM "VenturePartner" vp WHERE vp."ventureId" = v.id)),
             v."establishedOn"
        FROM "JointVenture" v LEFT JOIN "Country" c ON c.code = v."countryCode"
       WHERE v."deletedAt" IS NULL AND NOT v."isSynthetic"
      UNION ALL
      -- Targets have no title; the page builds one from the value and scope, and the
      -- text is what the statement says: horizon, who set it, the countries named.
      SELECT 'target', t.id, NULL, '', '',
             concat_ws(' ', 'товарооборот торговля', a."nameRu", b."nameRu", t."horizonRu", t."setByRu", t."noteRu", e."titleRu"),
             concat_ws(' ', 'trade turnover target', a."nameEn", b."nameEn", t."horizonEn", t."setByEn", t."noteEn", e."titleEn"),
             t."setOn"
        FROM "Target" t LEFT JOIN "Country" a ON a.code = t."countryACode" LEFT JOIN "Country" b ON b.code = t."countryBCode"
        LEFT JOIN "Event" e ON e.id = t."setAtEventId"
       WHERE t."deletedAt" IS NULL
      UNION ALL
      SELECT 'source', s.id, NULL, s."titleRu", s."titleEn",
             concat_ws(' ', s."titleRu", s.publisher, s.author),
             concat_ws(' ', s."titleEn", s.publisher, s.author),
             s."publishedOn"
        FROM "Source" s
       WHERE s."deletedAt" IS NULL
    ),
    scored AS (
      SELECT r.*,
             ts_rank(to_tsvector('russian', r."textRu"), to_tsquery('russian', ${tsQuery}))
               + ts_rank(to_tsvector('english', r."textEn"), to_tsquery('english', ${tsQuery}))
               + CASE WHEN lower(r."titleRu" || ' ' || r."titleEn") LIKE '%' || ${terms[0]} || '%' THEN 1 ELSE 0 END AS rank,
             row_number() OVER (PARTITION BY r.kind ORDER BY r.sort DESC NULLS LAST, r.key) AS position
        FROM records r
       WHERE (
         SELECT bool_and(
                  to_tsvector('russian', r."textRu") @@ to_tsquery('russian', term || ':*')
               OR to_tsvector('english', r."textEn") @@ to_tsquery('english', term || ':*')
               OR strpos(lower(r."textRu" || ' ' || r."textEn"), term) > 0
               OR (length(term) >= ${MIN_FUZZY_LENGTH} AND word_similarity(term, lower(r."textRu" || ' ' || r."textEn")) >= ${FUZZY_THRESHOLD}))
           FROM unnest(${terms}::text[]) AS term
       )
    )
    SELECT kind, key, parent, "titleRu", "titleEn", "textRu", "textEn", rank::float8 AS rank
      FROM (SELECT s.*, row_number() OVER (PARTITION BY s.kind ORDER BY s.rank DESC, s.position) AS n FROM scored s) ranked
     WHERE n <= ${MAX_HITS_PER_KIND}
     ORDER BY kind, rank DESC, key`;
  return { terms, hits: rows, targets: await listTargetNames(rows.filter((r) => r.kind === "target").map((r) => r.key)) };
}

/** What a target hit is called ("Intra-regional trade to $15 bn"), keyed by id. */
async function listTargetNames(ids: string[]) {
  if (ids.length === 0) return new Map<string, TargetNameFields>();
  const targets = await prisma.target.findMany({ where: { id: { in: ids } }, select: targetNameSelect });
  return new Map(targets.map(({ id, ...target }) => [id, target]));
}
