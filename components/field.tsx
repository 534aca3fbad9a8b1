import type { ReactNode } from "react";

export const INPUT_CLASS =
  "w-full rounded-md border border-line bg-surface px-3 py-2 text-base sm:text-sm aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";

type ControlProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string };

/**
 * A labelled form control with its hint and error. The control itself comes from
 * `children`, which receives the id, name and ARIA wiring so the error is announced with
 * the field.
 */
export function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = `field-${name.replaceAll(".", "-")}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required && (
          <span aria-hidden="true" className="text-danger">
            {" "}
            *
          </span>
        )}
      </label>
      {children({ id, name, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}
