/**
 * Plausibility review of one case, as the national chest-pain platform does it: events out of
 * order, implausibly long gaps, events in the future, unknown events or unreadable times, and (chest
 * pain) first medical contact → first ECG over 60 minutes. Flags are for review: the case is never
 * changed, dropped or reordered, and the metric engine still counts it.
 */
import type { CentreCase } from './centre-case.js';
import { eventTimeMs } from './case-times.js';
import { isCentreEvent } from './events.js';
import { centreOrderChains } from './order-chains.js';

/** Kinds of review flag. */
export const caseFlagCodes = [
  'order_violation',
  'interval_too_long',
  'event_in_future',
  'fmc_to_ecg_over_60',
  'unknown_event',
  'invalid_time',
] as const;

/** One of {@link caseFlagCodes}. */
export type CaseFlagCode = (typeof caseFlagCodes)[number];

/** One review flag of a case. */
export interface CaseFlag {
  code: CaseFlagCode;
  /** Events concerned; for a pair, the one that should come first, then the other. */
  events: string[];
  /**
   * Size of the problem in minutes: how far the pair is out of order, the length of the too-long
   * gap or of FMC → ECG, how far in the future. Absent for unknown events and unreadable times.
   */
  minutes?: number;
  /** English explanation (the web translates by `code`). */
  message: string;
}

/** Options of {@link validateCase}. */
export interface ValidateCaseOptions {
  /** "Now" for the future check, epoch ms (default `Date.now()`). */
  nowMs?: number;
  /** Longest plausible gap between consecutive events of a chain, minutes (default 30 days). */
  maxGapMin?: number;
  /** Same, for a gap ending at discharge, death or a death report, minutes (default 365 days). */
  maxOutcomeGapMin?: number;
  /** FMC → first ECG above this is flagged for review, minutes (default 60). */
  fmcToEcgReviewMin?: number;
}

const outcomeEvents = new Set(['discharge', 'death', 'death_reported']);
const msPerMin = 60_000;

/**
 * Review flags of one case.
 * @param c the case (events as ISO instants).
 * @param options thresholds and "now".
 * @returns flags in a stable order (event checks, then chains in order); empty when all is well.
 * @example validateCase({ centre: 'chest_pain', id: 'A', events: { door: '…T09:00:00Z', wire_crossing: '…T08:50:00Z' } })
 * // [{ code: 'order_violation', events: ['door', 'wire_crossing'], minutes: 10, … }]
 */
export function validateCase(c: CentreCase, options: ValidateCaseOptions = {}): CaseFlag[] {
  const nowMs = options.nowMs ?? Date.now();
  const maxGapMin = options.maxGapMin ?? 30 * 24 * 60;
  const maxOutcomeGapMin = options.maxOutcomeGapMin ?? 365 * 24 * 60;
  const flags: CaseFlag[] = [];
  for (const event of Object.keys(c.events)) {
    if (!isCentreEvent(c.centre, event)) {
      flags.push({
        code: 'unknown_event',
        events: [event],
        message: `${event} is not a ${c.centre} event`,
      });
    }
    const ms = eventTimeMs(c, event);
    if (ms === undefined) {
      flags.push({
        code: 'invalid_time',
        events: [event],
        message: `${event} has no readable instant`,
      });
    } else if (ms > nowMs) {
      const minutes = (ms - nowMs) / msPerMin;
      flags.push({
        code: 'event_in_future',
        events: [event],
        minutes,
        message: `${event} is in the future`,
      });
    }
  }
  for (const chain of centreOrderChains[c.centre] as readonly (readonly string[])[]) {
    const present = chain.filter((event) => eventTimeMs(c, event) !== undefined);
    for (let i = 1; i < present.length; i += 1) {
      const first = present[i - 1] as string;
      const second = present[i] as string;
      const gapMin = ((eventTimeMs(c, second) ?? 0) - (eventTimeMs(c, first) ?? 0)) / msPerMin;
      const limitMin = outcomeEvents.has(second) ? maxOutcomeGapMin : maxGapMin;
      if (gapMin < 0) {
        const message = `${second} is ${String(-gapMin)} min before ${first}`;
        flags.push({ code: 'order_violation', events: [first, second], minutes: -gapMin, message });
      } else if (gapMin > limitMin) {
        const message = `${first} → ${second} is ${String(gapMin)} min (over ${String(limitMin)})`;
        flags.push({
          code: 'interval_too_long',
          events: [first, second],
          minutes: gapMin,
          message,
        });
      }
    }
  }
  if (c.centre === 'chest_pain') {
    flags.push(...reviewFmcToEcg(c, options.fmcToEcgReviewMin ?? 60));
  }
  return dedupe(flags);
}

function reviewFmcToEcg(c: CentreCase, limitMin: number): CaseFlag[] {
  const fmcMs = eventTimeMs(c, 'first_medical_contact');
  const ecgMs = eventTimeMs(c, 'first_ecg');
  if (fmcMs === undefined || ecgMs === undefined || (ecgMs - fmcMs) / msPerMin <= limitMin) {
    return [];
  }
  const minutes = (ecgMs - fmcMs) / msPerMin;
  return [
    {
      code: 'fmc_to_ecg_over_60',
      events: ['first_medical_contact', 'first_ecg'],
      minutes,
      message: `first medical contact → first ECG is ${String(minutes)} min (over ${String(limitMin)}), for review`,
    },
  ];
}

/** The same pair can close several chains (e.g. door → wire); report it once. */
function dedupe(flags: CaseFlag[]): CaseFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    const key = `${flag.code}:${flag.events.join('>')}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
