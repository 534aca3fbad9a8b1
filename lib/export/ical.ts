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
};

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

function dateValue(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}

// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. Folding
// by code point keeps multi-byte Cyrillic characters whole.
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (encoder.encode(current + char).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A VCALENDAR with one all-day VEVENT per event; DTEND is the day after the last day. */
export function toICalendar(events: readonly CalendarEvent[], options: { name: string; stamp: Date }): string {
  const stamp = options.stamp.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CA Cooperation Monitor//Summits//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escapeText(options.name)}`];
  for (const event of events) {
    const dayAfter = new Date((event.end ?? event.start).getTime() + 86_400_000);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.start)}`,
      `DTEND;VALUE=DATE:${dateValue(dayAfter)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      `URL:${event.url}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
