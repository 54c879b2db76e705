import { describe, expect, it } from 'vitest';
import { goertzelPower } from './spectral.js';
import { pairPowers, zoomPlan } from './zoom-spectrum.js';

const RATE_HZ = 500 / 12;
/** Grid 1–12 Hz at 0.05 Hz, as the flutter analysis uses. */
const grid = Array.from({ length: 221 }, (_, k) => (20 + k) * 0.05);

describe('pairPowers (chirp z-transform of two real series)', () => {
  // 416 samples at 41.67 Hz: 9.98 s. A 5 Hz sine of amplitude 100 has |DFT|² ≈ (100·416/2)².
  const sine = Float64Array.from(
    { length: 416 },
    (_, n) => 100 * Math.sin((2 * Math.PI * 5 * n) / RATE_HZ),
  );
  const other = Float64Array.from({ length: 416 }, (_, n) => 30 * Math.cos(0.9 * n) + (n % 7));
  const plan = zoomPlan(416, 20, grid.length, 0.05, RATE_HZ);

  it('puts a 5 Hz sine at 5 Hz with power (A·N/2)²', () => {
    const a = new Float64Array(grid.length);
    const b = new Float64Array(grid.length);
    pairPowers(plan, sine, null, a, b);
    const k5 = 80; // (20 + 80) · 0.05 = 5 Hz
    expect((a[k5] ?? 0) / (100 * 208) ** 2).toBeCloseTo(1, 2);
    expect(Array.from(b).every((v) => v === 0)).toBe(true); // untouched without a second series
  });

  it('equals the Goertzel recursion at every grid frequency, for both series of a pair', () => {
    const a = new Float64Array(grid.length);
    const b = new Float64Array(grid.length);
    pairPowers(plan, sine, other, a, b);
    const energyA = sine.reduce((s, v) => s + v * v, 0) * sine.length;
    const energyB = other.reduce((s, v) => s + v * v, 0) * other.length;
    grid.forEach((hz, k) => {
      expect(Math.abs((a[k] ?? 0) - goertzelPower(sine, hz, RATE_HZ)) / energyA).toBeLessThan(
        1e-12,
      );
      expect(Math.abs((b[k] ?? 0) - goertzelPower(other, hz, RATE_HZ)) / energyB).toBeLessThan(
        1e-12,
      );
    });
  });

  it('keeps the plan of the last length and rate', () => {
    expect(zoomPlan(416, 20, grid.length, 0.05, RATE_HZ)).toBe(plan);
    expect(zoomPlan(417, 20, grid.length, 0.05, RATE_HZ)).not.toBe(plan);
  });
});
