import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { medianDeviation, sortAscending, sortedMedian } from './small-sort.js';

/** Median of a list the plain way. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

describe('sorting and medians of short columns', () => {
  it('match sorting afresh, with ties, odd and even counts, and above 32 values', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 400; trial++) {
      const count = 1 + Math.floor(random() * 45);
      const values = Array.from({ length: count }, () => Math.round(random() * 20) - 10);
      const work = new Float64Array(count + 3);
      work.set(values);
      sortAscending(work, count);
      expect(Array.from(work.subarray(0, count))).toEqual([...values].sort((a, b) => a - b));
      const m = sortedMedian(work, count);
      expect(m).toBe(median(values));
      expect(medianDeviation(work, count, m)).toBe(median(values.map((v) => Math.abs(v - m))));
    }
  });
});
