/**
 * The order of the board: centres in the dictionary's order (chest pain first), within a centre
 * green channels still waiting for acknowledgement first, then the newest case first.
 */
import { centres, type CaseSummary, type Centre } from '@gesang/domain';

const waitingAck = (c: CaseSummary): boolean =>
  c.openedHow === 'green_channel' && c.acknowledgedAt === null;

/**
 * The cases of the board in display order, optionally of one centre only.
 * @param cases the open cases.
 * @param centre only this centre, or every centre when undefined.
 * @returns a new array.
 * @example boardOrder(cases, 'chest_pain').map((c) => c.id)
 */
export function boardOrder(cases: readonly CaseSummary[], centre?: Centre): CaseSummary[] {
  return cases
    .filter((c) => centre === undefined || c.centre === centre)
    .sort(
      (a, b) =>
        centres.indexOf(a.centre) - centres.indexOf(b.centre) ||
        Number(waitingAck(b)) - Number(waitingAck(a)) ||
        Date.parse(b.openedAt) - Date.parse(a.openedAt),
    );
}

/**
 * How many open cases each centre has (for the filter).
 * @example centreCounts(cases).chest_pain // 3
 */
export function centreCounts(cases: readonly CaseSummary[]): Record<Centre, number> {
  const counts = Object.fromEntries(centres.map((c) => [c, 0])) as Record<Centre, number>;
  for (const c of cases) {
    counts[c.centre] += 1;
  }
  return counts;
}
