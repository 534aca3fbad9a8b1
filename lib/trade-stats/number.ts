// Numbers as statistics tables write them, in either locale: "1 234 567,8", "1,234,567.8",
// "1.234.567,8", "1234567.8", "1.2E+09". A lone separator followed by exactly three digits
// ("1,234", "1.234") could be a thousands separator or a decimal mark, so it is refused rather
// than guessed.

export type NumberReading = { ok: true; value: string } | { ok: false; reason: "notANumber" | "ambiguousNumber" };

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** A decimal string ("-1234567.8") for a number written with the usual separators. */
export function readNumber(text: string): NumberReading {
  const raw = text.trim().replace(SPACES, "");
  if (/^-?\d+$/.test(raw)) return { ok: true, value: raw };
  if (/^-?\d+(\.\d+)?[eE][+-]?\d+$/.test(raw)) return exponent(raw);
  const match = /^(-?)([\d.,]+)$/.exec(raw);
  if (!match) return { ok: false, reason: "notANumber" };
  const [, sign, body] = match as unknown as [string, string, string];
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal mark, and it appears once.
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole, fraction, extra] = body.split(decimal);
    if (extra !== undefined || !fraction || !/^\d+$/.test(fraction) || !grouped(whole!, group)) return { ok: false, reason: "notANumber" };
    return { ok: true, value: `${sign}${whole!.split(group).join("")}.${fraction}` };
  }
  const separator = lastComma >= 0 ? "," : ".";
  const parts = body.split(separator);
  if (parts.length > 2) return grouped(body, separator) ? { ok: true, value: `${sign}${parts.join("")}` } : { ok: false, reason: "notANumber" };
  const [whole, fraction] = parts as [string, string];
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return { ok: false, reason: "notANumber" };
  // "1,234" may group thousands; "0,125" and "1234,567" cannot (a first group has one to three digits, and is not 0).
  if (fraction.length === 3 && whole !== "0" && whole.length <= 3) return { ok: false, reason: "ambiguousNumber" };
  return { ok: true, value: `${sign}${whole}.${fraction}` };
}

/** "1,234,567": groups of three after a first group of one to three digits. */
function grouped(text: string, separator: string): boolean {
  const [first, ...rest] = text.split(separator);
  return /^\d{1,3}$/.test(first!) && rest.length > 0 && rest.every((part) => /^\d{3}$/.test(part));
}

function exponent(raw: string): NumberReading {
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return { ok: false, reason: "notANumber" };
  return { ok: true, value: String(value) };
}

/**
 * `value` times 10^`power`, rounded half away from zero to cents, as a decimal string: what a
 * table in thousands of US dollars (power 3) holds in dollars, without floating-point error.
 */
export function scaleToCents(value: string, power: number): string {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = (negative ? value.slice(1) : value).split(".") as [string, string?];
  // Digits of value × 10^power × 100, as an integer string, then rounded on the rest.
  const digits = whole + fraction;
  const point = whole.length + power + 2;
  const padded = point > digits.length ? digits.padEnd(point, "0") : digits;
  const integer = padded.slice(0, point) || "0";
  const roundUp = (padded[point] ?? "0") >= "5";
  const cents = (BigInt(integer) + (roundUp ? 1n : 0n)).toString().padStart(3, "0");
  const text = `${cents.slice(0, -2)}.${cents.slice(-2)}`.replace(/^0+(?=\d)/, "");
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
