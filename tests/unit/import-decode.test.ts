import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "@/lib/import/decode";

// Real bytes, as the spreadsheets of the region save a CSV file (iconv-lite encodes them).
const CSV = "name_ru,name_en,partners\nУзбекско-казахское СП «Агромаш»,Agromash JV,KZ:ТОО Агромаш Ёлдыз|UZ:АО Ташкентмаш\n";

describe("the encoding of an uploaded CSV file", () => {
  // The probe's Windows-1251 file passed the dry run and was stored with U+FFFD in its names.
  it("reads Windows-1251, as Russian-language Excel saves CSV", () => {
    expect(decodeCsvFile(iconv.encode(CSV, "win1251"))).toEqual({ ok: true, text: CSV, encoding: "windows-1251" });
    expect(decodeCsvFile(iconv.encode("name_ru\nТашкент\n", "win1251"))).toMatchObject({ ok: true, text: "name_ru\nТашкент\n" });
  });

  it("reads UTF-8 with and without a byte-order mark, and UTF-16 with one", () => {
    expect(decodeCsvFile(Buffer.from(CSV))).toEqual({ ok: true, text: CSV, encoding: "utf-8" });
    expect(decodeCsvFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)]))).toEqual({ ok: true, text: CSV, encoding: "utf-8" });
    expect(decodeCsvFile(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, "utf16le")]))).toEqual({ ok: true, text: CSV, encoding: "utf-16le" });
    expect(decodeCsvFile(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CSV, "utf16be")]))).toEqual({ ok: true, text: CSV, encoding: "utf-16be" });
  });

  it("refuses what it cannot read for certain instead of guessing", () => {
    // Latin-1: a lone accented letter in a Latin word is not Russian in Windows-1251.
    expect(decodeCsvFile(iconv.encode("name_ru,name_en\nSociété Générale,Zürich AG\n", "latin1"))).toEqual({ ok: false, error: "unknownEncoding" });
    // KOI8-R reads as mostly capital Cyrillic in Windows-1251.
    expect(decodeCsvFile(iconv.encode(CSV, "koi8-r"))).toEqual({ ok: false, error: "unknownEncoding" });
    // A UTF-8 file cut in the middle of a character, and binary data.
    expect(decodeCsvFile(Buffer.from(CSV).subarray(0, 30))).toEqual({ ok: false, error: "unknownEncoding" });
    expect(decodeCsvFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x9f, 0x98, 0x81]))).toEqual({
      ok: false,
      error: "unknownEncoding",
    });
  });

  it("never yields a replacement character", () => {
    for (const bytes of [iconv.encode(CSV, "win1251"), Buffer.from([0xef, 0xbb, 0xbf, 0xd0]), Buffer.from([0xff, 0xfe, 0x00])]) {
      const decoded = decodeCsvFile(bytes);
      if (decoded.ok) expect(decoded.text).not.toContain("\uFFFD");
    }
  });
});
