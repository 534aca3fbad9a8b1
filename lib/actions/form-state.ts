/** What a workspace form shows after a save: why it was refused (with the person's input), or a notice. */
export type FormState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
  conflict?: {
    currentVersion: number;
    changes: { field: string; before: string; after: string }[];
    changedBy: { name: string; at: string }[];
    /** Fields both people changed, to choose between (a merged save); the rest of their changes are kept. */
    fields?: { field: string; theirs: string; mine: string }[];
  };
  duplicate?: { id: string; name: string; href: string };
  /** After a save: secrets shown this once (a reset link, recovery codes), to copy. */
  reveal?: string[];
  /** Refused because the session ended: the form offers a sign-in in a new tab. */
  signedOut?: boolean;
};

export const IDLE: FormState = { status: "idle" };
