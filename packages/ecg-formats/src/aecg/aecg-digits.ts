/**
 * The `digits` of an aECG `SLIST_PQ` (a space-separated list of HL7 INT) to µV, in two forward
 * passes over the text (count, then convert) with no intermediate strings for plain integers.
 */
import { EcgFormatError } from '../errors.js';

/** A digit that is not a plain integer: decimals as some writers emit them. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

const isSpace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === CR;

/**
 * µV values `originUv + scaleUv × digit` for each digit of `text`.
 * @param text - the `digits` element's text
 * @param originUv - the list's origin, in µV
 * @param scaleUv - the list's scale, in µV per digit
 * @param field - XML path of the `digits` element, for errors
 * @throws EcgFormatError `bad-data` naming the first token that is not a number
 * @example parseAecgDigits(' -2 4\n1 ', 0, 2.5, '/digits') // Float32Array [-5, 10, 2.5]
 */
export function parseAecgDigits(
  text: string,
  originUv: number,
  scaleUv: number,
  field: string,
): Float32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      count++;
    }
  }
  const samplesUv = new Float32Array(count);
  let i = 0;
  for (let n = 0; n < count; n++) {
    while (isSpace(text.charCodeAt(i))) {
      i++;
    }
    const start = i;
    const sign = text.charCodeAt(i) === MINUS ? -1 : 1;
    if (text.charCodeAt(i) === MINUS || text.charCodeAt(i) === PLUS) {
      i++;
    }
    let value = 0;
    let digits = 0;
    for (let c = text.charCodeAt(i); c >= ZERO && c <= NINE; c = text.charCodeAt(++i)) {
      value = value * 10 + (c - ZERO);
      digits++;
    }
    // `NaN` at the end of the text: charCodeAt past the end; isSpace(NaN) is false.
    if (digits === 0 || digits > 15 || !(i >= text.length || isSpace(text.charCodeAt(i)))) {
      while (i < text.length && !isSpace(text.charCodeAt(i))) {
        i++;
      }
      const token = text.slice(start, i);
      if (!DECIMAL.test(token)) {
        throw new EcgFormatError('bad-data', `aECG digit ${n} is "${token.slice(0, 20)}"`, {
          field,
        });
      }
      value = Number(token);
      samplesUv[n] = originUv + scaleUv * value;
    } else {
      samplesUv[n] = originUv + scaleUv * sign * value;
    }
  }
  return samplesUv;
}
