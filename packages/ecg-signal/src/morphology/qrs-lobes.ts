/**
 * The QRS complex of a median-beat lead as a sequence of lobes (deflections above or below the
 * isoelectric level), the shape vocabulary of the bundle-branch-block criteria of the
 * AHA/ACCF/HRS recommendations (Surawicz et al. 2009, Circulation 119:e235–e240): rsR′ in V1,
 * a broad terminal S in I and V6, QS or rS in V1, R peak time. A lobe is a run of samples beyond
 * ±`minUv` of the same sign; samples near the baseline between two runs of one sign do not
 * split them, so a notch that does not cross the baseline stays inside its lobe. Departure: the
 * CSE minimum wave (20 µV) is raised to 30 µV so that noise on a median beat does not make lobes.
 */
import type { Measurements } from '../measurements/types.js';
import { medianLead, type MedianLead } from './leads.js';

/** Smallest deflection that makes a lobe, µV. */
export const MIN_LOBE_UV = 30;

/** One deflection of the QRS. */
export interface QrsLobe {
  /** 1 above the isoelectric level, -1 below. */
  sign: 1 | -1;
  /** First and last sample beyond the threshold, indices in the median beat. */
  startIndex: number;
  endIndex: number;
  /** Sample of the extreme value and the value itself, µV relative to the baseline (signed). */
  peakIndex: number;
  peakUv: number;
}

/**
 * Splits a lead's QRS (global onset to J) into lobes.
 * @param lead - the lead's median beat and landmarks
 * @param minUv - smallest deflection that counts, µV (default {@link MIN_LOBE_UV})
 * @returns the lobes in time order; empty for a flat or unmeasurable lead
 * @example
 * qrsLobes(medianLead(m, 'V1')!).map((l) => l.sign); // [1, -1, 1] for rsR′
 */
export function qrsLobes(lead: MedianLead, minUv = MIN_LOBE_UV): QrsLobe[] {
  const { samplesUv, baselineUv, qrsOnsetIndex, jIndex } = lead;
  const lobes: QrsLobe[] = [];
  for (let i = Math.max(0, qrsOnsetIndex); i <= Math.min(samplesUv.length - 1, jIndex); i++) {
    const v = (samplesUv[i] ?? Number.NaN) - baselineUv;
    const sign = v > minUv ? 1 : v < -minUv ? -1 : 0;
    if (sign === 0) {
      continue;
    }
    const last = lobes.at(-1);
    if (last?.sign === sign) {
      last.endIndex = i;
      if (Math.abs(v) > Math.abs(last.peakUv)) {
        last.peakIndex = i;
        last.peakUv = v;
      }
    } else {
      lobes.push({ sign, startIndex: i, endIndex: i, peakIndex: i, peakUv: v });
    }
  }
  return lobes;
}

/**
 * Drops a last lobe that is the start of a displaced ST segment rather than a wave: when the
 * measured QRS end falls late (common with LBBB), the lobes run into the ST segment and an
 * elevated ST reads as a terminal R′. Such a tail reaches the J point, peaks there (within
 * 10 ms), stays below 30 % of the largest lobe and is flat at J (< 5 µV/ms over the last 10 ms).
 * A late R′ cut by an early QRS end is steep at J and is kept.
 * @param lead - the lead's median beat and landmarks
 * @param lobes - its lobes from {@link qrsLobes}
 * @returns the lobes without such a tail
 * @example
 * lobePattern(withoutStTail(v1, qrsLobes(v1))); // '-' for a QS followed by elevated ST
 */
export function withoutStTail(lead: MedianLead, lobes: readonly QrsLobe[]): QrsLobe[] {
  const last = lobes.at(-1);
  const largest = Math.max(0, ...lobes.slice(0, -1).map((l) => Math.abs(l.peakUv)));
  const step = Math.max(1, Math.round((10 * lead.sampleRateHz) / 1000));
  const before = (lead.samplesUv[lead.jIndex - step] ?? Number.NaN) - lead.baselineUv;
  const slope = Math.abs((last?.peakUv ?? 0) - before) / 10;
  const tail =
    last !== undefined &&
    lobes.length > 1 &&
    last.endIndex >= lead.jIndex - 1 &&
    last.peakIndex >= lead.jIndex - step &&
    Math.abs(last.peakUv) < 0.3 * largest &&
    slope < 5;
  return tail ? lobes.slice(0, -1) : [...lobes];
}

/**
 * Duration of a lobe.
 * @param lobe - a lobe from {@link qrsLobes}
 * @param sampleRateHz - rate of the median beat, Hz
 * @returns ms, at least one sample interval
 * @example
 * lobeDurationMs(lobes.at(-1)!, 500); // 48
 */
export function lobeDurationMs(lobe: QrsLobe, sampleRateHz: number): number {
  return ((lobe.endIndex - lobe.startIndex + 1) * 1000) / sampleRateHz;
}

/**
 * R peak time (the "intrinsicoid deflection"): QRS onset to the peak of the last R (R′ when
 * present), as Surawicz et al. 2009 define it. Departure: an R′ counts only when it reaches half
 * the tallest R, so a small terminal wobble does not stand for R′.
 * @param lead - the lead's median beat and landmarks
 * @param lobes - its lobes from {@link qrsLobes}
 * @returns ms, or null when the lead has no positive lobe
 * @example
 * rPeakTimeMs(v6, qrsLobes(v6)); // 72 in LBBB
 */
export function rPeakTimeMs(lead: MedianLead, lobes: readonly QrsLobe[]): number | null {
  const positive = lobes.filter((l) => l.sign === 1);
  const tallest = Math.max(0, ...positive.map((l) => l.peakUv));
  const last = positive.filter((l) => l.peakUv >= tallest / 2).at(-1);
  return last === undefined
    ? null
    : ((last.peakIndex - lead.qrsOnsetIndex) * 1000) / lead.sampleRateHz;
}

/**
 * The lobe pattern as a string, for evidence texts: `+` for a positive, `-` for a negative lobe.
 * @param lobes - lobes from {@link qrsLobes}
 * @returns e.g. `+-+` for rSR′, `-` for QS, `''` for a flat lead
 * @example
 * lobePattern(qrsLobes(v1)); // '+-+'
 */
export function lobePattern(lobes: readonly QrsLobe[]): string {
  return lobes.map((l) => (l.sign === 1 ? '+' : '-')).join('');
}

/**
 * A lead's median beat and its QRS lobes without an ST tail ({@link withoutStTail}).
 * @param m - measurements from `measureEcg`
 * @param name - canonical lead name
 * @returns the beat and lobes, or undefined without the lead's median beat
 * @example
 * leadLobes(m, 'V1')?.lobes.length;
 */
export function leadLobes(
  m: Measurements,
  name: string,
): { lead: MedianLead; lobes: QrsLobe[] } | undefined {
  const lead = medianLead(m, name);
  return lead === undefined ? undefined : { lead, lobes: withoutStTail(lead, qrsLobes(lead)) };
}
