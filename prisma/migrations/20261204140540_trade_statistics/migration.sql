-- Official trade statistics beside the stated figures (issue 17): a figure says who reports
-- it (a country of the pair, or null for a statement quoted from a speech or an article, as
-- every figure was before), the flow from the reporter's side and the period's frequency.
-- An import of statistics is one TradeImport; a later release that changes a value keeps the
-- earlier one as a TradeFigureRevision with its source, and the import can be undone whole.

-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'STATISTICS';

-- CreateEnum
CREATE TYPE "TradeFlow" AS ENUM ('EXPORT', 'IMPORT', 'TURNOVER');

-- CreateEnum
CREATE TYPE "TradeFrequency" AS ENUM ('YEAR', 'QUARTER', 'MONTH');

-- AlterTable
ALTER TABLE "TradeFigure" ADD COLUMN     "flow" "TradeFlow" NOT NULL DEFAULT 'TURNOVER',
ADD COLUMN     "frequency" "TradeFrequency",
ADD COLUMN     "importId" TEXT,
ADD COLUMN     "releasedOn" DATE,
ADD COLUMN     "reporterCode" CHAR(2);

-- CreateTable
CREATE TABLE "TradeFigureRevision" (
    "id" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "valueUsd" DECIMAL(18,2) NOT NULL,
    "releasedOn" DATE,
    "sourceId" TEXT NOT NULL,
    "importId" TEXT,
    "replacedByImportId" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TradeFigureRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TradeImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "preset" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "added" INTEGER NOT NULL,
    "revised" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,

    CONSTRAINT "TradeImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TradeFigureRevision_figureId_replacedAt_idx" ON "TradeFigureRevision"("figureId", "replacedAt");

-- CreateIndex
CREATE INDEX "TradeFigureRevision_replacedByImportId_idx" ON "TradeFigureRevision"("replacedByImportId");

-- CreateIndex
CREATE INDEX "TradeImport_at_idx" ON "TradeImport"("at");

-- CreateIndex
CREATE INDEX "TradeFigure_reporterCode_countryACode_countryBCode_flow_fre_idx" ON "TradeFigure"("reporterCode", "countryACode", "countryBCode", "flow", "frequency", "periodStart");

-- CreateIndex
CREATE INDEX "TradeFigure_importId_idx" ON "TradeFigure"("importId");

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_reporterCode_fkey" FOREIGN KEY ("reporterCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_importId_fkey" FOREIGN KEY ("importId") REFERENCES "TradeImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigureRevision" ADD CONSTRAINT "TradeFigureRevision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "TradeFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigureRevision" ADD CONSTRAINT "TradeFigureRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigureRevision" ADD CONSTRAINT "TradeFigureRevision_replacedByImportId_fkey" FOREIGN KEY ("replacedByImportId") REFERENCES "TradeImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeImport" ADD CONSTRAINT "TradeImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeImport" ADD CONSTRAINT "TradeImport_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeImport" ADD CONSTRAINT "TradeImport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AddCheck
-- A reported figure is bilateral and its reporter is one of the pair; a statement is a turnover.
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_reporter_in_pair" CHECK (
  "reporterCode" IS NULL AND "flow" = 'TURNOVER'
  OR ("scope" = 'BILATERAL' AND "reporterCode" IN ("countryACode", "countryBCode") AND "valueUsd" IS NOT NULL)
);
ALTER TABLE "TradeFigureRevision" ADD CONSTRAINT "TradeFigureRevision_value_nonnegative" CHECK ("valueUsd" >= 0);

-- One live figure per reporter, pair, flow and period: a later release revises it.
CREATE UNIQUE INDEX "TradeFigure_reported_period_key" ON "TradeFigure"("reporterCode", "countryACode", "countryBCode", "flow", "periodStart", "periodEnd")
  WHERE "reporterCode" IS NOT NULL AND "deletedAt" IS NULL;

-- The frequency of the figures entered so far, from their periods.
UPDATE "TradeFigure" SET "frequency" = CASE
  WHEN extract(day FROM "periodStart") <> 1 THEN NULL
  WHEN extract(month FROM "periodStart") = 1 AND "periodEnd" = ("periodStart" + interval '1 year' - interval '1 day')::date THEN 'YEAR'
  WHEN extract(month FROM "periodStart") IN (1, 4, 7, 10) AND "periodEnd" = ("periodStart" + interval '3 months' - interval '1 day')::date THEN 'QUARTER'
  WHEN "periodEnd" = ("periodStart" + interval '1 month' - interval '1 day')::date THEN 'MONTH'
END::"TradeFrequency";
