import type { GesangError } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { localDate, maxPeriodMonths, resolvePeriod } from './period.js';

const tz = 'Asia/Shanghai';

describe('localDate', () => {
  it('gives the calendar day in Shanghai (UTC+8)', () => {
    expect(localDate(new Date('2024-01-31T15:59:59Z'), tz)).toBe('2024-01-31');
    expect(localDate(new Date('2024-01-31T16:00:00Z'), tz)).toBe('2024-02-01');
  });
});

describe('resolvePeriod', () => {
  const now = new Date('2024-03-20T04:00:00Z');

  it('defaults to the twelve calendar months up to today', () => {
    const period = resolvePeriod({}, now, tz);
    expect(period.from).toBe('2023-04-01');
    expect(period.to).toBe('2024-03-20');
    expect(period.months).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
  });

  it('lists every month a given period touches', () => {
    expect(resolvePeriod({ from: '2023-11-30', to: '2024-02-01' }, now, tz).months).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(resolvePeriod({ from: '2024-02-29', to: '2024-02-29' }, now, tz).months).toEqual([
      '2024-02',
    ]);
  });

  it('refuses `to` before `from`, naming `to`', () => {
    expect(() => resolvePeriod({ from: '2024-03-02', to: '2024-03-01' }, now, tz)).toThrow(
      expect.objectContaining({ status: 400, field: 'query.to' }) as GesangError,
    );
  });

  it(`refuses more than ${maxPeriodMonths} months, naming \`from\``, () => {
    expect(resolvePeriod({ from: '2014-04-01', to: '2024-03-31' }, now, tz).months).toHaveLength(
      120,
    );
    expect(() => resolvePeriod({ from: '2014-03-31', to: '2024-03-31' }, now, tz)).toThrow(
      expect.objectContaining({ status: 400, field: 'query.from' }) as GesangError,
    );
  });
});
