"use server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { IMPORT_ENTITY, importKind } from "@/lib/import/kinds";
import { refreshPublicPages } from "@/lib/actions/respond";

/**
 * Called by the import page once an import has committed. The import's own response is a
 * stream, and a tag expired while a route handler is still streaming is not applied, so the
 * public pages are refreshed from here, where updateTag works as after any form save.
 */
export async function refreshAfterImportAction(kind: string): Promise<void> {
  if (!can((await getCurrentUser())?.role, "import:run")) return;
  const parsed = importKind.safeParse(kind);
  if (!parsed.success) return;
  refreshPublicPages(IMPORT_ENTITY[parsed.data]);
}
