import { describe, expect, it } from 'vitest';
import { formatDurationS, formatShare, presetPeriod, shareTone } from './stats-format.js';

describe('formatDurationS', () => {
  it('reads like the worklist clock', () => {
    expect(formatDurationS(600)).toBe('10:00');
    expect(formatDurationS(601)).toBe('10:01');
    expect(formatDurationS(59.9)).toBe('0:59');
    expect(formatDurationS(3723)).toBe('1:02:03');
    expect(formatDurationS(null)).toBe('—');
  });
});

describe('formatShare', () => {
  it('gives whole percentages', () => {
    expect(formatShare(0.6)).toBe('60%');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(null)).toBe('—');
  });

  it('never shows 100 % unless all, nor 0 % unless none', () => {
    expect(formatShare(999 / 1000)).toBe('99%');
    expect(formatShare(1 / 1000)).toBe('1%');
  });
});

describe('shareTone', () => {
  it('compares with the goal', () => {
    expect(shareTone(1, 1)).toBe('met');
    expect(shareTone(0.99, 1)).toBe('missed');
    expect(shareTone(0.9, 0.9)).toBe('met');
    expect(shareTone(null, 1)).toBe('none');
  });
});

describe('presetPeriod', () => {
  it('ends today and starts on the first of a month', () => {
    const now = new Date('2025-03-20T03:00:00Z');
    expect(presetPeriod('month', now)).toEqual(['2025-03-01', '2025-03-20']);
    expect(presetPeriod('quarter', now)).toEqual(['2025-01-01', '2025-03-20']);
    expect(presetPeriod('year', now)).toEqual(['2024-04-01', '2025-03-20']);
  });
  it('counts today in Beijing time, not in the browser’s zone (UTC+8: 16:30Z is the next day)', () => {
    expect(presetPeriod('month', new Date('2025-03-31T16:30:00Z'))).toEqual([
      '2025-04-01',
      '2025-04-01',
    ]);
    expect(presetPeriod('month', new Date('2025-03-31T15:59:00Z'))).toEqual([
      '2025-03-01',
      '2025-03-31',
    ]);
  });
});
