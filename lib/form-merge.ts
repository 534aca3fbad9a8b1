// Three-way merge of a workspace form by field (issue 18): what the form was opened with
// (base), what is saved now (current, after someone else's save), and what the person
// submits (mine). A field only the other person changed keeps their value; a field only this
// person changed takes theirs; a field both changed to different values is a conflict, which
// the person resolves field by field ("mine" or "theirs").

export type MergeChoice = "mine" | "theirs";

/** Refused (`ok: false`): `values` hold the other person's changes to fields only they changed, the rest as submitted, for the form to show while it asks. */
export type MergeOutcome =
  { ok: true; values: Record<string, unknown>; keptTheirs: string[]; tookMine: string[] } | { ok: false; conflicts: string[]; values: Record<string, unknown> };

type Values = Record<string, unknown>;

/**
 * `stored`: the three sets of values as the record would store them (so "" and a missing
 * checkbox are the same), compared field by field; `current` and `mine`: as the form holds
 * them, what the merged values are taken from. The merged values start from `mine`: id,
 * version and anything not in `fields` stay as submitted.
 */
export function mergeByField(input: {
  fields: readonly string[];
  stored: { base: Values; current: Values; mine: Values };
  current: Values;
  mine: Values;
  choices: Partial<Record<string, MergeChoice>>;
}): MergeOutcome {
  const { fields, stored, current, mine, choices } = input;
  const same = (field: string, a: Values, b: Values) => JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null);
  const values: Values = { ...mine };
  const keptTheirs: string[] = [];
  const tookMine: string[] = [];
  const conflicts: string[] = [];
  for (const field of fields) {
    if (same(field, stored.base, stored.current)) continue;
    if (same(field, stored.base, stored.mine)) {
      values[field] = current[field];
      keptTheirs.push(field);
    } else if (!same(field, stored.mine, stored.current)) {
      const choice = choices[field];
      if (choice === "theirs") {
        values[field] = current[field];
        keptTheirs.push(field);
      } else if (choice === "mine") tookMine.push(field);
      else conflicts.push(field);
    }
  }
  return conflicts.length > 0 ? { ok: false, conflicts, values } : { ok: true, values, keptTheirs, tookMine };
}
