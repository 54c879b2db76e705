/**
 * Measurements of one lead of the delineated median beat (see `amplitudes.ts` for the
 * conventions) and the conversion of analysis-rate landmarks to {@link WaveTime}s.
 */
import type { WaveMarks } from '../delineation/beat-arrays.js';
import { extremumUv, isoelectricLevelUv, levelAtUv, qrsAmplitudesUv } from './amplitudes.js';
import type { LeadMeasurements, WaveTime, WaveTimes } from './types.js';

/** Converts a fractional analysis-rate index to a {@link WaveTime}. */
export type ToWaveTime = (index: number) => WaveTime;

/**
 * A converter from analysis-rate indices to {@link WaveTime}s.
 * @param analysisRateHz - rate of the delineated arrays, Hz
 * @param factor - upsampling factor from the record's rate (≥ 1)
 * @param fiducialIndex - index of the fiducial in the delineated arrays
 * @returns the converter
 * @example
 * waveTimeConverter(500, 1, 250)(280); // { offsetMs: 60, sampleIndex: 280 }
 */
export function waveTimeConverter(
  analysisRateHz: number,
  factor: number,
  fiducialIndex: number,
): ToWaveTime {
  return (index) => ({
    offsetMs: ((index - fiducialIndex) * 1000) / analysisRateHz,
    sampleIndex: Math.round(index / factor),
  });
}

/**
 * Landmarks as {@link WaveTime}s (null stays null).
 * @param marks - landmarks, analysis-rate indices
 * @param toTime - converter from {@link waveTimeConverter}
 * @returns the same landmarks as times
 * @example
 * const waves = waveTimes(delineated.global, toTime);
 */
export function waveTimes(marks: WaveMarks, toTime: ToWaveTime): WaveTimes {
  const at = (v: number | null): WaveTime | null => (v === null ? null : toTime(v));
  return {
    pOnset: at(marks.pOnset),
    pPeak: at(marks.pPeak),
    pEnd: at(marks.pEnd),
    qrsOnset: at(marks.qrsOnset),
    qrsEnd: at(marks.qrsEnd),
    tPeak: at(marks.tPeak),
    tEnd: at(marks.tEnd),
  };
}

/**
 * Measures one lead at the global landmarks.
 * @param samplesUv - the lead's median beat at the analysis rate, µV
 * @param analysisRateHz - its rate, Hz
 * @param global - global landmarks (QRS onset and end must be set)
 * @param own - the lead's own landmarks
 * @param toTime - converter from {@link waveTimeConverter}
 * @returns the lead's measurements
 * @example
 * const v2 = measureLead(beat, 500, delineated.global, delineated.perLead[7], toTime);
 */
export function measureLead(
  samplesUv: Float32Array,
  analysisRateHz: number,
  global: WaveMarks & { qrsOnset: number; qrsEnd: number },
  own: WaveMarks,
  toTime: ToWaveTime,
): LeadMeasurements {
  const perMs = analysisRateHz / 1000;
  const { pOnset, pEnd, qrsOnset, qrsEnd: j, tEnd } = global;
  const baselineUv = isoelectricLevelUv(samplesUv, analysisRateHz, qrsOnset, pEnd);
  return {
    baselineUv,
    pAmplitudeUv:
      pOnset !== null && pEnd !== null ? extremumUv(samplesUv, pOnset, pEnd, baselineUv) : null,
    ...qrsAmplitudesUv(samplesUv, qrsOnset, j, baselineUv),
    stJUv: levelAtUv(samplesUv, j, baselineUv),
    stJ60Uv: levelAtUv(samplesUv, j + 60 * perMs, baselineUv),
    stJ80Uv: levelAtUv(samplesUv, j + 80 * perMs, baselineUv),
    tAmplitudeUv:
      tEnd !== null && tEnd > j + 80 * perMs
        ? extremumUv(samplesUv, j + 80 * perMs, tEnd, baselineUv)
        : null,
    waves: waveTimes(own, toTime),
  };
}
