import { describe, expect, it } from 'vitest';
import { STANDARD_12_LEADS, isLeadName, normalizeLeadName } from './record.js';

describe('normalizeLeadName', () => {
  it.each([
    ['i', 'I'],
    ['ii', 'II'],
    ['III', 'III'],
    ['avr', 'aVR'],
    ['AVR', 'aVR'],
    ['aVL', 'aVL'],
    ['AVF', 'aVF'],
    ['V1 ', 'V1'],
    [' v6', 'V6'],
    ['MLII', 'MLII'],
    ['ML II', 'MLII'],
    ['Lead II', 'II'],
    ['MDC_ECG_LEAD_AVR', 'aVR'],
    ['D2', 'II'],
    ['vx', 'X'],
    ['v4r', 'V4R'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeLeadName(raw)).toBe(expected);
  });

  it('keeps an unknown name as written, trimmed', () => {
    expect(normalizeLeadName(' ABP ')).toBe('ABP');
    expect(normalizeLeadName('constructor')).toBe('constructor');
    expect(normalizeLeadName('')).toBe('');
  });

  it('is idempotent on every canonical name', () => {
    for (const name of STANDARD_12_LEADS) {
      expect(normalizeLeadName(name)).toBe(name);
      expect(isLeadName(name)).toBe(true);
    }
    expect(isLeadName('avr')).toBe(false);
    expect(isLeadName('ABP')).toBe(false);
  });
});
