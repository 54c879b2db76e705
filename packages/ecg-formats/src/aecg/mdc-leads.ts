/**
 * ECG lead codes of ISO/IEEE 11073-10101 (MDC, "medical device communication" nomenclature), as
 * HL7 aECG writes them (`MDC_ECG_LEAD_AVR`, reference-ID form) and as FHIR writes them (numeric
 * code of `MDC_ECG_ELEC_POTL_AVR` in partition 2: 2 × 65536 + 256 + lead number = 131390).
 * Lead numbers are the 11073 lead term codes (I = 1, II = 2, V1–V6 = 3–8, III = 61, aVR = 62, …).
 */
import { normalizeLeadName } from '@gesang/ecg-signal';

/** Canonical lead name → 11073 lead number, for the leads the engine knows. */
const LEAD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['I', 1],
  ['II', 2],
  ['V1', 3],
  ['V2', 4],
  ['V3', 5],
  ['V4', 6],
  ['V5', 7],
  ['V6', 8],
  ['V7', 9],
  ['V3R', 11],
  ['V4R', 12],
  ['V5R', 13],
  ['V6R', 14],
  ['X', 16],
  ['Y', 17],
  ['Z', 18],
  ['III', 61],
  ['aVR', 62],
  ['aVL', 63],
  ['aVF', 64],
  ['V8', 66],
  ['V9', 67],
]);

/** `MDC_ECG_ELEC_POTL` (131328), the 11073 code of the ECG electrical potential itself. */
export const MDC_ECG_ELEC_POTL = 131328;

/**
 * The aECG lead code for a lead name: `MDC_ECG_LEAD_` + the name in upper case for the leads of
 * the 11073 table (`aVR` → `MDC_ECG_LEAD_AVR`); other names are returned as given.
 * @param name - a lead name, normalised or not
 * @example mdcLeadCode('aVR') // 'MDC_ECG_LEAD_AVR'
 */
export function mdcLeadCode(name: string): string {
  const canonical = normalizeLeadName(name);
  return LEAD_NUMBERS.has(canonical) ? `MDC_ECG_LEAD_${canonical.toUpperCase()}` : name;
}

/**
 * The FHIR (numeric) MDC code and display of a lead's electrical potential, or undefined for a
 * lead outside the 11073 table.
 * @param name - a lead name, normalised or not
 * @example mdcPotentialCode('II') // { code: '131330', display: 'MDC_ECG_ELEC_POTL_II' }
 */
export function mdcPotentialCode(name: string): { code: string; display: string } | undefined {
  const canonical = normalizeLeadName(name);
  const number = LEAD_NUMBERS.get(canonical);
  return number === undefined
    ? undefined
    : {
        code: String(MDC_ECG_ELEC_POTL + number),
        display: `MDC_ECG_ELEC_POTL_${canonical.toUpperCase()}`,
      };
}

/**
 * The canonical lead name for a numeric MDC electrical-potential code (e.g. `131390` → `aVR`).
 * @param code - the numeric code as a string
 * @returns the lead name, or undefined when the code is not a lead of the table
 * @example leadNameFromMdcPotentialCode('131329') // 'I'
 */
export function leadNameFromMdcPotentialCode(code: string): string | undefined {
  const number = Number(code) - MDC_ECG_ELEC_POTL;
  for (const [name, leadNumber] of LEAD_NUMBERS) {
    if (leadNumber === number) {
      return name;
    }
  }
  return undefined;
}
