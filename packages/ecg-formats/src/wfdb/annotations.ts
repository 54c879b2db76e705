/**
 * WFDB (MIT-format) annotation files (`.atr`, LUDB's `.i` ... `.v6`), after annot(5) of the WFDB
 * Software Package (G. B. Moody, PhysioNet, https://physionet.org/physiotools/wag/annot-5.htm):
 * 16-bit little-endian words, top 6 bits the code A, low 10 bits I. For an annotation, I is the
 * sample increment from the previous one. Pseudo-codes: 59 SKIP (a 32-bit increment follows, high
 * 16 bits first, each half little-endian), 60 NUM, 61 SUB, 62 CHN (value in I), 63 AUX (I bytes of
 * text follow, padded to an even count). A word of 0 ends the file. As in the WFDB library, the
 * pseudo-annotations after an annotation modify it; `num` and `chan` carry over to later ones.
 */
import { EcgFormatError } from '../errors.js';
import { wfdbAnnotationSymbol } from './ecg-codes.js';

/** One annotation of a WFDB annotation file. */
export interface WfdbAnnotation {
  /** Sample index at the record's sampling frequency (0-based). */
  sample: number;
  /** Annotation code, 0–49 (see {@link isBeatCode}). */
  code: number;
  /** The code's mnemonic (`N`, `V`, `+`, `(`). */
  symbol: string;
  /**
   * Subtype, the raw 10-bit field, 0–1023; 0 unless a SUB word follows the annotation. The WFDB
   * library keeps it in a signed char, so 1023 (MIT-BIH `~` noise annotations in 101 and 105)
   * is what `rdann` prints as −1.
   */
  subtype: number;
  /** Signal (channel) number, 0–1023; carried over from the previous annotation. */
  chan: number;
  /** Annotator-defined number, raw 10-bit field (0–1023); carried over from the previous one. */
  num: number;
  /** Auxiliary text (e.g. the rhythm `(AFIB`), without trailing NULs; '' when none. */
  aux: string;
}

const SKIP = 59;
const NUM = 60;
const SUB = 61;
const CHN = 62;
const AUX = 63;

/**
 * Decodes a WFDB (MIT-format) annotation file.
 * @param bytes - the whole file
 * @returns the annotations in file order (which is time order for files written by WFDB)
 * @throws EcgFormatError `truncated` with the byte offset when a word, a SKIP increment or AUX text
 *   runs past the end or the end-of-file word is missing; `bad-data` for a pseudo-annotation
 *   before the first annotation
 * @example
 * const beats = readWfdbAnnotations(atrBytes).filter((a) => isBeatCode(a.code));
 * beats.length; // 2273 for MIT-BIH record 100
 */
export function readWfdbAnnotations(bytes: Uint8Array): WfdbAnnotation[] {
  const annotations: WfdbAnnotation[] = [];
  const need = (offset: number, length: number, what: string): void => {
    if (offset + length > bytes.length) {
      throw new EcgFormatError(
        'truncated',
        `WFDB annotation file ends at byte ${bytes.length} inside ${what} at byte ${offset}`,
        {
          byteOffset: offset,
          field: what,
        },
      );
    }
  };
  const word = (offset: number): number => (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
  let time = 0;
  let chan = 0;
  let num = 0;
  for (let offset = 0; ;) {
    need(offset, 2, 'annotation word (no end-of-file word)');
    const w = word(offset);
    const code = w >> 10;
    const value = w & 0x3ff;
    const current = annotations.at(-1);
    offset += 2;
    if (w === 0) {
      return annotations;
    } else if (code === SKIP) {
      need(offset, 4, 'SKIP increment');
      time += ((word(offset) << 16) | word(offset + 2)) >> 0; // signed 32-bit
      offset += 4;
    } else if (code < SKIP) {
      time += value;
      annotations.push({
        sample: time,
        code,
        symbol: wfdbAnnotationSymbol(code),
        subtype: 0,
        chan,
        num,
        aux: '',
      });
    } else if (current === undefined) {
      throw new EcgFormatError(
        'bad-data',
        `WFDB annotation file: pseudo-annotation ${code} at byte ${offset - 2} precedes any annotation`,
        {
          byteOffset: offset - 2,
          field: 'annotation code',
        },
      );
    } else if (code === NUM) {
      current.num = num = value;
    } else if (code === SUB) {
      current.subtype = value;
    } else if (code === CHN) {
      current.chan = chan = value;
    } else if (code === AUX) {
      need(offset, value, 'AUX text');
      current.aux = latin1(bytes.subarray(offset, offset + value)).replace(/\0+$/, '');
      offset += value + (value % 2);
    }
  }
}

/** Bytes as ISO-8859-1 text (WFDB aux strings are ASCII). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte);
  }
  return text;
}
