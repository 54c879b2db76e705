/**
 * The standard pre-processing chain for display and measurement: baseline-wander removal, mains
 * notch (50 and 60 Hz), muscle-noise low-pass, each zero-phase and designed from the record's own
 * rate (see `baseline.ts`, `mains.ts`, `muscle.ts` for the methods and their sources). Invalid
 * (NaN) samples are held at the last valid value while filtering, so one gap does not spread
 * through a recursive filter, and are NaN again in the output.
 */
import type { EcgSignal } from '../record.js';
import { removeBaselineWander, type BaselineOptions } from './baseline.js';
import { removeMains, type MainsOptions } from './mains.js';
import { reduceMuscleNoise, type MuscleOptions } from './muscle.js';

/** Options of {@link preprocessSignal}; set a stage to `false` to skip it. */
export interface PreprocessOptions {
  baseline?: BaselineOptions | false;
  mains?: MainsOptions | false;
  muscle?: MuscleOptions | false;
}

/**
 * Filter every lead of a record.
 * @param signal the record (1–15 leads, 100–1000 Hz, µV); not modified.
 * @param options per-stage options; default: high-pass 0.5 Hz, notches at 50 and 60 Hz, low-pass
 *   40 Hz.
 * @returns a new signal with the same leads (names kept), filtered samples in µV.
 * @example const clean = preprocessSignal(signal, { mains: { mainsHz: [50] } });
 */
export function preprocessSignal(signal: EcgSignal, options: PreprocessOptions = {}): EcgSignal {
  const fs = signal.sampleRateHz;
  return {
    ...signal,
    leads: signal.leads.map((lead) => {
      const { held, invalid } = holdInvalid(lead.samplesUv);
      let x: Float32Array = held;
      if (options.baseline !== false) {
        x = removeBaselineWander(x, fs, options.baseline ?? {});
      }
      if (options.mains !== false) {
        x = removeMains(x, fs, options.mains ?? {});
      }
      if (options.muscle !== false) {
        x = reduceMuscleNoise(x, fs, options.muscle ?? {});
      }
      for (const i of invalid) {
        x[i] = NaN;
      }
      return { ...lead, samplesUv: x };
    }),
  };
}

function holdInvalid(samplesUv: Float32Array): { held: Float32Array; invalid: number[] } {
  const held = new Float32Array(samplesUv.length);
  const invalid: number[] = [];
  let last = samplesUv.find((v) => Number.isFinite(v)) ?? 0;
  for (let i = 0; i < samplesUv.length; i++) {
    const v = samplesUv[i] ?? NaN;
    if (Number.isFinite(v)) {
      last = v;
    } else {
      invalid.push(i);
    }
    held[i] = last;
  }
  return { held, invalid };
}
