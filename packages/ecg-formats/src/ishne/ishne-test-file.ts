/**
 * A spec-based ISHNE file builder for tests: no redistributable ISHNE sample exists (real files
 * come from THEW as 24-hour Holters), so tests and fuzz seeds are built from the field layout of
 * Badilini et al. 1998 with this function. Not a general writer: it writes what it is given.
 */
import { crcCcitt } from '../checksums/crc-ccitt.js';
import { ISHNE_FIXED_BYTES } from './ishne-header.js';

/** One lead of a test file: Table 1 code, resolution, quality and its int16 samples. */
export interface IshneTestLead {
  /** Lead specification code (Table 1), e.g. 15 for V5. */
  spec: number;
  /** Amplitude resolution in nV per unit, e.g. 2500. */
  resolutionNv: number;
  /** Lead quality code (Table 2); default 1 (good). */
  quality?: number;
  /** Samples as stored (int16). */
  samples: readonly number[];
}

/** Everything the builder writes; unset fields are written as ISHNE's −9 / empty. */
export interface IshneTestFileSpec {
  sampleRateHz: number;
  leads: IshneTestLead[];
  fileVersion?: number;
  firstName?: string;
  lastName?: string;
  id?: string;
  sex?: number;
  race?: number;
  /** [day, month, year]. */
  birthDate?: [number, number, number];
  recordDate?: [number, number, number];
  fileDate?: [number, number, number];
  /** [hour, minute, second]. */
  startTime?: [number, number, number];
  pacemaker?: number;
  recorder?: string;
  proprietary?: string;
  copyright?: string;
  /** ASCII text of the variable-length block. */
  variableBlock?: string;
}

/**
 * Builds an ISHNE Holter file: magic, CRC-CCITT over bytes 10 to the end of the variable block,
 * the 512-byte fixed header, the variable block and the interleaved int16 samples.
 * @param spec - header fields and leads (all leads the same length)
 * @returns the file's bytes
 * @example
 * const bytes = buildIshneTestFile({ sampleRateHz: 200, leads: [{ spec: 6, resolutionNv: 2500, samples: [0, 40, -40] }] });
 * bytes.length; // 522 + 6
 */
export function buildIshneTestFile(spec: IshneTestFileSpec): Uint8Array {
  const variable = ascii(spec.variableBlock ?? '');
  const frames = spec.leads[0]?.samples.length ?? 0;
  const ecgOffset = ISHNE_FIXED_BYTES + variable.length;
  const bytes = new Uint8Array(ecgOffset + 2 * frames * spec.leads.length);
  const view = new DataView(bytes.buffer);
  const i16 = (at: number, value: number): void => view.setInt16(at, value, true);
  const i32 = (at: number, value: number): void => view.setInt32(at, value, true);
  const str = (at: number, width: number, value = ''): void =>
    bytes.set(ascii(value).subarray(0, width - 1), at);
  const triple = (at: number, value: readonly number[] = [-9, -9, -9]): void =>
    value.forEach((v, k) => i16(at + 2 * k, v));
  bytes.set(ascii('ISHNE1.0'), 0);
  i32(10, variable.length);
  i32(14, frames);
  i32(18, ISHNE_FIXED_BYTES);
  i32(22, ecgOffset);
  i16(26, spec.fileVersion ?? 1);
  str(28, 40, spec.firstName);
  str(68, 40, spec.lastName);
  str(108, 20, spec.id);
  i16(128, spec.sex ?? 0);
  i16(130, spec.race ?? 0);
  triple(132, spec.birthDate);
  triple(138, spec.recordDate);
  triple(144, spec.fileDate);
  triple(150, spec.startTime);
  i16(156, spec.leads.length);
  for (let k = 0; k < 12; k++) {
    const lead = spec.leads[k];
    i16(158 + 2 * k, lead?.spec ?? -9);
    i16(182 + 2 * k, lead === undefined ? -9 : (lead.quality ?? 1));
    i16(206 + 2 * k, lead?.resolutionNv ?? -9);
  }
  i16(230, spec.pacemaker ?? -9);
  str(232, 40, spec.recorder);
  i16(272, spec.sampleRateHz);
  str(274, 80, spec.proprietary);
  str(354, 80, spec.copyright);
  bytes.set(variable, ISHNE_FIXED_BYTES);
  spec.leads.forEach((lead, k) => {
    lead.samples.forEach((value, i) => i16(ecgOffset + 2 * (i * spec.leads.length + k), value));
  });
  view.setUint16(8, crcCcitt(bytes.subarray(10, ecgOffset)), true);
  return bytes;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}
