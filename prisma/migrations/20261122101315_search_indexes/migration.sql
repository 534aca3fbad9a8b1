-- Site search (lib/queries/search.ts) over 2,000+ events, 20,000+ initiatives and 100,000+
-- ventures (issue 7). The search used to build each record's text from joins and run
-- to_tsvector over every row per query: seconds at that size. Now the three tables that grow
-- keep, per language, the text the search matches (own columns plus the names it shows from
-- related rows) and its text-search vector, written by the triggers below, each behind a GIN
-- index: the vectors for the full-text prefix match, pg_trgm on the texts for the substring
-- and misspelling match. Documents, targets and sources stay computed at query time: tens of
-- rows that grow by a handful per summit.
--
-- Related rows: the country names are reference data (written by the seed only); an event's
-- city is part of its initiatives' text, so a change of city reruns their trigger.

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchRu" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVectorEn" tsvector,
ADD COLUMN     "searchVectorRu" tsvector;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "searchEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchRu" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVectorEn" tsvector,
ADD COLUMN     "searchVectorRu" tsvector;

-- AlterTable
ALTER TABLE "JointVenture" ADD COLUMN     "searchEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchRu" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVectorEn" tsvector,
ADD COLUMN     "searchVectorRu" tsvector;

-- CreateIndex
CREATE INDEX "Event_searchVectorRu_idx" ON "Event" USING GIN ("searchVectorRu");

-- CreateIndex
CREATE INDEX "Event_searchVectorEn_idx" ON "Event" USING GIN ("searchVectorEn");

-- CreateIndex
CREATE INDEX "Event_searchRu_trgm_idx" ON "Event" USING GIN ("searchRu" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_searchEn_trgm_idx" ON "Event" USING GIN ("searchEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Initiative_searchVectorRu_idx" ON "Initiative" USING GIN ("searchVectorRu");

-- CreateIndex
CREATE INDEX "Initiative_searchVectorEn_idx" ON "Initiative" USING GIN ("searchVectorEn");

-- CreateIndex
CREATE INDEX "Initiative_searchRu_trgm_idx" ON "Initiative" USING GIN ("searchRu" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Initiative_searchEn_trgm_idx" ON "Initiative" USING GIN ("searchEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "JointVenture_searchVectorRu_idx" ON "JointVenture" USING GIN ("searchVectorRu");

-- CreateIndex
CREATE INDEX "JointVenture_searchVectorEn_idx" ON "JointVenture" USING GIN ("searchVectorEn");

-- CreateIndex
CREATE INDEX "JointVenture_searchRu_trgm_idx" ON "JointVenture" USING GIN ("searchRu" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "JointVenture_searchEn_trgm_idx" ON "JointVenture" USING GIN ("searchEn" gin_trgm_ops);


-- CreateFunction
CREATE FUNCTION "event_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT concat_ws(' ', NEW."titleRu", NEW."cityRu", h."nameRu", NEW."summaryRu"),
         concat_ws(' ', NEW."titleEn", NEW."cityEn", h."nameEn", NEW."summaryEn")
    INTO NEW."searchRu", NEW."searchEn"
    FROM (SELECT) one LEFT JOIN "Country" h ON h.code = NEW."hostCode";
  NEW."searchVectorRu" := to_tsvector('russian', NEW."searchRu");
  NEW."searchVectorEn" := to_tsvector('english', NEW."searchEn");
  RETURN NEW;
END
$$;

-- CreateTrigger
CREATE TRIGGER "Event_search_columns" BEFORE INSERT OR UPDATE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "event_search_columns"();

-- CreateFunction
CREATE FUNCTION "initiative_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT concat_ws(' ', NEW."titleRu", NEW."descriptionRu", p."nameRu", NEW."proposerPersonRu", e."cityRu"),
         concat_ws(' ', NEW."titleEn", NEW."descriptionEn", p."nameEn", NEW."proposerPersonEn", e."cityEn")
    INTO NEW."searchRu", NEW."searchEn"
    FROM (SELECT) one LEFT JOIN "Country" p ON p.code = NEW."proposerCode" LEFT JOIN "Event" e ON e.id = NEW."eventId";
  NEW."searchVectorRu" := to_tsvector('russian', NEW."searchRu");
  NEW."searchVectorEn" := to_tsvector('english', NEW."searchEn");
  RETURN NEW;
END
$$;

-- CreateTrigger
CREATE TRIGGER "Initiative_search_columns" BEFORE INSERT OR UPDATE ON "Initiative"
  FOR EACH ROW EXECUTE FUNCTION "initiative_search_columns"();

-- CreateFunction
CREATE FUNCTION "event_city_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Initiative" i SET "eventId" = i."eventId" WHERE i."eventId" = NEW.id;
  RETURN NULL;
END
$$;

-- CreateTrigger
CREATE TRIGGER "Event_city_changed" AFTER UPDATE OF "cityRu", "cityEn" ON "Event"
  FOR EACH ROW WHEN (OLD."cityRu" IS DISTINCT FROM NEW."cityRu" OR OLD."cityEn" IS DISTINCT FROM NEW."cityEn")
  EXECUTE FUNCTION "event_city_changed"();

-- The registry's trigger (migration venture_registry_indexes) also writes the search columns;
-- partner changes already rerun it. lib/synthetic/ventures.ts writes the same values itself.
-- CreateFunction
CREATE OR REPLACE FUNCTION "venture_derived_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  partners text := (SELECT string_agg(p."companyName", ' ' ORDER BY p.position) FROM "VenturePartner" p WHERE p."ventureId" = NEW.id);
BEGIN
  NEW."countries" := ARRAY(
    SELECT DISTINCT code FROM (
      SELECT NEW."countryCode"::text AS code
      UNION ALL
      SELECT p."countryCode"::text FROM "VenturePartner" p WHERE p."ventureId" = NEW.id
    ) involved
    WHERE code IS NOT NULL
    ORDER BY code);
  NEW."searchText" := concat_ws(' ', NEW."nameRu", NEW."nameEn", NEW."productsRu", NEW."productsEn", NEW."cityRu", NEW."cityEn", partners);
  SELECT concat_ws(' ', NEW."nameRu", NEW."productsRu", NEW."cityRu", c."nameRu", partners),
         concat_ws(' ', NEW."nameEn", NEW."productsEn", NEW."cityEn", c."nameEn", partners)
    INTO NEW."searchRu", NEW."searchEn"
    FROM (SELECT) one LEFT JOIN "Country" c ON c.code = NEW."countryCode";
  NEW."searchVectorRu" := to_tsvector('russian', NEW."searchRu");
  NEW."searchVectorEn" := to_tsvector('english', NEW."searchEn");
  RETURN NEW;
END
$$;

-- pg_trgm declares its word-similarity operators (`<%`, and `%>` which the index uses) as cheap
-- as an equality. They cost tens of microseconds a row on these texts, so for a common word
-- the planner chose to scan all 100,000 ventures and run them on every row (seconds) over the
-- trigram and vector indexes (milliseconds). The declared cost tells it the truth. A restore
-- that recreates the extension (pg_restore into an empty database) resets it: rerun these.
ALTER FUNCTION word_similarity_op(text, text) COST 100;
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;

-- Backfill the rows that exist already (events first: initiatives read their city).
UPDATE "Event" SET "hostCode" = "hostCode";
UPDATE "Initiative" SET "eventId" = "eventId";
UPDATE "JointVenture" SET "countryCode" = "countryCode";
