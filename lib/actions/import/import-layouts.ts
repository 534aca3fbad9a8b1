"use server";
import { getTranslations } from "next-intl/server";
import { deleteImportLayout, saveImportLayout } from "@/lib/records/import-layouts";
import { LAYOUT_FIELDS } from "@/lib/validation/statistics-layout";
import { workspaceAction } from "@/lib/actions/workspace-action";

// Saved layouts of statistics files (lib/records/import-layouts.ts). The form sends only the
// layout's fields and the name, never the file.

export const saveImportLayoutAction = workspaceAction({
  permission: "import:run",
  entity: () => null,
  save: (db, actor, values) =>
    saveImportLayout(db, actor, {
      name: String(values.name ?? ""),
      fields: Object.fromEntries(LAYOUT_FIELDS.flatMap((name) => (typeof values[name] === "string" ? [[name, values[name]]] : []))),
    }),
  saved: async (_result, values) => ({ message: (await getTranslations("statsImport.ui"))("layoutSaved", { name: String(values.name).trim() }) }),
});

export const deleteImportLayoutAction = workspaceAction({
  permission: "import:run",
  entity: () => null,
  save: (db, actor, values) => deleteImportLayout(db, actor, String(values.id ?? "")),
  saved: async () => ({ message: (await getTranslations("statsImport.ui"))("layoutDeleted") }),
});
