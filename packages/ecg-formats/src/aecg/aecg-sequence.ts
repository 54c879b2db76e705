/**
 * The waveforms of one aECG series (HL7 aECG Implementation Guide, 2005, §3.3): its `sequenceSet`
 * holds one time sequence (`GLIST_TS` absolute or `GLIST_PQ` relative time: head + increment) and
 * one `SLIST_PQ` sequence per lead, whose values are origin + scale × digit.
 */
import { normalizeLeadName, type EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import type { EcgAcquisitionTime } from '../record.js';
import { xmlAttribute, xmlFind, xmlFindAll } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';
import { parseAecgDigits } from './aecg-digits.js';
import { parseHl7Timestamp } from './hl7-time.js';
import { microvoltsPerUnit, sampleRateFromInterval, secondsPerUnit } from './aecg-units.js';

/** The signal of one series. */
export interface AecgSeriesSignal {
  sampleRateHz: number;
  leads: EcgLead[];
  /** The first sample's time, from a `GLIST_TS` head. */
  startTime?: EcgAcquisitionTime;
}

const MAX_SAMPLE_RATE_HZ = 1_000_000;
/** Padding short leads may grow the samples to this multiple of those read (plus an allowance). */
const PADDING_FACTOR = 16;
const PADDING_ALLOWANCE = 1_000_000;

/**
 * Reads the first sequence set of a `series` or `derivedSeries`.
 * @param series - the series element
 * @param lenient - pad leads of unequal length and skip unknown sequences (with a warning)
 *   instead of refusing the file
 * @param warnings - where tolerated problems are reported
 * @returns the signal, or undefined when the series has no sequence set
 * @throws EcgFormatError for a missing or invalid time sequence, scale or digit
 */
export function readSeriesSignal(
  series: XmlElement,
  lenient: boolean,
  warnings: string[],
): AecgSeriesSignal | undefined {
  const sets = xmlFindAll(series, 'component/sequenceSet');
  const set = sets[0];
  if (set === undefined) {
    return undefined;
  }
  if (sets.length > 1) {
    warnings.push(`${series.path} has ${sets.length} sequence sets; only the first was read`);
  }
  let intervalS: number | undefined;
  let startTime: EcgAcquisitionTime | undefined;
  const leads: EcgLead[] = [];
  for (const sequence of xmlFindAll(set, 'component/sequence')) {
    const code = xmlFind(sequence, 'code')?.attributes['code'] ?? '';
    const value = xmlFind(sequence, 'value');
    const type = value === undefined ? undefined : xmlAttribute(value, 'type');
    if (value !== undefined && (type === 'GLIST_TS' || type === 'GLIST_PQ')) {
      intervalS ??= readInterval(value);
      if (type === 'GLIST_TS') {
        startTime ??= parseHl7Timestamp(xmlFind(value, 'head')?.attributes['value']);
      }
    } else if (value !== undefined && type === 'SLIST_PQ') {
      const samplesUv = readSlistPq(value, lenient, warnings);
      const name = normalizeLeadName(code);
      leads.push(name === code ? { name, samplesUv } : { name, sourceName: code, samplesUv });
    } else if (lenient) {
      warnings.push(`${sequence.path} (${code}) of type ${type ?? 'none'} was skipped`);
    } else {
      throw new EcgFormatError('unsupported', `aECG sequence ${code} has value type ${type}`, {
        field: sequence.path,
      });
    }
  }
  if (intervalS === undefined) {
    throw new EcgFormatError('bad-header', 'aECG sequence set has no GLIST time sequence', {
      field: set.path,
    });
  }
  equaliseLengths(leads, set.path, lenient, warnings);
  const signal: AecgSeriesSignal = { sampleRateHz: sampleRateFromInterval(intervalS), leads };
  if (startTime !== undefined) {
    signal.startTime = startTime;
  }
  return signal;
}

/** Seconds per sample from a GLIST's `increment`. */
function readInterval(value: XmlElement): number {
  const increment = xmlFind(value, 'increment');
  const secondsPer = secondsPerUnit(increment?.attributes['unit'] ?? 's');
  const intervalS = Number(increment?.attributes['value']) * (secondsPer ?? NaN);
  if (!(intervalS > 0 && 1 / intervalS <= MAX_SAMPLE_RATE_HZ)) {
    throw new EcgFormatError(
      'bad-header',
      `aECG time increment "${increment?.attributes['value']} ${increment?.attributes['unit']}" is not a sample interval`,
      { field: increment?.path ?? value.path },
    );
  }
  return intervalS;
}

/** µV values of an SLIST_PQ: origin + scale × digit, each converted from its own unit. */
function readSlistPq(value: XmlElement, lenient: boolean, warnings: string[]): Float32Array {
  const originUv = readVoltage(value, 'origin', 0, lenient, warnings);
  const scaleUv = readVoltage(value, 'scale', undefined, lenient, warnings);
  const digits = xmlFind(value, 'digits');
  return parseAecgDigits(digits?.text ?? '', originUv, scaleUv, digits?.path ?? value.path);
}

function readVoltage(
  value: XmlElement,
  name: 'origin' | 'scale',
  missing: number | undefined,
  lenient: boolean,
  warnings: string[],
): number {
  const element = xmlFind(value, name);
  if (element === undefined && missing !== undefined) {
    return missing;
  }
  const unit = element?.attributes['unit'];
  let factor = microvoltsPerUnit(unit);
  if (factor === undefined && lenient && unit === undefined) {
    warnings.push(`${value.path}/${name} has no unit; µV assumed`);
    factor = 1;
  }
  const uv = Number(element?.attributes['value']) * (factor ?? NaN);
  if (!Number.isFinite(uv)) {
    throw new EcgFormatError(
      'bad-header',
      `aECG ${name} "${element?.attributes['value']} ${unit}" is not a voltage`,
      { field: element?.path ?? `${value.path}/${name}` },
    );
  }
  return uv;
}

/** All leads of a set must be equally long: pad short ones with NaN (lenient) or refuse. */
function equaliseLengths(
  leads: EcgLead[],
  path: string,
  lenient: boolean,
  warnings: string[],
): void {
  const longest = leads.reduce((most, lead) => Math.max(most, lead.samplesUv.length), 0);
  const short = leads.filter((lead) => lead.samplesUv.length !== longest);
  if (short.length === 0) {
    return;
  }
  const total = leads.reduce((sum, lead) => sum + lead.samplesUv.length, 0);
  if (leads.length * longest > PADDING_FACTOR * total + PADDING_ALLOWANCE) {
    // Padding many empty leads to one long one would allocate far more than the file holds.
    throw new EcgFormatError(
      'too-large',
      `aECG has ${leads.length} leads of up to ${longest} samples but only ${total} samples in all`,
      { field: path },
    );
  }
  const names = short.map((lead) => `${lead.name} (${lead.samplesUv.length})`).join(', ');
  if (!lenient) {
    throw new EcgFormatError('bad-data', `aECG leads differ in length: ${names} vs ${longest}`, {
      field: path,
    });
  }
  warnings.push(`Leads ${names} are shorter than ${longest} samples; padded with NaN`);
  for (const lead of short) {
    const padded = new Float32Array(longest).fill(NaN);
    padded.set(lead.samplesUv);
    lead.samplesUv = padded;
  }
}
