/**
 * Calipers: two points dragged on a lead, read as an interval (ms), the rate that interval would
 * give as an RR interval (/min) and a voltage difference (mV). Points are kept in signal terms
 * (sample, µV), not pixels, so a caliper reads the same after scrolling or resizing and the
 * reading never depends on the screen.
 */
import type { Panel } from './layout.js';
import { mmToSample, mmToUv, sampleToMm, uvToMm } from './paper.js';

/** One end of a caliper: a time in the record and a voltage on the drawn trace's scale. */
export interface CaliperPoint {
  /** Sample index, fractional, from the record's first sample. */
  sample: number;
  /** µV relative to the panel's zero line. */
  valueUv: number;
}

/** A caliper on one panel. */
export interface Caliper {
  /** {@link Panel.key} of the panel it was dragged on. */
  panelKey: string;
  from: CaliperPoint;
  to: CaliperPoint;
}

/** What a caliper measures. */
export interface CaliperReading {
  /** |Δt|, ms. */
  intervalMs: number;
  /** `to` minus `from`, mV (positive when the end is higher). */
  amplitudeMv: number;
  /**
   * 60 000 / interval, /min (the rate if the interval is an RR); null below
   * {@link MIN_RR_INTERVAL_MS}, where it cannot be an RR interval (a QRS, a PR) and a rate of
   * thousands per minute would only distract.
   */
  rateBpm: number | null;
}

/** Shortest interval read as a rate: 150 ms = 400 /min, beyond any ventricular rhythm. */
export const MIN_RR_INTERVAL_MS = 150;

/**
 * Reads a caliper.
 * @param caliper the two points
 * @param sampleRateHz the record's sample rate, > 0
 * @returns interval, rate and amplitude
 * @example
 * // 20 mm at 25 mm/s = 4 large squares = 800 ms → 75 /min ("300 divided by large squares")
 * caliperReading({ panelKey: 'p', from: { sample: 0, valueUv: 0 },
 *   to: { sample: 400, valueUv: 1000 } }, 500) // { intervalMs: 800, amplitudeMv: 1, rateBpm: 75 }
 */
export function caliperReading(caliper: Caliper, sampleRateHz: number): CaliperReading {
  const intervalMs = (Math.abs(caliper.to.sample - caliper.from.sample) / sampleRateHz) * 1000;
  return {
    intervalMs,
    amplitudeMv: (caliper.to.valueUv - caliper.from.valueUv) / 1000,
    rateBpm: intervalMs >= MIN_RR_INTERVAL_MS ? 60_000 / intervalMs : null,
  };
}

/** Paper speed and gain, the two things a caliper conversion needs. */
export interface CaliperScale {
  speedMmPerS: number;
  gainMmPerMv: number;
  sampleRateHz: number;
}

/**
 * The signal point under a point of the paper, on a panel.
 * @param panel the panel the point is on
 * @param xMm mm from the paper's left edge
 * @param yMm mm from the paper's top
 * @param scale paper speed, gain and the record's rate
 * @returns sample (fractional) and µV relative to the panel's zero line
 * @example
 * // 5 mm right of the panel start and 10 mm above its zero line, at 25 mm/s and 10 mm/mV:
 * paperToCaliperPoint(panel, panel.xMm + 5, panel.baselineMm - 10, scale)
 * // → { sample: panel.startSample + 0.2 s × rate, valueUv: 1000 }
 */
export function paperToCaliperPoint(
  panel: Panel,
  xMm: number,
  yMm: number,
  scale: CaliperScale,
): CaliperPoint {
  return {
    sample: panel.startSample + mmToSample(xMm - panel.xMm, scale.sampleRateHz, scale.speedMmPerS),
    valueUv: mmToUv(panel.baselineMm - yMm, scale.gainMmPerMv),
  };
}

/**
 * Where a caliper point lies on the paper, the inverse of {@link paperToCaliperPoint}.
 * @param panel the caliper's panel
 * @param point the caliper point
 * @param scale paper speed, gain and the record's rate
 * @returns mm from the paper's left edge and top
 * @example caliperPointToPaper(panel, { sample: panel.startSample, valueUv: 0 }, scale)
 * // → { xMm: panel.xMm, yMm: panel.baselineMm }
 */
export function caliperPointToPaper(
  panel: Panel,
  point: CaliperPoint,
  scale: CaliperScale,
): { xMm: number; yMm: number } {
  return {
    xMm:
      panel.xMm +
      sampleToMm(point.sample - panel.startSample, scale.sampleRateHz, scale.speedMmPerS),
    yMm: panel.baselineMm - uvToMm(point.valueUv, scale.gainMmPerMv),
  };
}

/**
 * A caliper reading as one line: interval, rate, amplitude (units are international symbols).
 * @param reading from {@link caliperReading}
 * @example formatCaliperReading({ intervalMs: 800, amplitudeMv: 1, rateBpm: 75 })
 * // 'Δt 800 ms · 75 /min · ΔV +1.00 mV'
 */
export function formatCaliperReading(reading: CaliperReading): string {
  const parts = [`Δt ${Math.round(reading.intervalMs)} ms`];
  if (reading.rateBpm !== null) {
    parts.push(`${Math.round(reading.rateBpm)} /min`);
  }
  const sign = reading.amplitudeMv > 0 ? '+' : reading.amplitudeMv < 0 ? '−' : '±';
  parts.push(`ΔV ${sign}${Math.abs(reading.amplitudeMv).toFixed(2)} mV`);
  return parts.join(' · ');
}
