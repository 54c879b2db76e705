/**
 * How the rhythm of a Philips Sierra/PhilipsECG XML file is laid out: sample rate, resolution,
 * duration, lead labels and coding. Version 1.04 and later put these as attributes of
 * `parsedwaveforms` (`samplespersecond`, `resolution`, `durationperchannel`, `numberofleads`,
 * `leadlabels`, `compression`); 1.03 keeps them in `dataacquisition/signalcharacteristics`
 * (`samplingrate`, `signalresolution`, `numberchannelsvalid`, `leadset`) with `compressflag` /
 * `compressmethod` on `parsedwaveforms`. Attributes win when both are present.
 */
import { EcgFormatError } from '../errors.js';
import { parseDecimal, parseWholeNumber, textAt } from '../muse/xml-access.js';
import { xmlAttribute, xmlFind } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

/** Lead order of the `STD-12` lead set (1.03 files name no labels). */
export const PHILIPS_STD12_LEADS = [
  'I',
  'II',
  'III',
  'aVR',
  'aVL',
  'aVF',
  'V1',
  'V2',
  'V3',
  'V4',
  'V5',
  'V6',
] as const;

/** XLI holds at most 16 channels (12 leads + 4 spare in the sample files). */
const MAX_LEADS = 16;
const MAX_SAMPLE_RATE_HZ = 100_000;

/** The rhythm's layout. */
export interface PhilipsSignalLayout {
  sampleRateHz: number;
  /** µV per LSB. */
  resolutionUv: number;
  samplesPerLead: number;
  /** Lead labels as written, one per stored lead. */
  leadLabels: string[];
  /** `XLI`, or another method (refused by the reader). */
  compression: string;
  /** `Base64` or `Plain`. */
  encoding: string;
}

/**
 * Reads the rhythm layout of a `restingecgdata` root.
 * @param root - the document root
 * @param parsed - its `waveforms/parsedwaveforms` element
 * @returns the layout
 * @throws EcgFormatError `bad-header` (missing or absurd rate, resolution, duration, lead count)
 * @example readPhilipsSignalLayout(root, parsed).samplesPerLead // 5500
 */
export function readPhilipsSignalLayout(root: XmlElement, parsed: XmlElement): PhilipsSignalLayout {
  const characteristics = xmlFind(root, 'dataacquisition/signalcharacteristics');
  const field = parsed.path;
  const attribute = (name: string): string | undefined => xmlAttribute(parsed, name);
  const sampleRateHz =
    parseDecimal(attribute('samplespersecond')) ??
    parseDecimal(textAt(characteristics, 'samplingrate'));
  if (sampleRateHz === undefined || !(sampleRateHz > 0 && sampleRateHz <= MAX_SAMPLE_RATE_HZ)) {
    throw new EcgFormatError(
      'bad-header',
      `Philips XML sample rate missing or not in (0, ${MAX_SAMPLE_RATE_HZ}] Hz`,
      {
        field: `${field}@samplespersecond`,
      },
    );
  }
  const resolutionUv =
    parseDecimal(attribute('resolution')) ??
    parseDecimal(textAt(characteristics, 'signalresolution'));
  if (resolutionUv === undefined || !(resolutionUv > 0)) {
    throw new EcgFormatError(
      'bad-header',
      'Philips XML signal resolution (µV per LSB) missing or not > 0',
      {
        field: `${field}@resolution`,
      },
    );
  }
  const durationMs = parseDecimal(attribute('durationperchannel'));
  const samplesPerLead = durationMs === undefined ? NaN : (durationMs * sampleRateHz) / 1000;
  if (!Number.isSafeInteger(samplesPerLead) || samplesPerLead < 3) {
    throw new EcgFormatError(
      'bad-header',
      `Philips XML durationperchannel ${String(durationMs)} ms at ${sampleRateHz} Hz is not a whole number of samples ≥ 3`,
      { field: `${field}@durationperchannel` },
    );
  }
  const offset =
    parseDecimal(attribute('signaloffset')) ??
    parseDecimal(textAt(characteristics, 'signaloffset')) ??
    0;
  if (offset !== 0) {
    // Every file seen writes 0; whether the offset applies before or after the limb-lead rebuild
    // is not documented, so a file that uses one is refused rather than guessed at.
    throw new EcgFormatError('unsupported', `Philips XML signal offset ${offset} is not read`, {
      field: `${field}@signaloffset`,
    });
  }
  const leadLabels = readLeadLabels(parsed, characteristics);
  return {
    sampleRateHz,
    resolutionUv,
    samplesPerLead,
    leadLabels,
    compression: readCompression(parsed),
    encoding: attribute('dataencoding') ?? 'Plain',
  };
}

/** `leadlabels` (1.04) or the `STD-12` lead set (1.03), cut to the declared lead count. */
function readLeadLabels(parsed: XmlElement, characteristics: XmlElement | undefined): string[] {
  const written = xmlAttribute(parsed, 'leadlabels')?.trim();
  const labels =
    written !== undefined && written !== '' ? written.split(/\s+/) : [...PHILIPS_STD12_LEADS];
  const count =
    parseWholeNumber(xmlAttribute(parsed, 'numberofleads')) ??
    parseWholeNumber(textAt(characteristics, 'numberchannelsvalid')) ??
    labels.length;
  if (count < 1 || count > MAX_LEADS || count > labels.length) {
    throw new EcgFormatError(
      'bad-header',
      `Philips XML declares ${count} leads with ${labels.length} labels (1–${MAX_LEADS} labelled leads read)`,
      { field: `${parsed.path}@numberofleads` },
    );
  }
  return labels.slice(0, count);
}

/** `compression` (1.04), or `compressmethod` when `compressflag` is True (1.03); `none` otherwise. */
function readCompression(parsed: XmlElement): string {
  const method = xmlAttribute(parsed, 'compression');
  if (method !== undefined) {
    return method;
  }
  const flag = xmlAttribute(parsed, 'compressflag')?.toLowerCase();
  return flag === 'true' ? (xmlAttribute(parsed, 'compressmethod') ?? 'unknown') : 'none';
}
