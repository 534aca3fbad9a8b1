import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ventureQuerySchema } from "@/lib/validation/venture-filters";

type Operation = { tags?: string[]; description?: string; parameters: { name: string; schema: { pattern?: string } }[]; responses: Record<string, unknown> };

const document = buildOpenApiDocument();
const operations = Object.values(document.paths as Record<string, { get: Operation }>).map((path) => path.get);

describe("the OpenAPI document", () => {
  it("says the API needs no authentication and tags every operation with a declared tag", () => {
    expect(document.security).toEqual([]);
    const declared = document.tags.map((tag) => tag.name);
    for (const operation of operations) {
      expect(operation.tags?.length).toBeGreaterThan(0);
      for (const tag of operation.tags!) expect(declared).toContain(tag);
    }
  });

  it("describes every operation, the .csv ones included, with the 400, 500 and 503 answers and the rule against repeats", () => {
    for (const operation of operations) {
      expect(operation.description).toContain("may appear once");
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "400", "429", "500", "503"]));
    }
  });

  // The probe: the document allowed KZ-KZ, which the server answers with 400.
  it("gives `pair` a pattern that refuses a pair of one country, as the server does", () => {
    const pair = (document.paths as Record<string, { get: Operation }>)["/api/v1/ventures"]!.get.parameters.find((p) => p.name === "pair")!;
    const pattern = new RegExp(pair.schema.pattern!);
    expect(["KZ-UZ", "UZ-KZ", "AZ-TM"].filter((value) => pattern.test(value))).toHaveLength(3);
    expect(["KZ-KZ", "kz-uz", "KZUZ", "KZ-UZ-TJ"].filter((value) => pattern.test(value))).toEqual([]);
    expect(ventureQuerySchema.safeParse({ pair: "KZ-KZ" }).success).toBe(false);
    expect(ventureQuerySchema.safeParse({ pair: "KZ-UZ" }).success).toBe(true);
  });
});
