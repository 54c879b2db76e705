import { describe, expect, it } from 'vitest';
import { seededRandom } from '../qrs/synthetic-ecg.js';
import { columnMedians } from './column-medians.js';

/** Median of a list the plain way: sort, take the middle (mean of the middle two). */
function plainMedian(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

describe('column medians of beat windows', () => {
  it('equal sorting every column afresh: rows entering and leaving, NaN samples, ties', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 60; trial++) {
      const length = 400;
      // A smooth signal (neighbouring columns nearly in order) with rounding ties and NaNs.
      const lead = Float32Array.from({ length }, (_, i) =>
        Math.round(50 * Math.sin(i / 9) + 20 * random()),
      );
      for (let k = 0; k < 4; k++) {
        lead[Math.floor(random() * length)] = Number.NaN;
      }
      const rowCount = 1 + Math.floor(random() * 14);
      const width = 60;
      const starts = Int32Array.from({ length: rowCount }, () =>
        Math.floor(random() * (length - width)),
      );
      const froms = Int32Array.from({ length: rowCount }, () => Math.floor(random() * 10));
      const tos = Int32Array.from({ length: rowCount }, () => width - Math.floor(random() * 10));
      const minCount = Math.max(1, Math.ceil(rowCount / 2));
      const median = new Float32Array(width).fill(Number.NaN);
      const spread = new Float32Array(width).fill(Number.NaN);
      columnMedians(lead, { starts, froms, tos }, { median, spread, minCount, spreadEnd: 40 });
      for (let col = 0; col < width; col++) {
        const values: number[] = [];
        for (let j = 0; j < rowCount; j++) {
          const v = lead[(starts[j] ?? 0) + col] ?? Number.NaN;
          if (col >= (froms[j] ?? 0) && col < (tos[j] ?? 0) && !Number.isNaN(v)) {
            values.push(v);
          }
        }
        if (values.length < minCount) {
          expect(median[col]).toBeNaN();
          continue;
        }
        const m = plainMedian(values);
        expect(median[col]).toBe(Math.fround(m));
        const mad = 1.4826 * plainMedian(values.map((v) => Math.abs(v - m)));
        if (col <= 40) {
          expect(spread[col]).toBe(Math.fround(mad));
        } else {
          expect(spread[col]).toBeNaN();
        }
      }
    }
  });

  it('spread equals the direct formula 1.4826 × median |v − median| on skewed columns', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 300; trial++) {
      // Columns of 1–16 values from a skewed distribution (most deviations on one side of the
      // median), with repeated values and now and then an infinite sample.
      const rowCount = 1 + Math.floor(random() * 16);
      const lead = Float32Array.from({ length: rowCount }, () => {
        const u = random();
        if (u < 0.03) {
          return Number.POSITIVE_INFINITY;
        }
        return u < 0.5 ? Math.round(10 * u) : Math.round(200 * u ** 4);
      });
      const rows = {
        starts: Int32Array.from({ length: rowCount }, (_, j) => j),
        froms: new Int32Array(rowCount),
        tos: new Int32Array(rowCount).fill(1),
      };
      const median = new Float32Array(1).fill(Number.NaN);
      const spread = new Float32Array(1).fill(Number.NaN);
      columnMedians(lead, rows, { median, spread, minCount: 1, spreadEnd: 0 });
      const m = plainMedian([...lead]);
      if (!Number.isFinite(m)) {
        continue;
      }
      const mad = 1.4826 * plainMedian([...lead].map((v) => Math.abs(v - m)));
      expect(median[0]).toBe(Math.fround(m));
      expect(spread[0]).toBe(Math.fround(mad));
    }
  });
});
