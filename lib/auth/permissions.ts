import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Everything the workspace lets a person do. The one map below decides each of them;
 * every server action and route handler asks it again on the server.
 */
export const PERMISSIONS = [
  // One's own password and second factor: everyone signed in, setup pending or not.
  "account:own",
  "workspace:read",
  "workspace:export",
  "record:create",
  "record:update",
  "record:delete",
  "record:restore",
  "import:run",
  "venture:confirm",
  "user:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  EDITOR: ["account:own", "workspace:read", "workspace:export", "record:create", "record:update", "import:run", "venture:confirm"],
  VIEWER: ["account:own", "workspace:read", "workspace:export"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && GRANTS[role].includes(permission);
}

/** Whether `actor` may do `permission` now: signed in, setup done, and the role allows it. */
export function allows(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && (!actor.setup || permission === "account:own") && can(actor.role, permission);
}

/**
 * What a signed-in person must do before anything else: choose a new password (after a
 * generated or reset one) or, as an administrator, set up the second factor.
 */
export type AccountSetup = "password" | "twoFactor";

/**
 * A signed-in person as mutations see them; role, country and pending setup are read from
 * the database per request. Scripts and tests that act for nobody in particular leave the
 * optional parts out.
 */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  countryCode?: string | null;
  setup?: AccountSetup | null;
  /** The browser session the request came with: a password change ends the person's others. */
  sessionId?: string;
};

export class AuthorizationError extends Error {
  constructor(readonly reason: "unauthenticated" | "forbidden" | "setupRequired") {
    super(reason);
  }
}

/**
 * Refuses unless `actor` may do `permission`; the first line of every mutation. A person
 * with setup pending may do nothing but that setup ("account:own").
 */
export function assertAllowed(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AuthorizationError("unauthenticated");
  if (actor.setup && permission !== "account:own") throw new AuthorizationError("setupRequired");
  if (!can(actor.role, permission)) throw new AuthorizationError("forbidden");
  return actor;
}

/** The setup a person still owes, from their account's row. */
export function pendingSetup(user: { role: Role; mustChangePassword: boolean; totpEnabledAt: Date | null }): AccountSetup | null {
  if (user.mustChangePassword) return "password";
  if (user.role === "ADMIN" && !user.totpEnabledAt) return "twoFactor";
  return null;
}
