import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Everything the workspace lets a person do. The one map below decides each of them;
 * every server action and route handler asks it again on the server.
 */
export const PERMISSIONS = [
  "workspace:read",
  "workspace:export",
  "record:create",
  "record:update",
  "record:delete",
  "record:restore",
  "import:run",
  "user:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  EDITOR: ["workspace:read", "workspace:export", "record:create", "record:update", "import:run"],
  VIEWER: ["workspace:read", "workspace:export"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && GRANTS[role].includes(permission);
}

/** A signed-in person as mutations see them; the role is read from the database per request. */
export type Actor = { id: string; email: string; name: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly reason: "unauthenticated" | "forbidden") {
    super(reason);
  }
}

/** Refuses unless `actor` may do `permission`; the first line of every mutation. */
export function assertAllowed(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AuthorizationError("unauthenticated");
  if (!can(actor.role, permission)) throw new AuthorizationError("forbidden");
  return actor;
}
