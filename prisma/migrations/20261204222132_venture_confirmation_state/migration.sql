-- AlterTable
ALTER TABLE "JointVenture" ADD COLUMN     "confirmedBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "fullyConfirmed" BOOLEAN NOT NULL DEFAULT false;


-- A new version of a venture (any save of its facts) is confirmed by nobody yet: both
-- partner ministries are asked again. The confirmations themselves stay, with the version
-- they confirmed.
CREATE FUNCTION "JointVenture_reset_confirmation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."confirmedBy" := '{}';
  NEW."fullyConfirmed" := false;
  RETURN NEW;
END $$;

CREATE TRIGGER "JointVenture_reset_confirmation"
  BEFORE UPDATE OF "version" ON "JointVenture"
  FOR EACH ROW WHEN (NEW."version" IS DISTINCT FROM OLD."version")
  EXECUTE FUNCTION "JointVenture_reset_confirmation"();

CREATE INDEX "JointVenture_confirmedBy_idx" ON "JointVenture" USING GIN ("confirmedBy");
