/**
 * ECG paper: the unit conversions every drawing and measurement of the viewer goes through.
 * Standard paper (IEC 60601-2-25:2011 §201.12.4, AHA recommendations, Kligfield et al. 2007,
 * Circulation 115:1306) runs at 25 mm/s (optionally 50) with a gain of 10 mm/mV (optionally 5
 * or 20): at 25 mm/s one 1 mm square is 40 ms and one 5 mm square 200 ms; at 10 mm/mV one
 * 1 mm square is 0.1 mV. Geometry is kept in millimetres of paper and converted to CSS pixels
 * only at the end, so calipers read the same at every zoom.
 */

/** Paper speeds the viewer offers, mm/s. */
export const PAPER_SPEEDS_MM_PER_S = [25, 50] as const;

/** A paper speed, mm/s. */
export type PaperSpeedMmPerS = (typeof PAPER_SPEEDS_MM_PER_S)[number];

/** Gains the viewer offers, mm/mV. */
export const GAINS_MM_PER_MV = [5, 10, 20] as const;

/** A gain, mm/mV. */
export type GainMmPerMv = (typeof GAINS_MM_PER_MV)[number];

/** CSS pixels per millimetre by definition (CSS Values 4: 1in = 96px = 25.4mm). */
export const CSS_PX_PER_MM = 96 / 25.4;

/** How paper maps to the screen: speed, gain and the size of one millimetre in CSS pixels. */
export interface PaperScale {
  speedMmPerS: PaperSpeedMmPerS;
  gainMmPerMv: GainMmPerMv;
  /** CSS pixels per millimetre of paper, > 0. */
  pxPerMm: number;
}

/**
 * Milliseconds one millimetre of paper spans horizontally.
 * @param speedMmPerS paper speed, mm/s
 * @example msPerMm(25) // 40
 */
export function msPerMm(speedMmPerS: number): number {
  return 1000 / speedMmPerS;
}

/**
 * Millivolts one millimetre of paper spans vertically.
 * @param gainMmPerMv gain, mm/mV
 * @example mvPerMm(10) // 0.1
 */
export function mvPerMm(gainMmPerMv: number): number {
  return 1 / gainMmPerMv;
}

/**
 * Length of paper a time span takes.
 * @param durationS seconds
 * @param speedMmPerS paper speed, mm/s
 * @example secondsToMm(2.5, 25) // 62.5 (one column of the 3×4 layout)
 */
export function secondsToMm(durationS: number, speedMmPerS: number): number {
  return durationS * speedMmPerS;
}

/**
 * Time a length of paper spans.
 * @param lengthMm millimetres along the time axis
 * @param speedMmPerS paper speed, mm/s
 * @example mmToSeconds(5, 25) // 0.2 (one large square)
 */
export function mmToSeconds(lengthMm: number, speedMmPerS: number): number {
  return lengthMm / speedMmPerS;
}

/**
 * Height on paper of a voltage, positive upwards.
 * @param valueUv microvolts
 * @param gainMmPerMv gain, mm/mV
 * @example uvToMm(1000, 10) // 10 (the calibration pulse)
 */
export function uvToMm(valueUv: number, gainMmPerMv: number): number {
  return (valueUv / 1000) * gainMmPerMv;
}

/**
 * Voltage a height on paper stands for.
 * @param heightMm millimetres, positive upwards
 * @param gainMmPerMv gain, mm/mV
 * @example mmToUv(1, 10) // 100 (0.1 mV)
 */
export function mmToUv(heightMm: number, gainMmPerMv: number): number {
  return (heightMm / gainMmPerMv) * 1000;
}

/**
 * Position on the time axis of a sample, from the record's first sample.
 * @param sampleIndex sample number (may be fractional), from 0
 * @param sampleRateHz samples per second, > 0
 * @param speedMmPerS paper speed, mm/s
 * @example sampleToMm(500, 500, 25) // 25 (1 s)
 */
export function sampleToMm(sampleIndex: number, sampleRateHz: number, speedMmPerS: number): number {
  return (sampleIndex / sampleRateHz) * speedMmPerS;
}

/**
 * Sample (fractional) at a position on the time axis; the inverse of {@link sampleToMm}.
 * @param positionMm millimetres from the record's first sample
 * @param sampleRateHz samples per second, > 0
 * @param speedMmPerS paper speed, mm/s
 * @example mmToSample(25, 500, 25) // 500
 */
export function mmToSample(positionMm: number, sampleRateHz: number, speedMmPerS: number): number {
  return (positionMm / speedMmPerS) * sampleRateHz;
}

/**
 * CSS pixels per millimetre for a screen: the CSS nominal size times a calibration factor the
 * user measured with a ruler (1 when uncalibrated). The canvas multiplies by devicePixelRatio
 * itself, so this never depends on it.
 * @param calibration measured correction, 0.25–4 (1 = trust the CSS inch)
 * @example cssPxPerMm(1) // 3.7795…
 */
export function cssPxPerMm(calibration = 1): number {
  return CSS_PX_PER_MM * calibration;
}

/**
 * Where to draw a 1-device-pixel line so that it covers exactly one device pixel row or column
 * (a line on a pixel boundary is smeared over two at half intensity).
 * @param cssPx coordinate in CSS pixels
 * @param devicePixelRatio device pixels per CSS pixel, > 0
 * @returns the coordinate moved to the centre of its device pixel, in CSS pixels
 * @example crispLinePx(10.2, 1) // 10.5
 * @example crispLinePx(10.2, 2) // 10.25
 */
export function crispLinePx(cssPx: number, devicePixelRatio: number): number {
  return (Math.floor(cssPx * devicePixelRatio) + 0.5) / devicePixelRatio;
}
