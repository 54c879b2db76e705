/**
 * Delineation of the median beats of all leads, in the order of Martínez et al. 2004 (IEEE
 * Trans. Biomed. Eng. 51(4):570–581): QRS first (`leads-qrs.ts`), then the T wave after the J
 * point (`leads-t.ts`), then the P wave between the previous beat's T end and the QRS onset
 * (`leads-p.ts`); global boundaries by the multi-lead rule of Laguna et al. 1994
 * (`multilead.ts`). Departure: when a P wave is found, the T search is repeated with its end
 * bounded by the next beat's P onset (P onset + RR), so a flat T wave cannot be confused with
 * the next P wave. Works on beats upsampled to ≥ 500 Hz (`upsample.ts`).
 */
import { fillGaps, noMarks, validRange, type WaveMarks } from './beat-arrays.js';
import { delineatePAllLeads } from './leads-p.js';
import { delineateQrsAllLeads } from './leads-qrs.js';
import { delineateTAllLeads } from './leads-t.js';
import type { TDerivatives } from './t-wave.js';
import type { MedianBeats } from './median-beat.js';
import { defaultSupport } from './multilead.js';
import { upsample, upsamplingFactor } from './upsample.js';

export type { WaveMarks } from './beat-arrays.js';

/** The delineated median beats, at the analysis rate. */
export interface DelineatedBeats {
  /** Rate of `leads` and of every index here, Hz: the record's rate × `factor`. */
  analysisRateHz: number;
  /** Upsampling factor from the record's rate (1 from 500 Hz on). */
  factor: number;
  /** Index of the fiducial point. */
  fiducialIndex: number;
  /** Median beat per lead at the analysis rate, µV, gaps filled. */
  leads: Float32Array[];
  /** Global landmarks (multi-lead). */
  global: WaveMarks;
  /** Landmarks per lead, in the order of `leads`. */
  perLead: WaveMarks[];
}

/**
 * Delineates median beats.
 * @param median - median beats and their spread (`median-beat.ts`)
 * @param rrMs - typical RR interval, ms (bounds the T and P searches); null when unknown
 * @returns global and per-lead landmarks at the analysis rate
 * @example
 * const marks = delineateMedianBeats(median, 850).global; // { qrsOnset: 477.2, ... }
 */
export function delineateMedianBeats(median: MedianBeats, rrMs: number | null): DelineatedBeats {
  const factor = upsamplingFactor(median.sampleRateHz);
  const rate = median.sampleRateHz * factor;
  const perMs = rate / 1000;
  const fid = median.fiducialIndex * factor;
  const leads = median.leads.map((lead) =>
    factor > 1 ? upsample(fillGaps(lead), factor) : fillGaps(lead),
  );
  // The window where at least one lead has data (a lead without valid samples is flat).
  const ranges = median.leads
    .map(validRange)
    .filter((r, l) => !Number.isNaN(median.leads[l]?.[r.from] ?? NaN));
  const valid = {
    from: Math.min(...ranges.map((r) => r.from)),
    to: Math.max(...ranges.map((r) => r.to)),
  };
  const support = defaultSupport(leads.length);
  const perLead = leads.map(() => noMarks());
  const global = noMarks();
  const result = { analysisRateHz: rate, factor, fiducialIndex: fid, leads, global, perLead };
  const qrs = delineateQrsAllLeads(leads, rate, fid, support);
  qrs.perLead.forEach((m, l) => Object.assign(perLead[l] ?? {}, m));
  const { onset: qrsOnset, end: qrsEnd } = qrs;
  Object.assign(global, { qrsOnset, qrsEnd });
  if (qrsOnset === null || qrsEnd === null) {
    return result;
  }
  const rr = rrMs ?? 1000;
  const tDerivatives: TDerivatives[] = [];
  const locateT = (searchEnd: number): void => {
    const t = delineateTAllLeads(leads, rate, qrsEnd, searchEnd, tDerivatives);
    t.perLead.forEach((m, l) => Object.assign(perLead[l] ?? {}, m));
    Object.assign(global, { tPeak: t.peak, tEnd: t.end });
  };
  const tSearchEnd = Math.min(valid.to * factor, fid + Math.min(0.7 * rr, 700) * perMs);
  locateT(tSearchEnd);
  // The previous beat's T wave ends one RR earlier; the P wave cannot start before it.
  const previousTEnd = global.tEnd === null ? fid - 0.6 * rr * perMs : global.tEnd - rr * perMs;
  const pFrom = Math.max(valid.from * factor, qrsOnset - 400 * perMs, previousTEnd + 20 * perMs);
  const p = delineatePAllLeads(leads, median, factor, { from: pFrom, qrsOnset }, support);
  p.perLead.forEach((m, l) => Object.assign(perLead[l] ?? {}, m));
  Object.assign(global, { pOnset: p.onset, pPeak: p.peak, pEnd: p.end });
  const nextPOnset = p.onset === null ? Infinity : p.onset + (rr - 20) * perMs;
  if (nextPOnset < tSearchEnd) {
    locateT(nextPOnset);
  }
  return result;
}
