/**
 * Section 1, patient data and ECG acquisition data (EN 1064:2005 §5.4): a list of tagged fields,
 * each tag number (1 byte), value length (2 bytes) and value, ended by tag 255 with length 0.
 */
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpCursor } from './cursor.js';
import type { ScpSection } from './section.js';

/** One tagged field of section 1. */
export interface ScpTag {
  tag: number;
  value: ScpCursor;
}

/**
 * The tags of section 1 in file order (tag 255 not included). A tag running past the section's
 * end and a missing terminator are deviations (warnings in lenient mode).
 * @param section - section 1
 * @param ctx - mode and warnings
 * @example scpTags(section1, ctx).find((t) => t.tag === 2) // patient ID
 */
export function scpTags(section: ScpSection, ctx: ScpContext): ScpTag[] {
  const body = section.body;
  const tags: ScpTag[] = [];
  let at = 0;
  while (at + 3 <= body.length) {
    const tag = body.u8(at, 'tag');
    const length = body.u16(at + 1, `tag ${tag} length`);
    if (tag === 255) {
      return tags;
    }
    if (!body.has(at + 3, length)) {
      tolerate(
        ctx,
        'truncated',
        `section 1 tag ${tag} at byte ${body.absolute(at)} claims ${length} bytes, past the end of section 1`,
        `it and any later tags were ignored.`,
        { byteOffset: body.absolute(at + 1), field: `section 1 tag ${tag} length` },
      );
      return tags;
    }
    tags.push({ tag, value: body.slice(at + 3, length, `section 1 tag ${tag}`) });
    at += 3 + length;
  }
  tolerate(
    ctx,
    'bad-header',
    'section 1 ends without its terminating tag 255',
    'the tags before were read.',
    {
      byteOffset: body.end,
      field: 'section 1 tag 255',
    },
  );
  return tags;
}

/**
 * A date field (tags 5, 25; also sections 8 and 11): year (2 bytes), month, day. All zeros means
 * "not given". A year that only makes sense read big-endian (anonymisers and Heal Force write it
 * so) is taken that way with a warning in lenient mode.
 * @param value - the 4 date bytes
 * @param label - e.g. `section 1 tag 25 (acquisition date)`
 * @param ctx - mode and warnings
 * @returns `YYYY-MM-DD`, or undefined when absent or invalid
 * @example scpDate(tag25.value, 'tag 25', ctx) // '2017-05-04'
 */
export function scpDate(value: ScpCursor, label: string, ctx: ScpContext): string | undefined {
  const year = value.u16(0, 'year');
  const month = value.u8(2, 'month');
  const day = value.u8(3, 'day');
  if (year === 0 && month === 0 && day === 0) {
    return undefined;
  }
  const location = { byteOffset: value.start, field: label };
  const iso = isoDate(year, month, day);
  if (iso !== undefined) {
    return iso;
  }
  const bigEndianYear = ((year & 0xff) << 8) | (year >>> 8);
  const swapped = isoDate(bigEndianYear, month, day);
  if (swapped !== undefined) {
    tolerate(
      ctx,
      'bad-data',
      `${label}: the year is stored big-endian (${year} read little-endian)`,
      `read as ${swapped}.`,
      location,
    );
    return swapped;
  }
  tolerate(
    ctx,
    'bad-data',
    `${label} holds no valid date (year ${year}, month ${month}, day ${day})`,
    `ignored.`,
    location,
  );
  return undefined;
}

/** `YYYY-MM-DD` when the parts form a real calendar date in 1800–2200. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) {
    return undefined;
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
