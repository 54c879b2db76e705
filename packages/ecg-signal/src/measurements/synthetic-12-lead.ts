/**
 * Synthetic 12-lead ECGs with exactly known landmarks, for unit tests only (not exported from
 * the package). Each beat is built from piecewise shapes whose boundaries are set by the
 * caller: a P wave (sin² bump), a Q–R–S complex of straight segments (sharp onset and end), an
 * ST segment at a chosen level per lead and a T wave (sin² bump) that brings the ST level back
 * to zero by the T end. Limb leads follow Einthoven's and Goldberger's relations from the
 * waveforms given for I and aVF, so the frontal axis is known by construction.
 */
import type { EcgSignal } from '../record.js';
import { STANDARD_12_LEADS } from '../record.js';

/** Shape of the synthetic record; times are ms from the R peak (the fiducial). */
export interface SyntheticEcgOptions {
  sampleRateHz?: number;
  rrMs?: number;
  beats?: number;
  /** P wave from/to, ms (null: no P wave). */
  p?: { onsetMs: number; endMs: number; amplitudeUv: number } | null;
  qrsOnsetMs?: number;
  qrsEndMs?: number;
  tEndMs?: number;
  /** Scale of the QRS (and T) in lead I and in aVF; other limb leads follow. */
  leadIScale?: number;
  aVfScale?: number;
  /** ST level from the J point to the start of the T wave, µV, per lead name. */
  stUv?: Partial<Record<string, number>>;
  /** Uniform noise amplitude, µV (deterministic). */
  noiseUv?: number;
}

/**
 * Builds a synthetic 12-lead record and its fiducials (R peaks).
 * @param options - shape, rate and landmarks (defaults: 500 Hz, RR 1000 ms, 10 beats, P −200
 *   to −110 ms, QRS −40 to +60 ms, T end +380 ms, I and aVF scale 1)
 * @returns the signal and the fiducial sample indices
 * @example
 * const { signal, fiducials } = syntheticEcg({ stUv: { V2: 200 } });
 */
export function syntheticEcg(options: SyntheticEcgOptions = {}): {
  signal: EcgSignal;
  fiducials: Int32Array;
} {
  const fs = options.sampleRateHz ?? 500;
  const rrMs = options.rrMs ?? 1000;
  const beats = options.beats ?? 10;
  const n = Math.round(((beats + 1) * rrMs * fs) / 1000);
  const fiducials = Int32Array.from({ length: beats }, (_, b) =>
    Math.round((((b + 0.6) * rrMs) / 1000) * fs),
  );
  const on = options.qrsOnsetMs ?? -40;
  const end = options.qrsEndMs ?? 60;
  const tEnd = options.tEndMs ?? 380;
  const p = options.p === undefined ? { onsetMs: -200, endMs: -110, amplitudeUv: 120 } : options.p;
  // Q at 15 % of the width, R at 40 %, S at 70 %, back to the ST level at the end.
  const at = (f: number): number => on + f * (end - on);
  const qrs: [number, number][] = [
    [on, 0],
    [at(0.15), -100],
    [at(0.4), 1000],
    [at(0.7), -300],
  ];
  const wave = (tMs: number, st: number, scale: number): number => {
    let v = 0;
    if (p && tMs > p.onsetMs && tMs < p.endMs) {
      v += p.amplitudeUv * Math.sin((Math.PI * (tMs - p.onsetMs)) / (p.endMs - p.onsetMs)) ** 2;
    }
    const points: [number, number][] = [
      ...qrs.map(([x, y]): [number, number] => [x, y * scale]),
      [end, st],
    ];
    for (let k = 1; k < points.length; k++) {
      const [x0, y0] = points[k - 1] ?? [0, 0];
      const [x1, y1] = points[k] ?? [0, 0];
      if (tMs >= x0 && tMs < x1) {
        v += y0 + ((y1 - y0) * (tMs - x0)) / (x1 - x0);
      }
    }
    const tOn = end + 100;
    if (tMs >= end && tMs < tEnd) {
      const s = tMs < tOn ? 0 : (tMs - tOn) / (tEnd - tOn);
      v += st * (1 - s) + (tMs >= tOn ? 300 * scale * Math.sin(Math.PI * s) ** 2 : 0);
    }
    return v;
  };
  const stOf = (name: string): number => options.stUv?.[name] ?? 0;
  const scaleI = options.leadIScale ?? 1;
  const scaleF = options.aVfScale ?? 1;
  const leads = STANDARD_12_LEADS.map((name) => ({ name, samplesUv: new Float32Array(n) }));
  let seed = 12345;
  const noise = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return ((seed / 2147483648) * 2 - 1) * (options.noiseUv ?? 0);
  };
  for (let i = 0; i < n; i++) {
    const nearest = fiducials.reduce((a, f) => (Math.abs(f - i) < Math.abs(a - i) ? f : a), 0);
    const tMs = ((i - nearest) * 1000) / fs;
    const limbI = wave(tMs, stOf('I'), scaleI);
    const limbF = wave(tMs, stOf('aVF'), scaleF);
    const values: Record<string, number> = {
      I: limbI,
      II: limbI / 2 + limbF,
      III: limbF - limbI / 2,
      aVR: -(limbI + limbI / 2 + limbF) / 2,
      aVL: (limbI - (limbF - limbI / 2)) / 2,
      aVF: limbF,
    };
    leads.forEach((lead, l) => {
      const v = values[lead.name] ?? wave(tMs, stOf(lead.name), 0.5 + 0.1 * (l - 6));
      lead.samplesUv[i] = v + noise();
    });
  }
  return { signal: { sampleRateHz: fs, leads }, fiducials };
}
