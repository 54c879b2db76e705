/**
 * The supraventricular rhythm of a record, in order of precedence: atrial fibrillation
 * (`atrial-fibrillation.ts`, over half the beats in AF windows), atrial flutter
 * (`atrial-flutter.ts`), supraventricular
 * tachycardia (narrow QRS < {@link SVT_MAX_QRS_MS}, rate > {@link SVT_RATE_BPM}, regular, no P
 * waves), then sinus rhythm (`sinus.ts`). The 2015 ACC/AHA/HRS SVT guideline (Page et al.,
 * Circulation 133:e506–e574) calls any supraventricular rhythm above 100/min SVT; departure:
 * above 150/min and without visible P waves, so that a sinus tachycardia whose P waves were
 * missed is not called SVT. With second- or
 * third-degree AV block the sinus category follows the atrial rate.
 */
import type { ClassifiedBeats } from '../beats/types.js';
import { afFindings, afWindows } from './atrial-fibrillation.js';
import { flutterFinding, flutterSpectrum } from './atrial-flutter.js';
import { normalizedRmssd } from './rr-irregularity.js';
import {
  ARRHYTHMIA_MS,
  BRADYCARDIA_BPM,
  MIN_P_SHARE,
  TACHYCARDIA_BPM,
  pWaveShare,
  sinusArrhythmia,
  sinusCategory,
} from './sinus.js';
import { medianPpMs } from './third-degree.js';
import type { PWaveTrack, RhythmCode, RhythmFinding } from './types.js';

/** SVT: ventricular rate above this, per minute. */
export const SVT_RATE_BPM = 150;
/** SVT: dominant QRS narrower than this, ms. */
export const SVT_MAX_QRS_MS = 120;
/** SVT: regular, RMSSD / mean RR below this. */
export const SVT_MAX_NRMSSD = 0.05;

/** Inputs of {@link atrialFindings}. */
export interface AtrialInputs {
  /** Filtered leads at the analysis rate, µV. */
  leadsUv: readonly Float32Array[];
  /** Analysis rate, Hz. */
  rateHz: number;
  /** Full rate / analysis rate. */
  factor: number;
  beats: ClassifiedBeats;
  pWaves: PWaveTrack;
  /** QRS onset relative to the fiducial, ms. */
  qrsOnsetOffsetMs: number;
  ventricularRateBpm: number | null;
  /** Second- or third-degree AV block was found. */
  blocked: boolean;
}

/**
 * The supraventricular rhythm and its findings.
 * @param x - signal, beats, P waves and rates
 * @returns the rhythm code, the atrial rate (per minute, or null) and the findings
 * @example
 * atrialFindings(inputs).rhythm; // 'atrial_fibrillation'
 */
export function atrialFindings(x: AtrialInputs): {
  rhythm: RhythmCode;
  atrialRateBpm: number | null;
  findings: RhythmFinding[];
} {
  const { beats, pWaves } = x;
  const { samples, types, sampleRateHz } = beats;
  const findings: RhythmFinding[] = [];
  const windows = afWindows(types, samples, sampleRateHz, pWaves);
  const afBeats = windows
    .filter((w) => w.fibrillation)
    .reduce((s, w) => s + w.lastBeat - w.firstBeat + 1, 0);
  findings.push(...afFindings(windows, samples));
  const reduced = Array.from(samples, (s) => Math.round(s / x.factor));
  const flutter = flutterSpectrum(x.leadsUv, x.rateHz, reduced, x.qrsOnsetOffsetMs);
  const flutterFound = flutterFinding(flutter);
  const isFlutter = flutterFound !== null && samples.length >= 3;
  if (flutterFound && isFlutter) {
    findings.push(flutterFound);
  }
  const pShare = pWaveShare(types, pWaves);
  const ppMs = medianPpMs(pWaves.allPSamples, sampleRateHz);
  // In second- or third-degree block many P waves are not conducted: the P share is low by design.
  const sinusP = pShare >= MIN_P_SHARE || (x.blocked && Number.isFinite(ppMs));
  const atrialRate = Number.isFinite(ppMs) && sinusP ? 60000 / ppMs : null;
  const rate = x.ventricularRateBpm;
  if (types.length > 0 && afBeats >= types.length / 2) {
    return { rhythm: 'atrial_fibrillation', atrialRateBpm: null, findings };
  }
  if (isFlutter) {
    return { rhythm: 'atrial_flutter', atrialRateBpm: flutter.peakHz * 60, findings };
  }
  const rr = Array.from(
    samples.subarray(1),
    (s, i) => ((s - (samples[i] ?? s)) * 1000) / sampleRateHz,
  );
  const regular = normalizedRmssd(rr) < SVT_MAX_NRMSSD;
  if (
    rate !== null &&
    rate > SVT_RATE_BPM &&
    pShare < MIN_P_SHARE &&
    regular &&
    beats.dominantQrsWidthMs < SVT_MAX_QRS_MS
  ) {
    findings.push({
      code: 'supraventricular_tachycardia',
      evidence: {
        values: { rateBpm: rate, pShare, qrsWidthMs: beats.dominantQrsWidthMs },
        thresholds: {
          rateAboveBpm: SVT_RATE_BPM,
          pShareBelow: MIN_P_SHARE,
          qrsBelowMs: SVT_MAX_QRS_MS,
          normalizedRmssdBelow: SVT_MAX_NRMSSD,
        },
      },
    });
    return { rhythm: 'supraventricular_tachycardia', atrialRateBpm: null, findings };
  }
  if (!sinusP || rate === null) {
    return { rhythm: 'undetermined', atrialRateBpm: atrialRate, findings };
  }
  const sinusRate = x.blocked && atrialRate !== null ? atrialRate : rate;
  const category = sinusCategory(sinusRate);
  const thresholds = { bradycardiaBelowBpm: BRADYCARDIA_BPM, tachycardiaAboveBpm: TACHYCARDIA_BPM };
  if (category !== 'sinus_rhythm') {
    findings.push({
      code: category,
      evidence: { values: { rateBpm: sinusRate, pShare }, thresholds },
    });
  }
  // Dropped beats make the RR vary; that is the block, not sinus arrhythmia.
  const arrhythmia = x.blocked
    ? { present: false, variationMs: 0 }
    : sinusArrhythmia(types, samples, sampleRateHz, pWaves);
  if (arrhythmia.present) {
    findings.push({
      code: 'sinus_arrhythmia',
      evidence: {
        values: { rrVariationMs: arrhythmia.variationMs },
        thresholds: { variationAboveMs: ARRHYTHMIA_MS },
      },
    });
  }
  const rhythm = category === 'sinus_rhythm' && arrhythmia.present ? 'sinus_arrhythmia' : category;
  return { rhythm, atrialRateBpm: atrialRate, findings };
}
