import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { DEMO_ACCOUNT, fillDemoStatistics } from "@/lib/records/demo-statistics";
import { trackNewRecords } from "@/tests/support/new-records";

// npm run demo's sample statistics, imported as staff would import official files, and the
// demo's API saying so in every answer.

// The data cache needs a running Next server; here every read goes straight to the database.
vi.mock("next/cache", () => ({ unstable_cache: <F>(load: F) => load, revalidateTag: vi.fn(), updateTag: vi.fn() }));

let cleanUp: () => Promise<void>;
beforeAll(async () => {
  cleanUp = await trackNewRecords(prisma);
});
afterAll(() => cleanUp());

const reported = (where: object) =>
  prisma.tradeFigure.findMany({ where: { deletedAt: null, reporterCode: { not: null }, ...where }, select: { valueUsd: true, frequency: true } });

describe("the demo's sample statistics", () => {
  it("imports a first release and a revised one, both named as generated sample data", async () => {
    expect(await fillDemoStatistics(prisma)).toBe(true);
    const imports = await prisma.tradeImport.findMany({ where: { user: { email: DEMO_ACCOUNT } }, orderBy: { at: "asc" }, include: { source: true } });
    // 30 reporter-partner directions × 2 flows: yearly 2000–2025, monthly 2023–2025.
    expect(imports.map((i) => [i.added, i.revised])).toEqual([
      [30 * 2 * 26 + 30 * 2 * 36, 0],
      [0, 3],
    ]);
    for (const i of imports) expect(i.source.titleEn).toMatch(/^SAMPLE DATA \(generated\)/);
    expect(await prisma.tradeFigureRevision.count({ where: { replacedByImportId: imports[1]!.id, importId: imports[0]!.id } })).toBe(3);
    const monthly = await reported({ frequency: "MONTH" });
    expect(monthly).toHaveLength(30 * 2 * 36);
  });

  it("draws each import above the partner's reported export, as importers' figures run", async () => {
    const value = async (reporter: string, flow: "EXPORT" | "IMPORT") =>
      (
        await prisma.tradeFigure.findFirstOrThrow({
          where: { reporterCode: reporter, countryACode: "KZ", countryBCode: "UZ", flow, frequency: "YEAR", periodStart: new Date("2024-01-01") },
        })
      ).valueUsd!.toNumber();
    const gap = (await value("UZ", "IMPORT")) / (await value("KZ", "EXPORT"));
    expect(gap).toBeGreaterThanOrEqual(1.02);
    expect(gap).toBeLessThanOrEqual(1.12);
  });

  it("leaves a demo that has its statistics as it is when started again", async () => {
    const before = await prisma.tradeFigure.count();
    expect(await fillDemoStatistics(prisma)).toBe(false);
    expect(await prisma.tradeFigure.count()).toBe(before);
  });
});

describe("the demo's API", () => {
  afterEach(() => vi.unstubAllEnvs());
  const answer = async () => {
    const { handleDatasetRequest } = await import("@/lib/api/handler");
    const response = await handleDatasetRequest(new Request("http://localhost/api/v1/trade-figures?reporter=all&limit=1"), "trade-figures");
    return { header: response.headers.get("X-Sample-Data"), body: (await response.json()) as { notice?: string; items: unknown[] } };
  };

  it("names its answers generated sample data, in a header and in the JSON", async () => {
    vi.stubEnv("SAMPLE_DATA", "1");
    const { header, body } = await answer();
    expect(header).toBe("generated");
    expect(body.notice).toMatch(/^Sample data: .*not any country's figures/);
    expect(body.items).toHaveLength(1);
  });

  it("says nothing of the kind on a real portal", async () => {
    const { header, body } = await answer();
    expect(header).toBeNull();
    expect(body).not.toHaveProperty("notice");
  });
});
