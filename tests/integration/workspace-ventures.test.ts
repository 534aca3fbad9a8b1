import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import { deleteRecord, restoreRecord } from "@/lib/records/lifecycle";
import { createUser, issuePasswordReset, resetSecondFactor, setUserDisabled, updateUserProfile } from "@/lib/records/users";
import { findSessionActor, startSession } from "@/lib/auth/sessions";
import { confirmVenture } from "@/lib/records/venture-confirmations";
import { acquireWriteLock, type MutationResult } from "@/lib/records/mutation";
import { createActorsOfEveryRole } from "@/tests/factories/actors";
import { ventureFormInput } from "@/tests/factories/ventures";
import { countRows, expectRefused, savedOrThrow, setUpActorsOfEveryRole } from "@/tests/support/workspace";

const actors = setUpActorsOfEveryRole();

const newVenture = (overrides: Record<string, unknown> = {}) => savedOrThrow(createVenture(prisma, actors.editor, ventureFormInput(overrides)));

describe("authorisation matrix (called on the server, as the actions call them)", () => {
  type Actor = (typeof actors)[keyof typeof actors];
  type Case = {
    name: string;
    setup: () => Promise<string>;
    run: (actor: Actor, id: string) => Promise<MutationResult>;
    allowed: ("viewer" | "editor" | "admin")[];
  };
  const email = () => `new-${Math.random().toString(36).slice(2)}@mintrade.kz`;
  const cases: Case[] = [
    { name: "create a venture", setup: async () => "", run: (a) => createVenture(prisma, a, ventureFormInput()), allowed: ["editor", "admin"] },
    {
      name: "edit a venture",
      setup: async () => (await newVenture()).id,
      run: (a, id) => updateVenture(prisma, a, { ...ventureFormInput(), id, version: 1, status: "OPERATING" }),
      allowed: ["editor", "admin"],
    },
    {
      name: "delete a venture",
      setup: async () => (await newVenture()).id,
      run: (a, id) => deleteRecord(prisma, a, { entity: "venture", id }),
      allowed: ["admin"],
    },
    {
      name: "restore a venture",
      setup: async () => {
        const { id } = await newVenture();
        await deleteRecord(prisma, actors.admin, { entity: "venture", id });
        return id;
      },
      run: (a, id) => restoreRecord(prisma, a, { entity: "venture", id }),
      allowed: ["admin"],
    },
    {
      name: "create a user",
      setup: async () => "",
      run: (a) => createUser(prisma, a, { email: email(), name: "New", organisation: "Ministry of Trade", role: "EDITOR", password: "correct horse battery" }),
      allowed: ["admin"],
    },
    {
      name: "change a role",
      setup: async () => (await createActorsOfEveryRole(prisma)).editor.id,
      run: (a, id) => updateUserProfile(prisma, a, { id, role: "VIEWER", organisation: "Ministry of Trade" }),
      allowed: ["admin"],
    },
    {
      name: "confirm a venture for their ministry's country",
      setup: async () => (await newVenture()).id,
      run: (a, id) => confirmVenture(prisma, a, { id, version: "1" }),
      allowed: ["editor", "admin"],
    },
    {
      name: "issue a password reset link",
      setup: async () => (await createActorsOfEveryRole(prisma)).editor.id,
      run: (a, id) => issuePasswordReset(prisma, a, { id }, { locale: "en", siteUrl: "http://localhost" }),
      allowed: ["admin"],
    },
    {
      name: "turn off another person's second factor",
      setup: async () => (await createActorsOfEveryRole(prisma)).editor.id,
      run: (a, id) => resetSecondFactor(prisma, a, { id }),
      allowed: ["admin"],
    },
    {
      name: "disable a user",
      setup: async () => (await createActorsOfEveryRole(prisma)).viewer.id,
      run: (a, id) => setUserDisabled(prisma, a, { id, disabled: true }),
      allowed: ["admin"],
    },
  ];

  for (const c of cases) {
    for (const who of ["anonymous", "viewer", "editor", "admin"] as const) {
      const allowed = who !== "anonymous" && c.allowed.includes(who);
      it(`${allowed ? "lets" : "refuses"} ${who} ${c.name}`, async () => {
        const id = await c.setup();
        const before = await countRows();
        const result = await c.run(actors[who], id);
        if (allowed) {
          expect(result.ok).toBe(true);
          // Exactly one audit entry, made by this person.
          expect((await countRows()).audit).toBe(before.audit + 1);
          expect(await prisma.auditLog.findFirst({ orderBy: { at: "desc" }, select: { userId: true } })).toEqual({ userId: actors[who]!.id });
        } else {
          expect(result).toEqual({ ok: false, error: who === "anonymous" ? "unauthenticated" : "forbidden" });
          expect(await countRows()).toEqual(before);
        }
      });
    }
  }
});

describe("entering a venture", () => {
  it("writes the venture, its two partners, its citation and one CREATE audit entry with the after-image", async () => {
    const input = ventureFormInput();
    const { id } = await newVenture({ nameEn: input.nameEn, partners: input.partners });
    const venture = await prisma.jointVenture.findUniqueOrThrow({ where: { id }, include: { partners: { orderBy: { position: "asc" } }, citations: true } });
    expect(venture.partners.map((p) => [p.companyName, p.countryCode])).toEqual(input.partners.map((p) => [p.companyName, p.countryCode]));
    expect(venture.investmentUsd?.toFixed(2)).toBe("25000000.00");
    expect(venture.citations.map((c) => c.sourceId)).toEqual(["src-s1"]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "venture", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", userId: actors.editor.id, before: null });
    expect(audit[0]?.after).toMatchObject({ nameEn: input.nameEn, partners: `${input.partners[0]!.companyName} (UZ); ${input.partners[1]!.companyName} (KZ)` });
  });

  it("adds a new source typed into the form and cites it", async () => {
    const { id } = await newVenture({
      citations: [],
      newSource: { title: "Газета.uz о СП", publisher: "Gazeta.uz", publishedOn: "2025-10-01", url: "https://www.gazeta.uz/ru/2025/10/01/jv/", language: "ru" },
    });
    const citation = await prisma.citation.findFirstOrThrow({ where: { ventureId: id }, include: { source: true } });
    expect(citation.source).toMatchObject({ titleRu: "Газета.uz о СП", publisher: "Gazeta.uz", url: "https://www.gazeta.uz/ru/2025/10/01/jv/" });
  });

  it("refuses bad input with a field error each, the database unchanged", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ investmentUsd: "-1000" }, "investmentUsd", "validation.positive"],
      [{ investmentUsd: "99999999999999" }, "investmentUsd", "validation.tooLarge"],
      [{ establishedOn: "3000-01-01" }, "establishedOn", "validation.dateInFuture"],
      [{ establishedOn: "2021-13", establishedPrecision: "MONTH" }, "establishedOn", "validation.monthDate"],
      [{ establishedOn: "2021-11", establishedPrecision: "DAY" }, "establishedOn", "validation.dateNeedsDay"],
      [{ establishedOn: "2021", establishedPrecision: "DECADE" }, "establishedPrecision", "validation.unknownOption"],
      [{ nameEn: "N".repeat(10_000) }, "nameEn", "validation.tooLong"],
      [{ status: "BANKRUPT" }, "status", "validation.unknownOption"],
      [{ partners: [{ companyName: "Ghost LLC", countryCode: "XX" }] }, "partners.0.countryCode", "validation.countryCode"],
      [{ initiativeId: "no-such-initiative" }, "initiativeId", "validation.unknownRecord"],
      [{ agreementDocumentId: "doc'; DROP TABLE x;--" }, "agreementDocumentId", "validation.unknownRecord"],
      [{ citations: [{ sourceId: "src-forged" }] }, "citations.0.sourceId", "validation.unknownRecord"],
    ];
    for (const [overrides, field, key] of cases) {
      const result = await expectRefused(() => createVenture(prisma, actors.editor, ventureFormInput(overrides)), "invalid");
      expect(result.fieldErrors?.[field]?.key, JSON.stringify(overrides).slice(0, 80)).toBe(key);
    }
  });

  it("refuses a citation id that belongs to another record", async () => {
    const { id, version } = await newVenture();
    const foreign = await prisma.citation.findFirstOrThrow({ where: { tradeFigureId: { not: null } } });
    const result = await expectRefused(
      () => updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version, citations: [{ id: foreign.id, sourceId: "src-s1" }] }),
      "invalid",
    );
    expect(result.fieldErrors?.["citations.0.sourceId"]?.key).toBe("validation.unknownRecord");
  });

  it("warns about a likely duplicate (same name, same partner countries) and saves it when confirmed", async () => {
    const first = ventureFormInput();
    const { id } = await newVenture(first);
    const again = {
      ...ventureFormInput(),
      nameEn: first.nameEn.toUpperCase(),
      partners: [
        { companyName: "Other", countryCode: "KZ" },
        { companyName: "Another", countryCode: "UZ" },
      ],
    };
    const result = await expectRefused(() => createVenture(prisma, actors.editor, again), "duplicate");
    expect(result.duplicate?.id).toBe(id);
    expect((await createVenture(prisma, actors.editor, { ...again, confirmDuplicate: "on" })).ok).toBe(true);
    // Other partner countries: not a duplicate.
    expect((await createVenture(prisma, actors.editor, { ...again, nameRu: first.nameRu, partners: [{ companyName: "X", countryCode: "TJ" }] })).ok).toBe(true);
  });

  // The probe: four identical creates sent at once all saved.
  it("saves one of four identical ventures sent at once and warns about the other three", async () => {
    const input = ventureFormInput();
    const results = await Promise.all([actors.editor, actors.admin, actors.editor, actors.admin].map((who) => createVenture(prisma, who, input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "duplicate")).toHaveLength(3);
    expect(await prisma.jointVenture.count({ where: { nameEn: input.nameEn } })).toBe(1);
  });

  // An import holds the ventures' write lock while it writes (acquireWriteLock in lib/import).
  it("waits its turn behind an import that finishes soon, and is told the list is busy behind one that does not", async () => {
    const holdLockFor = (ms: number, locked: () => void) =>
      prisma.$transaction(
        async (tx) => {
          expect(await acquireWriteLock(tx, "venture")).toBe(true);
          locked();
          await new Promise((resolve) => setTimeout(resolve, ms));
        },
        { timeout: ms + 5_000 },
      );
    const whileLocked = async (ms: number, save: () => Promise<MutationResult>) => {
      let saved: Promise<MutationResult> | undefined;
      await holdLockFor(ms, () => (saved = save()));
      return saved!;
    };

    const soon = ventureFormInput();
    expect(await whileLocked(500, () => createVenture(prisma, actors.editor, soon))).toMatchObject({ ok: true });
    const late = ventureFormInput();
    const before = await countRows();
    expect(await whileLocked(4_000, () => createVenture(prisma, actors.editor, late))).toEqual({ ok: false, error: "busy" });
    expect(await countRows()).toEqual(before);
  });
});

describe("editing a venture", () => {
  it("of two saves from the same version, applies one and refuses the other with what changed; the audit log shows one change", async () => {
    const { id, version } = await newVenture();
    const base = ventureFormInput();
    const [a, b] = await Promise.all([
      updateVenture(prisma, actors.editor, { ...base, nameRu: base.nameRu, id, version, status: "OPERATING" }),
      updateVenture(prisma, actors.admin, { ...base, id, version, status: "SUSPENDED" }),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, error: "conflict", conflict: { currentVersion: version + 1 } });
    const winner = results[0]!.ok ? "OPERATING" : "SUSPENDED";
    expect(refused?.ok === false && refused.conflict?.changes.find((c) => c.field === "status")?.after).toBe(winner);
    expect((await prisma.jointVenture.findUniqueOrThrow({ where: { id } })).status).toBe(winner);
    expect(await prisma.auditLog.count({ where: { entity: "venture", entityId: id, action: "UPDATE" } })).toBe(1);
  });

  it("refuses a save from a stale version even when no one else is saving at that moment", async () => {
    const { id, version } = await newVenture();
    expect((await updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version, cityEn: "Tashkent" })).ok).toBe(true);
    const result = await expectRefused(() => updateVenture(prisma, actors.admin, { ...ventureFormInput(), id, version, cityEn: "Almaty" }), "conflict");
    expect(result.conflict?.changedBy.map((c) => c.name)).toEqual([actors.editor.name]);
  });

  it("records before and after of an edit, and replaces the partners", async () => {
    const { id, version } = await newVenture();
    const input = { ...ventureFormInput(), id, version, partners: [{ companyName: "Solo Partner", countryCode: "TJ" }] };
    expect((await updateVenture(prisma, actors.editor, input)).ok).toBe(true);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect((entry.after as { partners: string }).partners).toBe("Solo Partner (TJ)");
    expect((entry.before as { version: number }).version).toBe(version);
    expect(await prisma.venturePartner.count({ where: { ventureId: id } })).toBe(1);
  });
});

describe("soft delete and restore", () => {
  it("hides a deleted venture, refuses editing it, and brings it back on restore, each with an audit entry", async () => {
    const { id } = await newVenture();
    expect((await deleteRecord(prisma, actors.admin, { entity: "venture", id })).ok).toBe(true);
    expect((await prisma.jointVenture.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    const current = await prisma.jointVenture.findUniqueOrThrow({ where: { id } });
    await expectRefused(() => updateVenture(prisma, actors.editor, { ...ventureFormInput(), id, version: current.version }), "notFound");
    expect((await restoreRecord(prisma, actors.admin, { entity: "venture", id })).ok).toBe(true);
    expect((await prisma.jointVenture.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const actions = (await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("refuses an unknown entity or a forged id", async () => {
    await expectRefused(() => deleteRecord(prisma, actors.admin, { entity: "passwords", id: "x" }), "invalid");
    await expectRefused(() => deleteRecord(prisma, actors.admin, { entity: "venture", id: "no-such-venture" }), "notFound");
  });
});

describe("users", () => {
  it("refuses an admin changing their own role, and a duplicate email", async () => {
    await expectRefused(() => updateUserProfile(prisma, actors.admin, { id: actors.admin.id, role: "VIEWER", organisation: "Ministry of Trade" }), "forbidden");
    const result = await expectRefused(
      () =>
        createUser(prisma, actors.admin, {
          email: actors.editor.email.toUpperCase(),
          name: "Dup",
          organisation: "Ministry of Trade",
          role: "EDITOR",
          password: "correct horse battery",
        }),
      "invalid",
    );
    expect(result.fieldErrors?.email?.key).toBe("validation.emailTaken");
  });

  it("disabling a user ends their sessions", async () => {
    const { viewer } = await createActorsOfEveryRole(prisma);
    const session = await startSession(prisma, viewer.id);
    expect(await findSessionActor(prisma, { id: session, userId: viewer.id })).toMatchObject({ id: viewer.id });
    expect((await setUserDisabled(prisma, actors.admin, { id: viewer.id, disabled: true })).ok).toBe(true);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(await prisma.session.findUniqueOrThrow({ where: { id: session } })).toMatchObject({ endedAt: expect.any(Date) });
    expect(await findSessionActor(prisma, { id: session, userId: viewer.id })).toBeNull();
  });
});
