/**
 * The parser's errors: `truncated` when a length runs past its enclosing element or the file,
 * `bad-data` when the structure breaks PS3.5; both name the byte offset and the tag.
 */
import { EcgFormatError } from '../errors.js';
import { tagLabel } from './tags.js';

/**
 * Text with anything outside printable ASCII shown as `?`, for messages quoting file bytes.
 * @example printable('O\u0000') // 'O?'
 */
export function printable(text: string): string {
  return [...text].map((c) => (c >= ' ' && c <= '~' ? c : '?')).join('');
}

/**
 * A declared length longer than the bytes left.
 * @example truncated(140, TAG.WaveformData, 4000, 200)
 */
export function truncated(
  at: number,
  tag: number,
  declared: number,
  left: number,
  what = '',
): EcgFormatError {
  return new EcgFormatError(
    'truncated',
    `${what}${tagLabel(tag)} at byte ${at} declares ${declared} bytes but only ${Math.max(0, left)} remain in its enclosing element or the file`,
    { byteOffset: at, field: tagLabel(tag) },
  );
}

/**
 * A structural fault at `at`, `what` completing "Found … at byte n".
 * @example badData(140, TAG.Item, 'an item tag where a data element was expected')
 */
export function badData(at: number, tag: number, what: string): EcgFormatError {
  return new EcgFormatError('bad-data', `Found ${what} at byte ${at} (${tagLabel(tag)})`, {
    byteOffset: at,
    field: tagLabel(tag),
  });
}
