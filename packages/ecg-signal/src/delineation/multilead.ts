/**
 * Multi-lead combination of per-lead wave boundaries: the earliest onset and the latest end that
 * other leads corroborate, after Laguna et al. 1994 ("Automatic detection of wave boundaries in
 * multilead ECG signals: validation with the CSE database", Comput. Biomed. Res. 27(1):45–60),
 * who take the first onset and last end over the leads after rejecting boundaries that stand
 * apart from the rest. Departure: their rule of closeness to the other leads' mean is replaced by
 * a support count, "at least `minSupport` other leads within `tolerance` of it", which keeps one
 * noisy lead from moving the global boundary and needs no mean.
 */

/**
 * Earliest value that at least `minSupport` other values follow within `tolerance`.
 * @param values - per-lead boundaries (null: not found in that lead), any unit
 * @param tolerance - corroboration window, same unit, ≥ 0
 * @param minSupport - how many other leads must corroborate, ≥ 0 (reduced when fewer leads)
 * @returns the global onset, or null when no lead has one
 * @example
 * earliestRobust([100, 102, 80, 101], 5, 2); // 100 (80 stands alone)
 */
export function earliestRobust(
  values: readonly (number | null)[],
  tolerance: number,
  minSupport: number,
): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const support = Math.min(minSupport, sorted.length - 1);
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] ?? 0;
    let count = 0;
    for (let j = i + 1; j < sorted.length && (sorted[j] ?? 0) <= v + tolerance; j++) {
      count++;
    }
    if (count >= support) {
      return v;
    }
  }
  return sorted.length > 0 ? (sorted[sorted.length >> 1] ?? null) : null;
}

/**
 * Latest value that at least `minSupport` other values precede within `tolerance`.
 * @param values - per-lead boundaries (null: not found in that lead)
 * @param tolerance - corroboration window, ≥ 0
 * @param minSupport - how many other leads must corroborate, ≥ 0
 * @returns the global end, or null when no lead has one
 * @example
 * latestRobust([100, 102, 140, 101], 5, 2); // 102
 */
export function latestRobust(
  values: readonly (number | null)[],
  tolerance: number,
  minSupport: number,
): number | null {
  const negated = values.map((v) => (v === null ? null : -v));
  const result = earliestRobust(negated, tolerance, minSupport);
  return result === null ? null : -result;
}

/**
 * The support a boundary needs for a given number of leads: two other leads from six leads on,
 * one from three, none below.
 * @param leadCount - leads with a boundary, ≥ 0
 * @returns the `minSupport` to pass to {@link earliestRobust} / {@link latestRobust}
 * @example
 * defaultSupport(12); // 2
 */
export function defaultSupport(leadCount: number): number {
  return leadCount >= 6 ? 2 : leadCount >= 3 ? 1 : 0;
}
