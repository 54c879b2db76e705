/**
 * EDF+ Time-stamped Annotation Lists (Kemp & Olivan 2003, §2.2.2): inside an `EDF Annotations`
 * signal, each TAL is `+Onset[\x15Duration]\x14[Text\x14]…\x00`; onset and duration are ASCII
 * seconds (onset signed), texts are UTF-8. The first TAL of each data record is the time-keeping
 * TAL (`+Onset\x14\x14`, no text): the onset of that record. Unused bytes are 0x00.
 */
import { decodeText } from '../text/decode-text.js';

/** One TAL: an onset, an optional duration and its annotation texts (empty for time-keeping). */
export interface EdfTal {
  /** Seconds from the file's start date and time. */
  onsetS: number;
  /** Duration in seconds, when given. */
  durationS?: number;
  /** Annotation texts, in order; empty for a time-keeping TAL. */
  texts: string[];
}

const ONSET = /^[+-]\d+(?:\.\d*)?$/;
const DURATION = /^\d+(?:\.\d*)?$/;
const DURATION_MARK = '\u0015';
const TAL_END = 0x00;
const FIELD_END = 0x14;

/**
 * Parses every TAL in the bytes of one annotation signal of one data record.
 * @param bytes - the signal's bytes in one record (2 × samples per record)
 * @returns the TALs in order, and how many byte runs were not a valid TAL (skipped)
 * @example
 * const bytes = new TextEncoder().encode('+0\x14\x14\x00+30\x1530\x14Sleep stage W\x14\x00\x00');
 * parseEdfTals(bytes).tals;
 * // [{ onsetS: 0, texts: [] }, { onsetS: 30, durationS: 30, texts: ['Sleep stage W'] }]
 */
export function parseEdfTals(bytes: Uint8Array): { tals: EdfTal[]; malformed: number } {
  const tals: EdfTal[] = [];
  let malformed = 0;
  let start = 0;
  while (start < bytes.length) {
    if (bytes[start] === TAL_END) {
      start++;
      continue;
    }
    const found = bytes.indexOf(TAL_END, start);
    const end = found === -1 ? bytes.length : found;
    const tal = parseTal(bytes.subarray(start, end));
    if (tal === undefined) {
      malformed++;
    } else {
      tals.push(tal);
    }
    start = end + 1;
  }
  return { tals, malformed };
}

/** One TAL without its closing 0x00; undefined when its onset is not valid. */
function parseTal(bytes: Uint8Array): EdfTal | undefined {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === FIELD_END) {
      parts.push(bytes.subarray(from, i));
      from = i + 1;
    }
  }
  if (from < bytes.length) {
    parts.push(bytes.subarray(from)); // an unterminated last text: kept
  }
  const [head, ...textParts] = parts;
  const [onset = '', duration, ...extra] = decodeText(head ?? new Uint8Array(), 'iso-8859-1').split(
    DURATION_MARK,
  );
  const durationOk = duration === undefined || DURATION.test(duration);
  if (!ONSET.test(onset) || !durationOk || extra.length > 0 || parts.length < 2) {
    return undefined;
  }
  const texts = textParts.map((part) => decodeText(part, 'utf-8').trim()).filter((t) => t !== '');
  return {
    onsetS: Number(onset),
    ...(duration === undefined ? {} : { durationS: Number(duration) }),
    texts,
  };
}
