import { describe, expect, it } from 'vitest';
import { numberOption, parseOptions } from './cli-options.js';

describe('cli options', () => {
  it('reads strict flags and refuses unknown ones as a bad request', () => {
    const flags = { once: { type: 'boolean' }, files: { type: 'string', multiple: true } } as const;
    expect(parseOptions(['--once', '--files', 'a', '--files', 'b'], flags)).toEqual({
      once: true,
      files: ['a', 'b'],
    });
    expect(() => parseOptions(['--bogus'], flags)).toThrow(/bogus/);
    expect(() => parseOptions(['extra'], flags)).toThrow(/extra/);
  });

  it('checks numbers against their range and names the option', () => {
    expect(numberOption('rate', undefined, { min: 0, max: 10 })).toBeNull();
    expect(numberOption('rate', '12.5', { min: 0, max: 100 })).toBe(12.5);
    expect(() => numberOption('readers', '2.5', { min: 1, max: 10_000, integer: true })).toThrow(
      '--readers must be a whole number from 1 to 10000, got "2.5"',
    );
    expect(() => numberOption('hours', '0', { min: 0, max: 8784, minExclusive: true })).toThrow(
      '--hours must be a number above 0 to 8784, got "0"',
    );
    expect(() => numberOption('rate', ' ', { min: 0, max: 10 })).toThrow(/--rate/);
    const hidden = { min: 0, max: 86_400_000, integer: true, statedMax: false };
    expect(() => numberOption('settle-ms', '86400001', hidden)).toThrow(
      '--settle-ms must be a whole number from 0, got "86400001"',
    );
    let field: unknown = null;
    try {
      numberOption('seed', 'x', { min: 0, max: 1, integer: true });
    } catch (error) {
      field = (error as { field?: unknown }).field;
    }
    expect(field).toBe('--seed');
  });
});
