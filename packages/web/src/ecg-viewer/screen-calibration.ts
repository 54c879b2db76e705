/**
 * Screen calibration: browsers report a nominal CSS millimetre (96 px per inch), which on real
 * screens is off by up to ±40 %. The reader measures a 50 mm bar with a ruler once; the ratio is
 * kept on this device so that 25 mm/s is 25 real millimetres per second on this screen.
 */

const storageKey = 'gesang.ecg.screenCalibration';

/** Length of the bar the reader measures, nominal mm. */
export const CALIBRATION_BAR_MM = 50;

/** Allowed calibration factors: anything outside is a typo, not a screen. */
const MIN_FACTOR = 0.25;
const MAX_FACTOR = 4;

/**
 * The factor from a ruler measurement of the {@link CALIBRATION_BAR_MM} bar.
 * @param measuredMm what the ruler shows for the bar, mm
 * @returns nominal / measured, or undefined when out of range (0.25–4)
 * @example calibrationFromMeasurement(40) // 1.25 (the screen's mm is small: draw larger)
 */
export function calibrationFromMeasurement(measuredMm: number): number | undefined {
  const factor = CALIBRATION_BAR_MM / measuredMm;
  return Number.isFinite(factor) && factor >= MIN_FACTOR && factor <= MAX_FACTOR
    ? factor
    : undefined;
}

/** The factor saved on this device, 1 when none (or storage is blocked). */
export function loadScreenCalibration(): number {
  try {
    const value = Number(localStorage.getItem(storageKey));
    return value >= MIN_FACTOR && value <= MAX_FACTOR ? value : 1;
  } catch {
    return 1;
  }
}

/**
 * Saves the factor on this device (1 removes it).
 * @param factor from {@link calibrationFromMeasurement}
 */
export function saveScreenCalibration(factor: number): void {
  try {
    if (factor === 1) {
      localStorage.removeItem(storageKey);
    } else {
      localStorage.setItem(storageKey, String(factor));
    }
  } catch {
    // Storage blocked (private mode): the calibration holds for this visit only.
  }
}
