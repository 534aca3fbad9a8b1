import { z } from "zod";
import { RECORD_ID } from "@/lib/validation/fields";
import { AuditAction } from "@/lib/generated/prisma/enums";
import { ENTITY_KEYS } from "@/lib/entities";

export const AUDIT_ENTITIES = [...ENTITY_KEYS, "user", "tradeImport", "importLayout"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditEntity(entity: string): entity is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(entity);
}

/** The audit log's filters as the page, its export and lib/queries/audit.ts read them. */
export type AuditFilters = { entity?: AuditEntity; action?: AuditAction; userId?: string; entityId?: string; from?: Date; to?: Date };

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

// Each filter is parsed on its own: a malformed one is dropped, never an error page.
const auditQuery = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  action: z.enum(AuditAction).optional().catch(undefined),
  user: z.string().regex(RECORD_ID).optional().catch(undefined),
  entityId: z.string().regex(RECORD_ID).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The audit log's filters from the URL, shared by the page and its CSV export; "to" includes that whole day. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): { filters: AuditFilters; page: number } {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = auditQuery.parse(single);
  return {
    filters: {
      entity: q.entity,
      action: q.action,
      userId: q.user,
      entityId: q.entityId,
      from: q.from,
      to: q.to ? new Date(q.to.getTime() + 86_400_000) : undefined,
    },
    page: q.page,
  };
}
