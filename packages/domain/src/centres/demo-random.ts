/**
 * Seeded pseudo-random numbers for the demo-case generator: the same seed always gives the same
 * cases, in the browser and in Node. The generator is mulberry32 (Tommy Ettinger, 2017, public
 * domain): a 32-bit state advanced by a Weyl sequence and mixed by two multiply-xorshift rounds;
 * ample for demo data, not for cryptography.
 */

/** A seeded random source with the few distributions the generator needs. */
export interface DemoRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** One key of `weights`, with probability proportional to its weight. */
  pick<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /**
   * Log-normal duration with the given median and 90th percentile (minutes): right-skewed like
   * real care intervals, most near the median and a tail beyond.
   */
  minutes(medianMin: number, p90Min: number): number;
  /** Normal with mean and standard deviation (Box–Muller). */
  normal(mean: number, sd: number): number;
}

/** z of the 90th percentile of the standard normal distribution. */
const z90 = 1.2815515655446004;

/**
 * A seeded random source.
 * @param seed any integer (taken modulo 2^32).
 * @example createDemoRandom(42).int(1, 6) // the same die roll every time
 */
export function createDemoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number): number => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    normal,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, weight] of entries) {
        r -= weight;
        if (r < 0) {
          return key;
        }
      }
      return (entries.at(-1) as [K, number])[0];
    },
    minutes: (medianMin, p90Min) => {
      const sigma = Math.log(p90Min / medianMin) / z90;
      return Math.round(medianMin * Math.exp(sigma * normal(0, 1)));
    },
  };
}
