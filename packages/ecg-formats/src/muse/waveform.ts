/**
 * One GE MUSE `Waveform` element (`WaveformType` `Rhythm` or `Median`): its sample rate
 * (`SampleBase` × 10^`SampleExponent` Hz) and leads. MUSE stores the eight independent leads I,
 * II, V1–V6; the four other limb leads are computed here (see `limb-leads.ts`) and placed in the
 * conventional order I, II, III, aVR, aVL, aVF, V1–V6.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import type { XmlElement } from '../xml/xml-types.js';
import { readMuseLeadData } from './lead-data.js';
import { deriveLimbLeads } from './limb-leads.js';
import { xmlChildren } from '../xml/xml-query.js';
import { parseWholeNumber, textAt } from './xml-access.js';

/** Highest sample rate accepted; resting ECG carts record at 250–1000 Hz (some at 2 kHz). */
const MAX_SAMPLE_RATE_HZ = 100_000;

/** A decoded MUSE waveform. */
export interface MuseWaveform {
  /** `WaveformType`, e.g. `Rhythm` or `Median`. */
  type: string;
  sampleRateHz: number;
  /** Stored leads plus the derived limb leads, all of one length. */
  leads: EcgLead[];
}

/**
 * Decodes a `Waveform` element.
 * @param element - the `Waveform` element
 * @param lenient - passed to {@link readMuseLeadData}; also tolerates leads of unequal length
 *   (cut to the shortest, with a warning)
 * @param warnings - receives what was tolerated or derived
 * @returns type, sample rate and leads in µV
 * @throws EcgFormatError `bad-header` for a missing or absurd sample rate, no `LeadData`, or two
 *   leads with the same id; `truncated` for a lead without samples; plus what
 *   {@link readMuseLeadData} throws
 * @example
 * const rhythm = readMuseWaveform(waveformElement, true, warnings);
 * rhythm.leads.map((lead) => lead.name); // ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', …]
 */
export function readMuseWaveform(
  element: XmlElement,
  lenient: boolean,
  warnings: string[],
): MuseWaveform {
  const field = element.path;
  const type = textAt(element, 'WaveformType') ?? 'unknown';
  const sampleRateHz = readSampleRateHz(element);
  const stored = xmlChildren(element, 'LeadData').map((lead) =>
    readMuseLeadData(lead, lenient, warnings),
  );
  if (stored.length === 0) {
    throw new EcgFormatError('bad-header', `MUSE ${type} waveform has no LeadData`, { field });
  }
  const length = stored.reduce((min, lead) => Math.min(min, lead.samplesUv.length), Infinity);
  if (length === 0) {
    throw new EcgFormatError('truncated', `MUSE ${type} waveform has leads without samples`, {
      field,
    });
  }
  if (stored.some((lead) => lead.samplesUv.length !== length)) {
    if (!lenient) {
      throw new EcgFormatError('bad-header', `MUSE ${type} waveform has leads of unequal length`, {
        field,
      });
    }
    warnings.push(`MUSE ${type} waveform: leads of unequal length, all cut to ${length} samples`);
  }
  const leads: EcgLead[] = [];
  for (const { leadId, samplesUv } of stored) {
    const name = normalizeLeadName(leadId);
    if (leads.some((lead) => lead.name === name)) {
      throw new EcgFormatError('bad-header', `MUSE ${type} waveform has lead ${name} twice`, {
        field,
      });
    }
    const lead: EcgLead = { name, samplesUv: samplesUv.subarray(0, length) };
    leads.push(name === leadId ? lead : { ...lead, sourceName: leadId });
  }
  return { type, sampleRateHz, leads: withDerivedLimbLeads(leads) };
}

/** `SampleBase` × 10^`SampleExponent`, checked. */
function readSampleRateHz(element: XmlElement): number {
  const base = parseWholeNumber(textAt(element, 'SampleBase'));
  const exponent = parseWholeNumber(textAt(element, 'SampleExponent')) ?? 0;
  const sampleRateHz = base === undefined ? NaN : base * 10 ** exponent;
  if (!(sampleRateHz > 0 && sampleRateHz <= MAX_SAMPLE_RATE_HZ)) {
    throw new EcgFormatError(
      'bad-header',
      `MUSE waveform sample rate SampleBase ${String(base)} × 10^${exponent} is not a rate in (0, ${MAX_SAMPLE_RATE_HZ}] Hz`,
      { field: `${element.path}/SampleBase` },
    );
  }
  return sampleRateHz;
}

/** Inserts III, aVR, aVL, aVF after II when I and II are stored and none of the four is. */
function withDerivedLimbLeads(leads: EcgLead[]): EcgLead[] {
  const leadI = leads.find((lead) => lead.name === 'I');
  const leadII = leads.find((lead) => lead.name === 'II');
  const derivedNames = ['III', 'aVR', 'aVL', 'aVF'];
  if (!leadI || !leadII || leads.some((lead) => derivedNames.includes(lead.name))) {
    return leads;
  }
  const derived = deriveLimbLeads(leadI.samplesUv, leadII.samplesUv);
  const limb: EcgLead[] = [
    { name: 'III', samplesUv: derived.III },
    { name: 'aVR', samplesUv: derived.aVR },
    { name: 'aVL', samplesUv: derived.aVL },
    { name: 'aVF', samplesUv: derived.aVF },
  ];
  const insertAt = Math.max(leads.indexOf(leadI), leads.indexOf(leadII)) + 1;
  return [...leads.slice(0, insertAt), ...limb, ...leads.slice(insertAt)];
}
