-- The joint-venture registry (/ventures, /api/v1/ventures) filters by country, country pair
-- and search words over 100,000+ ventures. Partners live in their own table, so each of
-- those filters would be a semi-join per row. Instead, two columns of JointVenture, kept by
-- the triggers below, carry what the filters need, each behind a GIN index:
--   countries  — the partners' countries and the location's, sorted, without duplicates,
--   searchText — names, products, city (both languages) and the partners' company names.
-- The application never writes them: the BEFORE trigger overwrites whatever is sent.

-- AlterTable
ALTER TABLE "JointVenture" ADD COLUMN     "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "JointVenture_countries_idx" ON "JointVenture" USING GIN ("countries");

-- CreateIndex
CREATE INDEX "JointVenture_searchText_trgm_idx" ON "JointVenture" USING GIN ("searchText" gin_trgm_ops);


-- CreateFunction
CREATE FUNCTION "venture_derived_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."countries" := ARRAY(
    SELECT DISTINCT code FROM (
      SELECT NEW."countryCode"::text AS code
      UNION ALL
      SELECT p."countryCode"::text FROM "VenturePartner" p WHERE p."ventureId" = NEW.id
    ) involved
    WHERE code IS NOT NULL
    ORDER BY code);
  NEW."searchText" := concat_ws(' ', NEW."nameRu", NEW."nameEn", NEW."productsRu", NEW."productsEn", NEW."cityRu", NEW."cityEn",
    (SELECT string_agg(p."companyName", ' ' ORDER BY p.position) FROM "VenturePartner" p WHERE p."ventureId" = NEW.id));
  RETURN NEW;
END
$$;

-- CreateTrigger
CREATE TRIGGER "JointVenture_derived_columns" BEFORE INSERT OR UPDATE ON "JointVenture"
  FOR EACH ROW EXECUTE FUNCTION "venture_derived_columns"();

-- A change of partners touches their ventures once per statement, which reruns the trigger above.
-- CreateFunction
CREATE FUNCTION "venture_partners_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "JointVenture" v SET "countryCode" = v."countryCode" WHERE v.id IN (SELECT "ventureId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "JointVenture" v SET "countryCode" = v."countryCode" WHERE v.id IN (SELECT "ventureId" FROM old_rows);
  ELSE
    UPDATE "JointVenture" v SET "countryCode" = v."countryCode"
     WHERE v.id IN (SELECT "ventureId" FROM new_rows UNION SELECT "ventureId" FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

-- CreateTrigger
CREATE TRIGGER "VenturePartner_inserted" AFTER INSERT ON "VenturePartner"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "venture_partners_changed"();
CREATE TRIGGER "VenturePartner_updated" AFTER UPDATE ON "VenturePartner"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "venture_partners_changed"();
CREATE TRIGGER "VenturePartner_deleted" AFTER DELETE ON "VenturePartner"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "venture_partners_changed"();

-- Backfill the ventures that exist already.
UPDATE "JointVenture" SET "countryCode" = "countryCode";
