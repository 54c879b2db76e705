import { describe, expect, it } from 'vitest';
import { parseSimulateArgs } from './simulate-args.js';

describe('gesang simulate arguments', () => {
  it('reads the options with their defaults', () => {
    expect(parseSimulateArgs(['--rate', '60', '--readers', '3', '--target', '0.99'])).toEqual({
      ratePerHour: 60,
      readers: 3,
      hours: 168,
      criticalShare: null,
      seed: 1,
      target: 0.99,
      files: [],
      profile: 'flat',
      cachePath: undefined,
      json: false,
      help: false,
    });
    const more = parseSimulateArgs([
      '--rate',
      '12.5',
      '--target',
      '0.95',
      '--files',
      'a',
      '--files',
      'b',
      '--profile',
      'day-night',
      '--critical-share',
      '0.03',
      '--seed',
      '7',
      '--no-cache',
      '--json',
    ]);
    expect(more).toMatchObject({
      readers: null,
      files: ['a', 'b'],
      criticalShare: 0.03,
      cachePath: null,
    });
  });

  it('names the option at fault', () => {
    const fieldOf = (args: string[]): unknown => {
      try {
        parseSimulateArgs(args);
        return null;
      } catch (error) {
        return (error as { field?: unknown }).field;
      }
    };
    expect(fieldOf(['--readers', '3'])).toBe('--rate');
    expect(fieldOf(['--rate', '60'])).toBe('--readers');
    expect(fieldOf(['--rate=-1', '--readers', '3'])).toBe('--rate');
    expect(fieldOf(['--rate', '60', '--readers', '2.5'])).toBe('--readers');
    expect(fieldOf(['--rate', '60', '--readers', '0'])).toBe('--readers');
    expect(fieldOf(['--rate', '60', '--readers', '3', '--target', '99'])).toBe('--target');
    expect(fieldOf(['--rate', '60', '--readers', '3', '--critical-share', '1.2'])).toBe(
      '--critical-share',
    );
    expect(fieldOf(['--rate', '60', '--readers', '3', '--hours', '0'])).toBe('--hours');
    expect(fieldOf(['--rate', '60', '--readers', '3', '--profile', 'weekend'])).toBe('--profile');
    expect(fieldOf(['--rate', '60000', '--readers', '3', '--hours', '8760'])).toBe('--hours');
    expect(fieldOf(['--rate', '60', '--readers', '3', '--seed', 'x'])).toBe('--seed');
    expect(() => parseSimulateArgs(['--rate', '60', '--readers', '3', '--bogus'])).toThrow(/bogus/);
  });
});
