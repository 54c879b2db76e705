/**
 * The rhythm layout of Heal Force handheld ECG recorders (seen on a Prince 180D; SCP-ECG version
 * byte 13), which departs from EN 1064 as KaibinBao/healforcescpecg (MIT) documents and the sample
 * file's bytes confirm:
 * - section 3 declares n leads but defines only one lead entry;
 * - section 6 has one byte count, for one stream holding all leads interleaved sample by sample;
 * - the stream is not Huffman-coded (section 2 notwithstanding): every three 16-bit
 *   little-endian words carry four 10-bit samples, the first three in bits 0–9 of each word and
 *   the fourth assembled from bits 10–11 of word 1 (its bits 8–9) and bits 10–13 of words 2 and
 *   3 (its bits 4–7 and 0–3); bits 14–15 are the device's beat markers;
 * - a sample is offset binary: value = raw − 512 (the "mapped MSBs" of the upstream notes);
 * - the sample time interval field holds the rate in Hz (150), not an interval in µs.
 * The amplitude value multiplier is used as written (9524 nV in the sample file; the upstream
 * notes round the step to 10 µV). Section 2 (14 bytes that form no valid table in either byte
 * order) and section 9 (the device's event data) are not read.
 */
import type { EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import type { ScpLeadDefinition } from './lead-definition.js';
import type { ScpSection } from './section.js';

/** The decoded channels and the quirks handled, as warnings. */
export interface HealForceSignals {
  sampleRateHz: number;
  leads: EcgLead[];
  warnings: string[];
}

/**
 * Whether sections 3 and 6 have the Heal Force shape: fewer lead entries than leads, one byte
 * count covering all of section 6's data, a multiple of 6 bytes, and the one entry's sample
 * range equal to the samples per lead that the packing yields.
 * @param leads - section 3
 * @param rhythm - section 6
 * @example isHealForceLayout(readLeadDefinition(s3.body), s6) // true for healforce_62.SCP
 */
export function isHealForceLayout(leads: ScpLeadDefinition, rhythm: ScpSection): boolean {
  const body = rhythm.body;
  const first = leads.leads[0];
  if (first === undefined || leads.leads.length >= leads.leadCount || !body.has(0, 8)) {
    return false;
  }
  const bytes = body.u16(6, 'stream byte count');
  if (bytes === 0 || bytes !== body.length - 8 || bytes % 6 !== 0) {
    return false;
  }
  const samples = (bytes / 6) * 4;
  return (
    samples % leads.leadCount === 0 && first.end - first.start + 1 === samples / leads.leadCount
  );
}

/**
 * Decodes the Heal Force stream into `leadCount` channels in µV.
 * @param leads - section 3 (its lead count)
 * @param rhythm - section 6
 * @returns channels named `channel 1` … (the file does not say which leads they are)
 * @throws EcgFormatError `unsupported` when the stream declares difference encoding
 * @example decodeHealForce(def, section6).leads.length // 3
 */
export function decodeHealForce(leads: ScpLeadDefinition, rhythm: ScpSection): HealForceSignals {
  const body = rhythm.body;
  const avmNv = body.u16(0, 'amplitude value multiplier');
  const intervalField = body.u16(2, 'sample time interval');
  if (body.u8(4, 'difference data used') !== 0 || avmNv === 0 || intervalField === 0) {
    throw new EcgFormatError(
      'unsupported',
      'SCP-ECG section 6 has the Heal Force layout but declares difference encoding, or a zero multiplier or interval, which that layout is not known to use.',
      { byteOffset: body.start, field: 'section 6 header' },
    );
  }
  const stream = body.bytes(8, body.length - 8, 'interleaved stream');
  const n = leads.leadCount;
  const perLead = ((stream.length / 6) * 4) / n;
  const channels = Array.from({ length: n }, () => new Float32Array(perLead));
  const word = (i: number): number => (stream[2 * i] ?? 0) | ((stream[2 * i + 1] ?? 0) << 8);
  for (let group = 0; group < stream.length / 6; group++) {
    const [w0, w1, w2] = [word(3 * group), word(3 * group + 1), word(3 * group + 2)];
    const raw = [
      w0 & 0x3ff,
      w1 & 0x3ff,
      w2 & 0x3ff,
      (((w0 >>> 10) & 0x3) << 8) | (((w1 >>> 10) & 0xf) << 4) | ((w2 >>> 10) & 0xf),
    ];
    raw.forEach((value, k) => {
      const flat = 4 * group + k;
      const channel = channels[flat % n];
      if (channel !== undefined) {
        channel[Math.floor(flat / n)] = ((value - 512) * avmNv) / 1000;
      }
    });
  }
  // 150 read as µs would be 6667 Hz; Heal Force writes the rate in Hz here.
  const asHz = 1e6 / intervalField > 2000;
  const sampleRateHz = asHz ? intervalField : 1e6 / intervalField;
  const first = leads.leads[0];
  return {
    sampleRateHz,
    leads: channels.map((samplesUv, i) => ({ name: `channel ${i + 1}`, samplesUv })),
    warnings: [
      `Heal Force layout: section 3 declares ${n} leads but defines ${leads.leads.length} (the first: lead code ${first?.code}, samples ${first?.start}–${first?.end}); section 6 holds one stream of ${stream.length} bytes, read as ${n} interleaved channels of ${perLead} samples, named channel 1–${n} because the file does not say which leads they are.`,
      'Heal Force layout: the rhythm data are not Huffman-coded (section 2 was not read): every three 16-bit words carry four 10-bit offset-binary samples (value − 512); the beat-marker bits 14–15 were not read.',
      asHz
        ? `Heal Force layout: the section 6 sample time interval field holds ${intervalField}, read as the sample rate in Hz (as µs it would mean ${Math.round(1e6 / intervalField)} Hz).`
        : `Heal Force layout: the section 6 sample time interval is ${intervalField} µs.`,
    ],
  };
}
