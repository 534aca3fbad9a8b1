import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/decimal";
import {
  formatDateRange,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatPeriod,
  formatShortDate,
  formatShortTimestamp,
  formatTimestampWithSeconds,
  formatUsd,
  isoDay,
} from "@/lib/format";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// ICU separates with thin and narrow no-break spaces; compare the words, not the space widths.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("formatUsd", () => {
  it("writes billions the way each language's press does", () => {
    expect(formatUsd(new Decimal("11500000000"), "en")).toBe("$11.5 bn");
    expect(formatUsd(new Decimal("11500000000"), "ru")).toBe("11,5 млрд $");
  });

  it("writes millions with their own unit", () => {
    expect(formatUsd(new Decimal("250000000"), "en")).toBe("$250 m");
  });
});

describe("formatPercent", () => {
  it("keeps one decimal", () => {
    expect(formatPercent(0.575, "en")).toBe("57.5%");
    expect(formatPercent(0.575, "ru")).toBe("57,5\u00a0%");
  });
});

describe("formatPercentChange", () => {
  it("signs a gain and a loss, and leaves zero unsigned", () => {
    expect(formatPercentChange(0.086, "en")).toBe("+8.6%");
    expect(formatPercentChange(-0.05, "en")).toBe("-5%");
    expect(formatPercentChange(0, "en")).toBe("0%");
    expect(formatPercentChange(0.086, "ru")).toBe("+8,6\u00a0%");
  });
});

describe("formatPeriod", () => {
  it("names a calendar year by its number", () => {
    expect(formatPeriod(day("2024-01-01"), day("2024-12-31"), "en")).toBe("2024");
  });

  it("names a run of whole months, such as January–October 2021", () => {
    expect(formatPeriod(day("2021-01-01"), day("2021-10-31"), "en")).toBe("January–October 2021");
    expect(formatPeriod(day("2021-01-01"), day("2021-10-31"), "ru")).toBe("январь–октябрь 2021");
  });

  it("falls back to exact days for a year-to-date figure", () => {
    expect(plain(formatPeriod(day("2025-01-01"), day("2025-11-13"), "en"))).toBe("January 1 – November 13, 2025");
  });
});

describe("formatDateRange", () => {
  it("joins a two-day visit into one range", () => {
    expect(plain(formatDateRange(day("2021-12-05"), day("2021-12-06"), "ru"))).toBe("5–6 декабря 2021 г.");
  });
});

describe("dates with a precision", () => {
  it("writes a month-precise date as month and year, a year-precise one as the year", async () => {
    const { formatDate, formatDateWithPrecision } = await import("@/lib/format");
    const november = new Date(Date.UTC(2021, 10, 1));
    expect(formatDateWithPrecision(november, "MONTH", "en")).toBe("November 2021");
    expect(formatDateWithPrecision(november, "MONTH", "ru")).toBe("ноябрь 2021");
    expect(formatDateWithPrecision(november, "YEAR", "ru")).toBe("2021");
    expect(formatDateWithPrecision(november, "DAY", "en")).toBe(formatDate(november, "en"));
  });

  it("writes an event known to the month as its months, not as the first days", async () => {
    const { formatDateRange } = await import("@/lib/format");
    const [november, january] = [new Date(Date.UTC(2021, 10, 1)), new Date(Date.UTC(2022, 0, 1))];
    expect(formatDateRange(november, november, "en", "MONTH")).toBe("November 2021");
    expect(formatDateRange(november, null, "ru", "MONTH")).toBe("ноябрь 2021");
    expect(formatDateRange(november, january, "en", "MONTH")).toBe("November 2021 – January 2022");
    expect(formatDateRange(november, january, "en", "YEAR")).toBe("2021 – 2022");
  });
});

describe("the workspace's dates and numbers", () => {
  // 23:59 UTC is already the next day east of Greenwich: the portal writes every moment in UTC.
  const lateEvening = new Date(Date.UTC(2023, 8, 14, 23, 59, 5));

  it("abbreviates a date for a table column, on the UTC day", () => {
    expect(plain(formatShortDate(day("2023-09-14"), "en"))).toBe("Sep 14, 2023");
    expect(plain(formatShortDate(day("2023-09-14"), "ru"))).toBe("14 сент. 2023 г.");
    expect(plain(formatShortDate(lateEvening, "ru"))).toBe("14 сент. 2023 г.");
  });

  it("writes when a record changed to the minute, and the audit log to the second with its zone", () => {
    expect(plain(formatShortTimestamp(lateEvening, "ru"))).toBe("14 сент. 2023 г., 23:59");
    expect(plain(formatShortTimestamp(lateEvening, "en"))).toBe("Sep 14, 2023, 11:59 PM");
    expect(plain(formatTimestampWithSeconds(lateEvening, "ru"))).toBe("14 сент. 2023 г., 23:59:05 UTC");
  });

  it("writes a plain number with the language's decimal mark", () => {
    expect(formatNumber(36.5, "en")).toBe("36.5");
    expect(formatNumber(-3.25, "ru")).toBe("-3,25");
  });
});

describe("isoDay", () => {
  it("writes the UTC day of a moment, whatever the time, and keeps a missing date missing", () => {
    expect(isoDay(new Date(Date.UTC(2023, 8, 14, 23, 59)))).toBe("2023-09-14");
    expect(isoDay(day("2021-12-05"))).toBe("2021-12-05");
    expect(isoDay(null)).toBeNull();
  });
});
