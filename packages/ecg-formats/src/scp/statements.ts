/**
 * Sections 8 (full-text interpretive statements) and 11 (universal statement codes), EN 1064:2005
 * §5.12 and §5.14: confirmation flag (1), date (4) and time (3) of the interpretation, number of
 * statements (1), then per statement its sequence number (1) and length (2), followed in section
 * 8 by the NUL-terminated text, in section 11 by a statement type (1: codes, NUL-separated; 2:
 * full text) and the statement.
 */
import type { CartStatement } from '../record.js';
import type { ScpCursor } from './cursor.js';
import type { ScpTextDecoder } from './text.js';

/** Coding system named on statements from section 11. */
export const SCP_STATEMENT_CODES = 'SCP-ECG universal statement codes';

/**
 * The statements of section 8 or 11, empty ones left out.
 * @param body - section 8 or 11 after its ID header
 * @param coded - true for section 11
 * @param text - the record's text decoder (language support code of section 1)
 * @throws EcgFormatError `truncated` when a statement runs past the section
 * @example readStatements(section8.body, false, text)[0]?.text // 'sinusrytm (långsam)'
 */
export function readStatements(
  body: ScpCursor,
  coded: boolean,
  text: ScpTextDecoder,
): CartStatement[] {
  const count = body.u8(8, 'number of statements');
  const out: CartStatement[] = [];
  let at = 9;
  for (let i = 0; i < count; i++) {
    const length = body.u16(at + 1, 'statement length');
    const bytes = body.bytes(at + 3, length, `statement ${i + 1}`);
    at += 3 + length;
    if (!coded) {
      const statement = text.decode(bytes).trim();
      if (statement !== '') {
        out.push({ text: statement });
      }
      continue;
    }
    const fields = splitNul(bytes.subarray(1))
      .map((f) => text.decode(f).trim())
      .filter(Boolean);
    if (fields.length === 0) {
      continue;
    }
    const joined = fields.join(' ');
    out.push(
      bytes[0] === 1
        ? { text: joined, code: joined, codingSystem: SCP_STATEMENT_CODES }
        : { text: joined },
    );
  }
  return out;
}

/** The NUL-separated parts of `bytes`. */
function splitNul(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0) {
      parts.push(bytes.subarray(from, i));
      from = i + 1;
    }
  }
  return parts;
}
