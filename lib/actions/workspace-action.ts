import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthorizationError, assertAllowed, type Actor, type Permission } from "@/lib/auth/permissions";
import { isDatabaseUnreachable } from "@/lib/database-unavailable";
import { redirect } from "@/lib/i18n/navigation";
import { isEntityKey, type EntityKey } from "@/lib/entities";
import { formDataToObject, UnreadableFormError } from "@/lib/validation/fields";
import { mergeConflictState, refreshPublicPages, refusedFormState } from "@/lib/actions/respond";
import { mergeWithSaved } from "@/lib/actions/merge-save";
import { withAuditNote, type MutationResult } from "@/lib/records/mutation";
import type { FormState } from "@/lib/actions/form-state";

export type FormValues = Record<string, unknown>;
type Saved = Extract<MutationResult, { ok: true }>;
type AfterSave = { href: string } | { message: string; reveal?: string[] };

type WorkspaceActionConfig = {
  /** Checked first, before the form is read: a refused person costs one session lookup. */
  permission: Permission;
  /** Whose public pages a save refreshes and whose labels explain a refusal ("user": the users page). */
  entity: EntityKey | "user" | ((values: FormValues) => EntityKey | null);
  /** The write itself, from lib/records: it checks the permission again and parses the values. */
  save: (db: PrismaClient, actor: Actor, values: FormValues) => Promise<MutationResult>;
  /** After a save: the workspace page to go to, or a notice to show on this one. */
  saved: (result: Saved, values: FormValues) => AfterSave | Promise<AfterSave>;
  /** Fields never sent back to the browser. */
  secret?: readonly string[];
};

/**
 * Every staff server action, written once (the frame dub's action client gives its actions):
 * who is asking and whether they may (before anything else is done), the bounded reading of
 * the form, the write, the refresh of the public pages, and the redirect or notice. A refusal
 * (signed out, role, invalid input, the database down at any step) comes back as form state
 * with the person's input, so nothing typed is lost. `bound` carries values a page bound to
 * the action (a record id), which take precedence over the form's.
 */
export function workspaceAction(config: WorkspaceActionConfig) {
  return async function action(_previous: FormState, formData: FormData, bound: FormValues = {}): Promise<FormState> {
    const actor = await whoIsAsking();
    let values: FormValues;
    try {
      // A forged request can bind anything to these arguments.
      if (!(formData instanceof FormData) || typeof bound !== "object" || bound === null) throw new UnreadableFormError("not a form");
      values = { ...formDataToObject(formData), ...bound };
    } catch (error) {
      if (!(error instanceof UnreadableFormError)) throw error;
      return { status: "error", message: (await getTranslations("workspace.refused"))("unreadable") };
    }
    const entity = typeof config.entity === "function" ? config.entity(values) : config.entity;
    const blankSecrets = (form: FormValues) => (config.secret ? { ...form, ...Object.fromEntries(config.secret.map((field) => [field, ""])) } : form);
    const shown = blankSecrets(values);
    const refused = (result: Extract<MutationResult, { ok: false }>) => refusedFormState(result, shown, entity ?? "user");

    if (actor === "unavailable") return refused({ ok: false, error: "unavailable" });
    try {
      assertAllowed(actor, config.permission);
    } catch (error) {
      if (error instanceof AuthorizationError) return refused({ ok: false, error: error.reason });
      throw error;
    }
    // A form opened before someone else's save of the record: merged with it field by field.
    const merge = entity && isEntityKey(entity) && typeof values.base === "string" ? await mergeWithSaved(entity, values) : { outcome: "asSubmitted" as const };
    // While it asks about the fields both changed, the form shows the other person's changes to the rest.
    if (merge.outcome === "conflict") return mergeConflictState(merge, blankSecrets(merge.values), entity as EntityKey);
    const save = () => config.save(prisma, actor!, merge.outcome === "merged" ? merge.values : values);
    const result = merge.outcome === "merged" ? await withAuditNote(merge.note, save) : await save();
    if (!result.ok) return refused(result);

    if (entity === "user") for (const page of ["users", "account"]) revalidatePath(`/[locale]/manage/${page}`, "page");
    else if (entity) refreshPublicPages(entity);
    const next = await config.saved(result, values);
    if ("href" in next) redirect({ href: next.href, locale: await getLocale() });
    return { status: "idle", message: next.message, reveal: next.reveal };
  };
}

/** After a save: back to the workspace list, which marks the saved record (`?saved=id`). */
export function backToList(listPath: `/manage/${string}`): (result: Saved) => AfterSave {
  return (result) => ({ href: `${listPath}?saved=${result.id}` });
}

/** The kind of record a page bound to a delete or restore button, if it is one. */
export function boundEntity({ entity }: FormValues): EntityKey | null {
  return typeof entity === "string" && isEntityKey(entity) ? entity : null;
}

/** The signed-in person, or "unavailable" while the database cannot be reached to tell. */
async function whoIsAsking(): Promise<Actor | null | "unavailable"> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return "unavailable";
    throw error;
  }
}
