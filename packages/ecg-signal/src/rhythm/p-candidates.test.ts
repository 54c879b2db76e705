import { describe, expect, it } from 'vitest';
import type { AtrialTemplate } from './atrial-template.js';
import { pickEvents, scoreCentres } from './p-candidates.js';

const HALF = 8;
/** P-wave shape per lead (a Gaussian bump of 12 samples SD), µV at scale 1. */
const gains = [80, -40, 60];
const bump = (i: number): number => Math.exp(-0.5 * ((i - HALF) / 4) ** 2);
const template: AtrialTemplate = {
  leadsUv: gains.map((g) => Float32Array.from({ length: 2 * HALF + 1 }, (_, i) => g * bump(i))),
  halfWidthSamples: HALF,
  onsetToPeakMs: 40,
  qrsOnsetOffsetMs: -40,
  source: 'pre-qrs',
};

/** Leads of 1200 samples: P waves (scale 1, 0.6, 2) at 200, 500, 800, a 4× bump at 1000, noise. */
function leads(): Float32Array[] {
  let seed = 7;
  const noise = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648 - 0.5) * 10;
  };
  const waves = [
    [200, 1],
    [500, 0.6],
    [800, 2],
    [1000, 4],
  ] as const;
  return gains.map((g) =>
    Float32Array.from({ length: 1200 }, (_, i) => {
      let v = noise();
      for (const [at, scale] of waves) {
        v += Math.abs(i - at) <= 3 * HALF ? scale * g * bump(i - at + HALF) : 0;
      }
      return v;
    }),
  );
}

/** The correlation and scale at every allowed centre, by their definitions. */
function bruteForce(
  x: Float32Array[],
  allowed: Uint8Array,
): { r: Float32Array; scale: Float32Array } {
  const ys = template.leadsUv.map((lead) => {
    const mean = lead.reduce((s, v) => s + v, 0) / lead.length;
    return Array.from(lead, (v) => v - mean);
  });
  const yy = ys.flat().reduce((s, v) => s + v * v, 0);
  const r = new Float32Array(allowed.length);
  const scale = new Float32Array(allowed.length);
  for (let c = HALF; c < allowed.length - HALF; c++) {
    if (allowed[c] === 0) {
      continue;
    }
    let xy = 0;
    let xx = 0;
    x.forEach((lead, l) => {
      const w = Array.from(lead.subarray(c - HALF, c + HALF + 1));
      const mean = w.reduce((s, v) => s + v, 0) / w.length;
      w.forEach((v, i) => {
        xy += v * (ys[l]?.[i] ?? 0);
        xx += (v - mean) ** 2;
      });
    });
    r[c] = xy / Math.sqrt(xx * yy);
    scale[c] = xy / yy;
  }
  return { r, scale };
}

describe('scoreCentres and pickEvents', () => {
  const x = leads();
  const allowed = new Uint8Array(1200).fill(1).fill(0, 620, 700);

  it('finds the P waves of scale 0.6–2 and not the 4× bump', () => {
    expect(pickEvents(scoreCentres(x, template, allowed), 100)).toEqual([200, 500, 800]);
  });

  it('picks what the correlation computed at every centre picks', () => {
    const fast = scoreCentres(x, template, allowed);
    const full = bruteForce(x, allowed);
    expect(pickEvents(fast, 100)).toEqual(pickEvents(full, 100));
    for (const c of [199, 200, 201, 499, 500, 501, 799, 800, 801]) {
      expect(fast.r[c]).toBeCloseTo(full.r[c] ?? 0, 5);
      expect(fast.scale[c]).toBeCloseTo(full.scale[c] ?? 0, 5);
    }
  });

  it('leaves 0 where a centre is not allowed', () => {
    const { r } = scoreCentres(x, template, allowed);
    expect(Array.from(r.subarray(620, 700)).every((v) => v === 0)).toBe(true);
  });
});
