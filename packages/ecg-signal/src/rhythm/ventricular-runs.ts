/**
 * Ventricular ectopy: runs of consecutive V beats, ventricular tachycardia and pauses. The
 * definitions are the conventional ones of the ACC/AHA/ESC ventricular-arrhythmia guideline
 * (Zipes et al. 2006, Circulation 114:e385–e484): ventricular tachycardia is three or more
 * consecutive ventricular beats at a rate above 100/min, sustained when it lasts 30 s or more;
 * slower runs (≤ 100/min, accelerated idioventricular rhythm) are reported as ventricular runs
 * only. A pause is an RR interval longer than {@link PAUSE_MS} (Holter convention; some
 * reports use 2.5 or 3 s). Rates are computed from the run's own intervals.
 */
import type { BeatType } from '../beats/types.js';
import type { RhythmFinding } from './types.js';

/** Shortest run reported, beats. */
export const MIN_RUN_BEATS = 3;
/** A run faster than this is ventricular tachycardia, per minute. */
export const VT_RATE_BPM = 100;
/** A run lasting at least this long is sustained, s. */
export const SUSTAINED_S = 30;
/** An RR interval longer than this is a pause, ms. */
export const PAUSE_MS = 2000;

/** A run of consecutive V beats: first and last beat index. */
export interface VentricularRun {
  first: number;
  last: number;
  /** (beats − 1) / (last time − first time), per minute. */
  rateBpm: number;
  /** From the first to the last beat, s. */
  durationS: number;
}

/**
 * Finds runs of ≥ 3 consecutive V beats.
 * @param types - class of each beat
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @returns the runs in time order
 * @example
 * ventricularRuns(['N', 'V', 'V', 'V', 'N'], Int32Array.of(0, 300, 480, 660, 1000), 360)[0]?.rateBpm; // 120
 */
export function ventricularRuns(
  types: readonly BeatType[],
  samples: Int32Array,
  sampleRateHz: number,
): VentricularRun[] {
  const runs: VentricularRun[] = [];
  let start = -1;
  for (let b = 0; b <= types.length; b++) {
    if (b < types.length && types[b] === 'V') {
      start = start < 0 ? b : start;
      continue;
    }
    if (start >= 0 && b - start >= MIN_RUN_BEATS) {
      const spanSamples = (samples[b - 1] ?? 0) - (samples[start] ?? 0);
      // Integer arithmetic first, so that exactly 100/min stays exactly 100.
      const rateBpm = (60 * sampleRateHz * (b - 1 - start)) / spanSamples;
      runs.push({ first: start, last: b - 1, durationS: spanSamples / sampleRateHz, rateBpm });
    }
    start = -1;
  }
  return runs;
}

/**
 * Findings for ventricular runs: every run, and VT (non-sustained or sustained) for fast ones.
 * @param runs - from {@link ventricularRuns}
 * @param samples - beat times, samples
 * @returns one `ventricular_run` finding per run, plus one VT finding per fast run
 * @example
 * runFindings(ventricularRuns(types, samples, 500), samples);
 */
export function runFindings(runs: readonly VentricularRun[], samples: Int32Array): RhythmFinding[] {
  return runs.flatMap((run) => {
    const beats = Array.from({ length: run.last - run.first + 1 }, (_, k) => run.first + k);
    const evidence = {
      beats,
      samples: [samples[run.first] ?? 0, samples[run.last] ?? 0],
      values: { beats: beats.length, rateBpm: run.rateBpm, durationS: run.durationS },
      thresholds: {
        minBeats: MIN_RUN_BEATS,
        vtRateAboveBpm: VT_RATE_BPM,
        sustainedFromS: SUSTAINED_S,
      },
    };
    const out: RhythmFinding[] = [{ code: 'ventricular_run', evidence }];
    if (run.rateBpm > VT_RATE_BPM) {
      const code =
        run.durationS >= SUSTAINED_S
          ? 'ventricular_tachycardia_sustained'
          : 'ventricular_tachycardia_nonsustained';
      out.push({ code, evidence });
    }
    return out;
  });
}

/**
 * One finding per RR interval longer than {@link PAUSE_MS}.
 * @param samples - beat times, samples, ascending
 * @param sampleRateHz - Hz
 * @returns `pause` findings, evidence: the two beats, the interval in ms, the threshold
 * @example
 * pauseFindings(Int32Array.of(0, 500, 1505), 500); // one pause of 2010 ms
 */
export function pauseFindings(samples: Int32Array, sampleRateHz: number): RhythmFinding[] {
  const out: RhythmFinding[] = [];
  for (let b = 1; b < samples.length; b++) {
    const rrMs = (((samples[b] ?? 0) - (samples[b - 1] ?? 0)) * 1000) / sampleRateHz;
    if (rrMs > PAUSE_MS) {
      out.push({
        code: 'pause',
        evidence: {
          beats: [b - 1, b],
          samples: [samples[b - 1] ?? 0, samples[b] ?? 0],
          values: { rrMs },
          thresholds: { pauseAboveMs: PAUSE_MS },
        },
      });
    }
  }
  return out;
}
