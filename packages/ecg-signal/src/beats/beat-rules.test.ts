import { describe, expect, it } from 'vitest';
import { ventricularPoints } from './beat-rules.js';

const cluster = (correlation: number, residualRatio: number, widthDifferenceMs: number) => ({
  correlation,
  residualRatio,
  widthDifferenceMs,
});

describe('ventricularPoints', () => {
  it('scores shape by correlation bands 0.9 / 0.8 / 0.5 and residual bands 0.6 / 1', () => {
    expect(ventricularPoints(cluster(0.9, 0.6, 0), 1, 1).shape).toBe(0);
    expect(ventricularPoints(cluster(0.8999, 0.6, 0), 1, 1).shape).toBe(1);
    expect(ventricularPoints(cluster(0.8, 0.61, 0), 1, 1).shape).toBe(2);
    expect(ventricularPoints(cluster(0.4999, 1, 0), 1, 1).shape).toBe(4);
    expect(ventricularPoints(cluster(0.4999, 1.01, 0), 1, 1).shape).toBe(5);
  });

  it('scores width at 20 and 40 ms wider than the dominant beat', () => {
    expect(ventricularPoints(cluster(1, 0, 19.9), 1, 1).width).toBe(0);
    expect(ventricularPoints(cluster(1, 0, 20), 1, 1).width).toBe(1);
    expect(ventricularPoints(cluster(1, 0, 40), 1, 1).width).toBe(2);
  });

  it('scores timing: premature below 0.9 of the local RR, compensatory above 1.1', () => {
    expect(ventricularPoints(cluster(1, 0, 0), 0.9, 1.1).timing).toBe(0);
    expect(ventricularPoints(cluster(1, 0, 0), 0.8999, 1.1).timing).toBe(1);
    expect(ventricularPoints(cluster(1, 0, 0), 0.8999, 1.1001).timing).toBe(2);
  });
});
