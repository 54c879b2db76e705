/**
 * Seeded random numbers for the staffing simulation: one generator per run, so a seed reproduces a
 * run exactly and two runs that differ only in the number of readers see the same ECGs (common
 * random numbers, which makes the comparison between staffing levels fair).
 */

/** A source of uniform numbers in [0, 1). */
export interface Rng {
  /** The next uniform number, 0 ≤ u < 1. */
  next(): number;
}

/**
 * SFC32, Chris Doty-Humphrey's Small Fast Counter generator from PractRand (period ≥ 2^32, in
 * practice about 2^127), seeded through SplitMix32 so that nearby seeds give unrelated streams.
 * Each draw combines two 32-bit outputs into 53 bits.
 * @param seed any integer (only its low 32 bits count).
 * @returns the generator.
 * @example const rng = seededRng(7); rng.next(); // 0 ≤ u < 1, the same every time for seed 7
 */
export function seededRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitMix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitMix();
  let b = splitMix();
  let c = splitMix();
  let d = 1;
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) {
    next32(); // let the state mix before the first draw, as PractRand's reference does
  }
  return { next: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992 };
}

/**
 * An exponential variate by inversion.
 * @param rng the generator.
 * @param mean the mean (> 0), in whatever unit the caller uses (minutes here).
 * @returns a value ≥ 0 with that mean.
 * @example sampleExponential(rng, 2) // e.g. 1.37
 */
export function sampleExponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng.next()); // 1 − u ∈ (0, 1]: never log(0)
}

/**
 * A standard normal variate (Box–Muller, one of the pair used).
 * @param rng the generator.
 * @returns a value from N(0, 1).
 * @example sampleStandardNormal(rng) // e.g. -0.42
 */
export function sampleStandardNormal(rng: Rng): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * An index in [0, n) with equal probability.
 * @param rng the generator.
 * @param n how many choices (≥ 1).
 * @returns the chosen index.
 * @example pickIndex(rng, 3) // 0, 1 or 2
 */
export function pickIndex(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng.next() * n));
}
