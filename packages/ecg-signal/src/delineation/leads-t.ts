/**
 * T wave over all leads: per-lead delineation (`t-wave.ts`, Martínez et al. 2004) and the
 * global T end as the latest corroborated end (`multilead.ts`, Laguna et al. 1994). Departure:
 * only leads whose T wave is at least 15 % of the tallest vote on the global end, since an
 * almost isoelectric T wave has no reliable end; the global T peak is the median of the voting
 * leads' peaks.
 */
import { middle, type WaveMarks } from './beat-arrays.js';
import { defaultSupport, latestRobust } from './multilead.js';
import { delineateT, type TDerivatives } from './t-wave.js';

/** Multi-lead T rule. */
export const T_MULTILEAD = {
  /** Corroboration window of T ends, ms. */
  toleranceMs: 60,
  /** Leads with a T wave below this fraction of the tallest do not vote. */
  voteFraction: 0.15,
};

/**
 * Delineates the T wave in every lead and globally.
 * @param leads - median beats at the analysis rate, µV, no `NaN`
 * @param rateHz - analysis rate, Hz
 * @param jIndex - global QRS end
 * @param searchEnd - last index where a T wave may end
 * @param derivatives - per lead, derivatives kept from an earlier call with the same leads and J
 *   point (see `delineateT`); filled when given empty
 * @returns per-lead peak/end and the global ones (null when no lead shows a T wave)
 * @example
 * const { end } = delineateTAllLeads(leads, 500, 290, 600);
 */
export function delineateTAllLeads(
  leads: readonly Float32Array[],
  rateHz: number,
  jIndex: number,
  searchEnd: number,
  derivatives: TDerivatives[] = [],
): { peak: number | null; end: number | null; perLead: Pick<WaveMarks, 'tPeak' | 'tEnd'>[] } {
  const t = leads.map((lead, l) =>
    delineateT(lead, rateHz, jIndex, searchEnd, (derivatives[l] ??= new Map())),
  );
  const tallest = Math.max(0, ...t.map((m) => m?.amplitudeUv ?? 0));
  const voters = t.map((m) =>
    m && m.amplitudeUv >= T_MULTILEAD.voteFraction * tallest ? m : null,
  );
  return {
    peak: middle(voters.map((m) => m?.peak ?? null)),
    end: latestRobust(
      voters.map((m) => m?.end ?? null),
      (T_MULTILEAD.toleranceMs * rateHz) / 1000,
      defaultSupport(voters.filter(Boolean).length),
    ),
    perLead: t.map((m) => ({ tPeak: m?.peak ?? null, tEnd: m?.end ?? null })),
  };
}
