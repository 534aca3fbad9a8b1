/** mulberry32: a small, fast, seedable generator; good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], r: number): T {
  return items[Math.floor(r * items.length)] as T;
}

/** The item a roll in [0, 1) lands on when each item counts as often as its weight. */
export function pickWeighted<T>(items: readonly (readonly [T, number])[], r: number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = r * total;
  return (items.find(([, weight]) => (roll -= weight) < 0) ?? items[0]!)[0];
}

/** Zero-padded 1-based ordinal used in synthetic ids and names: 0 → "000001". */
export function ordinal(index: number): string {
  return String(index + 1).padStart(6, "0");
}

/** Every synthetic row's id starts with this; events and initiatives have no isSynthetic column. */
export const SYNTHETIC_ID_PREFIX = "syn-";
