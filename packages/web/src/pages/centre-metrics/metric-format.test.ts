import { describe, expect, it } from 'vitest';
import { formatGoal, formatMinutes, formatPercent, statsTone } from './metric-format.js';

const interval = {
  kind: 'interval' as const,
  count: 4,
  meanMin: 25.5,
  medianMin: 10.5,
  p90Min: 60,
  compliance: 0.5,
  meanMet: false,
  complianceMet: false,
  flaggedCount: 1,
};

describe('centre metric formatting', () => {
  it('shows minutes with one decimal and a dash for none', () => {
    expect(formatMinutes(87.54)).toBe('87.5');
    expect(formatMinutes(10)).toBe('10.0');
    expect(formatMinutes(null)).toBe('—');
  });

  it('never rounds a share across its goal', () => {
    expect(formatPercent(0.7496, 0.75)).toBe('74.9%');
    expect(formatPercent(0.74996)).toBe('75.0%');
    expect(formatPercent(0.75, 0.75)).toBe('75.0%');
    expect(formatPercent(0.30004, 0.3)).toBe('30.0%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
    expect(formatGoal(0.75)).toBe('75%');
    expect(formatGoal(1 / 3)).toBe('33.3%');
  });

  it('judges the statistics against every target set', () => {
    expect(statsTone(interval)).toBe('missed');
    expect(statsTone({ ...interval, meanMet: true, complianceMet: true })).toBe('met');
    expect(statsTone({ ...interval, meanMet: true, complianceMet: null })).toBe('met');
    expect(statsTone({ ...interval, meanMet: null, complianceMet: null })).toBe('tracked');
    expect(statsTone({ ...interval, count: 0 })).toBe('none');
    const ratio = {
      kind: 'ratio' as const,
      count: 10,
      numerator: 4,
      share: 0.4,
      targetMet: true,
      flaggedCount: 0,
    };
    expect(statsTone(ratio)).toBe('met');
  });
});
