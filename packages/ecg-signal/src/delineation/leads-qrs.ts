/**
 * QRS boundaries over all leads: per-lead delineation (`qrs-boundaries.ts`, Martínez et al.
 * 2004), then the global onset and end by the multi-lead rule of `multilead.ts` (Laguna et al.
 * 1994). Departure from both: leads whose QRS is weak (largest slope under a quarter of the
 * strongest lead's, e.g. a lead perpendicular to the axis) do not vote, and their own
 * boundaries are sought again inside the global window, because their P and T slopes are
 * comparable to their QRS slopes and would otherwise pass for QRS.
 */
import type { WaveMarks } from './beat-arrays.js';
import { earliestRobust, latestRobust } from './multilead.js';
import { delineateQrs, type QrsSlope } from './qrs-boundaries.js';

/** Multi-lead QRS rule. */
export const QRS_MULTILEAD = {
  /** Corroboration window of QRS onsets, ms. */
  onsetToleranceMs: 10,
  /** Of QRS ends, ms: wider, as terminal QRS forces are slower and spread more over leads. */
  endToleranceMs: 15,
  /** Leads below this fraction of the strongest lead's largest QRS slope do not vote. */
  voteFraction: 0.25,
  /** A lead's own boundaries may lie at most this far outside the global ones, ms. */
  marginMs: 20,
};

/**
 * Delineates the QRS in every lead and globally.
 * @param leads - median beats at the analysis rate, µV, no `NaN`
 * @param rateHz - analysis rate, Hz (≥ 500)
 * @param fiducialIndex - the fiducial point, inside the QRS
 * @param support - corroborating leads a global boundary needs (`defaultSupport`)
 * @returns per-lead onset/end (null where a lead shows none) and the global ones (null when no
 *   lead shows a QRS)
 * @example
 * const { onset, end } = delineateQrsAllLeads(leads, 500, 250, 2);
 */
export function delineateQrsAllLeads(
  leads: readonly Float32Array[],
  rateHz: number,
  fiducialIndex: number,
  support: number,
): { onset: number | null; end: number | null; perLead: Pick<WaveMarks, 'qrsOnset' | 'qrsEnd'>[] } {
  const perMs = rateHz / 1000;
  const slopes: QrsSlope[] = leads.map(() => ({}));
  const qrs = leads.map((lead, l) =>
    delineateQrs(lead, rateHz, fiducialIndex, undefined, slopes[l]),
  );
  const strongest = Math.max(0, ...qrs.map((q) => q?.maxSlopeUvPerMs ?? 0));
  const votes = qrs.map((q) =>
    q && q.maxSlopeUvPerMs >= QRS_MULTILEAD.voteFraction * strongest ? q : null,
  );
  const onset = earliestRobust(
    votes.map((q) => q?.onset ?? null),
    QRS_MULTILEAD.onsetToleranceMs * perMs,
    support,
  );
  const end = latestRobust(
    votes.map((q) => q?.end ?? null),
    QRS_MULTILEAD.endToleranceMs * perMs,
    support,
  );
  if (onset === null || end === null) {
    return { onset, end, perLead: qrs.map(() => ({ qrsOnset: null, qrsEnd: null })) };
  }
  const window = {
    from: onset - QRS_MULTILEAD.marginMs * perMs,
    to: end + QRS_MULTILEAD.marginMs * perMs,
  };
  const perLead = qrs.map((q, l) => {
    const own =
      q && (q.onset < window.from || q.end > window.to)
        ? delineateQrs(leads[l] ?? new Float32Array(0), rateHz, fiducialIndex, window, slopes[l])
        : q;
    return { qrsOnset: own?.onset ?? null, qrsEnd: own?.end ?? null };
  });
  return { onset, end, perLead };
}
