import { getTranslations } from "next-intl/server";
import type { ProgressStatus } from "@/lib/metrics/status";
import { Badge } from "@/components/ui/badge";

const TONE: Record<ProgressStatus, "neutral" | "accent" | "warning"> = {
  ACHIEVED: "accent",
  ON_TRACK: "accent",
  NEEDS_ACCELERATION: "warning",
  LIMITED_PROGRESS: "warning",
  MOVING_AWAY: "warning",
  UNKNOWN: "neutral",
};

/** The status in words (never by colour alone). */
export async function ProgressStatusBadge({ status }: { status: ProgressStatus }) {
  const t = await getTranslations("status");
  return (
    <Badge tone={TONE[status]} data-testid="target-status">
      {t("label")}: {t(status)}
    </Badge>
  );
}
