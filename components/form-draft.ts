"use client";

import { formDataToObject, UnreadableFormError } from "@/lib/validation/fields";
import type { FormValues } from "@/components/record-form";

// Unsaved input of a workspace form kept in this browser (issue 18), per signed-in person and
// page, so a crash, a closed tab or an expired session gives it back. It keeps what the form
// was opened with too: restored, the save is merged with anything saved since, field by field.

export type FormDraft = { values: FormValues; base: FormValues; savedAt: string };

const PREFIX = "camon:draft:";

/** The draft's key: the person (the workspace layout's data-workspace-user) and the page. */
export function draftKey(form: HTMLFormElement): string | null {
  const owner = form.closest("[data-workspace-user]")?.getAttribute("data-workspace-user");
  return owner ? `${PREFIX}${owner}:${window.location.pathname}` : null;
}

export function readDraft(key: string): FormDraft | null {
  try {
    const draft = JSON.parse(window.localStorage.getItem(key) ?? "null") as FormDraft | null;
    return draft && typeof draft.values === "object" && typeof draft.savedAt === "string" ? draft : null;
  } catch {
    return null;
  }
}

/** Keeps the form's fields as they are now (not its bookkeeping: id, version, base; never a password). */
export function writeDraft(key: string, form: HTMLFormElement, base: FormValues): void {
  let values: FormValues;
  try {
    values = formDataToObject(new FormData(form));
  } catch (error) {
    if (error instanceof UnreadableFormError) return;
    throw error;
  }
  const passwords = Array.from(form.querySelectorAll<HTMLInputElement>("input[type=password]"), (input) => input.name);
  for (const field of ["id", "version", "base", "resolve", ...passwords]) delete values[field];
  try {
    window.localStorage.setItem(key, JSON.stringify({ values, base, savedAt: new Date().toISOString() } satisfies FormDraft));
  } catch {
    // Storage full or disabled: the form still warns before every way out.
  }
}

export function clearDraft(key: string | null): void {
  if (key) window.localStorage.removeItem(key);
}
