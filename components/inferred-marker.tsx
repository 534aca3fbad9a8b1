import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** Flags a year or period that the source implies rather than states. */
export async function InferredMarker({ kind = "year" }: { kind?: "year" | "period" }) {
  const t = await getTranslations("period");
  const hint = kind === "year" ? t("inferredHint") : t("periodInferredHint");
  return (
    <Badge tone="warning" title={hint} className="ml-1 align-middle">
      {t("inferred")}
      <span className="sr-only">: {hint}</span>
    </Badge>
  );
}
