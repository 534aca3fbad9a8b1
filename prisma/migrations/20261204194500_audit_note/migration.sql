-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "note" JSONB;
