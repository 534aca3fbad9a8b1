import type { PrismaClient } from "@/lib/prisma-client";

/**
 * Removes the ventures, trade figures, initiatives, targets, events, documents and sources
 * created since `since` (their partners, citations, participants and status changes go with them) and the audit entries
 * written since, so the seeded facts other test files count are as the seed left them.
 */
export async function removeRecordsCreatedSince(db: PrismaClient, since: Date): Promise<void> {
  const created = { createdAt: { gte: since } };
  await db.jointVenture.deleteMany({ where: { ...created, isSynthetic: false } });
  await db.tradeFigure.deleteMany({ where: { ...created, isSynthetic: false } });
  await db.initiative.deleteMany({ where: created });
  await db.target.deleteMany({ where: created });
  await db.eventDocument.updateMany({ where: { approvedByDocumentId: { not: null }, ...created }, data: { approvedByDocumentId: null } });
  await db.eventDocument.deleteMany({ where: created });
  await db.event.deleteMany({ where: created });
  await db.source.deleteMany({ where: created });
  await db.auditLog.deleteMany({ where: { at: { gte: since } } });
}
