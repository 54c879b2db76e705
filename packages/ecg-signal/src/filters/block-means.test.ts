/**
 * Block means of odd-reflected leads (`block-means.ts`) against the padded lead written out sample
 * by sample and averaged block by block.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { blockMeansLeads } from './block-means.js';

/** The lead with `pad` samples each side, reflected about its end samples (clamped inside). */
function padded(x: Float32Array, pad: number): number[] {
  const n = x.length;
  const at = (i: number): number => x[Math.min(n - 1, Math.max(0, i))] ?? 0;
  return Array.from({ length: n + 2 * pad }, (_, k) => {
    const i = k - pad;
    if (i < 0) {
      return 2 * at(0) - at(-i);
    }
    return i >= n ? 2 * at(n - 1) - at(2 * (n - 1) - i) : at(i);
  });
}

/** Means of consecutive blocks of `factor` values (the last one possibly shorter). */
function means(values: number[], factor: number): number[] {
  const out: number[] = [];
  for (let from = 0; from < values.length; from += factor) {
    const block = values.slice(from, from + factor);
    out.push(block.reduce((s, v) => s + v, 0) / block.length);
  }
  return out;
}

function leads(count: number, n: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Float32Array.from({ length: n }, (_, i) => 500 * Math.sin(i / 40) + 300 * (random() - 0.5)),
  );
}

describe('block means of reflected leads', () => {
  it('equal the means of the padded lead, for padding shorter and longer than the lead', () => {
    for (const [count, n, factor, padBlocks] of [
      [12, 5000, 5, 600], // a 10-s record at 500 Hz, 6 s of padding each side
      [5, 1003, 3, 40], // a partial group of four, a partial last block
      [2, 7, 3, 4], // padding longer than the lead: the reflection is clamped
      [1, 2, 2, 2],
    ] as const) {
      const xs = leads(count, n, n);
      const { means: got } = blockMeansLeads(xs, factor, padBlocks);
      expect(got).toHaveLength(count);
      xs.forEach((x, l) => {
        const expected = means(padded(x, padBlocks * factor), factor);
        const actual = Array.from(got[l] ?? []);
        expect(actual).toHaveLength(expected.length);
        actual.forEach((v, b) => expect(v).toBeCloseTo(expected[b] ?? NaN, 6));
      });
    }
  });

  it('a hand-worked lead: [1, 2, 4] in blocks of 2 with one block of padding', () => {
    // Padded: 2·1 − 2 = 0, 2·1 − 4 = −2 before; 2·4 − 2 = 6, 2·4 − 1 = 7 after; reversed on the
    // left: [−2, 0, 1, 2, 4, 6, 7] → blocks [−2, 0], [1, 2], [4, 6], [7].
    const { means: got } = blockMeansLeads([Float32Array.of(1, 2, 4)], 2, 1);
    expect(Array.from(got[0] ?? [])).toEqual([-1, 1.5, 5, 7]);
  });

  it('reuses work arrays that are long enough', () => {
    const xs = leads(4, 300, 3);
    const { work } = blockMeansLeads(xs, 5, 10);
    expect(blockMeansLeads(xs, 5, 10, work).work).toBe(work);
  });
});
