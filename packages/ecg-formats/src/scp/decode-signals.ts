/**
 * The signals of an SCP-ECG record: section 6 (rhythm data) decoded with the tables of section
 * 2, the leads of section 3, and — for protocols up to 2.x — the reference beats of section 5
 * added back over the zones of section 4 and bimodal decimation undone. Scaled by the amplitude
 * value multiplier (nV) to µV; rate = 10⁶ ÷ sample time interval (µs). EN 1064:2005 §5.5–5.9.
 *
 * Allocation cap: leads × samples-per-lead ≤ 64 × the file's byte count (`too-large` otherwise);
 * Huffman decoding yields at most 8 values per input byte, NaN padding fills a short lead.
 */
import type { EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import { bimodalStoredCount, reconstructBimodal } from './bimodal.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import { undoDifferences } from './differences.js';
import type { ScpEncodedData } from './encoded-data.js';
import { decodeLeadValues, readEncodedData } from './encoded-data.js';
import { decodeHealForce, isHealForceLayout } from './healforce.js';
import type { HuffmanTable } from './huffman-table.js';
import { readHuffmanTables } from './huffman-table.js';
import { readLeadDefinition } from './lead-definition.js';
import { leadLengths } from './lead-lengths.js';
import { describeEncoding, leadName, medianBeatsUv } from './signal-summary.js';
import type { ScpQrsLocations } from './qrs-locations.js';
import { readQrsLocations } from './qrs-locations.js';
import { addReferenceBeat } from './reference-beat.js';
import type { DecodedReferenceBeats } from './reference-beats.js';
import { decodeReferenceBeats } from './reference-beats.js';
import type { RhythmPlan } from './rhythm-plan.js';
import { planRhythm } from './rhythm-plan.js';
import type { ScpSection } from './section.js';
import type { ScpMedianBeats } from './signal-summary.js';
import { scpLeadNames } from './signal-leads.js';

/** Output samples allowed per input byte (leads × samples ≤ this × file size). */
export const MAX_SAMPLES_PER_INPUT_BYTE = 64;

/** Everything decoded from sections 2–6. */
export interface ScpSignals {
  sampleRateHz: number;
  leads: EcgLead[];
  medianBeats?: ScpMedianBeats;
  /** How the rhythm data were stored, for `format.detail`. */
  encoding: string;
}

/** The rhythm-independent inputs of one lead's decoding. */
interface LeadInputs {
  rhythm: ScpEncodedData;
  tables: readonly HuffmanTable[] | undefined;
  plan: RhythmPlan;
  reference: DecodedReferenceBeats | undefined;
  qrs: ScpQrsLocations | undefined;
}

/**
 * Decodes the rhythm data (and reference beats) of a record.
 * @param sections - the record's sections by ID
 * @param fileLength - bytes in the file (for the allocation cap)
 * @param ctx - mode, warnings, protocol version
 * @throws EcgFormatError `unsupported` without sections 3 and 6, `too-large`, `truncated`,
 *   `bad-data` (invalid Huffman code), `bad-header`
 * @example decodeScpSignals(layout.sections, bytes.length, ctx).leads.length // 12
 */
export function decodeScpSignals(
  sections: Map<number, ScpSection>,
  fileLength: number,
  ctx: ScpContext,
): ScpSignals {
  const s3 = sections.get(3);
  const s6 = sections.get(6);
  if (s3 === undefined || s6 === undefined) {
    const missing =
      s3 === undefined
        ? 'lead definition (section 3)'
        : sections.has(12)
          ? 'rhythm data in section 6, only SCP-ECG 3.0 long-term data (section 12, not read)'
          : 'rhythm data (section 6)';
    throw new EcgFormatError(
      'unsupported',
      `SCP-ECG: the record has no ${missing}; it cannot be read as an ECG.`,
      {
        field: s3 === undefined ? 'section 3' : 'section 6',
      },
    );
  }
  const def = readLeadDefinition(s3.body);
  if (def.leadCount === 0 || def.leads.length < def.leadCount) {
    if (ctx.lenient && isHealForceLayout(def, s6)) {
      const healForce = decodeHealForce(def, s6);
      ctx.warnings.push(...healForce.warnings);
      const encoding = 'Heal Force 10-bit packed, leads interleaved';
      return { sampleRateHz: healForce.sampleRateHz, leads: healForce.leads, encoding };
    }
    throw new EcgFormatError(
      'truncated',
      `SCP-ECG section 3 declares ${def.leadCount} leads but holds ${def.leads.length} lead entries.`,
      { byteOffset: s3.body.start, field: 'section 3 number of leads' },
    );
  }
  const s2 = sections.get(2);
  const tables = s2 === undefined ? undefined : readHuffmanTables(s2.body);
  const rhythm = readEncodedData(s6, def.leadCount);
  const s4 = sections.get(4);
  const qrs = s4 === undefined ? undefined : readQrsLocations(s4.body);
  const s5 = sections.get(5);
  const reference =
    s5 === undefined
      ? undefined
      : decodeReferenceBeats(readEncodedData(s5, def.leadCount), qrs, tables, ctx);
  const bimodal = ctx.protocolVersion < 30 && rhythm.byte6 === 1;
  const lengths = leadLengths(def.leads, rhythm, tables === undefined && !bimodal, ctx);
  const start = Math.min(...def.leads.map((l) => l.start));
  const span = Math.max(...def.leads.map((l, i) => l.start - start + (lengths[i] ?? 0)));
  if (def.leadCount * span > MAX_SAMPLES_PER_INPUT_BYTE * fileLength) {
    throw new EcgFormatError(
      'too-large',
      `SCP-ECG section 3 declares ${def.leadCount} leads over ${span} samples, more than ${MAX_SAMPLES_PER_INPUT_BYTE} samples per byte of this ${fileLength}-byte file allow.`,
      { byteOffset: s3.body.start, field: 'section 3 sample numbers' },
    );
  }
  if (def.leads.some((l, i) => l.start !== start || lengths[i] !== span)) {
    ctx.warnings.push(
      `the leads were not all recorded over the same samples (section 3); each lead is placed at its own sample numbers on a common ${span}-sample time line, NaN where it has no data.`,
    );
  }
  const plan = planRhythm(def, rhythm, qrs, reference, ctx, span);
  const names = scpLeadNames(
    def.leads.map((l) => l.code),
    ctx.protocolVersion,
  );
  const inputs: LeadInputs = { rhythm, tables, plan, reference, qrs };
  const leads = def.leads.map((lead, i): EcgLead => {
    const valuesNv = decodeRhythmLead(i, lengths[i] ?? 0, inputs, ctx);
    const samplesUv = new Float32Array(span).fill(NaN);
    for (let k = 0; k < valuesNv.length; k++) {
      samplesUv[lead.start - start + k] = (valuesNv[k] ?? NaN) / 1000;
    }
    return { ...leadName(names, i), samplesUv };
  });
  const fullIntervalUs =
    plan.bimodal === undefined
      ? rhythm.sampleIntervalUs
      : (reference?.sampleIntervalUs ?? rhythm.sampleIntervalUs);
  return {
    sampleRateHz: 1e6 / fullIntervalUs,
    leads,
    ...(reference === undefined ? {} : { medianBeats: medianBeatsUv(reference, names) }),
    encoding: describeEncoding(tables, s2, rhythm, plan),
  };
}

/** One lead of section 6 at the full rate, in nV, reference beat added back. */
function decodeRhythmLead(
  i: number,
  length: number,
  inputs: LeadInputs,
  ctx: ScpContext,
): Float64Array {
  const { rhythm, tables, plan, reference, qrs } = inputs;
  const data = rhythm.leads[i];
  const bimodal = plan.bimodal;
  const wanted =
    bimodal === undefined ? length : bimodalStoredCount(length, bimodal.zones, bimodal.factor);
  const decoded = data === undefined ? new Float64Array(0) : decodeLeadValues(data, tables, wanted);
  let values = decoded;
  if (decoded.length < wanted) {
    tolerate(
      ctx,
      'truncated',
      `section 6 lead ${i + 1}: the data end after ${decoded.length} of ${wanted} samples`,
      'the rest is NaN.',
      { byteOffset: data?.end, field: `section 6 lead ${i + 1} data` },
    );
    values = new Float64Array(wanted).fill(NaN);
    values.set(decoded);
  }
  undoDifferences(values, rhythm.differenceOrder);
  if (bimodal !== undefined) {
    values = reconstructBimodal(values, length, bimodal.zones, bimodal.factor);
  }
  for (let k = 0; k < values.length; k++) {
    values[k] = (values[k] ?? NaN) * rhythm.avmNv;
  }
  const beat = reference?.beatsNv[i];
  if (plan.subtract && beat !== undefined && qrs !== undefined) {
    const skipped = addReferenceBeat(values, beat, qrs.referenceFiducial, qrs.complexes);
    if (skipped > 0) {
      ctx.warnings.push(
        `section 6 lead ${i + 1}: ${skipped} sample(s) of the subtraction zones fall outside the signal or the reference beat; the beat was not added there.`,
      );
    }
  }
  return values;
}
