/**
 * Section 1 (EN 1064:2005 §5.4.3) on hand-built tags: a GB 2312 name (language support code
 * 0x27 in tag 14; 张 = D5 C5, 三 = C8 FD), age in months, time zone, institution, free text,
 * and a tag too short for its field.
 */
import { describe, expect, it } from 'vitest';
import { u16le } from './build-scp-fixture.js';
import type { ScpContext } from './context.js';
import { ScpCursor } from './cursor.js';
import { ascii, tag } from './hand-built-record.js';
import { readHeaderInfo } from './header-info.js';
import type { ScpSection } from './section.js';

const section1 = (tags: number[]): ScpSection => {
  const bytes = Uint8Array.from([...new Array<number>(16).fill(0), ...tags]);
  return {
    id: 1,
    offset: 0,
    length: bytes.length,
    version: 20,
    body: new ScpCursor(bytes, 16, bytes.length, 'section 1'),
  };
};
const context = (lenient = true): ScpContext => ({ lenient, warnings: [], protocolVersion: 20 });
const TAG14_GB2312 = tag(14, [...new Array<number>(16).fill(0), 0x27, 0, 0]);

describe('readHeaderInfo', () => {
  it('reads a Chinese name surname first, age in months, time zone, institution and free text', () => {
    const ctx = context();
    const info = readHeaderInfo(
      section1([
        ...tag(0, [0xd5, 0xc5, 0]),
        ...tag(1, [0xc8, 0xfd, 0]),
        ...TAG14_GB2312,
        ...tag(4, [...u16le(6), 2]),
        ...tag(25, [...u16le(2023), 12, 31]),
        ...tag(26, [23, 59, 58]),
        ...tag(34, [...u16le(480), 0, 0, 0]),
        ...tag(16, ascii('County Hospital')),
        ...tag(30, ascii('resting ECG')),
        255,
        0,
        0,
      ]),
      ctx,
    );
    expect(info.patient).toEqual({ name: '张三', ageYears: 0.5 });
    expect(info.acquisitionTime).toEqual({
      date: '2023-12-31',
      time: '23:59:58',
      utcOffsetMinutes: 480,
    });
    expect(info.device).toEqual({ institution: 'County Hospital' });
    expect(info.comments).toEqual(['resting ECG']);
    expect(ctx.warnings).toEqual([]);
  });

  it('skips a tag too short for its field with a warning, or refuses it in strict mode', () => {
    const tags = [...tag(2, ascii('ID-7')), ...tag(8, []), 255, 0, 0];
    const ctx = context();
    expect(readHeaderInfo(section1(tags), ctx).patient).toEqual({ id: 'ID-7' });
    expect(ctx.warnings).toEqual([expect.stringMatching(/^section 1 tag 8 was not read/)]);
    expect(() => readHeaderInfo(section1(tags), context(false))).toThrow(
      expect.objectContaining({ code: 'truncated' }),
    );
  });

  it('ignores an impossible date with a warning', () => {
    const ctx = context();
    const info = readHeaderInfo(section1([...tag(25, [...u16le(2023), 2, 30]), 255, 0, 0]), ctx);
    expect(info.acquisitionTime).toBeUndefined();
    expect(ctx.warnings).toEqual([
      expect.stringContaining('holds no valid date (year 2023, month 2, day 30)'),
    ]);
  });
});
