-- CreateEnum
CREATE TYPE "StatusEntryKind" AS ENUM ('CHANGE', 'CHECK');

-- AlterTable
ALTER TABLE "InitiativeStatusChange" ADD COLUMN     "kind" "StatusEntryKind" NOT NULL DEFAULT 'CHANGE',
ADD COLUMN     "noPublicInformation" BOOLEAN NOT NULL DEFAULT false;

