/**
 * The signal as displayed: raw, or through the display filter. Readers toggle the filter to see
 * through mains hum and muscle noise and back to check the raw ST segment; the legend always says
 * which they are looking at.
 */
import { preprocessSignal, type EcgSignal } from '@gesang/ecg-signal';

/** The filter shown in the legend: zero-phase 0.5 Hz high-pass, 50 Hz notch, 40 Hz low-pass. */
const DISPLAY_FILTER = {
  baseline: { method: 'highpass', cornerHz: 0.5 },
  mains: { mainsHz: [50] },
  muscle: { cornerHz: 40 },
} as const;

/**
 * The filtered record, or null when the filter cannot run on it (a sample rate outside
 * 100–1000 Hz, which the filter design refuses).
 * @param signal the record
 * @returns a new signal with filtered leads, or null
 * @example const shown = filterForDisplay(record) ?? record;
 */
export function filterForDisplay(signal: EcgSignal): EcgSignal | null {
  try {
    return preprocessSignal(signal, DISPLAY_FILTER);
  } catch {
    return null;
  }
}
