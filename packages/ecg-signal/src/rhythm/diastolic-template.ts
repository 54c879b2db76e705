/**
 * A P template from the diastolic intervals, for rhythms whose P waves are not locked to the QRS
 * (complete heart block, AV dissociation): the median before the QRS then shows no P wave. In
 * every RR interval of at least {@link MIN_RR_MS}, from the end of the T wave (Bazett QT
 * estimate) to just before the next QRS, the largest local prominence (all leads) is a P-wave
 * candidate when it stands {@link MIN_ISOLATION} times above the median prominence of that
 * stretch, which a flat diastole allows and fibrillatory waves do not. The candidates are
 * averaged (median, aligned on their peaks) and kept when most of them correlate with the
 * average. This mirrors how a reader finds dissociated P waves: in the quiet stretches first.
 * Departure from the usual P detectors (e.g. Martínez et al. 2004, IEEE TBME 51(4):570–581), which
 * search relative to each QRS: here the search ignores the QRS timing by design.
 */
import { kneeBefore, medianSegments } from './median-segments.js';

/** Shortest RR interval searched, ms. */
const MIN_RR_MS = 600;
/** Candidate prominence over the stretch's median prominence, at least. */
const MIN_ISOLATION = 4;
/** Half-distance of the prominence flanks, ms. */
const BUMP_MS = 40;
/** Fewest candidates for a template. */
const MIN_CANDIDATES = 4;
/** Share of candidates correlating ≥ 0.8 with their median needed. */
const MIN_AGREEING = 0.6;

/**
 * Builds a P template from the diastolic intervals.
 * @param leadsUv - filtered leads at the analysis rate, µV
 * @param rateHz - analysis rate, Hz
 * @param fiducials - beat fiducials at that rate, ascending
 * @param qrsOnsetOffsetMs - QRS onset relative to the fiducial, ms
 * @returns template leads (±50 ms around the peak) and the onset-to-peak time, or null
 * @example
 * diastolicTemplate(leadsUv, 166.7, fiducials, -40)?.onsetToPeakMs; // about 45
 */
export function diastolicTemplate(
  leadsUv: readonly Float32Array[],
  rateHz: number,
  fiducials: readonly number[],
  qrsOnsetOffsetMs: number,
): { leadsUv: Float32Array[]; halfWidthSamples: number; onsetToPeakMs: number } | null {
  const ms = (v: number): number => Math.round((v * rateHz) / 1000);
  const h = ms(BUMP_MS);
  const bump = (i: number): number =>
    Math.sqrt(
      leadsUv.reduce(
        (s, lead) => s + ((lead[i] ?? 0) - ((lead[i - h] ?? 0) + (lead[i + h] ?? 0)) / 2) ** 2,
        0,
      ),
    );
  const peaks: number[] = [];
  for (let b = 1; b < fiducials.length; b++) {
    const f0 = fiducials[b - 1] ?? 0;
    const f1 = fiducials[b] ?? 0;
    const rrS = (f1 - f0) / rateHz;
    if (rrS * 1000 < MIN_RR_MS) {
      continue;
    }
    const from = f0 + ms(400 * Math.sqrt(rrS) + 20);
    const to = f1 + ms(qrsOnsetOffsetMs - 20) - h;
    const values: number[] = [];
    let best = -1;
    let bestValue = 0;
    for (let i = Math.max(h, from); i < to; i++) {
      const v = bump(i);
      values.push(v);
      if (best < 0 || v > bestValue) {
        best = i;
        bestValue = v;
      }
    }
    values.sort((x, y) => x - y);
    const typical = values[values.length >> 1] ?? Number.POSITIVE_INFINITY;
    if (best >= 0 && bestValue >= MIN_ISOLATION * typical) {
      peaks.push(best);
    }
  }
  if (peaks.length < MIN_CANDIDATES) {
    return null;
  }
  const half = ms(50);
  const span = ms(120);
  const median = medianSegments(leadsUv, peaks, span, half);
  const shape = median.map((lead) => lead.subarray(span - half));
  const agreeing = peaks.filter((p) => correlation(leadsUv, p - half, shape) >= 0.8).length;
  if (agreeing < MIN_AGREEING * peaks.length) {
    return null;
  }
  const base = median.map((lead) => lead[0] ?? 0);
  return {
    leadsUv: shape.map((lead, l) => Float32Array.from(lead, (v) => v - (base[l] ?? 0))),
    halfWidthSamples: half,
    onsetToPeakMs: ((span - kneeBefore(median, span, span)) * 1000) / rateHz,
  };
}

function correlation(
  leadsUv: readonly Float32Array[],
  start: number,
  shape: Float32Array[],
): number {
  let xy = 0;
  let xx = 0;
  let yy = 0;
  shape.forEach((y, l) => {
    const lead = leadsUv[l];
    const mx = lead
      ? lead.subarray(start, start + y.length).reduce((a, b) => a + b, 0) / y.length
      : 0;
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    y.forEach((v, i) => {
      const x = (lead?.[start + i] ?? 0) - mx;
      xy += x * (v - my);
      xx += x * x;
      yy += (v - my) ** 2;
    });
  });
  return xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
}
