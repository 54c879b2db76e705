import type { EcgTriageLevel } from '@gesang/domain';
import type { Config } from '../config/config.js';

/** Worklist order of each triage level (smaller first). */
export const triageRank: Record<EcgTriageLevel, number> = { critical: 0, urgent: 1, routine: 2 };

/**
 * Minutes from receipt until the report is due, by triage level: critical 10 (the service's
 * promise), urgent and routine configurable (proposed 30 and 120).
 * @example slaMinutesFor('critical', config) // 10
 */
export function slaMinutesFor(level: EcgTriageLevel, config: Pick<Config, 'slaMinutes'>): number {
  return config.slaMinutes[level];
}
