/**
 * One-to-one beat matching of ANSI/AAMI EC57:1998 §4.2 (beat-by-beat comparison), reimplemented
 * from the standard's rules as WFDB `bxb` (G. B. Moody, 1987–2001) applies them: the streams are
 * walked in time order and a reference beat and a test beat are paired when they lie within the
 * match window and neither stream has a closer candidate next. Beats before the end of the
 * learning period are not scored, but a test beat just before it may still match the first
 * scored reference beat.
 *
 * Departures from bxb: the comparison stops at `endSample` (inclusive) for both streams, where
 * bxb may still pair one beat past its end time; shutdown intervals (test NOISE annotations with
 * subtype 0x30) are not modelled; reference VF episodes are passed as `excludedRanges`.
 */

/** Options of {@link matchBeats}. */
export interface MatchBeatsOptions {
  /** Sample rate of both annotation streams, Hz (> 0). */
  sampleRateHz: number;
  /** Match window, ms: |reference − test| ≤ window pairs. EC57: 150. */
  matchWindowMs?: number;
  /** First scored sample (end of the learning period). EC57: 5 min, i.e. 300 · sampleRateHz. */
  startSample?: number;
  /** Last scored sample, inclusive; default: no limit. */
  endSample?: number;
  /** Half-open [from, to) sample ranges where nothing is scored (e.g. reference VF episodes). */
  excludedRanges?: readonly (readonly [number, number])[];
}

/** Result of {@link matchBeats}: indices into the input arrays. */
export interface BeatMatch {
  /** Matched pairs: [reference index, test index], in time order. */
  pairs: [number, number][];
  /** Scored reference beats with no test beat (false negatives). */
  missedReference: number[];
  /** Scored test beats with no reference beat (false positives). */
  extraTest: number[];
  /** Match window actually used, samples. */
  matchWindowSamples: number;
}

const farAway = Number.MAX_SAFE_INTEGER / 4;

/**
 * Pair reference and test beats as EC57 / `bxb` does.
 * @param referenceSamples reference beat times, samples, ascending.
 * @param testSamples detected beat times, samples, ascending, same rate as the reference.
 * @param options sample rate, window (default 150 ms), learning period (default 5 min).
 * @returns matched pairs, missed reference beats and extra test beats.
 * @example matchBeats([1000, 2000], [1010, 1500], { sampleRateHz: 360, startSample: 0 })
 * // pairs [[0, 0]], missedReference [1], extraTest [1]
 */
export function matchBeats(
  referenceSamples: ArrayLike<number>,
  testSamples: ArrayLike<number>,
  options: MatchBeatsOptions,
): BeatMatch {
  const windowSamples = Math.round(((options.matchWindowMs ?? 150) / 1000) * options.sampleRateHz);
  const start = options.startSample ?? Math.round(300 * options.sampleRateHz);
  const ref = scoredTimes(referenceSamples, options.excludedRanges, options.endSample);
  const test = scoredTimes(testSamples, options.excludedRanges, options.endSample);
  const refAt = (i: number): number => (i < 0 ? -farAway : (ref.times[i] ?? farAway));
  const testAt = (i: number): number => (i < 0 ? -farAway : (test.times[i] ?? farAway));
  const result: BeatMatch = {
    pairs: [],
    missedReference: [],
    extraTest: [],
    matchWindowSamples: windowSamples,
  };
  let r = firstAtOrAfter(ref.times, start);
  let q = firstAtOrAfter(test.times, start) - 1; // last test beat of the learning period, or -1

  // Learning-period boundary: the last unscored test beat may match the first scored reference.
  const T0 = refAt(r);
  if (T0 - testAt(q) <= windowSamples && T0 - testAt(q) < Math.abs(T0 - testAt(q + 1))) {
    result.pairs.push([ref.index[r] ?? -1, test.index[q] ?? -1]);
    r++;
    q++;
  } else {
    q++;
    // An unmatched test beat within one window after the start is dropped, not counted.
    if (
      testAt(q) - start <= windowSamples &&
      Math.abs(T0 - testAt(q + 1)) < Math.abs(T0 - testAt(q))
    ) {
      q++;
    }
  }

  while (refAt(r) !== farAway || testAt(q) !== farAway) {
    const T = refAt(r);
    const t = testAt(q);
    if (t < T) {
      if (T - t <= windowSamples && T - t < Math.abs(T - testAt(q + 1))) {
        result.pairs.push([ref.index[r] ?? -1, test.index[q] ?? -1]);
        r++;
      } else {
        result.extraTest.push(test.index[q] ?? -1);
      }
      q++;
    } else {
      if (t - T <= windowSamples && t - T < Math.abs(t - refAt(r + 1))) {
        result.pairs.push([ref.index[r] ?? -1, test.index[q] ?? -1]);
        q++;
      } else {
        result.missedReference.push(ref.index[r] ?? -1);
      }
      r++;
    }
  }
  return result;
}

/** Times kept for scoring (outside excluded ranges, ≤ end) and their indices in the input. */
function scoredTimes(
  samples: ArrayLike<number>,
  excluded: readonly (readonly [number, number])[] | undefined,
  endSample: number | undefined,
): { times: number[]; index: number[] } {
  const times: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] ?? 0;
    if (i > 0 && s < (samples[i - 1] ?? 0)) {
      throw new RangeError(`beat times must be ascending: index ${i} (${s}) < index ${i - 1}`);
    }
    if ((endSample !== undefined && s > endSample) || isExcluded(s, excluded)) {
      continue;
    }
    times.push(s);
    index.push(i);
  }
  return { times, index };
}

function isExcluded(
  s: number,
  ranges: readonly (readonly [number, number])[] | undefined,
): boolean {
  return ranges?.some(([from, to]) => s >= from && s < to) ?? false;
}

function firstAtOrAfter(times: readonly number[], sample: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) < sample) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
