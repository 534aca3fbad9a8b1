"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations, type MessageKeys, type Messages, type NamespaceKeys, type NestedKeyOf, type NestedValueOf } from "next-intl";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { RecordFormAlerts } from "@/components/record-form-alerts";

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
 * record's version for the conflict check, and warns before leaving with unsaved changes.
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
  const values = state.values ?? initial;

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return (
    <form
      ref={form}
      action={(formData) => {
        dirty.current = false;
        formAction(formData);
      }}
      onInput={() => (dirty.current = true)}
      noValidate
      className="space-y-6"
    >
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
      {values.id ? <input type="hidden" name="id" value={String(values.id)} /> : null}
      {values.version ? <input ref={version} type="hidden" name="version" defaultValue={String(values.version)} key={String(values.version)} /> : null}
      {/* What the form was opened with: a save after someone else's is merged with theirs field by field. */}
      {initial.version ? <input type="hidden" name="base" value={JSON.stringify(initial)} /> : null}
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
