import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";

/**
 * A real account of the given role, of the Kazakh ministry unless told otherwise (the hash
 * is a placeholder: these actors never sign in).
 */
export async function createActor(db: PrismaClient, role: Role, countryCode: string | null = "KZ"): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.local`;
  const user = await db.user.create({ data: { email, name: `${role} tester`, role, organisation: "Test ministry", countryCode, passwordHash: "not-a-hash" } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, countryCode: user.countryCode };
}

/** Anonymous, VIEWER, EDITOR and ADMIN — the rows of every authorisation matrix. */
export async function createActorsOfEveryRole(db: PrismaClient) {
  return {
    anonymous: null,
    viewer: await createActor(db, "VIEWER"),
    editor: await createActor(db, "EDITOR"),
    admin: await createActor(db, "ADMIN"),
  } as const;
}
