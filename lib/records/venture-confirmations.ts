import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/permissions";
import { recordId, version } from "@/lib/validation/fields";
import { mutate, MutationError, writeAudit, type MutationResult } from "@/lib/records/mutation";

import { partnerCountries } from "@/lib/venture-confirmation";

const confirmationSchema = z.object({ id: recordId, version });

/**
 * The signed-in person's ministry stands behind the venture's facts as they are at
 * `version` (the version their page showed: a newer one must be looked at first). Only a
 * person whose country is one of the partners' countries may. Confirming again is a no-op;
 * every confirmation is audited as the change of the venture's "confirmed by".
 */
export function confirmVenture(db: PrismaClient, actor: Actor | null, input: unknown): Promise<MutationResult> {
  return mutate(actor, "venture:confirm", confirmationSchema, input, (allowed, data) =>
    db.$transaction(async (tx) => {
      const venture = await tx.jointVenture.findFirst({
        where: { id: data.id, deletedAt: null },
        select: { version: true, confirmedBy: true, partners: { select: { countryCode: true, secondCountryCode: true } } },
      });
      if (!venture) throw new MutationError({ ok: false, error: "notFound" });
      const countries = partnerCountries(venture.partners);
      if (!allowed.countryCode || !countries.includes(allowed.countryCode)) throw new MutationError({ ok: false, error: "forbidden" });
      if (venture.version !== data.version) throw new MutationError({ ok: false, error: "conflict" });
      if (venture.confirmedBy.includes(allowed.countryCode)) return { id: data.id, version: venture.version };
      const confirmedBy = [...venture.confirmedBy, allowed.countryCode].sort();
      // Conditional on the version, so a save of the facts in between leaves it unconfirmed.
      const { count } = await tx.jointVenture.updateMany({
        where: { id: data.id, version: data.version },
        data: { confirmedBy, fullyConfirmed: countries.every((code) => confirmedBy.includes(code)) },
      });
      if (count !== 1) throw new MutationError({ ok: false, error: "conflict" });
      await tx.ventureConfirmation.create({
        data: { ventureId: data.id, countryCode: allowed.countryCode, ventureVersion: venture.version, userId: allowed.id },
      });
      await writeAudit(tx, {
        actor: allowed,
        entity: "venture",
        entityId: data.id,
        action: "UPDATE",
        before: { confirmedBy: venture.confirmedBy.join(", ") || null },
        after: { confirmedBy: confirmedBy.join(", ") },
      });
      return { id: data.id, version: venture.version };
    }),
  );
}
