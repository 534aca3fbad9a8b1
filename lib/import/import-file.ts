import "server-only";
import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache";
import { ENTITIES } from "@/lib/records/entities";
import { IMPORT_ENTITY, type ImportKind } from "@/lib/import/kinds";
import { checkImport, runImport, type ImportCheck, type ImportResult } from "@/lib/import/run-import";
import type { Actor } from "@/lib/auth/permissions";

type Upload = { kind: ImportKind; text: string };

/** The dry run of an uploaded file against the portal's database (lib/import/run-import.ts). */
export function checkUpload(actor: Actor, upload: Upload): Promise<ImportCheck> {
  return checkImport(prisma, actor, upload);
}

/**
 * Imports an uploaded file in one transaction (lib/import/run-import.ts). Once it commits,
 * the public pages showing its kind of record expire; best effort while the answer streams,
 * so the import page also refreshes them through a server action once it reads "done".
 */
export async function importUpload(actor: Actor, upload: Upload, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
  const result = await runImport(prisma, actor, upload, onProgress);
  if (result.ok) expireTags(ENTITIES[IMPORT_ENTITY[upload.kind]].tags);
  return result;
}
