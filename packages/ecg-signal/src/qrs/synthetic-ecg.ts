/**
 * Synthetic ECG for tests: each beat is a sum of Gaussian waves (P, Q, R, S, T), in the spirit of
 * McSharry et al., "A dynamical model for generating synthetic electrocardiogram signals", IEEE
 * Trans. Biomed. Eng. 50(3):289–294 (2003), whose wave parameters (angles, widths, amplitudes)
 * are reused here as times and widths; departure: beats are placed at given times instead of
 * integrating the model's ODE, so the true R peaks are known exactly. Built signals are named
 * synthetic wherever tests use them; they are never a substitute for the real records.
 */

/** One Gaussian wave relative to the R peak. */
export interface SyntheticWave {
  /** Centre relative to the R peak, ms. */
  offsetMs: number;
  /** Standard deviation, ms. */
  widthMs: number;
  /** Peak amplitude, µV (negative for Q, S, inverted T). */
  amplitudeUv: number;
}

/** A normal sinus beat: P 150 µV, QRS about 90 ms with R 1200 µV, T 300 µV. */
export const NORMAL_BEAT: readonly SyntheticWave[] = [
  { offsetMs: -200, widthMs: 25, amplitudeUv: 150 },
  { offsetMs: -25, widthMs: 8, amplitudeUv: -120 },
  { offsetMs: 0, widthMs: 10, amplitudeUv: 1200 },
  { offsetMs: 28, widthMs: 9, amplitudeUv: -250 },
  { offsetMs: 280, widthMs: 45, amplitudeUv: 300 },
];

/** A premature ventricular beat: wide (about 160 ms), tall, with an opposite T wave. */
export const VENTRICULAR_BEAT: readonly SyntheticWave[] = [
  { offsetMs: -30, widthMs: 28, amplitudeUv: 900 },
  { offsetMs: 45, widthMs: 30, amplitudeUv: -1100 },
  { offsetMs: 300, widthMs: 60, amplitudeUv: -450 },
];

/** One beat of a synthetic record. */
export interface SyntheticBeat {
  /** R-peak (fiducial) time, s. */
  timeS: number;
  /** Waves of this beat (default {@link NORMAL_BEAT}). */
  waves?: readonly SyntheticWave[];
  /** Amplitude multiplier (default 1). */
  scale?: number;
}

/**
 * Render beats into one lead.
 * @param beats beats to draw.
 * @param durationS record length, s (> 0).
 * @param sampleRateHz sample rate, Hz.
 * @returns samples, µV.
 * @example syntheticLead(regularBeats(6, 75), 6, 500)
 */
export function syntheticLead(
  beats: readonly SyntheticBeat[],
  durationS: number,
  sampleRateHz: number,
): Float32Array {
  const n = Math.round(durationS * sampleRateHz);
  const out = new Float32Array(n);
  for (const beat of beats) {
    for (const wave of beat.waves ?? NORMAL_BEAT) {
      const centre = (beat.timeS + wave.offsetMs / 1000) * sampleRateHz;
      const sigma = (wave.widthMs / 1000) * sampleRateHz;
      const from = Math.max(0, Math.floor(centre - 5 * sigma));
      const to = Math.min(n - 1, Math.ceil(centre + 5 * sigma));
      for (let i = from; i <= to; i++) {
        const z = (i - centre) / sigma;
        out[i] = (out[i] ?? 0) + (beat.scale ?? 1) * wave.amplitudeUv * Math.exp(-0.5 * z * z);
      }
    }
  }
  return out;
}

/**
 * Regularly spaced beats.
 * @param durationS record length, s.
 * @param heartRateBpm rate, beats per minute.
 * @param firstS time of the first R peak, s (default 0.5).
 * @returns beats whose R peaks fit inside the record with 0.4 s to spare at the end.
 * @example regularBeats(6, 60).length // 6
 */
export function regularBeats(
  durationS: number,
  heartRateBpm: number,
  firstS = 0.5,
): SyntheticBeat[] {
  const beats: SyntheticBeat[] = [];
  for (let t = firstS; t < durationS - 0.4; t += 60 / heartRateBpm) {
    beats.push({ timeS: t });
  }
  return beats;
}

/**
 * Deterministic pseudo-random numbers (mulberry32), so synthetic noise is the same on every run.
 * @param seed any 32-bit integer.
 * @returns a function giving uniform numbers in [0, 1).
 * @example const random = seededRandom(42); random(); // 0.6011…
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
