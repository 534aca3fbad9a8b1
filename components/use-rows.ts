"use client";

import { useState } from "react";

/**
 * Rows a person adds and removes in a form (partners, sources). Each row keeps a stable
 * key, so removing one never shifts what was typed into the others.
 */
export function useRows<T extends object>(initial: T[], whenEmpty: T[]) {
  const [rows, setRows] = useState(() => (initial.length > 0 ? initial : whenEmpty).map((row, key) => ({ ...row, key })));
  const [nextKey, setNextKey] = useState(rows.length);
  return {
    rows,
    add: (row: T) => {
      setRows([...rows, { ...row, key: nextKey }]);
      setNextKey(nextKey + 1);
    },
    remove: (key: number) => setRows(rows.filter((row) => row.key !== key)),
  };
}
