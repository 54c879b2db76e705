/**
 * The rhythm of a Philips XML file: `parsedwaveforms`, base64 → XLI chunks → raw leads → limb
 * leads rebuilt from their residuals → µV.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import { decodeBase64 } from '../muse/base64.js';
import type { XmlElement } from '../xml/xml-types.js';
import { rebuildPhilipsLimbLeads } from './limb-leads.js';
import type { PhilipsSignalLayout } from './signal-layout.js';
import { decodeXli } from './xli.js';

/** The six limb leads in the order XLI stores them (the last four as residuals). */
const LIMB_ORDER = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'];

/**
 * Most decoded bytes accepted per byte of the file. The sample files expand 2–40× (an empty
 * channel's chunk is 276 bytes for 11,000); 64× leaves room for long flat recordings while a
 * forged `durationperchannel` cannot make us allocate gigabytes from a small file.
 */
const MAX_EXPANSION = 64;

/**
 * Decodes the rhythm leads.
 * @param parsed - the `parsedwaveforms` element
 * @param layout - from `readPhilipsSignalLayout`
 * @param fileBytes - size of the whole file, for the allocation cap
 * @returns the leads in file order, in µV
 * @throws EcgFormatError `unsupported` (not Base64 + XLI, or a lead order whose limb leads this
 *   reader cannot rebuild), `too-large` (declared size beyond the cap), plus base64 and XLI errors
 * @example readPhilipsRhythm(parsed, layout, bytes.length).map((l) => l.name) // ['I', 'II', …]
 */
export function readPhilipsRhythm(
  parsed: XmlElement,
  layout: PhilipsSignalLayout,
  fileBytes: number,
): EcgLead[] {
  const field = parsed.path;
  if (layout.encoding.toLowerCase() !== 'base64' || layout.compression.toUpperCase() !== 'XLI') {
    throw new EcgFormatError(
      'unsupported',
      `Philips XML waveform coded as ${layout.encoding} with compression ${layout.compression}; only Base64 + XLI is read`,
      { field },
    );
  }
  const names = layout.leadLabels.map((label) => normalizeLeadName(label));
  const hasLimbResiduals = LIMB_ORDER.every((name, i) => names[i] === name);
  if (!hasLimbResiduals && names.some((name) => LIMB_ORDER.slice(2).includes(name))) {
    throw new EcgFormatError(
      'unsupported',
      `Philips XML lead order "${layout.leadLabels.join(' ')}": limb leads stored as residuals are only rebuilt in the order I II III aVR aVL aVF`,
      { field: `${field}@leadlabels` },
    );
  }
  const decodedBytes = 2 * layout.samplesPerLead * names.length;
  if (decodedBytes > MAX_EXPANSION * Math.max(fileBytes, 1024)) {
    throw new EcgFormatError(
      'too-large',
      `Philips XML declares ${names.length} leads × ${layout.samplesPerLead} samples, over ${MAX_EXPANSION}× the file size`,
      { field: `${field}@durationperchannel` },
    );
  }
  const payload = decodeBase64(parsed.text, field);
  const raw = decodeXli(payload, names.length, layout.samplesPerLead, field).map((lead) =>
    Int32Array.from(lead),
  );
  if (hasLimbResiduals) {
    rebuildPhilipsLimbLeads(raw);
  }
  return raw.map((samples, i) => {
    const label = layout.leadLabels[i] ?? '';
    const name = names[i] ?? label;
    const samplesUv = new Float32Array(samples.length);
    for (let j = 0; j < samples.length; j++) {
      samplesUv[j] = (samples[j] ?? 0) * layout.resolutionUv;
    }
    return name === label ? { name, samplesUv } : { name, sourceName: label, samplesUv };
  });
}
