// When an initiative was last looked at (issue 19): "last changed" is its newest change of
// status, "last checked" its newest entry of either kind, since recording a change is
// looking too. Pure: the pages, the workspace and the API share it.

/** An initiative not looked at for this long is "not checked since …" everywhere. */
export const CHECK_INTERVAL_MONTHS = 6;

export type HistoryEntry = { kind: "CHANGE" | "CHECK"; changedOn: Date };

/**
 * The newest change and the newest entry of any kind (a check, or a change: recording one is
 * looking too), or null. E.g. proposed 16 Nov 2025, checked with no change 3 Jun 2026 →
 * lastChanged is the proposal, lastChecked the check.
 */
export function lastLooked<Entry extends HistoryEntry>(entries: readonly Entry[]): { lastChanged: Entry | null; lastChecked: Entry | null } {
  const newest = (list: readonly Entry[]) => list.reduce<Entry | null>((latest, e) => (latest === null || e.changedOn >= latest.changedOn ? e : latest), null);
  return { lastChanged: newest(entries.filter((e) => e.kind === "CHANGE")), lastChecked: newest(entries) };
}

/**
 * The day before which a last check makes an initiative due: today less CHECK_INTERVAL_MONTHS
 * (UTC calendar months). E.g. 4 Dec 2026 → 4 Jun 2026: the VII meeting's proposals, last
 * looked at on 16 Nov 2025, are due.
 */
export function checkDueBefore(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - CHECK_INTERVAL_MONTHS, today.getUTCDate()));
}

/** Whether nobody has looked at the initiative for CHECK_INTERVAL_MONTHS (or ever). */
export function isCheckDue(lastCheckedOn: Date | null, today: Date): boolean {
  return lastCheckedOn === null || lastCheckedOn < checkDueBefore(today);
}
