import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createVenture, updateVenture } from "@/lib/records/ventures";
import { ventureFormInput } from "@/tests/factories/ventures";
import { setUpActorsOfEveryRole } from "@/tests/support/workspace";

// The portal's English translation of a quote (Citation.quoteEn), entered in the workspace's
// source rows beside the verbatim passage.

const actors = setUpActorsOfEveryRole();
const QUOTE = "в Туркестане была запущена швейная фабрика Turkestan Textile.";
const TRANSLATION = "in Turkestan the Turkestan Textile sewing factory was launched.";

const citationsOf = (ventureId: string) => prisma.citation.findMany({ where: { ventureId }, select: { id: true, quote: true, quoteEn: true } });

describe("quote translations in the workspace", () => {
  it("stores the English translation saved with a citation, and a later correction of it", async () => {
    const created = await createVenture(prisma, actors.editor, ventureFormInput({ citations: [{ sourceId: "src-s2", quote: QUOTE, quoteEn: TRANSLATION }] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [citation] = await citationsOf(created.id);
    expect(citation).toMatchObject({ quote: QUOTE, quoteEn: TRANSLATION });

    const corrected = "In Turkestan, the Turkestan Textile sewing factory was launched.";
    const updated = await updateVenture(prisma, actors.editor, {
      ...ventureFormInput(),
      id: created.id,
      version: created.version,
      citations: [{ id: citation!.id, sourceId: "src-s2", quote: QUOTE, quoteEn: corrected }],
    });
    expect(updated.ok).toBe(true);
    expect(await citationsOf(created.id)).toEqual([{ id: citation!.id, quote: QUOTE, quoteEn: corrected }]);
  });

  it("stores no translation where none is entered", async () => {
    const created = await createVenture(prisma, actors.editor, ventureFormInput({ citations: [{ sourceId: "src-s2", quote: QUOTE, quoteEn: "  " }] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await citationsOf(created.id))[0]?.quoteEn).toBeNull();
  });

  it("refuses a translation without its quote, or one too long, the database unchanged", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sourceId: "src-s2", quote: "", quoteEn: TRANSLATION }, "validation.translationWithoutQuote"],
      [{ sourceId: "src-s2", quote: QUOTE, quoteEn: "x".repeat(5001) }, "validation.tooLong"],
      [{ sourceId: "src-s2", quote: QUOTE, quoteEn: "bad\u0000byte" }, "validation.controlCharacters"],
    ];
    for (const [row, key] of cases) {
      const before = await prisma.citation.count();
      const result = await createVenture(prisma, actors.editor, ventureFormInput({ citations: [row] }));
      expect(result).toMatchObject({ ok: false, error: "invalid" });
      expect(result.ok === false && result.fieldErrors?.["citations.0.quoteEn"]?.key, key).toBe(key);
      expect(await prisma.citation.count()).toBe(before);
    }
  });

  it("refuses a changed translation that breaks the rules and keeps the stored one", async () => {
    const created = await createVenture(prisma, actors.editor, ventureFormInput({ citations: [{ sourceId: "src-s2", quote: QUOTE, quoteEn: TRANSLATION }] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [citation] = await citationsOf(created.id);
    const result = await updateVenture(prisma, actors.editor, {
      ...ventureFormInput(),
      id: created.id,
      version: created.version,
      citations: [{ id: citation!.id, sourceId: "src-s2", quote: "", quoteEn: "A translation of nothing" }],
    });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect(await citationsOf(created.id)).toEqual([{ id: citation!.id, quote: QUOTE, quoteEn: TRANSLATION }]);
  });
});
