/**
 * `readIshneRecord` / `ishneReader`: an ISHNE Holter file (Badilini et al. 1998) as an
 * {@link EcgRecord}. Samples are int16, leads interleaved (sample 0 of every lead, then sample 1,
 * ...); µV = sample × resolution (nV) / 1000.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import type { EcgFileReader, EcgReadOptions } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { crcCcitt } from '../checksums/crc-ccitt.js';
import { ishneLeadName, ishneLeadQuality } from './ishne-codes.js';
import { ISHNE_FIXED_BYTES, ISHNE_MAGIC, parseIshneHeader } from './ishne-header.js';
import type { IshneHeader } from './ishne-header.js';
import { ishneMetadata } from './ishne-metadata.js';

/**
 * Reads an ISHNE Holter ECG file.
 * @param bytes - the whole file
 * @param options - `lenient` (default true): a CRC mismatch, a wrong ECG offset or fewer samples
 *   than declared become warnings instead of errors
 * @returns the record; leads whose specification is −9 (absent) or whose resolution is not
 *   positive are left out with a warning
 * @throws EcgFormatError `not-ecg`, `truncated`, `bad-header`
 * @example
 * const record = readIshneRecord(bytes);
 * record.leads.map((l) => l.name); // ['V5', 'V1', 'aVF']
 */
export function readIshneRecord(bytes: Uint8Array, options: EcgReadOptions = {}): EcgRecord {
  const lenient = options.lenient ?? true;
  const header = parseIshneHeader(bytes);
  const warnings: string[] = [];
  const tolerate = (field: string, message: string, byteOffset: number): void => {
    if (!lenient) {
      throw new EcgFormatError('bad-header', message, { field, byteOffset });
    }
    warnings.push(message);
  };
  const crcEnd = ISHNE_FIXED_BYTES + header.variableBlockBytes;
  const crc = crcCcitt(bytes.subarray(10, crcEnd));
  if (crc !== header.checksum) {
    tolerate('checksum', `ISHNE header CRC is ${crc}; the file says ${header.checksum}`, 8);
  }
  if (header.leadCount < 1 || header.leadCount > 12) {
    throw new EcgFormatError(
      'bad-header',
      `ISHNE header declares ${header.leadCount} leads (1–12)`,
      {
        field: 'number of leads',
        byteOffset: 156,
      },
    );
  }
  if (header.sampleRateHz <= 0) {
    throw new EcgFormatError(
      'bad-header',
      `ISHNE sampling rate ${header.sampleRateHz} Hz is not valid`,
      {
        field: 'sampling rate',
        byteOffset: 272,
      },
    );
  }
  let ecgOffset = header.ecgOffset;
  if (ecgOffset !== crcEnd) {
    tolerate(
      'offset of the ECG block',
      `ISHNE ECG block offset ${ecgOffset} is not 522 + the variable block (${crcEnd})`,
      22,
    );
    ecgOffset = ecgOffset >= crcEnd && ecgOffset <= bytes.length ? ecgOffset : crcEnd;
  }
  const frames = frameCount(header, bytes.length - ecgOffset, lenient, warnings);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const leads: EcgLead[] = [];
  for (let lead = 0; lead < header.leadCount; lead++) {
    const spec = header.leadSpecs[lead] ?? -9;
    const resolutionNv = header.resolutionsNv[lead] ?? 0;
    const rawName = ishneLeadName(spec);
    if (rawName === undefined || resolutionNv <= 0) {
      warnings.push(
        `ISHNE lead ${lead + 1}: specification ${spec}, resolution ${resolutionNv} nV; left out`,
      );
      continue;
    }
    const samplesUv = new Float32Array(frames);
    for (let i = 0; i < frames; i++) {
      samplesUv[i] =
        (view.getInt16(ecgOffset + 2 * (i * header.leadCount + lead), true) * resolutionNv) / 1000;
    }
    const name = spec <= 1 ? `${rawName} ${lead + 1}` : normalizeLeadName(rawName);
    leads.push({ name, samplesUv });
    const quality = ishneLeadQuality(header.leadQualities[lead] ?? -9);
    if (quality !== undefined && quality !== 'unknown' && quality !== 'good') {
      warnings.push(`ISHNE lead ${name}: quality '${quality}' in the header`);
    }
  }
  return {
    sampleRateHz: header.sampleRateHz,
    leads,
    ...ishneMetadata(header, warnings),
    cartMeasurements: [],
    cartStatements: [],
    format: {
      name: 'ISHNE',
      ...(header.fileVersion >= 0 ? { version: String(header.fileVersion) } : {}),
      detail: `${header.leadCount} lead(s), int16`,
    },
    warnings,
  };
}

/** Frames (samples per lead) to read: the declared count, checked against the bytes present. */
function frameCount(
  header: IshneHeader,
  ecgBytes: number,
  lenient: boolean,
  warnings: string[],
): number {
  const available = Math.floor(Math.max(0, ecgBytes) / (2 * header.leadCount));
  const declared = header.samplesPerLead;
  if (declared === available) {
    return declared;
  }
  if (declared === available * header.leadCount && header.leadCount > 1) {
    warnings.push(`ISHNE sample size ${declared} counts all leads together; ${available} per lead`);
    return available;
  }
  const message = `ISHNE header declares ${declared} samples per lead; the ECG block holds ${available}`;
  if (declared > available || declared <= 0) {
    if (!lenient) {
      throw new EcgFormatError('truncated', message, { field: 'sample size ECG', byteOffset: 14 });
    }
    warnings.push(`${message}; ${available} read`);
    return available;
  }
  warnings.push(`${message}; the ${declared} declared are read`);
  return declared;
}

/**
 * ISHNE Holter reader: the 8-byte magic `ISHNE1.0` and at least the 522-byte fixed header.
 * @example
 * ishneReader.sniff(bytes); // true for an ISHNE .ecg file
 */
export const ishneReader: EcgFileReader = {
  name: 'ISHNE',
  sniff: (bytes) =>
    bytes.length >= ISHNE_FIXED_BYTES &&
    [...ISHNE_MAGIC].every((c, i) => bytes[i] === c.charCodeAt(0)),
  read: (bytes, options) => readIshneRecord(bytes, options),
};
