import { formatDateRange } from "@/lib/format";
import { dateText } from "@/lib/validation/dated";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { InferredMarker } from "@/components/inferred-marker";

/** When an event took place, as precisely as the source gives it ("5–6 December 2021", "November 2021"). */
export function EventDate({
  start,
  end,
  precision,
  inferred,
  locale,
}: {
  start: Date;
  end: Date | null;
  precision: DatePrecision;
  inferred: boolean;
  locale: Locale;
}) {
  return (
    <>
      <time dateTime={dateText(start, precision)}>{formatDateRange(start, end, locale, precision)}</time>
      {inferred && <InferredMarker />}
    </>
  );
}
