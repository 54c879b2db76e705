/**
 * Reading {@link Measurements} lead by lead for the morphology and ST rules: amplitudes in the
 * conventions the criteria use (an S depth that counts a QS complex, peak-to-peak QRS
 * amplitude, dominant polarity) and the median beat of a lead with the global landmarks as
 * indices into it. Missing leads are `undefined`, never zero, so a rule can say it could not be
 * applied instead of reading an absent lead as flat.
 */
import type { LeadMeasurements, Measurements } from '../measurements/types.js';

/** The chest leads in anatomical order (adjacent leads are contiguous). */
export const PRECORDIAL_LEADS = ['V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as const;

/** The six limb leads. */
export const LIMB_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'] as const;

/**
 * The measurements of one lead.
 * @param m - measurements from `measureEcg`
 * @param name - canonical lead name, e.g. `V2`
 * @returns the lead's values, or undefined when the record has no such lead
 * @example
 * leadOf(m, 'V1')?.stJUv;
 */
export function leadOf(m: Measurements, name: string): LeadMeasurements | undefined {
  return Object.hasOwn(m.leads, name) ? m.leads[name] : undefined;
}

/**
 * Depth of the S wave as voltage criteria read it: the S after R, or the whole QS depth when the
 * lead has no R (so SV1 of a QS complex in V1 counts, as Sokolow & Lyon measured it).
 * @param lead - one lead's measurements
 * @returns the depth, µV, ≥ 0
 * @example
 * sDepthUv({ ...v1, rAmplitudeUv: 0, qAmplitudeUv: -1200 }); // 1200
 */
export function sDepthUv(lead: LeadMeasurements): number {
  return lead.rAmplitudeUv > 0 ? -lead.sAmplitudeUv : -Math.min(lead.qAmplitudeUv, 0);
}

/**
 * Deepest negative QRS deflection, Q or S, as the Sgarbossa and Smith rules read "the S wave".
 * @param lead - one lead's measurements
 * @returns the depth, µV, ≥ 0
 * @example
 * negativeDepthUv({ ...v2, qAmplitudeUv: -300, sAmplitudeUv: -1500 }); // 1500
 */
export function negativeDepthUv(lead: LeadMeasurements): number {
  return -Math.min(lead.qAmplitudeUv, lead.sAmplitudeUv, 0);
}

/**
 * Peak-to-peak QRS amplitude, as low-voltage criteria read it.
 * @param lead - one lead's measurements
 * @returns R height plus the deeper of Q and S, µV
 * @example
 * qrsPeakToPeakUv({ ...lead, rAmplitudeUv: 300, sAmplitudeUv: -150 }); // 450
 */
export function qrsPeakToPeakUv(lead: LeadMeasurements): number {
  return lead.rAmplitudeUv + negativeDepthUv(lead);
}

/**
 * Main QRS polarity: positive when R is at least as tall as the deepest Q or S.
 * @param lead - one lead's measurements
 * @returns 1 (mainly positive) or -1 (mainly negative)
 * @example
 * qrsPolarity({ ...v1, rAmplitudeUv: 100, sAmplitudeUv: -1400 }); // -1
 */
export function qrsPolarity(lead: LeadMeasurements): 1 | -1 {
  return lead.rAmplitudeUv >= negativeDepthUv(lead) ? 1 : -1;
}

/** One lead of the median beat with the global landmarks as indices into it. */
export interface MedianLead {
  samplesUv: Float32Array;
  sampleRateHz: number;
  /** The lead's isoelectric (PR) level, µV: the zero of every amplitude. */
  baselineUv: number;
  qrsOnsetIndex: number;
  /** Global QRS end: the J point. */
  jIndex: number;
  /** P onset, or null without a P wave. */
  pOnsetIndex: number | null;
  /** The lead's own T peak (else the global one), or null. */
  tPeakIndex: number | null;
}

/**
 * The median beat of a lead, for rules that need the waveform (QRS lobes, notches, ST shape).
 * @param m - measurements from `measureEcg`
 * @param name - canonical lead name
 * @returns the lead's median beat and landmarks, or undefined when the lead or its median beat
 *   is missing (constructed measurements may carry none)
 * @example
 * const v1 = medianLead(m, 'V1');
 */
export function medianLead(m: Measurements, name: string): MedianLead | undefined {
  const lead = leadOf(m, name);
  const samplesUv = m.medianBeat.leads.find((l) => l.name === name)?.samplesUv;
  const { qrsOnset, qrsEnd, pOnset, tPeak } = m.waves;
  if (lead === undefined || samplesUv === undefined || qrsEnd.sampleIndex >= samplesUv.length) {
    return undefined;
  }
  return {
    samplesUv,
    sampleRateHz: m.medianBeat.sampleRateHz,
    baselineUv: lead.baselineUv,
    qrsOnsetIndex: qrsOnset.sampleIndex,
    jIndex: qrsEnd.sampleIndex,
    pOnsetIndex: pOnset?.sampleIndex ?? null,
    tPeakIndex: (lead.waves.tPeak ?? tPeak)?.sampleIndex ?? null,
  };
}

/**
 * Main QRS polarity by net area (the sign of the QRS integral from onset to J) when the median
 * beat is available, else by amplitude ({@link qrsPolarity}). The area reads "the major QRS
 * deflection" of a wide, slurred complex better than peak heights do.
 * @param m - measurements from `measureEcg`
 * @param name - canonical lead name
 * @returns 1 (mainly positive), -1 (mainly negative), or undefined without the lead
 * @example
 * qrsAreaPolarity(m, 'V5'); // -1 for a narrow R and a broad S
 */
export function qrsAreaPolarity(m: Measurements, name: string): 1 | -1 | undefined {
  const lead = leadOf(m, name);
  const beat = medianLead(m, name);
  if (lead === undefined) {
    return undefined;
  }
  if (beat === undefined) {
    return qrsPolarity(lead);
  }
  let area = 0;
  for (let i = beat.qrsOnsetIndex; i <= beat.jIndex; i++) {
    const v = beat.samplesUv[i];
    area += v === undefined || Number.isNaN(v) ? 0 : v - beat.baselineUv;
  }
  return area >= 0 ? 1 : -1;
}
