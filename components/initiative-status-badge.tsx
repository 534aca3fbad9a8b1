import { getTranslations } from "next-intl/server";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

// Past the proposal stage reads as progress; a stalled initiative as a warning.
const TONE: Record<InitiativeStatus, "neutral" | "accent" | "warning"> = {
  PROPOSED: "neutral",
  SUPPORTED: "accent",
  IN_PROGRESS: "accent",
  ADOPTED: "accent",
  IMPLEMENTED: "accent",
  STALLED: "warning",
};

export async function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const t = await getTranslations("initiativeStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
