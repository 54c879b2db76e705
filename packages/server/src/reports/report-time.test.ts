import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import {
  fhirAcquisition,
  fhirInstant,
  hl7Acquisition,
  hl7Instant,
  printedAcquisition,
  printedInstant,
} from './report-time.js';

describe('report times', () => {
  it('prints instants in the report time zone with the offset', () => {
    // 02:42:41 UTC is 10:42:41 in China (UTC+8, no daylight saving since 1991).
    expect(printedInstant('2026-11-23T02:42:41.500Z', 'Asia/Shanghai')).toBe(
      '2026-11-23 10:42:41 (UTC+08:00)',
    );
    expect(hl7Instant('2026-11-23T02:42:41Z', 'Asia/Shanghai')).toBe('20261123104241+0800');
    expect(fhirInstant('2026-11-23T18:00:00Z', 'Asia/Shanghai')).toBe('2026-11-24T02:00:00+08:00');
    expect(hl7Instant('2026-01-05T10:00:00Z', 'UTC')).toBe('20260105100000+0000');
    expect(hl7Instant('2026-01-05T10:00:00Z', 'America/New_York')).toBe('20260105050000-0500');
  });

  it('keeps the cart clock as written, with an offset only when the file gives one', () => {
    const local = { date: '2013-01-25', time: '10:59:19' };
    expect(printedAcquisition(local)).toBe('2013-01-25 10:59:19');
    expect(hl7Acquisition(local)).toBe('20130125105919');
    expect(fhirAcquisition(local)).toBe('2013-01-25');
    const zoned = { ...local, utcOffsetMinutes: -330 };
    expect(printedAcquisition(zoned)).toBe('2013-01-25 10:59:19 (UTC-05:30)');
    expect(hl7Acquisition(zoned)).toBe('20130125105919-0530');
    expect(fhirAcquisition(zoned)).toBe('2013-01-25T10:59:19-05:30');
    expect(hl7Acquisition({ date: '2013-01-25' })).toBe('20130125');
    expect(printedAcquisition(null)).toBeNull();
    expect(fhirAcquisition({ time: '10:00:00' })).toBeNull();
  });

  it('takes the zone from GESANG_REPORT_TIME_ZONE (default Asia/Shanghai), refusing an unknown one', () => {
    expect(loadConfig({}).reportTimeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ GESANG_REPORT_TIME_ZONE: 'Asia/Urumqi' }).reportTimeZone).toBe(
      'Asia/Urumqi',
    );
    expect(() => loadConfig({ GESANG_REPORT_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /GESANG_REPORT_TIME_ZONE/,
    );
    expect(loadConfig({ GESANG_REPORT_FONT_CJK: '/f/a.ttc#Face-Bold' }).reportFonts.cjk).toEqual({
      path: '/f/a.ttc',
      face: 'Face-Bold',
    });
  });
});
