/**
 * Section 1 mapped to the record: patient (tags 0–5, 8), acquisition date, time and time zone
 * (tags 25, 26, 34), acquiring device (tag 14), institution (tags 16, 18), free text (tags 13, 30,
 * 35) and filter settings (tags 27–29). Tag numbers and layouts from EN 1064:2005 §5.4.3.
 */
import type { EcgAcquisitionTime, EcgDevice, EcgPatient, EcgPatientSex } from '../record.js';
import { EcgFormatError } from '../errors.js';
import { compact } from './compact.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpCursor } from './cursor.js';
import { scpDevice, scpLanguageCode } from './machine-id.js';
import type { ScpSection } from './section.js';
import { scpDate, scpTags } from './section1-tags.js';
import type { ScpTextDecoder } from './text.js';
import { scpTextDecoder } from './text.js';

/** What section 1 says, in record terms. */
export interface ScpHeaderInfo {
  patient: EcgPatient;
  device: EcgDevice;
  acquisitionTime?: EcgAcquisitionTime;
  comments: string[];
  /** Filter settings as text (tags 27–29), for `format.detail`. */
  filters: string[];
  /** The text decoder chosen by the language support code, reused for sections 8 and 11. */
  text: ScpTextDecoder;
}

/** Divisor from the age unit (tag 4 byte 3: 1 years, 2 months, 3 weeks, 4 days, 5 hours). */
const AGE_UNITS_PER_YEAR: readonly (number | undefined)[] = [
  undefined,
  1,
  12,
  365.25 / 7,
  365.25,
  8766,
];
const SEXES: readonly (EcgPatientSex | undefined)[] = ['unknown', 'male', 'female'];

/**
 * Reads section 1 (or nothing, when the record has none).
 * @param section - section 1, if present
 * @param ctx - mode and warnings
 * @example readHeaderInfo(sections.get(1), ctx).patient.id // 'SBJ-123'
 */
export function readHeaderInfo(section: ScpSection | undefined, ctx: ScpContext): ScpHeaderInfo {
  const tags = section === undefined ? [] : scpTags(section, ctx);
  const tag14 = tags.find((t) => t.tag === 14)?.value;
  const text = scpTextDecoder(tag14 === undefined ? undefined : scpLanguageCode(tag14));
  const str = (tag: number): string | undefined => {
    const value = tags.find((t) => t.tag === tag)?.value;
    return value === undefined
      ? undefined
      : text.decode(value.bytes(0, value.length, 'text')).trim() || undefined;
  };
  const info: ScpHeaderInfo = { patient: {}, device: {}, comments: [], filters: [], text };
  info.patient = compact({ name: patientName(str(0), str(1), str(3)), id: str(2) });
  for (const { tag, value } of tags) {
    try {
      readTag(tag, value, info, ctx);
    } catch (error) {
      // A tag too short for its fields: in lenient mode the rest of the header is still read.
      if (!ctx.lenient || !(error instanceof EcgFormatError)) {
        throw error;
      }
      ctx.warnings.push(`section 1 tag ${tag} was not read: ${error.message}`);
    }
  }
  if (tag14 !== undefined) {
    info.device = scpDevice(tag14, text, ctx);
  }
  const institution = str(16) ?? str(18);
  if (institution !== undefined) {
    info.device.institution = institution;
  }
  for (const [tag, prefix] of [
    [13, 'Referral indication: '],
    [30, ''],
    [35, 'Medical history: '],
  ] as const) {
    for (const t of tags.filter((x) => x.tag === tag)) {
      const comment = text.decode(t.value.bytes(0, t.value.length, 'text')).trim();
      if (comment !== '') {
        info.comments.push(`${prefix}${comment}`);
      }
    }
  }
  return info;
}

/** `First Last Second-last`; a Han-script name is written surname first without spaces. */
function patientName(last?: string, first?: string, secondLast?: string): string | undefined {
  const parts = [first, last, secondLast].filter((p): p is string => p !== undefined);
  if (parts.length === 0) {
    return undefined;
  }
  const han = /^\p{Script=Han}+$/u;
  if (last !== undefined && first !== undefined && han.test(last) && han.test(first)) {
    return `${last}${first}${secondLast ?? ''}`;
  }
  return parts.join(' ');
}

/** One tag's contribution to patient, time and filters. */
function readTag(tag: number, value: ScpCursor, info: ScpHeaderInfo, ctx: ScpContext): void {
  const label = `section 1 tag ${tag}`;
  const location = { byteOffset: value.start, field: label };
  switch (tag) {
    case 4: {
      const years = AGE_UNITS_PER_YEAR[value.u8(2, 'age unit')];
      const age = years === undefined ? undefined : value.u16(0, 'age') / years;
      if (age !== undefined && age <= 150) {
        info.patient.ageYears = Math.round(age * 1000) / 1000;
      } else if (value.u16(0, 'age') !== 0) {
        tolerate(
          ctx,
          'bad-data',
          `${label} (age) holds ${value.u16(0, 'age')} in unit code ${value.u8(2, 'age unit')}`,
          `ignored.`,
          location,
        );
      }
      return;
    }
    case 5: {
      const birthDate = scpDate(value, `${label} (date of birth)`, ctx);
      if (birthDate !== undefined) {
        info.patient.birthDate = birthDate;
      }
      return;
    }
    case 8: {
      const sex = value.u8(0, 'sex');
      const mapped = sex === 9 ? 'unknown' : SEXES[sex];
      if (mapped === undefined) {
        tolerate(
          ctx,
          'bad-data',
          `${label} (sex) holds code ${sex}, not 0, 1, 2 or 9`,
          `ignored.`,
          location,
        );
      } else {
        info.patient.sex = mapped;
      }
      return;
    }
    case 25: {
      const date = scpDate(value, `${label} (acquisition date)`, ctx);
      if (date !== undefined) {
        info.acquisitionTime = { ...info.acquisitionTime, date };
      }
      return;
    }
    case 26:
      readTime(value, label, info, ctx);
      return;
    case 34: {
      const offset = value.i16(0, 'time zone offset');
      if (offset !== 0x7fff && Math.abs(offset) <= 780) {
        info.acquisitionTime = { ...info.acquisitionTime, utcOffsetMinutes: offset };
      }
      return;
    }
    case 27: {
      const highPass = value.u16(0, 'baseline filter') / 100;
      info.filters.push(...(highPass > 0 ? [`high-pass ${highPass} Hz`] : []));
      return;
    }
    case 28: {
      const lowPass = value.u16(0, 'low-pass filter');
      info.filters.push(...(lowPass > 0 ? [`low-pass ${lowPass} Hz`] : []));
      return;
    }
    case 29: {
      const bits = value.u8(0, 'filter bitmap');
      const names = ['60 Hz notch', '50 Hz notch', 'artefact filter', 'baseline filter'];
      info.filters.push(...names.filter((_, bit) => (bits & (1 << bit)) !== 0));
      return;
    }
    default:
  }
}

/** Tag 26: hour, minute, second of acquisition. */
function readTime(value: ScpCursor, label: string, info: ScpHeaderInfo, ctx: ScpContext): void {
  const [h, m, s] = [value.u8(0, 'hour'), value.u8(1, 'minute'), value.u8(2, 'second')];
  if (h > 23 || m > 59 || s > 60) {
    tolerate(ctx, 'bad-data', `${label} (acquisition time) holds ${h}:${m}:${s}`, `ignored.`, {
      byteOffset: value.start,
      field: label,
    });
    return;
  }
  const time = [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  info.acquisitionTime = { ...info.acquisitionTime, time };
}
