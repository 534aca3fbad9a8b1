-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('CENTRAL_ASIA', 'PARTNER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('ARTICLE', 'REFERENCE');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CONSULTATIVE_MEETING', 'STATE_VISIT', 'MINISTERIAL_COUNCIL', 'BUSINESS_FORUM', 'EXPERT_ROUND_TABLE');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('JOINT_STATEMENT', 'DECLARATION', 'APPEAL', 'DECISION', 'CONCEPT', 'CATALOGUE', 'AGREEMENT', 'ROADMAP', 'STRATEGY', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentAdoption" AS ENUM ('SIGNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('INDUSTRY', 'TRADE', 'INVESTMENT', 'TRANSPORT', 'MINING', 'DIGITAL', 'WATER', 'ENVIRONMENT', 'TOURISM', 'INSTITUTIONS', 'AGRICULTURE', 'ENERGY', 'AUTOMOTIVE', 'MACHINERY', 'TEXTILES', 'SECURITY');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('PROPOSED', 'SUPPORTED', 'IN_PROGRESS', 'ADOPTED', 'IMPLEMENTED', 'STALLED');

-- CreateEnum
CREATE TYPE "VentureStatus" AS ENUM ('ANNOUNCED', 'ESTABLISHED', 'OPERATING', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "TradeScope" AS ENUM ('INTRA_REGIONAL', 'BILATERAL', 'PARTNER_REGION');

-- CreateEnum
CREATE TYPE "StatisticUnit" AS ENUM ('COUNT', 'PERCENT', 'USD');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'ARTICLE',
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "publishedOn" DATE,
    "publishedOnInferred" BOOLEAN NOT NULL DEFAULT false,
    "language" VARCHAR(8) NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT,
    "noteRu" TEXT,
    "noteEn" TEXT,
    "countryCode" CHAR(2),
    "eventId" TEXT,
    "documentId" TEXT,
    "initiativeId" TEXT,
    "statusChangeId" TEXT,
    "ventureId" TEXT,
    "tradeFigureId" TEXT,
    "targetId" TEXT,
    "targetRestatementId" TEXT,
    "statisticId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "ordinal" INTEGER,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "dateInferred" BOOLEAN NOT NULL DEFAULT false,
    "cityRu" TEXT,
    "cityEn" TEXT,
    "hostCode" CHAR(2),
    "summaryRu" TEXT,
    "summaryEn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","countryCode")
);

-- CreateTable
CREATE TABLE "EventDocument" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "adoption" "DocumentAdoption" NOT NULL,
    "approvedByDocumentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "EventDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionRu" TEXT,
    "descriptionEn" TEXT,
    "sector" "Sector" NOT NULL,
    "proposerCode" CHAR(2),
    "proposerPersonRu" TEXT,
    "proposerPersonEn" TEXT,
    "eventId" TEXT,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'PROPOSED',
    "adoptedByDocumentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeStatusChange" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "status" "InitiativeStatus" NOT NULL,
    "changedOn" DATE NOT NULL,
    "noteRu" TEXT,
    "noteEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointVenture" (
    "id" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "productsRu" TEXT,
    "productsEn" TEXT,
    "cityRu" TEXT,
    "cityEn" TEXT,
    "countryCode" CHAR(2),
    "status" "VentureStatus" NOT NULL,
    "establishedOn" DATE,
    "establishedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "investmentUsd" DECIMAL(18,2),
    "initiativeId" TEXT,
    "agreementDocumentId" TEXT,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "JointVenture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VenturePartner" (
    "id" TEXT NOT NULL,
    "ventureId" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VenturePartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" TEXT NOT NULL,
    "scope" "TradeScope" NOT NULL,
    "countryACode" CHAR(2),
    "countryBCode" CHAR(2),
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "periodInferred" BOOLEAN NOT NULL DEFAULT false,
    "valueUsd" DECIMAL(18,2),
    "isLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "growthPercent" DECIMAL(7,2),
    "growthIsLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "growthOverYears" INTEGER,
    "noteRu" TEXT,
    "noteEn" TEXT,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TradeFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "scope" "TradeScope" NOT NULL,
    "countryACode" CHAR(2),
    "countryBCode" CHAR(2),
    "valueUsd" DECIMAL(18,2) NOT NULL,
    "horizonRu" TEXT NOT NULL,
    "horizonEn" TEXT NOT NULL,
    "deadlineYear" INTEGER,
    "baselineValueUsd" DECIMAL(18,2),
    "baselineIsLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "baselineFigureId" TEXT,
    "setOn" DATE NOT NULL,
    "setAtEventId" TEXT,
    "setByRu" TEXT,
    "setByEn" TEXT,
    "noteRu" TEXT,
    "noteEn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetRestatement" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "statedOn" DATE NOT NULL,
    "eventId" TEXT,
    "statedByRu" TEXT,
    "statedByEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetRestatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statistic" (
    "id" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,
    "unit" "StatisticUnit" NOT NULL,
    "isLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "isApproximate" BOOLEAN NOT NULL DEFAULT false,
    "asOf" DATE,
    "countryCode" CHAR(2),
    "eventId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Statistic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "organisation" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_countryCode_idx" ON "Citation"("countryCode");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_documentId_idx" ON "Citation"("documentId");

-- CreateIndex
CREATE INDEX "Citation_initiativeId_idx" ON "Citation"("initiativeId");

-- CreateIndex
CREATE INDEX "Citation_statusChangeId_idx" ON "Citation"("statusChangeId");

-- CreateIndex
CREATE INDEX "Citation_ventureId_idx" ON "Citation"("ventureId");

-- CreateIndex
CREATE INDEX "Citation_tradeFigureId_idx" ON "Citation"("tradeFigureId");

-- CreateIndex
CREATE INDEX "Citation_targetId_idx" ON "Citation"("targetId");

-- CreateIndex
CREATE INDEX "Citation_targetRestatementId_idx" ON "Citation"("targetRestatementId");

-- CreateIndex
CREATE INDEX "Citation_statisticId_idx" ON "Citation"("statisticId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_kind_startDate_idx" ON "Event"("kind", "startDate");

-- CreateIndex
CREATE INDEX "Event_hostCode_idx" ON "Event"("hostCode");

-- CreateIndex
CREATE INDEX "EventParticipant_countryCode_idx" ON "EventParticipant"("countryCode");

-- CreateIndex
CREATE INDEX "EventDocument_eventId_idx" ON "EventDocument"("eventId");

-- CreateIndex
CREATE INDEX "EventDocument_type_idx" ON "EventDocument"("type");

-- CreateIndex
CREATE INDEX "EventDocument_approvedByDocumentId_idx" ON "EventDocument"("approvedByDocumentId");

-- CreateIndex
CREATE INDEX "Initiative_eventId_idx" ON "Initiative"("eventId");

-- CreateIndex
CREATE INDEX "Initiative_proposerCode_idx" ON "Initiative"("proposerCode");

-- CreateIndex
CREATE INDEX "Initiative_sector_idx" ON "Initiative"("sector");

-- CreateIndex
CREATE INDEX "Initiative_status_idx" ON "Initiative"("status");

-- CreateIndex
CREATE INDEX "Initiative_adoptedByDocumentId_idx" ON "Initiative"("adoptedByDocumentId");

-- CreateIndex
CREATE INDEX "InitiativeStatusChange_initiativeId_changedOn_idx" ON "InitiativeStatusChange"("initiativeId", "changedOn");

-- CreateIndex
CREATE INDEX "JointVenture_countryCode_idx" ON "JointVenture"("countryCode");

-- CreateIndex
CREATE INDEX "JointVenture_sector_idx" ON "JointVenture"("sector");

-- CreateIndex
CREATE INDEX "JointVenture_status_idx" ON "JointVenture"("status");

-- CreateIndex
CREATE INDEX "JointVenture_establishedOn_idx" ON "JointVenture"("establishedOn");

-- CreateIndex
CREATE INDEX "JointVenture_investmentUsd_idx" ON "JointVenture"("investmentUsd");

-- CreateIndex
CREATE INDEX "JointVenture_initiativeId_idx" ON "JointVenture"("initiativeId");

-- CreateIndex
CREATE INDEX "JointVenture_agreementDocumentId_idx" ON "JointVenture"("agreementDocumentId");

-- CreateIndex
CREATE INDEX "VenturePartner_ventureId_idx" ON "VenturePartner"("ventureId");

-- CreateIndex
CREATE INDEX "VenturePartner_countryCode_idx" ON "VenturePartner"("countryCode");

-- CreateIndex
CREATE INDEX "TradeFigure_scope_countryACode_countryBCode_periodEnd_idx" ON "TradeFigure"("scope", "countryACode", "countryBCode", "periodEnd");

-- CreateIndex
CREATE INDEX "TradeFigure_countryACode_idx" ON "TradeFigure"("countryACode");

-- CreateIndex
CREATE INDEX "TradeFigure_countryBCode_idx" ON "TradeFigure"("countryBCode");

-- CreateIndex
CREATE INDEX "TradeFigure_periodEnd_idx" ON "TradeFigure"("periodEnd");

-- CreateIndex
CREATE INDEX "Target_scope_countryACode_countryBCode_idx" ON "Target"("scope", "countryACode", "countryBCode");

-- CreateIndex
CREATE INDEX "Target_countryACode_idx" ON "Target"("countryACode");

-- CreateIndex
CREATE INDEX "Target_countryBCode_idx" ON "Target"("countryBCode");

-- CreateIndex
CREATE INDEX "Target_setAtEventId_idx" ON "Target"("setAtEventId");

-- CreateIndex
CREATE INDEX "Target_baselineFigureId_idx" ON "Target"("baselineFigureId");

-- CreateIndex
CREATE INDEX "TargetRestatement_targetId_idx" ON "TargetRestatement"("targetId");

-- CreateIndex
CREATE INDEX "TargetRestatement_eventId_idx" ON "TargetRestatement"("eventId");

-- CreateIndex
CREATE INDEX "Statistic_countryCode_idx" ON "Statistic"("countryCode");

-- CreateIndex
CREATE INDEX "Statistic_eventId_idx" ON "Statistic"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "EventDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "InitiativeStatusChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_ventureId_fkey" FOREIGN KEY ("ventureId") REFERENCES "JointVenture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_tradeFigureId_fkey" FOREIGN KEY ("tradeFigureId") REFERENCES "TradeFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_targetRestatementId_fkey" FOREIGN KEY ("targetRestatementId") REFERENCES "TargetRestatement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_statisticId_fkey" FOREIGN KEY ("statisticId") REFERENCES "Statistic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_hostCode_fkey" FOREIGN KEY ("hostCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDocument" ADD CONSTRAINT "EventDocument_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventDocument" ADD CONSTRAINT "EventDocument_approvedByDocumentId_fkey" FOREIGN KEY ("approvedByDocumentId") REFERENCES "EventDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_proposerCode_fkey" FOREIGN KEY ("proposerCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_adoptedByDocumentId_fkey" FOREIGN KEY ("adoptedByDocumentId") REFERENCES "EventDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeStatusChange" ADD CONSTRAINT "InitiativeStatusChange_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointVenture" ADD CONSTRAINT "JointVenture_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointVenture" ADD CONSTRAINT "JointVenture_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointVenture" ADD CONSTRAINT "JointVenture_agreementDocumentId_fkey" FOREIGN KEY ("agreementDocumentId") REFERENCES "EventDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenturePartner" ADD CONSTRAINT "VenturePartner_ventureId_fkey" FOREIGN KEY ("ventureId") REFERENCES "JointVenture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenturePartner" ADD CONSTRAINT "VenturePartner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_countryACode_fkey" FOREIGN KEY ("countryACode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_countryBCode_fkey" FOREIGN KEY ("countryBCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_countryACode_fkey" FOREIGN KEY ("countryACode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_countryBCode_fkey" FOREIGN KEY ("countryBCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_baselineFigureId_fkey" FOREIGN KEY ("baselineFigureId") REFERENCES "TradeFigure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_setAtEventId_fkey" FOREIGN KEY ("setAtEventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRestatement" ADD CONSTRAINT "TargetRestatement_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRestatement" ADD CONSTRAINT "TargetRestatement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statistic" ADD CONSTRAINT "Statistic_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statistic" ADD CONSTRAINT "Statistic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Constraints Prisma cannot express in the schema.

-- A citation supports exactly one record.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_record" CHECK (
  num_nonnulls("countryCode", "eventId", "documentId", "initiativeId", "statusChangeId",
               "ventureId", "tradeFigureId", "targetId", "targetRestatementId", "statisticId") = 1
);

-- Scope and countries agree: intra-regional has none, a bilateral pair is stored in
-- alphabetical order, partner-region names the partner in countryA.
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_scope_countries" CHECK (
  ("scope" = 'INTRA_REGIONAL' AND "countryACode" IS NULL AND "countryBCode" IS NULL)
  OR ("scope" = 'BILATERAL' AND "countryACode" < "countryBCode")
  OR ("scope" = 'PARTNER_REGION' AND "countryACode" IS NOT NULL AND "countryBCode" IS NULL)
);
ALTER TABLE "Target" ADD CONSTRAINT "Target_scope_countries" CHECK (
  ("scope" = 'INTRA_REGIONAL' AND "countryACode" IS NULL AND "countryBCode" IS NULL)
  OR ("scope" = 'BILATERAL' AND "countryACode" < "countryBCode")
  OR ("scope" = 'PARTNER_REGION' AND "countryACode" IS NOT NULL AND "countryBCode" IS NULL)
);

ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_period" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_has_value" CHECK ("valueUsd" IS NOT NULL OR "growthPercent" IS NOT NULL);
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_value_nonnegative" CHECK ("valueUsd" IS NULL OR "valueUsd" >= 0);
ALTER TABLE "Target" ADD CONSTRAINT "Target_value_positive" CHECK ("valueUsd" > 0);
ALTER TABLE "JointVenture" ADD CONSTRAINT "JointVenture_investment_positive" CHECK ("investmentUsd" IS NULL OR "investmentUsd" > 0);
