import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { countSeededTables, seedDatabase } from "@/lib/seed";

// The global setup hands over a migrated, seeded database. One test reseeds it, so
// refuse anything but a server on this machine.
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !["127.0.0.1", "localhost", "[::1]"].includes(new URL(databaseUrl).hostname)) {
  throw new Error("seed.test.ts runs only against a local DATABASE_URL");
}

const prisma = createPrismaClient(databaseUrl);
afterAll(() => prisma.$disconnect());

function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

// Quotes are stored with whitespace runs collapsed; the files keep the original layout.
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("seed data", () => {
  it("seeds seven consultative meetings with their dates and places", async () => {
    const meetings = await prisma.event.findMany({
      where: { kind: "CONSULTATIVE_MEETING" },
      orderBy: { ordinal: "asc" },
      select: { ordinal: true, startDate: true, cityEn: true, hostCode: true },
    });

    expect(meetings.map((m) => [m.ordinal, isoDay(m.startDate), m.cityEn, m.hostCode])).toEqual([
      [1, "2018-03-15", "Astana", "KZ"],
      [2, "2019-11-29", "Tashkent", "UZ"],
      [3, "2021-08-06", "Avaza", "TM"],
      [4, "2022-07-21", "Cholpon-Ata", "KG"],
      [5, "2023-09-14", "Dushanbe", "TJ"],
      [6, "2024-08-09", "Astana", "KZ"],
      [7, "2025-11-16", "Tashkent", "UZ"],
    ]);
  });

  it("seeds the VII meeting with its five documents, two of them approved by the Joint Statement", async () => {
    const documents = await prisma.eventDocument.findMany({
      where: { event: { slug: "consultative-meeting-7" } },
      select: { type: true, adoption: true, approvedBy: { select: { type: true } } },
    });

    expect(documents).toHaveLength(5);
    expect(
      documents
        .filter((d) => d.adoption === "SIGNED")
        .map((d) => d.type)
        .sort(),
    ).toEqual(["APPEAL", "DECISION", "JOINT_STATEMENT"]);
    const approved = documents.filter((d) => d.adoption === "APPROVED");
    expect(approved.map((d) => d.type).sort()).toEqual(["CATALOGUE", "CONCEPT"]);
    expect(approved.map((d) => d.approvedBy?.type)).toEqual(["JOINT_STATEMENT", "JOINT_STATEMENT"]);
  });

  it("counts Azerbaijan among the participants of the VII meeting but not of the V", async () => {
    const participantsOf = async (slug: string) =>
      (await prisma.eventParticipant.findMany({ where: { event: { slug } }, select: { countryCode: true } })).map((p) => p.countryCode).sort();

    expect(await participantsOf("consultative-meeting-7")).toEqual(["AZ", "KG", "KZ", "TJ", "TM", "UZ"]);
    expect(await participantsOf("consultative-meeting-5")).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
  });

  it("credits the V meeting with four initiatives proposed by three countries", async () => {
    const initiatives = await prisma.initiative.findMany({
      where: { event: { slug: "consultative-meeting-5" } },
      select: { proposerCode: true },
    });

    expect(initiatives).toHaveLength(4);
    expect([...new Set(initiatives.map((i) => i.proposerCode))].sort()).toEqual(["KZ", "TM", "UZ"]);
  });

  it("records 2024 intra-regional trade as exactly $11.5bn", async () => {
    const figure = await prisma.tradeFigure.findFirstOrThrow({
      where: { scope: "INTRA_REGIONAL", periodStart: new Date("2024-01-01") },
    });

    expect(figure.valueUsd?.toString()).toBe("11500000000");
    expect(figure.periodInferred).toBe(true);
  });

  it("flags the 2020 Uzbekistan–Kazakhstan turnover of over $3bn as a lower bound", async () => {
    const figure = await prisma.tradeFigure.findFirstOrThrow({
      where: { scope: "BILATERAL", countryACode: "KZ", countryBCode: "UZ", periodStart: new Date("2020-01-01") },
    });

    expect(isoDay(figure.periodEnd)).toBe("2020-12-31");
    expect(figure.valueUsd?.toString()).toBe("3000000000");
    expect(figure.isLowerBound).toBe(true);
  });

  it("stores the January–October 2021 Uzbekistan–Kazakhstan turnover with 36.5% growth", async () => {
    const figure = await prisma.tradeFigure.findFirstOrThrow({
      where: { scope: "BILATERAL", countryACode: "KZ", countryBCode: "UZ", periodEnd: new Date("2021-10-31") },
    });

    expect(isoDay(figure.periodStart)).toBe("2021-01-01");
    expect(figure.valueUsd?.toString()).toBe("3200000000");
    expect(figure.growthPercent?.toString()).toBe("36.5");
    expect(figure.growthOverYears).toBe(1);
  });

  it("seeds the $15bn, $20bn and $10bn targets with the baselines they were set against", async () => {
    const targets = await prisma.target.findMany({
      orderBy: { setOn: "asc" },
      select: {
        scope: true,
        valueUsd: true,
        baselineValueUsd: true,
        baselineIsLowerBound: true,
        baselineFigure: { select: { valueUsd: true } },
        setAtEvent: { select: { slug: true } },
      },
    });

    expect(
      targets.map((t) => ({
        scope: t.scope,
        value: t.valueUsd.toString(),
        baseline: t.baselineValueUsd?.toString(),
        baselineIsLowerBound: t.baselineIsLowerBound,
        baselineFigure: t.baselineFigure?.valueUsd?.toString(),
        setAt: t.setAtEvent?.slug,
      })),
    ).toEqual([
      {
        scope: "BILATERAL",
        value: "10000000000",
        baseline: "3000000000",
        baselineIsLowerBound: true,
        baselineFigure: "3000000000",
        setAt: "uz-kz-state-visit-2021",
      },
      {
        scope: "INTRA_REGIONAL",
        value: "15000000000",
        baseline: "11000000000",
        baselineIsLowerBound: false,
        baselineFigure: "11000000000",
        setAt: "consultative-meeting-5",
      },
      {
        scope: "INTRA_REGIONAL",
        value: "20000000000",
        baseline: "11500000000",
        baselineIsLowerBound: false,
        baselineFigure: "11500000000",
        setAt: "consultative-meeting-7",
      },
    ]);
  });

  it("restates the $20bn target at the trade ministers' council, citing S5", async () => {
    const restatements = await prisma.targetRestatement.findMany({
      where: { target: { valueUsd: "20000000000" } },
      select: {
        statedOn: true,
        event: { select: { slug: true } },
        citations: { select: { source: { select: { fileName: true } }, quote: true } },
      },
    });

    expect(restatements).toEqual([
      {
        statedOn: new Date("2025-11-13"),
        event: { slug: "ca-az-trade-ministers-council-2025" },
        citations: [
          {
            source: { fileName: "2025-11-azerbaijan-central-asia-tashkent.ru.txt" },
            quote: expect.stringContaining("до $20 млрд в год"),
          },
        ],
      },
    ]);
  });

  it("quotes every seeded citation verbatim from its source file", async () => {
    // The seed's citations (ids "cit-…"); other tests add staff-entered ones to the shared database.
    const citations = await prisma.citation.findMany({
      where: { id: { startsWith: "cit-" } },
      select: { id: true, quote: true, noteRu: true, noteEn: true, source: { select: { fileName: true } } },
    });
    const texts = new Map<string, string>();
    const textOf = (fileName: string) => {
      let text = texts.get(fileName);
      if (text === undefined) {
        text = collapseWhitespace(readFileSync(new URL(`../../prisma/sources/${fileName}`, import.meta.url), "utf8"));
        texts.set(fileName, text);
      }
      return text;
    };

    const unsupported = citations.flatMap(({ id, quote, noteRu, noteEn, source }) => {
      // The general reference has no text to quote: its citations say, in both languages, what they support.
      if (source.fileName === null) return quote === null && noteRu && noteEn ? [] : [id];
      return quote !== null && textOf(source.fileName).includes(collapseWhitespace(quote)) ? [] : [id];
    });

    expect(citations.length).toBeGreaterThan(0);
    expect(unsupported).toEqual([]);
  });

  it("records each article's publisher, date, author and file as the article gives them, and nothing it does not", async () => {
    const sources = await prisma.source.findMany({
      orderBy: { id: "asc" },
      select: { id: true, publisher: true, author: true, publishedOn: true, publishedOnInferred: true, fileName: true },
    });
    expect(sources.map((s) => [s.id, s.publisher, s.author, isoDay(s.publishedOn), s.publishedOnInferred, s.fileName])).toEqual([
      ["src-r1", null, null, null, false, null],
      ["src-s1", null, null, null, false, "2023-09-v-meeting-industrial-cooperation.ru.txt"],
      ["src-s2", null, null, null, false, "2021-12-uz-kz-state-visit-industrial-cooperation.ru.txt"],
      ["src-s3", null, null, null, false, "2022-08-imep-round-table-regional-cooperation.ru.txt"],
      // «Ташкент. 16 ноября. KAZAKHSTAN TODAY»: day and month stated, the year inferred.
      ["src-s4", "KAZAKHSTAN TODAY", null, "2025-11-16", true, "2025-11-vii-meeting-tashkent-outcomes.ru.txt"],
      // «date 2025-11-13 Автор: Акпер Гасанов»
      ["src-s5", null, "Акпер Гасанов", "2025-11-13", false, "2025-11-azerbaijan-central-asia-tashkent.ru.txt"],
    ]);
    for (const source of sources) {
      if (!source.fileName) continue;
      const text = readFileSync(new URL(`../../prisma/sources/${source.fileName}`, import.meta.url), "utf8");
      if (source.publisher) expect(text).toContain(source.publisher);
      if (source.author) expect(text).toContain(source.author);
    }
  });

  it("gives every seeded Russian quote the portal's English translation", async () => {
    const quoted = await prisma.citation.findMany({
      where: { quote: { not: null } },
      select: { id: true, quoteEn: true, source: { select: { language: true } } },
    });
    expect(quoted.length).toBeGreaterThan(40);
    expect(quoted.filter((c) => c.source.language === "ru" && !c.quoteEn?.trim()).map((c) => c.id)).toEqual([]);
    const trade = await prisma.citation.findUniqueOrThrow({ where: { id: "cit-tf-ca-2024-1" }, select: { quoteEn: true } });
    expect(trade.quoteEn).toBe("As a result, the volume of intra-regional trade reached 11.5 billion dollars last year.");
  });

  it("cites every event, document, initiative, status change, venture, figure, target, restatement and statistic", async () => {
    const uncited = { citations: { none: {} } };

    expect({
      events: await prisma.event.count({ where: uncited }),
      documents: await prisma.eventDocument.count({ where: uncited }),
      initiatives: await prisma.initiative.count({ where: uncited }),
      statusChanges: await prisma.initiativeStatusChange.count({ where: uncited }),
      ventures: await prisma.jointVenture.count({ where: uncited }),
      tradeFigures: await prisma.tradeFigure.count({ where: uncited }),
      targets: await prisma.target.count({ where: uncited }),
      restatements: await prisma.targetRestatement.count({ where: uncited }),
      statistics: await prisma.statistic.count({ where: uncited }),
    }).toEqual({
      events: 0,
      documents: 0,
      initiatives: 0,
      statusChanges: 0,
      ventures: 0,
      tradeFigures: 0,
      targets: 0,
      restatements: 0,
      statistics: 0,
    });
  });

  it("leaves every table count unchanged when seeded a second time", async () => {
    const before = await countSeededTables(prisma);

    const after = await seedDatabase(prisma);

    expect(after).toEqual(before);
    expect(await countSeededTables(prisma)).toEqual(before);
  }, 60_000);

  it("keeps what staff have edited when the seed runs again", async () => {
    const original = await prisma.event.findUniqueOrThrow({ where: { slug: "consultative-meeting-7" }, select: { summaryEn: true } });
    await prisma.event.update({ where: { slug: "consultative-meeting-7" }, data: { summaryEn: "Edited by staff." } });
    try {
      await seedDatabase(prisma);
      const after = await prisma.event.findUniqueOrThrow({ where: { slug: "consultative-meeting-7" }, select: { summaryEn: true } });
      expect(after.summaryEn).toBe("Edited by staff.");
    } finally {
      await prisma.event.update({ where: { slug: "consultative-meeting-7" }, data: { summaryEn: original.summaryEn } });
    }
  }, 60_000);
});
