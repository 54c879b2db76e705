/**
 * Field readers over the element tree of `parseXml`, shared by the GE MUSE and Philips readers:
 * text that is absent rather than empty, and numbers that are absent rather than `NaN` when a
 * field is blank or malformed (`Failed`, `N/A`), since carts leave fields empty freely.
 */
import { xmlText } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

/**
 * The trimmed text at `path` (local names separated by `/`) below `element`, or undefined when
 * `element` is undefined, or the target is missing or blank.
 * @example textAt(demographics, 'PatientID') // 'JAX01234'
 */
export function textAt(element: XmlElement | undefined, path: string): string | undefined {
  return element === undefined ? undefined : xmlText(element, path);
}

/**
 * A decimal number written as text (e.g. `4.88`, `-71`), or undefined when blank or not a finite
 * number.
 * @example parseDecimal(' 4.88 ') // 4.88
 */
export function parseDecimal(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) {
    return undefined;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A whole number written as text, or undefined when blank, fractional or not a safe integer.
 * @example parseWholeNumber('5000') // 5000
 */
export function parseWholeNumber(text: string | undefined): number | undefined {
  const value = parseDecimal(text);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}
