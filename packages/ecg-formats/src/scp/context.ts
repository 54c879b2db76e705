/**
 * What every SCP-ECG section parser shares: the reading mode and the warning list. In lenient
 * mode (the default of `EcgReadOptions`) a known cart quirk becomes a warning that says what was
 * wrong; in strict mode the same finding is an `EcgFormatError`.
 */
import type { EcgFormatErrorCode, EcgFormatErrorLocation } from '../errors.js';
import { EcgFormatError } from '../errors.js';

/** Reading state passed to the section parsers. */
export interface ScpContext {
  /** Tolerate known deviations from EN 1064 (with a warning) instead of refusing the file. */
  readonly lenient: boolean;
  /** Warnings collected so far, in file order; become `EcgRecord.warnings`. */
  readonly warnings: string[];
  /** Protocol version from the section 0 header, times ten (10, 11, 12, 13, 20, 30). */
  protocolVersion: number;
}

/**
 * Records a deviation from the standard: in lenient mode a warning saying what was wrong and
 * what was done; in strict mode an error saying what was wrong.
 * @param ctx - the reading context
 * @param code - the error code strict mode throws
 * @param problem - what is wrong, naming the section or field and, where known, the byte
 * @param remedy - what lenient reading did about it (e.g. `read anyway.`)
 * @param location - byte offset and field
 * @throws EcgFormatError in strict mode
 * @example
 * tolerate(ctx, 'bad-data', 'section 6 CRC 0x1234 does not match 0x5678', 'read anyway.', { byteOffset: 488 });
 */
export function tolerate(
  ctx: ScpContext,
  code: EcgFormatErrorCode,
  problem: string,
  remedy: string,
  location: EcgFormatErrorLocation,
): void {
  if (!ctx.lenient) {
    throw new EcgFormatError(code, `SCP-ECG: ${problem} (refused in strict reading).`, location);
  }
  ctx.warnings.push(`${problem}; ${remedy}`);
}

/**
 * Hexadecimal with a `0x` prefix and at least four digits, for CRCs in messages.
 * @example hex16(0x29b1) // '0x29B1'
 */
export function hex16(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(4, '0')}`;
}
