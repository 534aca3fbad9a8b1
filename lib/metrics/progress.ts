import { Decimal } from "@/lib/decimal";

/**
 * Share of a target reached, as a ratio: reported ÷ target.
 *
 * Worked example (VII meeting, S4): 11.5bn reported for 2024 against the 20bn target
 * → 11.5 / 20 = 0.575, i.e. 57.5%. Against the 15bn target of the V meeting: 0.7667.
 * A lower-bound figure ("more than $3bn") gives a lower bound of the share.
 */
export function getShareReached(reported: Decimal, target: Decimal): number {
  if (target.lte(0)) throw new RangeError("A target must be positive");
  return reported.div(target).toNumber();
}

/**
 * What is still to go, in USD: target − reported, never below zero.
 *
 * Worked example: 20bn − 11.5bn = 8.5bn; 15bn − 11.5bn = 3.5bn.
 */
export function getGap(reported: Decimal, target: Decimal): Decimal {
  return Decimal.max(target.minus(reported), new Decimal(0));
}
