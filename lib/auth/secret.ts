import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

/**
 * The key that signs session cookies. Production takes it from AUTH_SECRET and refuses to
 * run without it; development and the embedded try-it mode keep a generated one under
 * .data/, so sessions survive restarts there.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env, options: { allowGenerated: boolean }): string {
  const configured = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!options.allowGenerated) {
    throw new Error("AUTH_SECRET is not set. In production set it to a long random value, e.g. `openssl rand -base64 32`.");
  }
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
