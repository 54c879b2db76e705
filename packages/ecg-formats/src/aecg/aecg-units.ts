/**
 * Physical-quantity units as aECG writes them (UCUM codes, HL7 V3 PQ): voltages to µV and times to
 * seconds, in named conversion functions (STYLE §3).
 */

const MICROVOLTS_PER_UNIT: Readonly<Record<string, number>> = {
  V: 1e6,
  mV: 1e3,
  uV: 1,
  µV: 1,
  μV: 1, // Greek mu, U+03BC
  nV: 1e-3,
};

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1,
  ms: 1e-3,
  us: 1e-6,
  µs: 1e-6,
};

/**
 * Microvolts per one `unit` (UCUM `V`, `mV`, `uV`, `nV`; `µV` accepted), or undefined for a unit
 * that is not a voltage.
 * @example microvoltsPerUnit('mV') // 1000
 */
export function microvoltsPerUnit(unit: string | undefined): number | undefined {
  return MICROVOLTS_PER_UNIT[unit?.trim() ?? ''];
}

/**
 * Seconds per one `unit` (UCUM `s`, `ms`, `us`), or undefined for a unit that is not a time.
 * @example secondsPerUnit('ms') // 0.001
 */
export function secondsPerUnit(unit: string | undefined): number | undefined {
  return SECONDS_PER_UNIT[unit?.trim() ?? ''];
}

/**
 * A sample rate from a sample interval, rounded to 12 significant digits so that a decimal
 * interval such as 0.002777777777777778 s reads as 360 Hz, not 360.00000000000006 Hz.
 * @param intervalS - seconds between samples, > 0
 * @example sampleRateFromInterval(0.002) // 500
 */
export function sampleRateFromInterval(intervalS: number): number {
  return Number((1 / intervalS).toPrecision(12));
}
