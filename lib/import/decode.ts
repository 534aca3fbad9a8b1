// The text of an uploaded CSV file. Spreadsheets in the region save CSV as UTF-8 (with or
// without a byte-order mark), as UTF-16 with one ("Unicode text"), or, in Russian-language
// Excel, as Windows-1251. A file read in the wrong encoding is garbled yet looks fine to a
// parser (the probe's Windows-1251 file passed the dry run and was published with U+FFFD in
// its names), so the encoding is decided from the bytes, every decode is strict (an invalid
// byte is an error, never a replacement character), and anything else is refused.
//
// No library decides this reliably on files of a few lines: chardet took short Windows-1251
// Russian for ISO-8859-1 or -2. The rule below is deterministic and tested on real bytes.

export type DecodedFile = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" } | { ok: false; error: "unknownEncoding" };

const strict = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** Decodes a CSV file's bytes, or says its encoding is none of those a spreadsheet writes. */
export function decodeCsvFile(bytes: Uint8Array): DecodedFile {
  const decoded = (encoding: "utf-8" | "utf-16le" | "utf-16be", text: string | null): DecodedFile =>
    text === null ? { ok: false, error: "unknownEncoding" } : { ok: true, text, encoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded("utf-8", strict("utf-8", bytes));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded("utf-16le", strict("utf-16le", bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded("utf-16be", strict("utf-16be", bytes));
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  if (looksLikeWindows1251Russian(bytes)) {
    const text = strict("windows-1251", bytes);
    if (text !== null) return { ok: true, text, encoding: "windows-1251" };
  }
  return { ok: false, error: "unknownEncoding" };
}

// Windows-1251's Cyrillic letters: А–я at 0xC0–0xFF, Ё and ё at 0xA8 and 0xB8.
const isLetter = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8;
const isLower = (byte: number) => byte >= 0xe0 || byte === 0xb8;

/**
 * Whether the bytes outside ASCII read as Russian text in Windows-1251: nearly all of them
 * Cyrillic letters, most of those next to another (words, not a lone accented letter in a
 * Latin-1 name like "Société"), and more lower case than upper (KOI8-R, read as
 * Windows-1251, comes out mostly upper case).
 */
function looksLikeWindows1251Russian(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let inWords = 0;
  let lower = 0;
  bytes.forEach((byte, index) => {
    if (byte < 0x80) return;
    high += 1;
    if (!isLetter(byte)) return;
    letters += 1;
    if (isLower(byte)) lower += 1;
    if (isLetter(bytes[index - 1] ?? 0) || isLetter(bytes[index + 1] ?? 0)) inWords += 1;
  });
  return letters >= 0.9 * high && inWords >= 0.8 * letters && lower > letters - lower;
}
