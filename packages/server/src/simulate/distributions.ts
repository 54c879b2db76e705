import { sampleExponential, sampleStandardNormal, type Rng } from './rng.js';

/**
 * A distribution of durations in minutes:
 * - `constant`: always `valueMin`;
 * - `exponential`: memoryless, with mean `meanMin` (queueing theory's M);
 * - `lognormal`: exp(N(ln `medianMin`, `sigma`²)); skewed to the right as task times are, with
 *   median `medianMin` and 90th percentile `medianMin`·e^(1.2816·`sigma`).
 */
export type DurationDistribution =
  | { kind: 'constant'; valueMin: number }
  | { kind: 'exponential'; meanMin: number }
  | { kind: 'lognormal'; medianMin: number; sigma: number };

/**
 * One duration drawn from `d`.
 * @param d the distribution.
 * @param rng the generator.
 * @returns minutes, ≥ 0.
 * @example sampleMin({ kind: 'lognormal', medianMin: 3, sigma: 0.5 }, rng) // e.g. 2.6
 */
export function sampleMin(d: DurationDistribution, rng: Rng): number {
  switch (d.kind) {
    case 'constant':
      return d.valueMin;
    case 'exponential':
      return sampleExponential(rng, d.meanMin);
    case 'lognormal':
      return d.medianMin * Math.exp(d.sigma * sampleStandardNormal(rng));
  }
}

/**
 * The mean of `d` (lognormal: median·e^(σ²/2)).
 * @param d the distribution.
 * @returns minutes.
 * @example meanMin({ kind: 'exponential', meanMin: 2 }) // 2
 */
export function meanMin(d: DurationDistribution): number {
  switch (d.kind) {
    case 'constant':
      return d.valueMin;
    case 'exponential':
      return d.meanMin;
    case 'lognormal':
      return d.medianMin * Math.exp((d.sigma * d.sigma) / 2);
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * `d` in words, for the report.
 * @param d the distribution.
 * @returns e.g. `lognormal, median 3 min, p90 5.7 min`.
 * @example describeDistribution({ kind: 'constant', valueMin: 0.1 }) // 'constant 0.1 min'
 */
export function describeDistribution(d: DurationDistribution): string {
  switch (d.kind) {
    case 'constant':
      return `constant ${round(d.valueMin)} min`;
    case 'exponential':
      return `exponential, mean ${round(d.meanMin)} min`;
    case 'lognormal':
      return `lognormal, median ${round(d.medianMin)} min, p90 ${round(d.medianMin * Math.exp(1.2816 * d.sigma))} min (σ ${d.sigma})`;
  }
}
