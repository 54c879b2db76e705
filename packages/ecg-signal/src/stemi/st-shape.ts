/**
 * Waveform features of the median beat that tell benign ST elevation from injury:
 * - terminal QRS notch or slur, the "J wave" of early repolarisation (Macfarlane PW et al. 2015,
 *   "The early repolarization pattern: a consensus paper", J Am Coll Cardiol 66:470–477): a
 *   notch is a positive deflection on the R downstroke; a slur an abrupt slowing of the
 *   downstroke (a shoulder) before it resumes, both entirely above the baseline;
 * - ST concavity: upward concave ST from J to the T peak, as in early repolarisation and
 *   pericarditis, against the straight or convex (coved) ST of injury;
 * - PR-segment depression against the TP segment, the pericarditis sign (Spodick DH 2003,
 *   "Acute pericarditis: current concepts and practice", JAMA 289:1150–1153).
 * Departures (own quantification, the sources describe shapes): notch depth ≥ max(20 µV, 5 % of
 * R); a shoulder is a slope below 30 % of the steepest downstroke followed by one above 50 %;
 * concavity is the mean gap below the J–T-peak chord relative to the chord's rise. Notch and
 * slur are not assessed below 250 Hz, where a 10–20 ms J wave is one or two samples.
 */
import type { MedianLead } from '../morphology/leads.js';

/**
 * Whether the R downstroke ends in a notch or slur above the baseline.
 * @param lead - the lead's median beat and landmarks
 * @returns `{ notch, slur }`, or null below 250 Hz or without an R of at least 150 µV
 * @example
 * terminalNotchOrSlur(medianLead(m, 'V4')!); // { notch: true, slur: false }
 */
export function terminalNotchOrSlur(lead: MedianLead): { notch: boolean; slur: boolean } | null {
  const { samplesUv: x, sampleRateHz: fs, baselineUv, qrsOnsetIndex, jIndex } = lead;
  const end = Math.min(x.length - 2, jIndex + Math.round((30 * fs) / 1000));
  if (fs < 250 || qrsOnsetIndex < 1 || end <= qrsOnsetIndex) {
    return null;
  }
  const y = (i: number): number =>
    ((x[i - 1] ?? NaN) + (x[i] ?? NaN) + (x[i + 1] ?? NaN)) / 3 - baselineUv;
  let peak = qrsOnsetIndex;
  for (let i = qrsOnsetIndex; i <= jIndex; i++) {
    peak = y(i) > y(peak) ? i : peak;
  }
  const r = y(peak);
  if (!(r >= 150)) {
    return null;
  }
  const above = 50;
  let notch = false;
  for (let k = peak + 1; k < end && !notch; k++) {
    if (y(k) <= y(k - 1) && y(k) < y(k + 1) && y(k) >= above) {
      let top = k;
      for (let p = k + 1; p <= end && y(p) >= y(top); p++) {
        top = p;
      }
      notch = y(top) - y(k) >= Math.max(20, 0.05 * r);
    }
  }
  let steepest = 0;
  let steepestAt = peak;
  for (let i = peak; i < jIndex; i++) {
    if (y(i + 1) - y(i) < steepest) {
      steepest = y(i + 1) - y(i);
      steepestAt = i;
    }
  }
  let slur = false;
  let shoulder = false;
  for (let i = steepestAt; i < jIndex && steepest < 0 && !slur; i++) {
    const slope = y(i + 1) - y(i);
    if (y(i) < above) {
      break;
    }
    shoulder ||= Math.abs(slope) < 0.3 * Math.abs(steepest);
    slur = shoulder && slope <= 0.5 * steepest;
  }
  return { notch, slur };
}

/**
 * Concavity of the ST segment: mean distance below the chord from J to the T peak, relative to
 * the chord's rise. Positive: concave upward; ≤ 0: straight or convex (coved).
 * @param lead - the lead's median beat and landmarks (needs a T peak ≥ 40 ms after J)
 * @returns the index, or null without an upright T rising ≥ 50 µV above the J level
 * @example
 * stConcavity(medianLead(m, 'V3')!); // 0.18 in early repolarisation
 */
export function stConcavity(lead: MedianLead): number | null {
  const { samplesUv: x, sampleRateHz: fs, jIndex, tPeakIndex } = lead;
  if (tPeakIndex === null || tPeakIndex - jIndex < (40 * fs) / 1000) {
    return null;
  }
  const start = x[jIndex] ?? NaN;
  const rise = (x[tPeakIndex] ?? NaN) - start;
  if (!(rise >= 50)) {
    return null;
  }
  let gap = 0;
  for (let i = jIndex; i <= tPeakIndex; i++) {
    const chord = start + (rise * (i - jIndex)) / (tPeakIndex - jIndex);
    gap += chord - (x[i] ?? NaN);
  }
  const index = gap / (tPeakIndex - jIndex + 1) / rise;
  return Number.isFinite(index) ? index : null;
}

/**
 * PR-segment depression: the TP level (60 to 20 ms before P onset) minus the PR level.
 * @param lead - the lead's median beat and landmarks (needs a P onset and a TP segment)
 * @returns µV, positive when the PR segment lies below TP; null when not measurable
 * @example
 * prDepressionUv(medianLead(m, 'II')!); // 80 in acute pericarditis
 */
export function prDepressionUv(lead: MedianLead): number | null {
  const { samplesUv: x, sampleRateHz: fs, baselineUv, pOnsetIndex } = lead;
  if (pOnsetIndex === null) {
    return null;
  }
  const from = pOnsetIndex - Math.round((60 * fs) / 1000);
  const to = pOnsetIndex - Math.round((20 * fs) / 1000);
  const values: number[] = [];
  for (let i = Math.max(0, from); i <= to; i++) {
    const v = x[i];
    if (v !== undefined && !Number.isNaN(v)) {
      values.push(v);
    }
  }
  if (values.length < Math.max(2, 0.6 * (to - from + 1))) {
    return null;
  }
  values.sort((a, b) => a - b);
  return (values[values.length >> 1] ?? NaN) - baselineUv;
}
