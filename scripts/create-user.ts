// `npm run user:create -- --email a@b.kz --role ADMIN [--name "…"] [--organisation "…"] [--country KZ] [--password "…"]`
// Creates an account (the first admin, typically). Without --password one is generated
// and printed once; without --organisation the email's domain stands for it. An
// administrator sets up the second factor at first sign-in. Uses DATABASE_URL, or the
// embedded database of `npm start`.
// npm runs it with the react-server condition: the lib/records module it writes through is
// marked `import "server-only"`, which resolves to an empty module only under that condition.
import { parseArgs } from "node:util";
import { z } from "zod";
import { generatePassword, insertUser } from "@/lib/records/users";
import { openScriptDatabase } from "@/scripts/script-database";
import { MutationError } from "@/lib/records/mutation";
import { newUserSchema } from "@/lib/validation/users";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "VIEWER" },
    name: { type: "string" },
    password: { type: "string" },
    organisation: { type: "string" },
    country: { type: "string" },
  },
});

const generated = values.password ? null : generatePassword();
const parsed = newUserSchema.safeParse({
  email: values.email,
  name: values.name ?? values.email?.split("@")[0],
  organisation: values.organisation ?? values.email?.split("@")[1],
  countryCode: values.country,
  role: values.role?.toUpperCase(),
  password: values.password ?? generated,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${describe(issue)}`);
  console.error(
    "Usage: npm run user:create -- --email person@ministry.gov --role ADMIN|EDITOR|VIEWER [--name 'Full Name'] [--organisation '…'] [--country KZ] [--password '15+ characters']",
  );
  process.exit(1);
}

// With no DATABASE_URL the account goes into the embedded database (scripts/script-database.ts).
const { prisma, close } = await openScriptDatabase();
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
  await close();
}

function describe(issue: z.core.$ZodIssue): string {
  const messages: Record<string, string> = {
    "validation.email": "not an email address",
    "validation.passwordTooShort": "at least 15 characters",
    "validation.passwordCommon": "one of the most common passwords",
    "validation.passwordPersonal": "contains the person's name or email",
    "validation.countryCode": "a two-letter country code, e.g. KZ",
    "validation.unknownOption": "one of ADMIN, EDITOR, VIEWER",
    "validation.required": "required",
  };
  return messages[issue.message] ?? issue.message;
}
