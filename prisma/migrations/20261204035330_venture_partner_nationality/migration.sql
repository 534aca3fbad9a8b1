-- A venture's partner as its source describes it: a company the source does not name
-- ("Uzbek partner, not named"), a binational company ("казахстанско-узбекская") with a second
-- country, and a nationality read from the paragraph's context rather than its words
-- (countryInferred). A partner says something: a name, a country, or both.

-- AlterTable
ALTER TABLE "VenturePartner" ADD COLUMN     "countryInferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "secondCountryCode" CHAR(2),
ALTER COLUMN "companyName" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "VenturePartner_secondCountryCode_idx" ON "VenturePartner"("secondCountryCode");

-- AddForeignKey
ALTER TABLE "VenturePartner" ADD CONSTRAINT "VenturePartner_secondCountryCode_fkey" FOREIGN KEY ("secondCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddCheck
ALTER TABLE "VenturePartner" ADD CONSTRAINT "VenturePartner_says_something"
  CHECK ("companyName" IS NOT NULL OR "countryCode" IS NOT NULL);
ALTER TABLE "VenturePartner" ADD CONSTRAINT "VenturePartner_second_country"
  CHECK ("secondCountryCode" IS NULL OR ("countryCode" IS NOT NULL AND "secondCountryCode" <> "countryCode"));

-- The registry's columns (migrations venture_registry_indexes, search_indexes) now count a
-- binational partner's second country too, so the country and pair filters, the map and
-- their CSV find its venture under both countries.
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
      UNION ALL
      SELECT p."secondCountryCode"::text FROM "VenturePartner" p WHERE p."ventureId" = NEW.id
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

-- Backfill.
UPDATE "JointVenture" SET "countryCode" = "countryCode";
