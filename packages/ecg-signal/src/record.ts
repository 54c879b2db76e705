/**
 * The signal shape the ECG engine consumes: every reader in `@gesang/ecg-formats` yields it, every
 * algorithm in this package takes it. Pure types plus one name-normalising function; no runtime
 * dependencies.
 */

/** The twelve standard leads, in the conventional display order. */
export const STANDARD_12_LEADS = [
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

/** A lead of the standard 12-lead ECG: `'I'`, `'II'`, ..., `'aVF'`, `'V1'`, ..., `'V6'`. */
export type StandardLeadName = (typeof STANDARD_12_LEADS)[number];

/**
 * A lead name the engine recognises: the standard twelve; right-sided and posterior chest leads
 * (`V3R`–`V6R`, `V7`–`V9`); the modified limb leads of ambulatory (Holter) recordings (`MLI`,
 * `MLII`, `MLIII`, as in the MIT-BIH Arrhythmia Database); the Frank orthogonal leads `X`, `Y`,
 * `Z`.
 */
export type LeadName =
  | StandardLeadName
  | 'V3R'
  | 'V4R'
  | 'V5R'
  | 'V6R'
  | 'V7'
  | 'V8'
  | 'V9'
  | 'MLI'
  | 'MLII'
  | 'MLIII'
  | 'X'
  | 'Y'
  | 'Z';

/**
 * A lead name as carried by a record: a canonical {@link LeadName}, or any other name kept as the
 * file wrote it (e.g. `ABP`). Editors still offer the canonical names as completions.
 */
export type AnyLeadName = LeadName | (string & Record<never, never>);

/** One lead of a recording. */
export interface EcgLead {
  /**
   * Normalised name (see {@link normalizeLeadName}); a name the engine does not recognise is kept
   * as written, trimmed.
   */
  name: AnyLeadName;
  /** The name exactly as the file wrote it, when it differs from `name` (e.g. `avr`, `AVR`). */
  sourceName?: string;
  /**
   * Samples in microvolts, one per sample interval, starting at the record's first sample.
   * `NaN` marks a sample the file itself declares invalid (e.g. WFDB's invalid-sample value).
   */
  samplesUv: Float32Array;
}

/**
 * A multi-lead ECG sampled at one rate: the input of every algorithm in this package.
 * All leads have the same length.
 * @example
 * const signal: EcgSignal = {
 *   sampleRateHz: 500,
 *   leads: [{ name: 'II', samplesUv: new Float32Array(5000) }],
 * };
 */
export interface EcgSignal {
  /** Samples per second per lead, in hertz; > 0 (real records: 100 to 1000 Hz). */
  sampleRateHz: number;
  /** The leads, in the order the file stores them. */
  leads: EcgLead[];
}

/** Lower-cased, separator-free spellings → canonical name, for names that are not self-evident. */
const ALIASES: ReadonlyMap<string, LeadName> = new Map([
  ['d1', 'I'],
  ['di', 'I'],
  ['d2', 'II'],
  ['dii', 'II'],
  ['d3', 'III'],
  ['diii', 'III'],
  ['vx', 'X'],
  ['vy', 'Y'],
  ['vz', 'Z'],
  ['ml2', 'MLII'],
]);

/** Lower-cased spelling of every canonical name → the canonical name. */
const CANONICAL: ReadonlyMap<string, LeadName> = new Map(
  (
    [
      ...STANDARD_12_LEADS,
      ...['V3R', 'V4R', 'V5R', 'V6R', 'V7', 'V8', 'V9', 'MLI', 'MLII', 'MLIII', 'X', 'Y', 'Z'],
    ] as LeadName[]
  ).map((name) => [name.toLowerCase(), name]),
);

/**
 * Maps a lead name as written by a cart or file format to the engine's canonical {@link LeadName}.
 * Case, surrounding blanks, a leading `lead` word, an `MDC_ECG_LEAD_` prefix (IEEE 11073 codes
 * used by HL7 aECG) and blanks, dashes or underscores inside the name are ignored; `D1`–`D3`
 * (European notation) map to `I`–`III` and `vx`/`vy`/`vz` (PTB) to the Frank leads `X`/`Y`/`Z`.
 * @param raw - the name as found in the file, any case
 * @returns the canonical name, or `raw` trimmed when it is not a lead the engine knows
 * @example
 * normalizeLeadName('avr'); // 'aVR'
 * normalizeLeadName('V1 '); // 'V1'
 * normalizeLeadName('MDC_ECG_LEAD_II'); // 'II'
 * normalizeLeadName('ABP'); // 'ABP'
 */
export function normalizeLeadName(raw: string): AnyLeadName {
  const trimmed = raw.trim();
  const key = trimmed
    .toLowerCase()
    .replace(/^mdc_ecg_lead_/, '')
    .replace(/^lead\s*/, '')
    .replace(/[\s_-]+/g, '');
  return CANONICAL.get(key) ?? ALIASES.get(key) ?? trimmed;
}

/**
 * Whether `name` is a canonical {@link LeadName} (as returned by {@link normalizeLeadName}).
 * @param name - a lead name, already normalised
 * @returns true for the names in {@link LeadName}
 * @example
 * isLeadName('aVR'); // true
 * isLeadName('avr'); // false (normalise first)
 */
export function isLeadName(name: string): name is LeadName {
  return CANONICAL.get(name.toLowerCase()) === name;
}
