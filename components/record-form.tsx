"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations, type MessageKeys, type Messages, type NamespaceKeys, type NestedKeyOf, type NestedValueOf } from "next-intl";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { RecordFormAlerts } from "@/components/record-form-alerts";
import { RevealedSecrets } from "@/components/revealed-secrets";
import { SESSION_CHANNEL } from "@/components/signed-in-again";
import { useRouter } from "next/navigation";
import { clearDraft, draftKey, readDraft, writeDraft, type FormDraft } from "@/components/form-draft";
import { formatShortTimestamp } from "@/lib/format";

export type FormValues = Record<string, unknown>;

/** The props of each record's form component: where it saves, what it starts with, its choices. */
export type RecordFormProps<Options> = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormValues;
  options: Options;
  submitLabel: string;
};

/** A namespace of the messages with a label per field name ("ventureForm", "users.fields"). */
type LabelNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** The field names the namespace labels: a form field without a label fails `tsc`. */
type FieldName<Labels extends LabelNamespace> = MessageKeys<NestedValueOf<Messages, Labels>, NestedKeyOf<NestedValueOf<Messages, Labels>>>;
type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The props a form control needs for one field: its label, the values to refill, the errors. */
export type FieldProps = { name: string; label: string; values: FormValues; errors: Record<string, string>; required: boolean };

/**
 * The frame of every workspace form: submits to a server action, shows why a save was
 * refused, refills every field with what the person typed (nothing is lost), carries the
 * record's version for the conflict check, and asks before any way out that would lose
 * unsaved changes (closing or reloading the tab, a link, the language switch, signing out).
 */
export function RecordForm<Labels extends LabelNamespace>({
  action,
  initial,
  labels,
  fieldLabel,
  submitLabel,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormValues;
  /** The message namespace with a label per field name ("ventureForm"). */
  labels: Labels;
  /** Overrides the label of a field path the namespace cannot name ("partners.1.countryCode"). */
  fieldLabel?: (field: string) => string | undefined;
  submitLabel: string;
  children: (values: FormValues, errors: Record<string, string>, field: (name: FieldName<Labels>, required?: boolean) => FieldProps) => ReactNode;
}) {
  const t = useTranslations("workspace");
  const tLabels = useTranslations();
  const tRecord = useTranslations("recordFields");
  const labelOf = (path: string) => {
    const head = path.split(".")[0] ?? path;
    if (head === "citations" || head === "newSource") return tRecord("sources");
    // A path the server names (an error, a conflict) is known only at run time: has() checks it.
    const key = `${labels}.${head}` as MessageKey;
    return fieldLabel?.(path) ?? (tLabels.has(key) ? tLabels(key) : head);
  };
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const version = useRef<HTMLInputElement>(null);
  const dirty = useRef(false);
  // Whether an extra history entry stands between this form and the page before (Back and Forward).
  const guarded = useRef(false);
  const leaveQuestion = t("leaveUnsaved");
  const locale = useLocale();
  // Unsaved input kept in this browser (components/form-draft.ts): offered back when the page opens.
  const draft = useRef<string | null>(null);
  const drafting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [offer, setOffer] = useState<FormDraft | null>(null);
  const [restored, setRestored] = useState<FormDraft | null>(null);
  const base = restored?.base ?? initial;
  const values = state.values ?? (restored ? { ...restored.values, id: initial.id, version: restored.base.version } : initial);
  const keepDraft = () => {
    clearTimeout(drafting.current);
    drafting.current = setTimeout(() => draft.current && form.current && writeDraft(draft.current, form.current, base), 300);
  };

  useEffect(() => {
    draft.current = form.current && draftKey(form.current);
    const found = draft.current ? readDraft(draft.current) : null;
    if (found) setOffer(found);
    return () => clearTimeout(drafting.current);
  }, []);

  // A sign-in in another tab (the refusal's link, components/signed-in-again.tsx): this form can save again.
  const [signedInAgain, setSignedInAgain] = useState(false);
  const router = useRouter();
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(SESSION_CHANNEL);
    channel.onmessage = () => {
      setSignedInAgain(true);
      router.refresh(); // the header says who is signed in
    };
    return () => channel.close();
  }, [router]);

  // A refused save keeps its input as the draft again (a successful one leaves the page).
  useEffect(() => {
    if (state.status === "error" && draft.current && form.current) writeDraft(draft.current, form.current, base);
  }, [state, base]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    // Ways out that never unload the page, or not before it is too late: a link followed by
    // the router (the workspace menu, the language switch), signing out (the session ends
    // before the page unloads) and another form's submit (signing out everywhere). Asked in
    // the capture phase, so a refusal stops the router's own handler too. Leaving on purpose
    // discards the draft; closing the tab keeps it.
    const confirmLeaving = (event: Event) => {
      if (!dirty.current) return;
      if (window.confirm(leaveQuestion)) {
        dirty.current = false;
        clearTimeout(drafting.current);
        clearDraft(draft.current);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    const onClick = (event: MouseEvent) => {
      // A link, or a control that leaves the page by script (data-leaves-page: signing out).
      const link = event.target instanceof Element ? event.target.closest("a[href], [data-leaves-page]") : null;
      if (!link || link.getAttribute("href")?.startsWith("#") || link.getAttribute("target") === "_blank") return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window keeps this one
      confirmLeaving(event);
    };
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== form.current) confirmLeaving(event);
    };
    // The browser's Back and Forward: a dirty form stands on an extra history entry of the
    // same address (armBackGuard below), so leaving it fires popstate here first — a capturing
    // listener on window runs before the router's own — while the page is still this one.
    // Staying re-arms the entry; leaving goes back for real, the router then handling it.
    const onPopState = (event: PopStateEvent) => {
      if (!guarded.current) return;
      guarded.current = false;
      event.stopImmediatePropagation();
      if (dirty.current && !window.confirm(leaveQuestion)) {
        armBackGuard(guarded);
        return;
      }
      dirty.current = false;
      clearTimeout(drafting.current);
      clearDraft(draft.current);
      window.history.back();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("popstate", onPopState, true);
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("popstate", onPopState, true);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [leaveQuestion]);

  return (
    <form
      ref={form}
      action={(formData) => {
        dirty.current = false;
        clearTimeout(drafting.current);
        clearDraft(draft.current);
        formAction(formData);
      }}
      onInput={() => {
        dirty.current = true;
        armBackGuard(guarded);
        keepDraft();
      }}
      noValidate
      className="space-y-6"
    >
      {offer && (
        <div role="status" className="space-y-2 rounded-md border-l-4 border-warning bg-amber-50 p-3 text-sm" data-testid="draft-offer">
          <p>{t("draftFound", { at: formatShortTimestamp(new Date(offer.savedAt), locale) })}</p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="rounded-md bg-accent px-3 py-1.5 text-white"
              onClick={() => {
                setRestored(offer);
                setOffer(null);
                dirty.current = true;
                armBackGuard(guarded);
              }}
            >
              {t("draftRestore")}
            </button>
            <button
              type="button"
              className="rounded-md border border-line bg-surface px-3 py-1.5"
              onClick={() => {
                clearDraft(draft.current);
                setOffer(null);
              }}
            >
              {t("draftDiscard")}
            </button>
          </div>
        </div>
      )}
      {signedInAgain && state.signedOut && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="signed-in-again">
          {t("signedInAgain")}
        </p>
      )}
      <RecordFormAlerts
        state={state}
        fieldLabel={labelOf}
        onSaveOver={(current) => {
          if (version.current) version.current.value = String(current);
          form.current?.requestSubmit();
        }}
      />
      {state.status === "idle" && state.message && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="form-success">
          {state.message}
        </p>
      )}
      {state.status === "idle" && state.reveal && <RevealedSecrets secrets={state.reveal} />}
      {values.id ? <input type="hidden" name="id" value={String(values.id)} /> : null}
      {values.version ? <input ref={version} type="hidden" name="version" defaultValue={String(values.version)} key={String(values.version)} /> : null}
      {/* What the form was opened with: a save after someone else's is merged with theirs field by field. */}
      {base.version ? <input type="hidden" name="base" value={JSON.stringify(base)} /> : null}
      {/* Remounted with each refusal so every field shows what was submitted. */}
      <div key={JSON.stringify(values)} className="space-y-6">
        {children(values, state.fieldErrors ?? {}, (name, required = false) => ({
          name,
          label: labelOf(name),
          values,
          errors: state.fieldErrors ?? {},
          required,
        }))}
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : submitLabel}
        </Button>
        {pending && (
          <span role="status" className="text-sm text-muted">
            {t("saving")}
          </span>
        )}
      </div>
    </form>
  );
}

/**
 * Puts a copy of this page's history entry on top (once), so Back first lands on this page
 * again and RecordForm can ask before the form is left. The copy keeps the router's state, so
 * a Forward onto it restores this page as it is.
 */
function armBackGuard(guarded: { current: boolean }): void {
  if (guarded.current) return;
  guarded.current = true;
  window.history.pushState(window.history.state, "", window.location.href);
}
