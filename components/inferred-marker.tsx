import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** Flags a year, period or a party's nationality that the source implies rather than states. */
export async function InferredMarker({ kind = "year" }: { kind?: "year" | "period" | "nationality" }) {
  const t = await getTranslations("period");
  const [label, hint] =
    kind === "year"
      ? [t("inferred"), t("inferredHint")]
      : kind === "period"
        ? [t("periodInferred"), t("periodInferredHint")]
        : [t("nationalityInferred"), t("nationalityInferredHint")];
  return (
    <Badge tone="warning" title={hint} className="ml-1 align-middle">
      {label}
      <span className="sr-only">: {hint}</span>
    </Badge>
  );
}
