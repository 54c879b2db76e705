import { describe, expect, it } from 'vitest';
import { formatHl7Timestamp, parseHl7Timestamp } from './hl7-time.js';

describe('HL7 TS', () => {
  it('parses every precision from the day down, with a zone', () => {
    expect(parseHl7Timestamp('19530508')).toEqual({ date: '1953-05-08' });
    expect(parseHl7Timestamp('200211220910')).toEqual({ date: '2002-11-22', time: '09:10:00' });
    expect(parseHl7Timestamp('20021122091000.123-0530')).toEqual({
      date: '2002-11-22',
      time: '09:10:00.123',
      utcOffsetMinutes: -330,
    });
  });

  it('refuses less than day precision and impossible dates', () => {
    expect(parseHl7Timestamp('1953')).toBeUndefined();
    expect(parseHl7Timestamp('20230229')).toBeUndefined();
    expect(parseHl7Timestamp('2002-11-22')).toBeUndefined();
    expect(parseHl7Timestamp(undefined)).toBeUndefined();
  });

  it('formats what it parses', () => {
    for (const ts of ['19530508', '20021122091000', '20021122091000.5+0800']) {
      const parsed = parseHl7Timestamp(ts);
      expect(parsed && formatHl7Timestamp(parsed)).toBe(ts);
    }
  });
});
