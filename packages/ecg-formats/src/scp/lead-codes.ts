/**
 * SCP-ECG lead identification codes (section 3, byte 9 of each lead entry) as listed in
 * EN 1064:2005+A1:2007 Table 5 and ISO 11073-91064:2009 (codes 0–184). Codes 31–60 were
 * calibration signals ("I-cal" …) in EN 1064:2005 (protocol 2.0) and earlier; the amendment
 * redefined them as derived leads ("dI" …).
 */
import type { AnyLeadName } from '@gesang/ecg-signal';
import { normalizeLeadName } from '@gesang/ecg-signal';

/** The recorded leads 1–30 and their derived twins 31–60, in code order. */
// prettier-ignore
const BASE_1_30 = [
  'I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V2R', 'V3R', 'V4R', 'V5R', 'V6R', 'V7R',
  'X', 'Y', 'Z', 'CC5', 'CM5', 'LA', 'RA', 'LL', 'fI', 'fE', 'fC', 'fA', 'fM', 'fF', 'fH',
];

/** Codes 61–184 in code order (A1:2007 Table 5); `d` marks a derived lead. */
// prettier-ignore
const CODES_61_184 = [
  'III', 'aVR', 'aVL', 'aVF', '-aVR', 'V8', 'V9', 'V8R', 'V9R', 'D', 'A', 'J', 'Defib', 'Extern',
  'A1', 'A2', 'A3', 'A4', 'dV8', 'dV9', 'dV8R', 'dV9R', 'dD', 'dA', 'dJ', 'Chest', 'V', 'VR',
  'VL', 'VF', 'MCL', 'MCL1', 'MCL2', 'MCL3', 'MCL4', 'MCL5', 'MCL6', 'CC', 'CC1', 'CC2', 'CC3',
  'CC4', 'CC6', 'CC7', 'CM', 'CM1', 'CM2', 'CM3', 'CM4', 'CM6', 'dIII', 'daVR', 'daVL', 'daVF',
  'd-aVR', 'dChest', 'dV', 'dVR', 'dVL', 'dVF', 'CM7', 'CH5', 'CS5', 'CB5', 'CR5', 'ML', 'AB1',
  'AB2', 'AB3', 'AB4', 'ES', 'AS', 'AI', 'S', 'dDefib', 'dExtern', 'dA1', 'dA2', 'dA3', 'dA4',
  'dMCL1', 'dMCL2', 'dMCL3', 'dMCL4', 'dMCL5', 'dMCL6', 'RL', 'CV5RL', 'CV6LL', 'CV6LU', 'V10',
  'dMCL', 'dCC', 'dCC1', 'dCC2', 'dCC3', 'dCC4', 'dCC6', 'dCC7', 'dCM', 'dCM1', 'dCM2', 'dCM3',
  'dCM4', 'dCM6', 'dCM7', 'dCH5', 'dCS5', 'dCB5', 'dCR5', 'dML', 'dAB1', 'dAB2', 'dAB3', 'dAB4',
  'dES', 'dAS', 'dAI', 'dS', 'dRL', 'dCV5RL', 'dCV6LL', 'dCV6LU', 'dV10',
];

/** A lead as section 3 names it. */
export interface ScpLeadName {
  /** Normalised name for `EcgLead.name`: a derived standard lead (`dIII`) is named `III`. */
  name: AnyLeadName;
  /** The SCP-ECG name when it differs from `name` (e.g. `dIII`, `fI`, `lead code 200`). */
  sourceName?: string;
}

/**
 * The SCP-ECG name of a lead code, or undefined for 0 (unspecified) and codes above 184.
 * @param code - lead identification code, 0–255
 * @param protocolVersion - protocol version times ten; below 22, codes 31–60 are "-cal" signals
 * @example scpLeadCodeName(61, 20) // 'III'
 */
export function scpLeadCodeName(code: number, protocolVersion: number): string | undefined {
  if (code >= 1 && code <= 30) {
    return BASE_1_30[code - 1];
  }
  if (code >= 31 && code <= 60) {
    const base = BASE_1_30[code - 31] ?? '';
    return protocolVersion < 22 ? `${base}-cal` : `d${base}`;
  }
  return code >= 61 ? CODES_61_184[code - 61] : undefined;
}

/**
 * The lead name to put in a record for a section 3 lead code: the standard's name normalised
 * (`aVR`, `V1`); a derived standard lead (`dIII`, `daVF`, `dV1`) takes the standard lead's name
 * and keeps its SCP-ECG name as `sourceName`; an unknown code is named `lead code N`.
 * @param code - lead identification code
 * @param protocolVersion - protocol version times ten
 * @example scpLeadName(112, 30) // { name: 'aVR', sourceName: 'daVR' }
 */
export function scpLeadName(code: number, protocolVersion: number): ScpLeadName {
  const scpName = scpLeadCodeName(code, protocolVersion) ?? `lead code ${code}`;
  const derivedOf = /^d(I|II|III|aVR|aVL|aVF|V[1-6])$/.exec(scpName)?.[1];
  const name = normalizeLeadName(derivedOf ?? scpName);
  return name === scpName ? { name } : { name, sourceName: scpName };
}
