/**
 * The kinds of record the workspace edits, and where each is edited. How each is stored,
 * which public pages an edit expires and what its audit entry keeps is lib/records/entities.ts,
 * on the server; this much is also what the workspace's pages and filters need.
 */
const EDIT_PATHS = {
  venture: "/manage/ventures",
  tradeFigure: "/manage/trade-figures",
  initiative: "/manage/initiatives",
  target: "/manage/targets",
  event: "/manage/events",
  document: "/manage/documents",
  source: "/manage/sources",
} as const;

export type EntityKey = keyof typeof EDIT_PATHS;

export const ENTITY_KEYS = Object.keys(EDIT_PATHS) as EntityKey[];

export function isEntityKey(value: string): value is EntityKey {
  return Object.hasOwn(EDIT_PATHS, value);
}

/** The workspace page where a record is edited. */
export function editPath(entity: EntityKey, id: string): string {
  return `${EDIT_PATHS[entity]}/${id}/edit`;
}
