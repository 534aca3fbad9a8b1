import { formatDateRange, isoDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { InferredMarker } from "@/components/inferred-marker";

export function EventDate({ start, end, inferred, locale }: { start: Date; end: Date | null; inferred: boolean; locale: Locale }) {
  return (
    <>
      <time dateTime={isoDay(start)}>{formatDateRange(start, end, locale)}</time>
      {inferred && <InferredMarker />}
    </>
  );
}
