/**
 * Synthetic ECGs for unit tests of the beat and rhythm rules: sums of Gaussian waves (P, Q, R,
 * S, T) placed at chosen times in three leads with different projections, in the spirit of the
 * dynamical model of McSharry et al. 2003 (IEEE TBME 50(3):289–294), which also builds each beat
 * from Gaussian waves. Departures: no dynamical system, the wave times are given directly, so a
 * test controls every RR and PR interval to the sample. Test support only; not exported from the
 * package.
 */
import type { EcgSignal } from '../../record.js';

/** One beat to draw. */
export interface SyntheticBeat {
  /** R-peak time, s. */
  timeS: number;
  /** `normal` (narrow, upright T) or `ventricular` (wide, discordant T, no P). */
  kind: 'normal' | 'ventricular';
  /** PR interval (P onset to QRS onset), ms; null or absent for no P wave. Default 160. */
  prMs?: number | null;
}

/** What to draw. */
export interface SyntheticEcgOptions {
  /** Hz; default 500. */
  sampleRateHz?: number;
  /** Record length, s. */
  durationS: number;
  beats: SyntheticBeat[];
  /** Extra (non-conducted or dissociated) P waves: onset times, s. */
  extraPOnsetsS?: number[];
  /** Fibrillatory baseline: amplitude, µV (random 4–9 Hz waves); default none. */
  fibrillationUv?: number;
  /** Flutter waves: rate per minute and amplitude, µV (sawtooth); default none. */
  flutter?: { ratePerMin: number; amplitudeUv: number };
  /** White noise, µV RMS; default 10. */
  noiseUv?: number;
  /** Seed of the pseudo-random generator; default 1. */
  seed?: number;
}

/** QRS onset relative to the R peak of a normal beat, ms. */
export const SYNTHETIC_QRS_ONSET_MS = -40;
const P_HALF_MS = 50;
/** Projections of the P, QRS and T waves onto the three leads (II-, V1-, V5-like). */
const LEADS = [
  { name: 'II', p: 1, qrs: 1, t: 1 },
  { name: 'V1', p: 0.5, qrs: -0.6, t: -0.3 },
  { name: 'V5', p: 0.6, qrs: 0.8, t: 0.8 },
] as const;

/**
 * Draws a three-lead synthetic ECG.
 * @param options - beats, extra P waves, atrial activity, noise
 * @returns the signal, µV
 * @example
 * syntheticEcg({ durationS: 10, beats: [{ timeS: 1, kind: 'normal' }] }).leads.length; // 3
 */
export function syntheticEcg(options: SyntheticEcgOptions): EcgSignal {
  const rate = options.sampleRateHz ?? 500;
  const n = Math.round(options.durationS * rate);
  const random = mulberry32(options.seed ?? 1);
  const leads = LEADS.map(() => new Float32Array(n));
  const add = (
    centreS: number,
    sigmaMs: number,
    amplitudeUv: number,
    part: 'p' | 'qrs' | 't',
  ): void => {
    const centre = centreS * rate;
    const sigma = (sigmaMs / 1000) * rate;
    for (
      let i = Math.max(0, Math.floor(centre - 5 * sigma));
      i < Math.min(n, centre + 5 * sigma);
      i++
    ) {
      const g = amplitudeUv * Math.exp(-0.5 * ((i - centre) / sigma) ** 2);
      LEADS.forEach((lead, l) => {
        const out = leads[l];
        if (out) {
          out[i] = (out[i] ?? 0) + g * lead[part];
        }
      });
    }
  };
  const pWave = (onsetS: number): void => add(onsetS + P_HALF_MS / 1000, 18, 150, 'p');
  options.beats.forEach((beat, k) => {
    const t = beat.timeS;
    // The T wave moves with the rate as the QT does (Bazett: ∝ √RR).
    const rrS = (options.beats[k + 1]?.timeS ?? t + 0.8) - t;
    const qtScale = Math.sqrt(Math.min(1.6, Math.max(0.3, rrS)) / 0.8);
    if (beat.kind === 'normal') {
      const pr = beat.prMs === undefined ? 160 : beat.prMs;
      if (pr !== null) {
        pWave(t + (SYNTHETIC_QRS_ONSET_MS - pr) / 1000);
      }
      add(t - 0.022, 7, -120, 'qrs');
      add(t, 9, 1200, 'qrs');
      add(t + 0.024, 8, -300, 'qrs');
      add(t + 0.26 * qtScale, 45 * qtScale, 300, 't');
    } else {
      add(t, 28, 1000, 'qrs');
      add(t + 0.06, 25, -700, 'qrs');
      add(t + 0.32 * qtScale, 60 * qtScale, -400, 't');
    }
  });
  (options.extraPOnsetsS ?? []).forEach(pWave);
  const noise = options.noiseUv ?? 10;
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    let atrial = 0;
    if (options.fibrillationUv) {
      atrial +=
        options.fibrillationUv *
        Math.sin(2 * Math.PI * (5.5 * t + 0.8 * Math.sin(2 * Math.PI * 0.37 * t)));
      atrial +=
        0.5 *
        options.fibrillationUv *
        Math.sin(2 * Math.PI * (7.3 * t + 1.1 * Math.sin(2 * Math.PI * 0.23 * t)));
    }
    if (options.flutter) {
      const phase = ((t * options.flutter.ratePerMin) / 60) % 1;
      atrial +=
        options.flutter.amplitudeUv * (phase < 0.8 ? 1 - phase / 0.4 : -1 + (phase - 0.8) / 0.1);
    }
    leads.forEach((lead, l) => {
      lead[i] = (lead[i] ?? 0) + atrial * (LEADS[l]?.p ?? 1) + noise * gaussian(random);
    });
  }
  return {
    sampleRateHz: rate,
    leads: leads.map((samplesUv, l) => ({ name: LEADS[l]?.name ?? 'II', samplesUv })),
  };
}

/**
 * Fiducials (R peaks) of the beats, samples.
 * @param options - the same options as for {@link syntheticEcg}
 * @returns one sample index per beat, ascending
 * @example
 * syntheticFiducials({ durationS: 2, beats: [{ timeS: 1, kind: 'normal' }] }); // Int32Array [500]
 */
export function syntheticFiducials(options: SyntheticEcgOptions): Int32Array {
  const rate = options.sampleRateHz ?? 500;
  return Int32Array.from(options.beats, (b) => Math.round(b.timeS * rate));
}

/**
 * Beats one after another: the first at `startS`, each next one RR later.
 * @param rrMs - the RR intervals, ms (beats = intervals + 1)
 * @param startS - time of the first beat, s
 * @param beat - properties shared by every beat (kind, PR)
 * @returns the beats
 * @example
 * beatTrain([800, 800], 0.5).map((b) => b.timeS); // [0.5, 1.3, 2.1]
 */
export function beatTrain(
  rrMs: readonly number[],
  startS = 0.6,
  beat: Partial<SyntheticBeat> = {},
): SyntheticBeat[] {
  const out: SyntheticBeat[] = [{ kind: 'normal', ...beat, timeS: startS }];
  let t = startS;
  for (const rr of rrMs) {
    t += rr / 1000;
    out.push({ kind: 'normal', ...beat, timeS: t });
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
