/**
 * Finds P waves along the whole record by matching the record's P template
 * (`atrial-template.ts`) outside the QRS complexes and T waves, then gives each beat the last P
 * wave within the accepted PR range before it; P waves given to no beat are non-conducted.
 * Template matching (matched filtering) of the P wave, one of the P-detection approaches surveyed
 * by Sörnmo & Laguna (Bioelectrical Signal Processing in Cardiac and Neurological Applications,
 * Elsevier 2005), used here as AV-block analysis needs it: every P wave, conducted or not;
 * departures: one pooled multi-lead correlation plus an amplitude band (`p-candidates.ts`)
 * instead of a wavelet detector, and T waves are masked by an estimated
 * QT (Bazett's 0.40·√RR, clipped), so a P wave hidden in a T wave is missed.
 */
import type { ClassifiedBeats } from '../beats/types.js';
import type { AtrialTemplate } from './atrial-template.js';
import { pickEvents, scoreCentres } from './p-candidates.js';
import type { PWaveTrack } from './types.js';

/** Two P waves are at least this far apart, ms (atrial rates up to 300/min). */
const MIN_PP_MS = 200;
/** Accepted PR interval for a conducted P wave, ms (first-degree block reaches 400 and more). */
const PR_RANGE_MS = [60, 450] as const;
/** The QRS region masked: from this long before the QRS onset to this long after the fiducial. */
const QRS_MASK_MS = { beforeOnset: 20, afterFiducial: 100 };

/**
 * Tracks P waves through a record.
 * @param leadsUv - filtered leads at the analysis rate, µV
 * @param rateHz - analysis rate, Hz
 * @param factor - full rate / analysis rate (integer ≥ 1)
 * @param beats - classified beats (samples at the full rate)
 * @param template - the P template, or null (then nothing is found)
 * @returns per-beat P waves and PR intervals, non-conducted and all P waves (full-rate samples)
 * @example
 * const track = trackPWaves(leadsUv, 180, 2, beats, buildAtrialTemplate(leadsUv, 180, 2, beats));
 */
export function trackPWaves(
  leadsUv: readonly Float32Array[],
  rateHz: number,
  factor: number,
  beats: ClassifiedBeats,
  template: AtrialTemplate | null,
): PWaveTrack {
  const n = beats.samples.length;
  const track: PWaveTrack = {
    pPeakSample: new Int32Array(n).fill(-1),
    prMs: new Float64Array(n).fill(Number.NaN),
    nonConductedPSamples: [],
    allPSamples: [],
    hasTemplate: template !== null,
  };
  if (template === null || n === 0) {
    return track;
  }
  const ms = (v: number): number => Math.round((v * rateHz) / 1000);
  const fiducials = Array.from(beats.samples, (s) => Math.round(s / factor));
  const qrsOnset = (b: number): number => (fiducials[b] ?? 0) + ms(template.qrsOnsetOffsetMs);
  const allowed = allowedCentres(leadsUv[0]?.length ?? 0, fiducials, qrsOnset, ms);
  const events = pickEvents(scoreCentres(leadsUv, template, allowed), ms(MIN_PP_MS));
  const used = new Uint8Array(events.length);
  let e = 0;
  for (let b = 0; b < n; b++) {
    let chosen = -1;
    while (e < events.length && (events[e] ?? 0) < qrsOnset(b)) {
      const prMs =
        ((qrsOnset(b) - ((events[e] ?? 0) - ms(template.onsetToPeakMs))) * 1000) / rateHz;
      if (prMs >= PR_RANGE_MS[0] && prMs <= PR_RANGE_MS[1]) {
        chosen = e;
      }
      e++;
    }
    if (chosen >= 0) {
      used[chosen] = 1;
      const peak = events[chosen] ?? 0;
      track.pPeakSample[b] = peak * factor;
      track.prMs[b] = ((qrsOnset(b) - (peak - ms(template.onsetToPeakMs))) * 1000) / rateHz;
    }
  }
  track.allPSamples = events.map((p) => p * factor);
  track.nonConductedPSamples = events.filter((_, k) => used[k] === 0).map((p) => p * factor);
  return track;
}

/** 1 where a P-wave centre may lie: outside every QRS and its T wave. */
function allowedCentres(
  length: number,
  fiducials: number[],
  qrsOnset: (b: number) => number,
  ms: (v: number) => number,
): Uint8Array {
  const allowed = new Uint8Array(length).fill(1);
  fiducials.forEach((f, b) => {
    const rrS = ((fiducials[b + 1] ?? f + ms(1000)) - f) / ms(1000) || 1;
    const qtMs = Math.min(480, Math.max(240, 400 * Math.sqrt(rrS)));
    allowed.fill(
      0,
      Math.max(0, qrsOnset(b) - ms(QRS_MASK_MS.beforeOnset)),
      Math.min(length, f + ms(Math.max(QRS_MASK_MS.afterFiducial, qtMs))),
    );
  });
  return allowed;
}
