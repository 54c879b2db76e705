/**
 * Per-lead signal quality: which windows of a lead are off, flat, saturated or noisy, and what
 * that means for the lead as a whole, so that a bad lead yields a "poor quality" statement instead
 * of a false finding. Rules and thresholds (Clifford et al., Physiol. Meas. 33:1419–1433, 2012;
 * Orphanidou et al., IEEE JBHI 19(3):832–838, 2015), per window (5 s by default):
 * - lead-off: more than half the samples invalid, or every sample identical (a fixed code);
 * - flat: peak-to-peak under 50 µV after baseline removal (no QRS can be that small);
 * - saturated: the signal sits at its own minimum or maximum for ≥ 20 ms (clipping at a rail);
 * - noisy: RMS above 40 Hz over 15 % of the QRS-band peak-to-peak (muscle noise), or, when beats
 *   are given, beats that do not resemble one another: mean best-sibling correlation under 0.8
 *   (`beat-similarity.ts`, after Orphanidou's template index).
 * A lead is unusable when lead-off, flat or saturated windows make up half the record or more,
 * poor when any issue affects a fifth of it or more, good otherwise. Departure from Clifford et
 * al.: thresholds are fixed, not learnt, and issues are reported separately instead of fused into
 * one acceptability score, because each calls for a different message to the technician.
 */
import type { WindowMeasures } from './window-measures.js';
import { measureWindows } from './window-measures.js';
import { beatSimilarity } from './beat-similarity.js';

/** What can be wrong with a lead. */
export type LeadQualityIssue = 'lead-off' | 'flat' | 'saturated' | 'noisy';

/** Overall verdict on a lead. */
export type LeadQualityStatus = 'good' | 'poor' | 'unusable';

/** Thresholds of the checks (see the module comment). */
export const LEAD_QUALITY_THRESHOLDS = {
  invalidFraction: 0.5,
  flatPeakToPeakUv: 50,
  railPlateauMs: 20,
  highFrequencyRatio: 0.15,
  beatSimilarity: 0.8,
  unusableFraction: 0.5,
  poorFraction: 0.2,
  reportedFraction: 0.05,
} as const;

/** One reason behind a status, with its evidence. */
export interface LeadQualityReason {
  issue: LeadQualityIssue;
  /** Share of the record's windows with this issue, 0–1. */
  fraction: number;
  /** Typical measured value in the affected windows (median), in `unit`. */
  measured: number;
  /** The threshold it crossed, in `unit`. */
  threshold: number;
  unit: 'fraction' | 'µV' | 'ms' | 'ratio' | 'correlation';
}

/** Quality of one lead. */
export interface LeadQuality {
  status: LeadQualityStatus;
  /** Issues affecting at least 5 % of the windows, worst first; empty when good. */
  reasons: LeadQualityReason[];
  /** Per window: first sample and the issues found there. */
  windows: { startSample: number; samples: number; issues: LeadQualityIssue[] }[];
}

/** Options of {@link assessLeadQuality}. */
export interface LeadQualityOptions {
  /** QRS fiducials of the record (e.g. from `detectQrs`), samples; enables the similarity check. */
  beats?: ArrayLike<number>;
  /** Window length, ms, ≥ 2000 (default 5000). */
  windowMs?: number;
}

/**
 * Assess one lead.
 * @param samplesUv the lead, µV; NaN marks invalid samples.
 * @param sampleRateHz sample rate, Hz, 100–1000.
 * @param options beats for the similarity check, window length.
 * @returns status, reasons with evidence, and the per-window issues.
 * @example assessLeadQuality(new Float32Array(5000), 500).status // 'unusable' (lead-off)
 */
export function assessLeadQuality(
  samplesUv: Float32Array,
  sampleRateHz: number,
  options: LeadQualityOptions = {},
): LeadQuality {
  const { windows, bandedUv } = measureWindows(samplesUv, sampleRateHz, options.windowMs ?? 5000);
  const correlations = windows.map((w) =>
    options.beats
      ? beatSimilarity(
          bandedUv,
          options.beats,
          w.startSample,
          w.startSample + w.samples,
          sampleRateHz,
        )
      : null,
  );
  return judgeLead(windows, correlations);
}

/**
 * A lead's status, reasons and per-window issues from its window measures.
 * @param windows - the lead's windows (`measureWindows`)
 * @param correlations - per window the beat similarity, or null when not measured
 * @returns status, reasons with evidence, and the per-window issues
 * @example judgeLead(measureWindows(lead, 500, 5000).windows, [null, null]).status
 */
export function judgeLead(
  windows: readonly WindowMeasures[],
  correlations: readonly (number | null)[],
): LeadQuality {
  const t = LEAD_QUALITY_THRESHOLDS;
  const found = windows.map((w, k) => {
    const correlation = correlations[k] ?? null;
    return { w, correlation, issues: windowIssues(w, correlation) };
  });
  const share = (issue: LeadQualityIssue): number =>
    found.filter((f) => f.issues.includes(issue)).length / Math.max(1, found.length);
  const unusableShare =
    found.filter((f) => f.issues.some((i) => i !== 'noisy')).length / Math.max(1, found.length);
  const issues: LeadQualityIssue[] = ['lead-off', 'flat', 'saturated', 'noisy'];
  const worst = Math.max(...issues.map(share));
  const status: LeadQualityStatus =
    unusableShare >= t.unusableFraction ? 'unusable' : worst >= t.poorFraction ? 'poor' : 'good';
  const reasons =
    status === 'good'
      ? []
      : issues
          .filter((issue) => share(issue) >= t.reportedFraction)
          .map((issue) => reasonFor(issue, share(issue), found))
          .sort((a, b) => b.fraction - a.fraction);
  return {
    status,
    reasons,
    windows: found.map((f) => ({
      startSample: f.w.startSample,
      samples: f.w.samples,
      issues: f.issues,
    })),
  };
}

function windowIssues(w: WindowMeasures, correlation: number | null): LeadQualityIssue[] {
  const t = LEAD_QUALITY_THRESHOLDS;
  if (w.invalidFraction > t.invalidFraction || w.constant) {
    return ['lead-off'];
  }
  const issues: LeadQualityIssue[] = [];
  if (w.railPlateauMs >= t.railPlateauMs) {
    issues.push('saturated');
  }
  if (w.peakToPeakUv < t.flatPeakToPeakUv) {
    issues.push('flat');
  } else if (
    w.highFrequencyRmsUv > t.highFrequencyRatio * w.qrsBandPeakToPeakUv ||
    (correlation !== null && correlation < t.beatSimilarity)
  ) {
    issues.push('noisy');
  }
  return issues;
}

function reasonFor(
  issue: LeadQualityIssue,
  fraction: number,
  found: { w: WindowMeasures; correlation: number | null; issues: LeadQualityIssue[] }[],
): LeadQualityReason {
  const t = LEAD_QUALITY_THRESHOLDS;
  const hit = found.filter((f) => f.issues.includes(issue));
  const typical = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
  switch (issue) {
    case 'lead-off':
      return {
        issue,
        fraction,
        measured: typical(hit.map((f) => f.w.invalidFraction)),
        threshold: t.invalidFraction,
        unit: 'fraction',
      };
    case 'flat':
      return {
        issue,
        fraction,
        measured: typical(hit.map((f) => f.w.peakToPeakUv)),
        threshold: t.flatPeakToPeakUv,
        unit: 'µV',
      };
    case 'saturated':
      return {
        issue,
        fraction,
        measured: typical(hit.map((f) => f.w.railPlateauMs)),
        threshold: t.railPlateauMs,
        unit: 'ms',
      };
    case 'noisy': {
      const correlations = hit.map((f) => f.correlation).filter((c): c is number => c !== null);
      return correlations.length > 0 && typical(correlations) < t.beatSimilarity
        ? {
            issue,
            fraction,
            measured: typical(correlations),
            threshold: t.beatSimilarity,
            unit: 'correlation',
          }
        : {
            issue,
            fraction,
            measured: typical(
              hit.map((f) => f.w.highFrequencyRmsUv / Math.max(1e-9, f.w.qrsBandPeakToPeakUv)),
            ),
            threshold: t.highFrequencyRatio,
            unit: 'ratio',
          };
    }
  }
}
