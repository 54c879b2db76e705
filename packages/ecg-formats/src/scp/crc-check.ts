/**
 * Verifies stored SCP-ECG CRCs (the record's, bytes 1–2, and each section's, bytes 1–2 of its ID
 * header; EN 1064:2005 §5.3.1 and §5.2.1) and, when one does not match, recognises the variants
 * known from real carts: CRC-16/XMODEM (preset 0x0000 instead of 0xFFFF), the CRC stored
 * big-endian, or computed over another length than the one used for reading.
 */
import type { ScpContext } from './context.js';
import { hex16, tolerate } from './context.js';
import { crcCcitt } from '../checksums/crc-ccitt.js';

/** One stored CRC to verify. */
export interface ScpCrcCheck {
  /** What the CRC protects, for messages: `record` or `section 6`. */
  label: string;
  /** The stored value, read little-endian. */
  stored: number;
  /** First protected byte (absolute). */
  start: number;
  /** End (exclusive) the standard implies; a match here is silent. */
  end: number;
  /** Other plausible ends (e.g. the length from the pointer table), tried when `end` fails. */
  otherEnds: readonly number[];
  /** Absolute offset of the stored CRC, for the error. */
  byteOffset: number;
}

/** A CRC that does not match as the standard prescribes. */
export interface ScpCrcFinding {
  check: ScpCrcCheck;
  /** What was found, e.g. `is CRC-16/XMODEM (preset 0x0000, not 0xFFFF), stored big-endian`. */
  finding: string;
  /** Whether the finding is a recognised cart variant (else the data may be corrupt). */
  variant: boolean;
}

const PRESCRIBED = 'EN 1064 prescribes CRC-CCITT with preset 0xFFFF, stored little-endian';

/**
 * Checks one CRC.
 * @param bytes - the whole file
 * @param check - what to verify
 * @returns undefined when the CRC matches as EN 1064 prescribes, else what was found
 * @example checkCrc(bytes, { label: 'record', stored, start: 2, end: bytes.length, otherEnds: [], byteOffset: 0 })
 */
export function checkCrc(bytes: Uint8Array, check: ScpCrcCheck): ScpCrcFinding | undefined {
  const standard = crcCcitt(bytes, check.start, check.end);
  if (standard === check.stored) {
    return undefined;
  }
  const swapped = ((check.stored & 0xff) << 8) | (check.stored >>> 8);
  for (const end of [check.end, ...check.otherEnds]) {
    for (const initial of [0xffff, 0x0000]) {
      const crc = crcCcitt(bytes, check.start, end, initial);
      if (crc === check.stored || crc === swapped) {
        const parts = [
          initial === 0 ? 'is CRC-16/XMODEM (preset 0x0000, not 0xFFFF)' : 'is CRC-CCITT',
          crc === check.stored ? '' : 'stored big-endian',
          end === check.end
            ? ''
            : `covering ${end - check.start} bytes, not ${check.end - check.start}`,
        ];
        return { check, finding: parts.filter(Boolean).join(', '), variant: true };
      }
    }
  }
  return {
    check,
    finding: `does not match the computed ${hex16(standard)} (nor any known cart variant), so the data may be corrupt`,
    variant: false,
  };
}

/**
 * Reports CRC findings: in strict mode the first one is a `bad-data` error naming its section
 * and byte offset; in lenient mode one warning per kind of finding, listing where it occurred.
 * @param findings - from {@link checkCrc}, in file order
 * @param ctx - mode and warnings
 * @throws EcgFormatError `bad-data` in strict mode
 * @example reportCrcFindings([checkCrc(bytes, check)].filter(Boolean), ctx)
 */
export function reportCrcFindings(findings: readonly ScpCrcFinding[], ctx: ScpContext): void {
  const groups = new Map<string, ScpCrcFinding[]>();
  for (const f of findings) {
    const key = f.variant ? f.finding : `${f.check.label}: ${f.finding}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) {
      continue;
    }
    const where = group.map(
      (f) =>
        `${f.check.label === 'record' ? 'the record' : f.check.label} (CRC ${hex16(f.check.stored)} at byte ${f.check.byteOffset})`,
    );
    tolerate(
      ctx,
      'bad-data',
      `the CRC of ${where.join(', ')} ${first.finding} (${PRESCRIBED})`,
      'read anyway.',
      { byteOffset: first.check.byteOffset, field: `${first.check.label} CRC` },
    );
  }
}
