/**
 * Representative (median) beats of a Philips 1.04 file: `waveforms/repbeats` (`dataencoding`,
 * `samplespersec`, `resolution` in µV) with one `repbeat leadname="…"` per lead, whose `waveform`
 * holds base64 little-endian int16, uncompressed. The 1.04 sample file fills the second half of
 * each beat with 32767 (int16 max) after 600 valid samples; that common tail is cut, and any other
 * 32767 becomes NaN.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead, EcgSignal } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import { decodeBase64 } from '../muse/base64.js';
import { parseDecimal } from '../muse/xml-access.js';
import { xmlAttribute, xmlChildren, xmlFind } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

/** The fill value of unused beat samples. */
const FILL = 32767;

/**
 * Reads the representative beats, or undefined when the file has none.
 * @param root - the `restingecgdata` root
 * @returns one beat per lead in µV at the beats' own rate, all cut to a common length
 * @throws EcgFormatError `unsupported` (encoding other than Base64), `bad-header` (rate or
 *   resolution missing), `bad-data` (bad base64)
 * @example readPhilipsRepBeats(root)?.sampleRateHz // 1000
 */
export function readPhilipsRepBeats(root: XmlElement): EcgSignal | undefined {
  const beats = xmlFind(root, 'waveforms/repbeats');
  const elements = beats === undefined ? [] : xmlChildren(beats, 'repbeat');
  if (beats === undefined || elements.length === 0) {
    return undefined;
  }
  const field = beats.path;
  if ((xmlAttribute(beats, 'dataencoding') ?? '').toLowerCase() !== 'base64') {
    throw new EcgFormatError('unsupported', 'Philips repbeats not Base64-coded', { field });
  }
  const sampleRateHz = parseDecimal(xmlAttribute(beats, 'samplespersec'));
  const resolutionUv = parseDecimal(xmlAttribute(beats, 'resolution'));
  if (!(sampleRateHz !== undefined && sampleRateHz > 0 && sampleRateHz <= 100_000)) {
    throw new EcgFormatError('bad-header', 'Philips repbeats sample rate missing or invalid', {
      field: `${field}@samplespersec`,
    });
  }
  if (!(resolutionUv !== undefined && resolutionUv > 0)) {
    throw new EcgFormatError('bad-header', 'Philips repbeats resolution missing or invalid', {
      field: `${field}@resolution`,
    });
  }
  const raw = elements.map((beat) => {
    const waveform = xmlFind(beat, 'waveform');
    const bytes = decodeBase64(waveform?.text ?? '', waveform?.path ?? `${beat.path}/waveform`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const values = new Int16Array(Math.floor(bytes.length / 2));
    for (let i = 0; i < values.length; i++) {
      values[i] = view.getInt16(2 * i, true);
    }
    return { label: xmlAttribute(beat, 'leadname') ?? '', values };
  });
  const length = raw.reduce((max, { values }) => Math.max(max, usedLength(values)), 0);
  const leads = raw.map(({ label, values }): EcgLead => {
    const samplesUv = new Float32Array(length).fill(NaN);
    for (let i = 0; i < Math.min(length, values.length); i++) {
      const value = values[i] ?? FILL;
      samplesUv[i] = value === FILL ? NaN : value * resolutionUv;
    }
    const name = normalizeLeadName(label);
    return name === label ? { name, samplesUv } : { name, sourceName: label, samplesUv };
  });
  return { sampleRateHz, leads };
}

/** Samples before the trailing run of fill values. */
function usedLength(values: Int16Array): number {
  let end = values.length;
  while (end > 0 && values[end - 1] === FILL) {
    end--;
  }
  return end;
}
