/**
 * Constructed {@link Measurements} for unit tests of the morphology and ST rules: small objects
 * we build by hand, named as such, with the values a rule reads set explicitly and, where a rule
 * needs the waveform, a piecewise-linear median beat drawn from a few waypoints. Not a model of
 * a real ECG; real records are tested in `ecg-cli/src/eval/stemi-real.test.ts`.
 */
import type { LeadMeasurements, Measurements, WaveTime } from '../measurements/types.js';

/** Rate of the constructed median beat, Hz. */
export const CONSTRUCTED_RATE_HZ = 500;
/** The fiducial sits 500 ms into the 1.3 s median beat; QRS onset 40 ms before it. */
const FIDUCIAL_INDEX = 250;
const ONSET_INDEX = 230;
const BEAT_SAMPLES = 650;

/** One constructed lead: amplitudes in µV (defaults: a small normal complex, flat ST). */
export interface ConstructedLead {
  q?: number;
  r?: number;
  s?: number;
  stJ?: number;
  stJ60?: number;
  stJ80?: number;
  t?: number | null;
  /** Median-beat waypoints `[ms from QRS onset, µV]`, linear between them, held at the ends. */
  trace?: readonly (readonly [number, number])[];
}

/** Global values of a constructed record. */
export interface ConstructedGlobals {
  qrsDurationMs?: number;
  qtcBazettMs?: number | null;
  heartRateBpm?: number | null;
  /** P onset relative to QRS onset, ms (negative), or null without P wave (default null). */
  pOnsetMs?: number | null;
  /** T peak relative to QRS onset, ms (default QRS duration + 160). */
  tPeakMs?: number;
}

/**
 * Builds constructed measurements.
 * @param leads - per lead name, the values to set; leads not listed are absent
 * @param globals - QRS duration (default 90 ms), QTc, rate, P onset and T peak
 * @returns a {@link Measurements} object; leads with a `trace` get a median beat at 500 Hz
 * @example
 * const m = constructedMeasurements({ II: { stJ: 100 }, aVF: { stJ: 100 } });
 */
export function constructedMeasurements(
  leads: Record<string, ConstructedLead>,
  globals: ConstructedGlobals = {},
): Measurements {
  const qrsDurationMs = globals.qrsDurationMs ?? 90;
  const at = (msFromOnset: number): WaveTime => ({
    offsetMs: msFromOnset - 40,
    sampleIndex: ONSET_INDEX + Math.round((msFromOnset * CONSTRUCTED_RATE_HZ) / 1000),
  });
  const pOnset =
    globals.pOnsetMs === undefined || globals.pOnsetMs === null ? null : at(globals.pOnsetMs);
  const waves = {
    pOnset,
    pPeak: null,
    pEnd: null,
    qrsOnset: at(0),
    qrsEnd: at(qrsDurationMs),
    tPeak: at(globals.tPeakMs ?? qrsDurationMs + 160),
    tEnd: null,
  };
  const measured: Record<string, LeadMeasurements> = {};
  const beats: { name: string; samplesUv: Float32Array }[] = [];
  for (const [name, lead] of Object.entries(leads)) {
    measured[name] = {
      baselineUv: 0,
      pAmplitudeUv: null,
      qAmplitudeUv: lead.q ?? 0,
      rAmplitudeUv: lead.r ?? 800,
      sAmplitudeUv: lead.s ?? -200,
      stJUv: lead.stJ ?? 0,
      stJ60Uv: lead.stJ60 ?? lead.stJ ?? 0,
      stJ80Uv: lead.stJ80 ?? lead.stJ60 ?? lead.stJ ?? 0,
      tAmplitudeUv: lead.t === undefined ? 200 : lead.t,
      waves: {
        pOnset: null,
        pPeak: null,
        pEnd: null,
        qrsOnset: null,
        qrsEnd: null,
        tPeak: null,
        tEnd: null,
      },
    };
    beats.push({
      name,
      samplesUv: lead.trace === undefined ? new Float32Array(0) : drawTrace(lead.trace),
    });
  }
  const rr =
    globals.heartRateBpm === undefined || globals.heartRateBpm === null
      ? null
      : 60_000 / globals.heartRateBpm;
  return {
    heartRateBpm: globals.heartRateBpm ?? 70,
    rrMeanMs: rr,
    rrMedianMs: rr,
    prIntervalMs: null,
    pDurationMs: null,
    qrsDurationMs,
    qtIntervalMs: null,
    qtcBazettMs: globals.qtcBazettMs === undefined ? 420 : globals.qtcBazettMs,
    qtcFridericiaMs: null,
    pAxisDeg: null,
    qrsAxisDeg: null,
    tAxisDeg: null,
    leads: measured,
    waves,
    medianBeat: {
      sampleRateHz: CONSTRUCTED_RATE_HZ,
      fiducialIndex: FIDUCIAL_INDEX,
      leads: beats,
      beatCount: 10,
    },
    beats: { alignedFiducials: new Int32Array(0), used: new Uint8Array(0) },
  };
}

/** Piecewise-linear median beat through `[ms from QRS onset, µV]` waypoints. */
function drawTrace(points: readonly (readonly [number, number])[]): Float32Array {
  const out = new Float32Array(BEAT_SAMPLES);
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < BEAT_SAMPLES; i++) {
    const ms = ((i - ONSET_INDEX) * 1000) / CONSTRUCTED_RATE_HZ;
    const next = sorted.findIndex(([t]) => t >= ms);
    const b = sorted[next];
    const a = sorted[next - 1];
    if (b === undefined) {
      out[i] = sorted.at(-1)?.[1] ?? 0;
    } else if (a === undefined) {
      out[i] = b[1];
    } else {
      out[i] = a[1] + ((b[1] - a[1]) * (ms - a[0])) / (b[0] - a[0]);
    }
  }
  return out;
}
