import { isoDay } from "@/lib/format";
// iCalendar (RFC 5545) for all-day events: the calendar facts are dates without times.

export type CalendarEvent = {
  uid: string;
  start: Date;
  /** Last day, inclusive; null for a one-day event. */
  end: Date | null;
  summary: string;
  location: string | null;
  description: string | null;
  url: string;
  /** When the record last changed, and its version (1 for a record never edited). */
  modified: Date;
  version: number;
};

function escapeText(text: string): string {
  // Every line break, a lone CR (old Mac files) included: a bare CR would end the content line early.
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function dateValue(date: Date): string {
  return isoDay(date).replace(/-/g, "");
}

/** How many octets a code point takes in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. Folding
// by code point keeps multi-byte Cyrillic characters whole; counting octets as it goes
// keeps a calendar of thousands of events linear.
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const lines = (content: readonly string[]) => content.map((line) => fold(line) + "\r\n").join("");

/** The start of a VCALENDAR, up to its first VEVENT. */
export function calendarStart(name: string): string {
  return lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CA Cooperation Monitor//Summits//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escapeText(name)}`]);
}

const dateTimeValue = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/**
 * One all-day VEVENT per event; DTEND is the day after the last day. DTSTAMP is when the
 * file was made (RFC 5545 §3.8.7.2, for a calendar published without a METHOD); a
 * calendar app sees an edited event by its LAST-MODIFIED and SEQUENCE (0 for a record
 * never edited).
 */
export function calendarEvents(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = dateTimeValue(stamp);
  return lines(
    events.flatMap((event) => {
      const dayAfter = new Date((event.end ?? event.start).getTime() + 86_400_000);
      return [
        "BEGIN:VEVENT",
        `UID:${event.uid}`,
        `DTSTAMP:${dtstamp}`,
        `LAST-MODIFIED:${dateTimeValue(event.modified)}`,
        `SEQUENCE:${Math.max(0, event.version - 1)}`,
        `DTSTART;VALUE=DATE:${dateValue(event.start)}`,
        `DTEND;VALUE=DATE:${dateValue(dayAfter)}`,
        `SUMMARY:${escapeText(event.summary)}`,
        ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
        ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
        `URL:${event.url}`,
        "END:VEVENT",
      ];
    }),
  );
}

export const CALENDAR_END = "END:VCALENDAR\r\n";

/** A VCALENDAR with one all-day VEVENT per event. */
export function toICalendar(events: readonly CalendarEvent[], options: { name: string; stamp: Date }): string {
  return calendarStart(options.name) + calendarEvents(events, options.stamp) + CALENDAR_END;
}
