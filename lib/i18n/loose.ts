/** A typed next-intl translator as a plain (key, values) function, for helpers that build keys. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function loose(t: unknown): Translate {
  return t as Translate;
}
