import { z } from "zod";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { optionalText, recordId, requiredText, url, version } from "@/lib/validation/fields";
import { datePrecision, optionalDatedOn, withDatePrecision } from "@/lib/validation/dated";

export const SOURCE_LANGUAGES = ["ru", "en", "kk", "uz", "ky", "tg", "tk", "az", "other"] as const;

const sourceFields = z.object({
  titleRu: requiredText(500),
  titleEn: requiredText(500),
  kind: z.enum(SourceKind, { error: "validation.unknownOption" }),
  publisher: optionalText(200),
  author: optionalText(200),
  publishedOn: optionalDatedOn,
  publishedPrecision: datePrecision,
  language: z.enum(SOURCE_LANGUAGES, { error: "validation.unknownOption" }),
  url,
});

/** One entry of the bibliography as staff enter it. */
export const sourceInputSchema = withDatePrecision({ publishedOn: "publishedPrecision" }, sourceFields);

export type SourceInput = z.output<typeof sourceInputSchema>;

export const sourceUpdateSchema = withDatePrecision({ publishedOn: "publishedPrecision" }, sourceFields.extend({ id: recordId, version }));
