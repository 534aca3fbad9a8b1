/** What a workspace form shows after a save: why it was refused (with the person's input), or a notice. */
export type FormState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
  conflict?: { currentVersion: number; changes: { field: string; before: string; after: string }[]; changedBy: { name: string; at: string }[] };
  duplicate?: { id: string; name: string; href: string };
};

export const IDLE: FormState = { status: "idle" };
