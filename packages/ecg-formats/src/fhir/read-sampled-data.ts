/**
 * The pieces of an ECG Observation's `valueSampledData` components: samples in µV (origin +
 * factor × datum in the origin's unit, `E`/`L`/`U` → NaN, FHIR R4 data type SampledData), the
 * lead a component codes, and joining and padding of leads.
 */
import { normalizeLeadName, type EcgLead } from '@gesang/ecg-signal';
import { leadNameFromMdcPotentialCode } from '../aecg/mdc-leads.js';
import { microvoltsPerUnit } from '../aecg/aecg-units.js';
import { EcgFormatError } from '../errors.js';
import { jsonArray, jsonNumber, jsonObject, jsonString, type JsonObject } from './json-access.js';

/** A lead's names, before its samples are joined. */
export type LeadLabel = Pick<EcgLead, 'name' | 'sourceName'>;

const DATUM = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

/**
 * The samples of one one-dimensional SampledData, in µV.
 * @param sampled - the `valueSampledData` object
 * @param field - its JSON path, for errors and warnings
 * @param lenient - assume µV for an origin without unit (with a warning) instead of refusing
 * @param warnings - where tolerated problems are reported
 */
export function readSampledData(
  sampled: JsonObject,
  field: string,
  lenient: boolean,
  warnings: string[],
): Float32Array {
  if (sampled['dimensions'] !== 1) {
    throw new EcgFormatError(
      'unsupported',
      `SampledData with ${String(sampled['dimensions'])} dimensions`,
      {
        field: `${field}.dimensions`,
      },
    );
  }
  const origin = jsonObject(sampled['origin']);
  const unit = jsonString(origin?.['code']) ?? jsonString(origin?.['unit']);
  let perUnitUv = microvoltsPerUnit(unit);
  if (perUnitUv === undefined && unit === undefined && lenient) {
    warnings.push(`${field}.origin has no unit; µV assumed`);
    perUnitUv = 1;
  }
  const originValue = jsonNumber(origin?.['value']);
  const factor = sampled['factor'] === undefined ? 1 : jsonNumber(sampled['factor']);
  if (perUnitUv === undefined || originValue === undefined || factor === undefined) {
    throw new EcgFormatError(
      'bad-header',
      `SampledData origin, unit or factor is not a voltage scale`,
      {
        field: `${field}.origin`,
      },
    );
  }
  const text = jsonString(sampled['data'])?.trim() ?? '';
  const tokens = text === '' ? [] : text.split(/\s+/);
  const samplesUv = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === 'E' || token === 'L' || token === 'U') {
      samplesUv[i] = NaN;
    } else if (DATUM.test(token)) {
      samplesUv[i] = (originValue + factor * Number(token)) * perUnitUv;
    } else {
      throw new EcgFormatError('bad-data', `SampledData datum ${i} is "${token.slice(0, 20)}"`, {
        field: `${field}.data`,
      });
    }
  }
  return samplesUv;
}

/**
 * The lead of a component: MDC numeric code, MDC display, then text.
 * @param code - the component's `code`
 * @param index - the component's index, for a lead without any name
 */
export function leadName(code: JsonObject | undefined, index: number): LeadLabel {
  for (const item of jsonArray(code?.['coding'])) {
    const coding = jsonObject(item);
    const fromCode = leadNameFromMdcPotentialCode(jsonString(coding?.['code']) ?? '');
    if (fromCode !== undefined) {
      return { name: fromCode };
    }
    const display = jsonString(coding?.['display']);
    if (display?.startsWith('MDC_ECG_ELEC_POTL_') === true) {
      return { name: normalizeLeadName(display.slice('MDC_ECG_ELEC_POTL_'.length)) };
    }
  }
  const text = jsonString(code?.['text'])?.trim();
  if (text === undefined || text === '') {
    return { name: `lead ${index + 1}` };
  }
  const name = normalizeLeadName(text);
  return name === text ? { name } : { name, sourceName: text };
}

/**
 * The chunks of one lead joined in order.
 * @param parts - the chunks
 */
export function concat(parts: Float32Array[]): Float32Array {
  if (parts.length === 1) {
    return parts[0] as Float32Array;
  }
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Pads short leads with NaN (lenient) or refuses them; refuses padding that would allocate far
 * more than the data holds.
 */
export function equaliseLengths(leads: EcgLead[], lenient: boolean, warnings: string[]): void {
  const longest = leads.reduce((most, lead) => Math.max(most, lead.samplesUv.length), 0);
  const total = leads.reduce((sum, lead) => sum + lead.samplesUv.length, 0);
  if (longest * leads.length > 16 * total + 1_000_000) {
    // Padding many empty leads to one long one would allocate far more than the data holds.
    throw new EcgFormatError(
      'too-large',
      `${leads.length} leads of up to ${longest} samples hold only ${total} samples in all`,
      { field: 'component' },
    );
  }
  for (const lead of leads) {
    if (lead.samplesUv.length === longest) {
      continue;
    }
    if (!lenient) {
      throw new EcgFormatError(
        'bad-data',
        `Lead ${lead.name} has ${lead.samplesUv.length} samples, others ${longest}`,
        {
          field: 'component',
        },
      );
    }
    warnings.push(
      `Lead ${lead.name} has ${lead.samplesUv.length} of ${longest} samples; padded with NaN`,
    );
    const padded = new Float32Array(longest).fill(NaN);
    padded.set(lead.samplesUv);
    lead.samplesUv = padded;
  }
}
