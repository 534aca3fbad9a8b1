// `npm run user:create -- --email a@b.kz --role ADMIN [--name "…"] [--password "…"]`
// Creates an account (the first admin, typically). Without --password one is generated
// and printed once. Uses DATABASE_URL, or the embedded database of `npm start`.
// npm runs it with the react-server condition: the lib/records module it writes through is
// marked `import "server-only"`, which resolves to an empty module only under that condition.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { EMBEDDED_DB_PORT, databaseUrl } from "@/lib/database-url";
import { applyMigrations } from "@/lib/database-setup";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db";
import { createPrismaClient } from "@/lib/prisma-client";
import { insertUser } from "@/lib/records/users";
import { MutationError } from "@/lib/records/mutation";
import { newUserSchema } from "@/lib/validation/users";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "VIEWER" },
    name: { type: "string" },
    password: { type: "string" },
    organisation: { type: "string" },
  },
});

const generated = values.password ? null : randomBytes(12).toString("base64url");
const parsed = newUserSchema.safeParse({
  email: values.email,
  name: values.name ?? values.email?.split("@")[0],
  organisation: values.organisation,
  role: values.role?.toUpperCase(),
  password: values.password ?? generated,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${describe(issue)}`);
  console.error("Usage: npm run user:create -- --email person@ministry.gov --role ADMIN|EDITOR|VIEWER [--name 'Full Name'] [--password '12+ characters']");
  process.exit(1);
}

// With no DATABASE_URL the account goes into the embedded database: through the running
// portal's socket if it is up, else by opening .data/pglite directly.
let embedded: EmbeddedDatabase | null = null;
if (!process.env.DATABASE_URL && !(await reachable(databaseUrl()))) {
  const dataDir = path.resolve(".data/pglite");
  mkdirSync(dataDir, { recursive: true });
  embedded = await startEmbeddedDatabase({ dataDir, port: EMBEDDED_DB_PORT });
}
await applyMigrations(databaseUrl());
const prisma = createPrismaClient(databaseUrl());
try {
  const user = await insertUser(prisma, parsed.data, null);
  console.log(`Created ${parsed.data.role} ${parsed.data.email} (id ${user.id}).`);
  if (generated) console.log(`Password (shown only now): ${generated}`);
} catch (error) {
  if (error instanceof MutationError && error.result.fieldErrors?.email) {
    console.error(`--email: an account with ${parsed.data.email} already exists.`);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}

async function reachable(url: string): Promise<boolean> {
  const probe = createPrismaClient(url);
  try {
    await probe.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.$disconnect();
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const messages: Record<string, string> = {
    "validation.email": "not an email address",
    "validation.passwordTooShort": "at least 12 characters",
    "validation.unknownOption": "one of ADMIN, EDITOR, VIEWER",
    "validation.required": "required",
  };
  return messages[issue.message] ?? issue.message;
}
