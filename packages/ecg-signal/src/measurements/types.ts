/**
 * Result types of {@link measureEcg}: global measurements of the representative (median) beat,
 * per-lead amplitudes and ST levels, and the landmarks they were taken from. Units are in every
 * name; `null` means "absent or not measurable" (no P wave in atrial fibrillation, no T end on a
 * flat T wave, no axis without limb leads), never zero.
 */
import type { AnyLeadName } from '../record.js';

/** A landmark of the median beat: its time from the fiducial and its index in the median beat. */
export interface WaveTime {
  /** Time from the median-beat fiducial, ms (negative before it). */
  offsetMs: number;
  /** Index in {@link MedianBeat} arrays (record's own rate), rounded to the nearest sample. */
  sampleIndex: number;
}

/** Landmarks of the median beat; `null` when the wave is absent or not found. */
export interface WaveTimes {
  pOnset: WaveTime | null;
  pPeak: WaveTime | null;
  pEnd: WaveTime | null;
  qrsOnset: WaveTime | null;
  qrsEnd: WaveTime | null;
  tPeak: WaveTime | null;
  tEnd: WaveTime | null;
}

/** Global landmarks: QRS onset and end always exist when measurement succeeds. */
export interface GlobalWaveTimes extends WaveTimes {
  qrsOnset: WaveTime;
  qrsEnd: WaveTime;
}

/** Amplitudes and ST levels of one lead, relative to its isoelectric (PR-segment) level. */
export interface LeadMeasurements {
  /** Isoelectric level of the median beat (PR segment), µV, the zero of every value below. */
  baselineUv: number;
  /** P amplitude: the largest deviation in the P wave, signed, µV; null without a P wave. */
  pAmplitudeUv: number | null;
  /** Q: most negative deflection before R, µV (≤ 0; 0 when none; whole QS depth for QS). */
  qAmplitudeUv: number;
  /** R: largest positive deflection of the QRS, µV (≥ 0; 0 when none). */
  rAmplitudeUv: number;
  /** S: most negative deflection after R, µV (≤ 0; 0 when none). */
  sAmplitudeUv: number;
  /** ST level at the (global) J point, µV. */
  stJUv: number;
  /** ST level 60 ms after J, µV. */
  stJ60Uv: number;
  /** ST level 80 ms after J, µV. */
  stJ80Uv: number;
  /** T amplitude: the largest deviation between J + 80 ms and T end, signed, µV; null without T end. */
  tAmplitudeUv: number | null;
  /** Landmarks found in this lead alone. */
  waves: WaveTimes;
}

/** The representative beat the measurements come from, at the record's rate. */
export interface MedianBeat {
  /** Hz, the record's own. */
  sampleRateHz: number;
  /** Index of the fiducial point in every lead array. */
  fiducialIndex: number;
  /** Median beat per lead, µV, filtered (baseline wander, mains); `NaN` where too few beats. */
  leads: { name: AnyLeadName; samplesUv: Float32Array }[];
  /** Beats that went into it. */
  beatCount: number;
}

/** Everything {@link measureEcg} measures. */
export interface Measurements {
  /** Ventricular rate from the mean RR of all fiducials, beats per minute; null with < 2 beats. */
  heartRateBpm: number | null;
  /** Mean RR interval of all fiducials, ms; null with < 2 beats. */
  rrMeanMs: number | null;
  /** Median RR interval, ms; null with < 2 beats. */
  rrMedianMs: number | null;
  /** P onset to QRS onset, ms; null without a P wave. */
  prIntervalMs: number | null;
  /** P onset to P end, ms; null without a P wave. */
  pDurationMs: number | null;
  /** Global QRS onset to QRS end, ms. */
  qrsDurationMs: number;
  /** QRS onset to T end, ms; null when the T end is not found. */
  qtIntervalMs: number | null;
  /** QT / √(RR in s), Bazett 1920, ms (RR: `rrMeanMs`). */
  qtcBazettMs: number | null;
  /** QT / ∛(RR in s), Fridericia 1920, ms. */
  qtcFridericiaMs: number | null;
  /** Frontal P axis, degrees in (−180, 180]; null without P or limb leads. */
  pAxisDeg: number | null;
  /** Frontal QRS axis, degrees in (−180, 180]; null without limb leads. */
  qrsAxisDeg: number | null;
  /** Frontal T axis (J to T end), degrees in (−180, 180]; null without T end or limb leads. */
  tAxisDeg: number | null;
  /** Per lead, keyed by lead name; a lead whose median beat has no valid sample is absent. */
  leads: Record<string, LeadMeasurements>;
  /** Global (multi-lead) landmarks. */
  waves: GlobalWaveTimes;
  /** The median beat. */
  medianBeat: MedianBeat;
  /** Per input fiducial: position after alignment (record's samples) and whether it was used. */
  beats: { alignedFiducials: Int32Array; used: Uint8Array };
}
