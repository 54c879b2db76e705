/**
 * Section 5, the reference (median) beats: one beat per lead, encoded like the rhythm data
 * (EN 1064:2005 §5.8). Their length in samples comes from section 4 (length in ms ÷ sample
 * interval); uncompressed beats without section 4 take their length from the byte counts.
 */
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import { undoDifferences } from './differences.js';
import type { ScpEncodedData } from './encoded-data.js';
import { decodeLeadValues } from './encoded-data.js';
import type { HuffmanTable } from './huffman-table.js';
import type { ScpQrsLocations } from './qrs-locations.js';

/** Decoded reference beats, in nanovolts. */
export interface DecodedReferenceBeats {
  sampleIntervalUs: number;
  /** Fiducial point, 0-based sample index, when section 4 gives it. */
  fiducialIndex?: number;
  /** One beat per lead (section 3 order), in nV. */
  beatsNv: Float64Array[];
}

/**
 * Decodes section 5, or returns undefined (with a warning) when its length cannot be known.
 * @param data - section 5 as read
 * @param qrs - section 4, when present
 * @param tables - Huffman tables, or undefined for 16-bit samples
 * @param ctx - mode and warnings
 * @throws EcgFormatError in strict mode when a beat's data end early
 * @example decodeReferenceBeats(section5, qrs, tables, ctx)?.beatsNv[0]?.length // 433
 */
export function decodeReferenceBeats(
  data: ScpEncodedData,
  qrs: ScpQrsLocations | undefined,
  tables: readonly HuffmanTable[] | undefined,
  ctx: ScpContext,
): DecodedReferenceBeats | undefined {
  const fromSection4 =
    qrs !== undefined && qrs.referenceBeatMs > 0
      ? Math.round((qrs.referenceBeatMs * 1000) / data.sampleIntervalUs)
      : undefined;
  if (fromSection4 === undefined && tables !== undefined) {
    ctx.warnings.push(
      'section 5 holds Huffman-coded reference beats but section 4 gives no beat length, so they were not decoded.',
    );
    return undefined;
  }
  const beatsNv = data.leads.map((lead, i) => {
    const wanted = fromSection4 ?? Math.floor(lead.length / 2);
    const values = decodeLeadValues(lead, tables, wanted);
    if (values.length < wanted) {
      tolerate(
        ctx,
        'truncated',
        `section 5 lead ${i + 1}: the data end after ${values.length} of the ${wanted} samples section 4 announces`,
        `the beat was kept that long.`,
        { byteOffset: lead.end, field: `section 5 lead ${i + 1} data` },
      );
    }
    undoDifferences(values, data.differenceOrder);
    return values.map((v) => v * data.avmNv);
  });
  const fiducial = qrs?.referenceFiducial;
  return {
    sampleIntervalUs: data.sampleIntervalUs,
    ...(fiducial !== undefined && fiducial > 0 ? { fiducialIndex: fiducial - 1 } : {}),
    beatsNv,
  };
}
