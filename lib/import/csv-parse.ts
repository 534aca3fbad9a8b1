// RFC 4180 CSV as spreadsheets write it: an optional UTF-8 BOM, comma- or semicolon-separated
// (Excel in Russian locales writes semicolons), CRLF or LF line ends, quoted fields that may
// hold separators, line breaks and doubled quotes.

export type CsvParseResult =
  | { ok: true; delimiter: "," | ";"; header: string[]; rows: { line: number; cells: string[] }[] }
  | { ok: false; error: "empty" | "unterminatedQuote"; line: number };

/**
 * The separator of the header line: the one of "," and ";" that occurs more often
 * outside quotes (a tie, e.g. a one-column file, is a comma).
 */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Parses a whole CSV document. Blank lines are skipped; each row keeps the line number it
 * starts on (the header is line 1), so messages can point at it in a spreadsheet.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;

  const endField = () => {
    cells.push(fieldWasQuoted ? field : field.trim());
    field = "";
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      fieldWasQuoted = true;
      field = "";
    } else if (c === delimiter) {
      endField();
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) return { ok: false, error: "unterminatedQuote", line: recordLine };
  if (field !== "" || cells.length > 0) endRecord();

  const [header, ...rows] = records;
  if (!header) return { ok: false, error: "empty", line: 1 };
  return { ok: true, delimiter, header: header.cells.map((name) => name.trim().toLowerCase()), rows };
}
