import { z } from "zod";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { optionalPastDate, optionalText, recordId, requiredText, url, version } from "@/lib/validation/fields";

export const SOURCE_LANGUAGES = ["ru", "en", "kk", "uz", "ky", "tg", "tk", "az", "other"] as const;

/** One entry of the bibliography as staff enter it. */
export const sourceInputSchema = z.object({
  titleRu: requiredText(500),
  titleEn: requiredText(500),
  kind: z.enum(SourceKind, { error: "validation.unknownOption" }),
  publisher: optionalText(200),
  author: optionalText(200),
  publishedOn: optionalPastDate,
  language: z.enum(SOURCE_LANGUAGES, { error: "validation.unknownOption" }),
  url,
});

export type SourceInput = z.output<typeof sourceInputSchema>;

export const sourceUpdateSchema = sourceInputSchema.extend({ id: recordId, version });
