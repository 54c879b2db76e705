/**
 * Samples per lead. Section 3 gives each lead's first and last sample number (1-based,
 * inclusive); for 16-bit (not Huffman-coded) data the byte count of section 6 gives the exact
 * number too, and when the two disagree the byte count wins in lenient mode (seen: a writer
 * numbering samples 0–10000 for 10,000 samples).
 */
import { EcgFormatError } from '../errors.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpEncodedData } from './encoded-data.js';
import type { ScpLeadEntry } from './lead-definition.js';

/**
 * The number of full-rate samples of every lead.
 * @param leads - section 3 entries
 * @param rhythm - section 6
 * @param exact - whether section 6's byte counts give the sample counts (16-bit samples, no
 *   bimodal compression); otherwise only section 3 can say
 * @param ctx - mode and warnings
 * @throws EcgFormatError `bad-header` for an invalid range that no byte count can replace, or
 *   (strict mode) for any disagreement
 * @example leadLengths(def.leads, rhythm, false, ctx) // [5000, 5000, …]
 */
export function leadLengths(
  leads: readonly ScpLeadEntry[],
  rhythm: ScpEncodedData,
  exact: boolean,
  ctx: ScpContext,
): number[] {
  const mismatches = new Map<string, number[]>();
  const lengths = leads.map((lead, i) => {
    const valid = lead.start >= 1 && lead.end >= lead.start;
    const declared = lead.end - lead.start + 1;
    const data = rhythm.leads[i];
    const held = exact && data !== undefined ? Math.floor(data.length / 2) : undefined;
    if (valid && (held === undefined || held === declared)) {
      return declared;
    }
    if (held === undefined) {
      throw new EcgFormatError(
        'bad-header',
        `SCP-ECG section 3 lead ${i + 1} spans samples ${lead.start}–${lead.end}, which is no valid range (sample numbers count from 1).`,
        { field: `section 3 lead ${i + 1}` },
      );
    }
    const key = `${lead.start}–${lead.end}|${held}`;
    mismatches.set(key, [...(mismatches.get(key) ?? []), i + 1]);
    return held;
  });
  for (const [key, numbers] of mismatches) {
    const [range = '', held = ''] = key.split('|');
    const fromZero = range.startsWith('0–') ? ' (sample numbers count from 1)' : '';
    tolerate(
      ctx,
      'bad-header',
      `section 3 gives lead${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} the samples ${range}${fromZero}, but section 6 holds ${held} samples per lead`,
      `${held} were read.`,
      { field: `section 3 lead ${numbers[0] ?? ''}` },
    );
  }
  return lengths;
}
