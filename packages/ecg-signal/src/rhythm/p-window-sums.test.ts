import { describe, expect, it } from 'vitest';
import { boundedCrossSums, crossSums, windowEnergies } from './p-window-sums.js';

const HALF = 3;
const WIDTH = 2 * HALF + 1;
const leads = [0, 1, 2].map((l) =>
  Float32Array.from({ length: 60 }, (_, i) =>
    Math.round(40 * Math.sin(i / (2 + l)) + 7 * ((i * (l + 3)) % 5)),
  ),
);
const template = [0, 1, 2].map((l) =>
  Float64Array.from({ length: WIDTH }, (_, i) => (l + 1) * (i - HALF) ** 2 - (l + 1) * 4),
);
const centres = Int32Array.from([3, 4, 10, 11, 12, 30, 56]);

/** Σ over leads of Σ(x − x̄)² and Σx·y over the window at c, by their definitions. */
function direct(c: number): { energy: number; cross: number } {
  let energy = 0;
  let cross = 0;
  leads.forEach((lead, l) => {
    const window = Array.from(lead.subarray(c - HALF, c + HALF + 1));
    const mean = window.reduce((s, v) => s + v, 0) / WIDTH;
    window.forEach((v, i) => {
      energy += (v - mean) ** 2;
      cross += v * (template[l]?.[i] ?? 0);
    });
  });
  return { energy, cross };
}

describe('windowEnergies', () => {
  it('is Σ(x − x̄)² over each window, summed over the leads', () => {
    const { total, perLead } = windowEnergies(leads, 3, centres, HALF);
    centres.forEach((c, j) => {
      expect(total[j]).toBeCloseTo(direct(c).energy, 6);
      expect((perLead[j] ?? 0) + (perLead[7 + j] ?? 0) + (perLead[14 + j] ?? 0)).toBeCloseTo(
        total[j] ?? 0,
        6,
      );
    });
  });
});

describe('boundedCrossSums and crossSums', () => {
  it('without a requirement every centre survives with its full Σx·y', () => {
    const energies = windowEnergies(leads, 3, centres, HALF);
    const alive = Int32Array.from(centres.keys());
    const need = new Float64Array(centres.length).fill(Number.NEGATIVE_INFINITY);
    const { xy, survivors } = boundedCrossSums(
      leads,
      template,
      centres,
      { alive, need, energies },
      HALF,
    );
    expect(Array.from(survivors)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    centres.forEach((c, j) => expect(xy[j]).toBeCloseTo(direct(c).cross, 6));
  });

  it('never drops a centre whose Σx·y reaches its requirement, and drops the others', () => {
    const energies = windowEnergies(leads, 3, centres, HALF);
    const alive = Int32Array.from(centres.keys());
    // Require the true value at even positions, more than Cauchy–Schwarz allows at odd ones.
    const need = Float64Array.from(centres, (c, j) => (j % 2 === 0 ? direct(c).cross - 1e-6 : 1e9));
    const { survivors } = boundedCrossSums(
      leads,
      template,
      centres,
      { alive, need, energies },
      HALF,
    );
    expect(Array.from(survivors)).toEqual([0, 2, 4, 6]);
  });

  it('crossSums replaces the sums at the listed centres only', () => {
    const xy = new Float64Array(centres.length).fill(-1);
    crossSums(leads, template, centres, Int32Array.of(1, 5), xy, HALF);
    expect(xy[0]).toBe(-1);
    expect(xy[1]).toBeCloseTo(direct(4).cross, 6);
    expect(xy[5]).toBeCloseTo(direct(30).cross, 6);
  });
});
