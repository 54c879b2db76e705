import { describe, expect, it } from 'vitest';
import { interpretEcg } from '../interpret/interpret-ecg.js';
import { syntheticEcg } from '../measurements/synthetic-12-lead.js';
import {
  MAX_POOLED_BYTES,
  pooledScratchBytes,
  scratchFloat32,
  scratchFloat64,
  sizeClass,
  withScratch,
} from './scratch.js';

describe('scratch memory lent for one analysis call', () => {
  it('rounds sizes up by at most an eighth', () => {
    expect(sizeClass(0)).toBe(4096);
    expect(sizeClass(4097)).toBe(4608); // 4096 + 4096 / 8
    for (const bytes of [5000, 240_000, 1_000_001, 5_200_000]) {
      expect(sizeClass(bytes)).toBeGreaterThanOrEqual(bytes);
      expect(sizeClass(bytes)).toBeLessThanOrEqual(bytes * 1.125);
    }
  });

  it('is a plain new array outside withScratch', () => {
    const a = scratchFloat32(10);
    expect(a.buffer.byteLength).toBe(40);
    expect(Array.from(a)).toEqual(new Array(10).fill(0));
  });

  it('lends zeroed arrays and takes their memory back when the call returns', () => {
    let first: ArrayBufferLike | undefined;
    withScratch(() => {
      const a = scratchFloat64(1000);
      a.fill(7);
      first = a.buffer;
    });
    const before = pooledScratchBytes();
    expect(before).toBeGreaterThanOrEqual(8000);
    withScratch(() => {
      const again = scratchFloat64(1000);
      expect(again.buffer).toBe(first); // the same memory, lent again
      expect(again.every((v) => v === 0)).toBe(true); // zeroed on loan
      expect(pooledScratchBytes()).toBe(before - again.buffer.byteLength);
      const other = scratchFloat32(2000); // 8000 bytes too: another buffer while one is lent
      expect(other.buffer).not.toBe(first);
    });
  });

  it('takes memory back when the call throws, and nested calls keep their own', () => {
    let outerArray: Float32Array | undefined;
    expect(() =>
      withScratch(() => {
        outerArray = scratchFloat32(3000);
        outerArray.fill(1);
        withScratch(() => {
          scratchFloat32(3000).fill(2);
        });
        // The inner call's memory went back to the pool; the outer array is still its own.
        const third = scratchFloat32(3000);
        expect(third.buffer).not.toBe(outerArray?.buffer);
        expect(outerArray.every((v) => v === 1)).toBe(true);
        throw new Error('analysis failed');
      }),
    ).toThrow('analysis failed');
    expect(pooledScratchBytes()).toBeLessThanOrEqual(MAX_POOLED_BYTES);
  });

  it('leaves no interpretation sharing memory with a later one (synthetic 12-lead records)', () => {
    const first = syntheticEcg({ rrMs: 1000, beats: 10 });
    const second = syntheticEcg({ rrMs: 600, beats: 16, stUv: { V2: 300, V3: 300 }, noiseUv: 20 });
    const json = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) =>
        ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x,
      );
    const result = interpretEcg(first.signal);
    const snapshot = json(result);
    interpretEcg(second.signal); // reuses the pooled memory of the first call
    expect(json(result)).toBe(snapshot);
    expect(json(interpretEcg(first.signal))).toBe(snapshot);
  });
});
