import { describe, expect, it } from "vitest";
import { csvResponse, toCsv } from "@/lib/export/csv";
import ICAL from "ical.js";
import { toICalendar } from "@/lib/export/ical";

describe("toCsv", () => {
  it("quotes commas and quotes and neutralises formula cells", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["Ташкент, Узбекистан", '=HYPERLINK("x")'],
          [null, 5],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"Ташкент, Узбекистан","\'=HYPERLINK(""x"")"\r\n,5\r\n');
  });

  it("keeps negative numbers as numbers while neutralising text that starts with a minus", () => {
    expect(
      toCsv(
        ["growth", "note"],
        [
          ["-3.5", "-cmd"],
          [-2, "+1 idea"],
        ],
      ),
    ).toBe("\uFEFFgrowth,note\r\n-3.5,'-cmd\r\n-2,'+1 idea\r\n");
  });
});

describe("csvResponse", () => {
  const bytes = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

  it("sends a download named as asked, with the BOM and the header row, and the caller's own headers", async () => {
    const response = await csvResponse("audit-log.csv", ["city", "n"], [["Ташкент", 1]], { "Cache-Control": "no-store" });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-log.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await bytes(response)).toBe("\uFEFFcity,n\r\nТашкент,1\r\n");
  });

  it("streams parts of rows after one BOM and one header, and an empty source still gets both", async () => {
    async function* parts() {
      yield [["a", 1]];
      yield [["b", 2]];
    }
    expect(await bytes(await csvResponse("x.csv", ["k", "v"], parts()))).toBe("\uFEFFk,v\r\na,1\r\nb,2\r\n");
    expect(await bytes(await csvResponse("x.csv", ["k", "v"], (async function* () {})()))).toBe("\uFEFFk,v\r\n");
  });

  it("fails before answering when the first part cannot be read, rather than sending a cut-off file", async () => {
    async function* failing(): AsyncGenerator<[string][]> {
      throw new Error("database down");
    }
    await expect(csvResponse("x.csv", ["k"], failing())).rejects.toThrow("database down");
  });
});

describe("toICalendar", () => {
  const base = {
    uid: "v@test",
    summary: "VII meeting; Tashkent",
    location: "Tashkent, Uzbekistan",
    description: null,
    url: "http://x/en/summits/v",
    modified: new Date("2026-11-22T08:30:00Z"),
    version: 1,
  };

  // The probe: DTSTAMP was the event's date and never changed, so calendars could not tell an edit.
  it("stamps the file with the export time and each event with its last change and version, as ical.js reads them", () => {
    const exported = new Date("2026-12-04T03:50:12.345Z");
    const ics = toICalendar([{ ...base, start: new Date("2021-12-05T00:00:00Z"), end: null, modified: new Date("2026-11-22T08:30:00Z"), version: 3 }], {
      name: "Summits",
      stamp: exported,
    });
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-12-04T03:50:12Z");
    expect(event.getFirstPropertyValue("last-modified")!.toString()).toBe("2026-11-22T08:30:00Z");
    expect(event.getFirstPropertyValue("sequence")).toBe(2);
    const unedited = new ICAL.Component(
      ICAL.parse(toICalendar([{ ...base, start: new Date("2021-12-05T00:00:00Z"), end: null }], { name: "S", stamp: exported })),
    ).getFirstSubcomponent("vevent")!;
    expect(unedited.getFirstPropertyValue("sequence")).toBe(0);
  });

  it("writes an all-day event ending the day after its last day", () => {
    const ics = toICalendar([{ ...base, start: new Date("2021-12-05T00:00:00Z"), end: new Date("2021-12-06T00:00:00Z") }], {
      name: "Summits",
      stamp: new Date("2025-11-16T00:00:00Z"),
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20211205\r\nDTEND;VALUE=DATE:20211207\r\n");
    expect(ics).toContain("SUMMARY:VII meeting\\; Tashkent\r\n");
    expect(ics).toContain("LOCATION:Tashkent\\, Uzbekistan\r\n");
  });

  it("folds long Cyrillic lines at 75 octets without splitting a character", () => {
    const ics = toICalendar(
      [{ ...base, summary: "Консультативная встреча глав государств Центральной Азии", start: new Date("2025-11-16T00:00:00Z"), end: null }],
      { name: "Саммиты", stamp: new Date(0) },
    );
    const lines = ics.split("\r\n");
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Консультативная встреча глав государств Центральной Азии");
  });

  // The probe's file: a description with a lone carriage return made an invalid calendar.
  it("writes every kind of line break in a text as \\n, so a lone CR cannot end a line early", () => {
    const description = "Line one\rline two\r\nline three\nline four";
    const ics = toICalendar([{ ...base, description, start: new Date("2025-11-16T00:00:00Z"), end: null }], { name: "Summits", stamp: new Date(0) });
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    // Read back by a parser nobody here wrote (Mozilla's ical.js).
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toBe("Line one\nline two\nline three\nline four");
    expect(event.getFirstPropertyValue("summary")).toBe("VII meeting; Tashkent");
  });
});
