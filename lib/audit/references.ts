import type { EntityKey } from "@/lib/entities";
import type { SnapshotValue } from "@/lib/audit/diff";

// The records and countries an audit snapshot names by id or code (lib/records/entities.ts),
// so the audit log can show their names, linked, instead of internal ids.

export type ReferenceKind = Extract<EntityKey, "initiative" | "document" | "event" | "source"> | "country";
export type Reference = { kind: ReferenceKind; id: string; quote?: string };

const FIELD_KINDS: Record<string, ReferenceKind> = {
  initiativeId: "initiative",
  agreementDocumentId: "document",
  adoptedByDocumentId: "document",
  approvedByDocumentId: "document",
  eventId: "event",
  setAtEventId: "event",
  sourceId: "source",
  countryCode: "country",
  countryACode: "country",
  countryBCode: "country",
  proposerCode: "country",
  hostCode: "country",
  reporter: "country",
};

/**
 * What a snapshot's field names: "sources" lists "id: «quote»; id" (the quote optional),
 * "participants" and "confirmedBy" list country codes, and the fields above hold one id or code each.
 */
export function referencesOf(field: string, value: SnapshotValue): Reference[] {
  if (typeof value !== "string" || value === "") return [];
  if (field === "sources") return [...value.matchAll(/([A-Za-z0-9_-]+)(?:: «(.*?)»)?(?:; |$)/g)].map(([, id, quote]) => ({ kind: "source", id: id!, quote }));
  if (field === "participants" || field === "confirmedBy") return value.split(", ").map((code) => ({ kind: "country", id: code }));
  const kind = FIELD_KINDS[field];
  return kind ? [{ kind, id: value }] : [];
}

export const referenceKey = (ref: { kind: ReferenceKind; id: string }) => `${ref.kind}:${ref.id}`;

/** Money fields, written as the public pages write amounts. */
export const MONEY_FIELDS = new Set(["valueUsd", "investmentUsd", "baselineValueUsd"]);
