import { getTranslations } from "next-intl/server";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { SOURCE_LANGUAGES } from "@/lib/validation/source-input";
import type { SourceFormOptions } from "./source-form";

/** The source form's choices, labelled in the page's language. */
export async function sourceFormOptions(): Promise<SourceFormOptions> {
  const [tKind, tRecord] = await Promise.all([getTranslations("sourceKind"), getTranslations("recordFields")]);
  return {
    kinds: Object.values(SourceKind).map((k) => ({ value: k, label: tKind(k) })),
    languages: SOURCE_LANGUAGES.map((code) => ({ value: code, label: tRecord(`languages.${code}`) })),
  };
}
