import "server-only";
import { prisma } from "@/lib/db";
import { openSecret, totpEnrolment } from "@/lib/auth/two-factor";
import { findResetLink } from "@/lib/records/accounts";

/** The workspace's accounts, active ones first, by email; uncached, so an admin sees a change at once. */
export function listUsers() {
  return prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organisation: true,
      countryCode: true,
      disabledAt: true,
      createdAt: true,
      lastSignInAt: true,
      failedSignIns: true,
      lastFailedAt: true,
      mustChangePassword: true,
      totpEnabledAt: true,
    },
  });
}

/**
 * The signed-in person's account page: who they are, the second factor's state, and, while
 * one is being set up, its QR code (drawn here) and secret to type in by hand.
 */
export async function getAccount(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      role: true,
      organisation: true,
      countryCode: true,
      lastSignInAt: true,
      totpSecret: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const { totpSecret, _count, ...account } = user;
  const pendingSecret = totpSecret && !user.totpEnabledAt ? openSecret(totpSecret) : null;
  const enrolment = pendingSecret ? { secret: pendingSecret, ...(await totpEnrolment(pendingSecret, user.email)) } : null;
  return { ...account, recoveryCodesLeft: _count.recoveryCodes, enrolment };
}

/** Whom a password reset link is for, while it works (lib/records/accounts.ts); null otherwise. */
export function findResetLinkPerson(token: string) {
  return findResetLink(prisma, token);
}
