/**
 * P wave over all leads. Each lead is searched between the previous T wave and the QRS onset
 * (`p-wave.ts`, Martínez et al. 2004); the beat has a P wave when enough leads show one above
 * the beat-to-beat spread (`p-presence.ts`). The leads that show it locate the wave; every other
 * lead is then delineated again from there, and the global onset and end are the earliest and
 * latest corroborated over all leads (`multilead.ts`, Laguna et al. 1994).
 */
import { middle, type WaveMarks } from './beat-arrays.js';
import type { MedianBeats } from './median-beat.js';
import { earliestRobust, latestRobust } from './multilead.js';
import { hasPWave, showsPWave } from './p-presence.js';
import { delineateP } from './p-wave.js';

/** Corroboration window of P onsets and ends, ms. */
export const P_TOLERANCE_MS = 30;

/**
 * Looks for the P wave in every lead and globally.
 * @param leads - median beats at the analysis rate, µV, no `NaN`
 * @param median - the median beats at the record's rate, for their beat-to-beat spread
 * @param factor - analysis rate / record rate
 * @param window - search from this index up to the global QRS onset
 * @param support - corroborating leads a global boundary needs
 * @returns per-lead and global onset/peak/end; all null when the beat has no P wave
 * @example
 * const p = delineatePAllLeads(leads, median, 1, { from: 40, qrsOnset: 230 }, 2);
 */
export function delineatePAllLeads(
  leads: readonly Float32Array[],
  median: MedianBeats,
  factor: number,
  window: { from: number; qrsOnset: number },
  support: number,
): {
  onset: number | null;
  peak: number | null;
  end: number | null;
  perLead: Pick<WaveMarks, 'pOnset' | 'pPeak' | 'pEnd'>[];
} {
  const rateHz = median.sampleRateHz * factor;
  const tolerance = (P_TOLERANCE_MS * rateHz) / 1000;
  const none = {
    onset: null,
    peak: null,
    end: null,
    perLead: leads.map(() => ({ pOnset: null, pPeak: null, pEnd: null })),
  };
  const candidates = leads.map((lead) => delineateP(lead, rateHz, window.from, window.qrsOnset));
  const shown = candidates.map((m, l) =>
    m && showsPWave(m, median.spreadUv[l] ?? new Float32Array(0), factor, median.beatCount)
      ? m
      : null,
  );
  if (!hasPWave(shown.map((m) => m !== null))) {
    return none;
  }
  const located = earliestRobust(
    shown.map((m) => m?.onset ?? null),
    tolerance,
    support,
  );
  if (located === null) {
    return none;
  }
  const own = leads.map(
    (lead, l) => shown[l] ?? delineateP(lead, rateHz, located - tolerance, window.qrsOnset),
  );
  return {
    onset: earliestRobust(
      own.map((m) => m?.onset ?? null),
      tolerance,
      support,
    ),
    peak: middle(shown.map((m) => m?.peak ?? null)),
    end: latestRobust(
      own.map((m) => m?.end ?? null),
      tolerance,
      support,
    ),
    perLead: own.map((m) => ({
      pOnset: m?.onset ?? null,
      pPeak: m?.peak ?? null,
      pEnd: m?.end ?? null,
    })),
  };
}
