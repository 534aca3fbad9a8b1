import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database-setup";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/lib/seed";
import { updateVenture } from "@/lib/records/ventures";
import { insertUser } from "@/lib/records/users";
import { createActor } from "@/tests/factories/actors";
import { formFields, postWorkspaceForm, signInOverHttp } from "@/tests/support/staff-over-http";
import { ventureFormInput } from "@/tests/factories/ventures";
import { createThrowawayPostgres, type ThrowawayPostgres } from "@/tests/support/throwaway-postgres";
import { serveCommand } from "@/lib/serve-command";
import { hasProductionBuild } from "@/lib/server-build";
import { freePortIn } from "@/tests/support/free-port";
import { waitUntil } from "@/tests/support/wait-until";

// Cached public pages, each with a figure or name that comes from the database.
const CACHED_PAGES = [
  { path: "/en", shows: "15" },
  { path: "/en/trade", shows: "Intra-regional" },
  { path: "/en/targets", shows: "15" },
  { path: "/en/summits", shows: "Consultative Meeting" },
  { path: "/ru/summits/consultative-meeting-7", shows: "Консультативная встреча" },
];
// A search run before the outage is a cached page like the others; one never run needs the database.
const SEARCHED = "/en/search?q=water";
const COLD_SEARCH = { en: "/en/search?q=Kostanay", ru: "/ru/search?q=%D0%B2%D0%BE%D0%B4%D0%B0" };
// Never requested before the outage, so their data is not in the cache: a streamed list page
// and a record page that renders before sending anything.
const COLD_PAGES = [
  { path: "/en/initiatives", says: "Temporarily unavailable" },
  { path: "/ru/sources/src-s1", says: "Временно недоступно" },
];

let cluster: ThrowawayPostgres;
let db: PrismaClient;
let next: ChildProcess;
let base: string;
let nextOutput = "";

beforeAll(async () => {
  if (!hasProductionBuild()) throw new Error("No production build: run `npm run build` first (npm run test:faults does).");
  cluster = await createThrowawayPostgres();
  await applyMigrations(cluster.url, { quiet: true });
  db = createPrismaClient(cluster.url);
  await seedDatabase(db);

  const from = Number(process.env.PORT ?? 3700);
  const port = await freePortIn(from, from + 99);
  base = `http://127.0.0.1:${port}`;
  next = spawn(process.execPath, serveCommand({ host: "127.0.0.1" }), {
    env: { ...process.env, PORT: String(port), SITE_URL: base, DATABASE_URL: cluster.url, AUTH_SECRET: "faults-test-secret-0123456789abcdef" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  next.stdout?.on("data", (chunk) => (nextOutput += chunk));
  next.stderr?.on("data", (chunk) => (nextOutput += chunk));
  await waitUntil(
    async () => (await fetch(`${base}/robots.txt`)).ok,
    60_000,
    () => nextOutput,
  );
});

afterAll(async () => {
  next?.kill("SIGTERM");
  await db?.$disconnect();
  await cluster?.remove();
});

async function get(path: string) {
  const response = await fetch(base + path, { redirect: "manual" });
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get("retry-after") };
}

describe("PostgreSQL stops while the portal runs", () => {
  it("serves cached pages, answers 503 where it needs the database, refuses saves cleanly, and recovers without a restart", async () => {
    const editor = await createActor(db, "EDITOR");
    const venture = await db.jointVenture.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true, productsEn: true } });
    const auditBefore = await db.auditLog.count();
    // A person signed in before the outage, with a form open.
    const password = "correct horse battery staple";
    await insertUser(
      db,
      { email: "outage-editor@mintrade.kz", name: "Outage editor", organisation: "Ministry of Trade", countryCode: "KZ", role: "EDITOR", password },
      null,
    );
    const cookie = await signInOverHttp(base, "outage-editor@mintrade.kz", password);

    // 1. Warm the data cache.
    for (const page of CACHED_PAGES) {
      const response = await get(page.path);
      expect(response.status, page.path).toBe(200);
      expect(response.body, page.path).toContain(page.shows);
    }
    expect((await get(SEARCHED)).status).toBe(200);

    // 2. Stop PostgreSQL.
    await cluster.stop();
    const pid = next.pid;
    // The proxy trusts its last "reachable" probe for up to a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    for (const page of CACHED_PAGES) {
      const response = await get(page.path);
      expect(response.status, `${page.path} while the database is down`).toBe(200);
      expect(response.body, page.path).toContain(page.shows);
    }
    const searched = await get(SEARCHED);
    expect(searched.status, "a search run before the outage").toBe(200);
    expect(searched.body).toContain("/en/initiatives/ini-vii-water");
    const en = await get(COLD_SEARCH.en);
    expect(en.status).toBe(503);
    expect(en.retryAfter).toBe("30");
    expect(en.body).toContain("Temporarily unavailable");
    const ru = await get(COLD_SEARCH.ru);
    expect(ru.status).toBe(503);
    expect(ru.body).toContain("Временно недоступно");
    for (const body of [en.body, ru.body]) expect(body).not.toMatch(/\bat \S+ \(|Error:|ECONNREFUSED|Prisma/);
    for (const page of COLD_PAGES) {
      const response = await get(page.path);
      expect(response.status, `${page.path} (not cached) while the database is down`).toBe(503);
      expect(response.body).toContain(page.says);
      expect(response.body).not.toMatch(/\bat \S+ \(|Error:|ECONNREFUSED|Prisma/);
    }

    // The open-data API, for a page the data cache does not hold: 503 in JSON, never a 500.
    const api = await get("/api/v1/ventures?q=outage");
    expect(api.status).toBe(503);
    expect(api.retryAfter).toBe("30");
    expect(JSON.parse(api.body)).toEqual({ error: "unavailable", message: "The data is temporarily unavailable; try again shortly." });

    // The workspace reads the database on every request: 503 at once, before any sign-in redirect.
    const workspace = await get("/en/manage/ventures");
    expect(workspace.status).toBe(503);
    expect(workspace.body).toContain("Temporarily unavailable");

    // A save from the workspace form: the session cannot be checked either. The probe got a 500
    // and lost the input; the form gets "unavailable" and the typed values back.
    const typed = "typed while the database was down";
    const formSave = await postWorkspaceForm({
      base,
      path: `/en/manage/ventures/${venture.id}/edit`,
      action: "updateVentureAction",
      cookie,
      fields: formFields({ ...ventureFormInput(), id: venture.id, version: venture.version, productsEn: typed }),
    });
    expect(formSave.status).toBe(200);
    expect(formSave.body).toContain("The database cannot be reached. Nothing was saved; your input is still in the form.");
    expect(formSave.body).toContain(typed);

    // A staff save: refused as "unavailable" (the workspace shows workspace.refused.unavailable).
    const save = await updateVenture(db, editor, {
      ...ventureFormInput(),
      id: venture.id,
      version: venture.version,
      productsEn: "written while the database was down",
    });
    expect(save).toEqual({ ok: false, error: "unavailable" });

    // 3. PostgreSQL comes back: the same server process answers again.
    await cluster.start();
    await waitUntil(
      async () => (await get(COLD_SEARCH.en)).status === 200,
      15_000,
      () => nextOutput,
    );
    const search = await get(COLD_SEARCH.en);
    expect(search.body).toContain("/en/ventures/jv-nurafshon");
    for (const page of [...CACHED_PAGES, ...COLD_PAGES]) expect((await get(page.path)).status, page.path).toBe(200);
    expect(next.pid).toBe(pid);
    expect(next.exitCode).toBeNull();

    // Nothing of the refused save was written; a save now goes through.
    expect(await db.jointVenture.findUniqueOrThrow({ where: { id: venture.id }, select: { id: true, version: true, productsEn: true } })).toEqual(venture);
    expect(await db.auditLog.count()).toBe(auditBefore);
    const retry = await updateVenture(db, editor, { ...ventureFormInput(), id: venture.id, version: venture.version, productsEn: "saved after the outage" });
    expect(retry).toMatchObject({ ok: true, version: venture.version + 1 });

    expect(nextOutput).not.toMatch(/uncaughtException|unhandledRejection/);
  });
});
