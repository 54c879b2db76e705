/** Reading the worklist: names in the UI language, counts, what to read next, what is new. */
import type { Locale, StudySummary } from '@gesang/domain';

/**
 * An organisation's name in the UI language (Chinese when it has no Tibetan name).
 * @example orgNameIn({ zh: '拉孜县人民医院', en: 'Lhatse', bo: null }, 'bo') // '拉孜县人民医院'
 */
export function orgNameIn(
  name: { zh: string; en: string; bo: string | null },
  locale: Locale,
): string {
  if (locale === 'en') {
    return name.en;
  }
  return locale === 'bo' && name.bo !== null && name.bo !== '' ? name.bo : name.zh;
}

/** Studies waiting on the worklist, by triage level, and how many nobody holds yet. */
export interface WorklistCounts {
  critical: number;
  urgent: number;
  routine: number;
  unclaimed: number;
  unclaimedCritical: number;
}

/**
 * Counts of the worklist's studies (a study without triage counts as routine).
 * @param items the worklist.
 */
export function worklistCounts(items: readonly StudySummary[]): WorklistCounts {
  const counts: WorklistCounts = {
    critical: 0,
    urgent: 0,
    routine: 0,
    unclaimed: 0,
    unclaimedCritical: 0,
  };
  for (const item of items) {
    const level = item.triage?.level ?? 'routine';
    counts[level] += 1;
    if (item.claimedBy === null) {
      counts.unclaimed += 1;
      counts.unclaimedCritical += level === 'critical' ? 1 : 0;
    }
  }
  return counts;
}

/**
 * The studies to try for "next study", in worklist order: those nobody holds, then those the
 * reader holds already; never the current one nor those someone else holds.
 * @param items the worklist, in the server's order.
 * @param currentId the study open now, if any.
 * @param userId the reader.
 */
export function nextStudyCandidates(
  items: readonly StudySummary[],
  currentId: string | null,
  userId: string,
): string[] {
  const others = items.filter((s) => s.id !== currentId);
  return [
    ...others.filter((s) => s.claimedBy === null),
    ...others.filter((s) => s.claimedBy?.id === userId),
  ].map((s) => s.id);
}

/**
 * Critical studies nobody holds that are not in `seen`, in worklist order (what to sound an
 * alert for).
 * @param items the worklist.
 * @param seen ids already alerted for (or present when the page opened).
 */
export function newCriticalStudies(
  items: readonly StudySummary[],
  seen: ReadonlySet<string>,
): StudySummary[] {
  return items.filter(
    (s) => s.triage?.level === 'critical' && s.claimedBy === null && !seen.has(s.id),
  );
}
