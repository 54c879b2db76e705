/**
 * A small predicate language over a case's attributes and events, kept as plain data (JSON) so
 * metric definitions can be stored, shown and overridden without code.
 */
import type { CaseAttributes } from './case-attributes.js';
import type { CentreCase } from './centre-case.js';
import { minutesBetween, eventTimeMs } from './case-times.js';

/** An attribute value a predicate can compare with. */
export type AttributeValue = string | number | boolean;

/**
 * A condition on one case:
 * - `{ attr, in }`: the attribute is present and one of the values;
 * - `{ attr, gte?, lt? }`: the numeric attribute is present and in `[gte, lt)`;
 * - `{ event, present }`: the event is (or is not) recorded;
 * - `{ from, to, maxMin }`: both events recorded and `0 ≤ to − from ≤ maxMin` minutes;
 * - `{ all }`, `{ any }`, `{ not }`: combinations (an empty `all` is true, an empty `any` false).
 */
export type CasePredicate =
  | { attr: keyof CaseAttributes; in: readonly AttributeValue[] }
  | { attr: keyof CaseAttributes; gte?: number; lt?: number }
  | { event: string; present: boolean }
  | { from: string; to: string; maxMin: number }
  | { all: readonly CasePredicate[] }
  | { any: readonly CasePredicate[] }
  | { not: CasePredicate };

/**
 * Evaluate a predicate on a case.
 * @param c the case.
 * @param p the predicate; undefined means "every case".
 * @returns whether the case satisfies it.
 * @example matchesCase(c, { attr: 'diagnosis', in: ['stemi'] })
 */
export function matchesCase(c: CentreCase, p: CasePredicate | undefined): boolean {
  if (p === undefined) {
    return true;
  }
  if ('all' in p) {
    return p.all.every((q) => matchesCase(c, q));
  }
  if ('any' in p) {
    return p.any.some((q) => matchesCase(c, q));
  }
  if ('not' in p) {
    return !matchesCase(c, p.not);
  }
  if ('event' in p) {
    return (eventTimeMs(c, p.event) !== undefined) === p.present;
  }
  if ('from' in p) {
    const min = minutesBetween(c, p.from, p.to);
    return min !== undefined && min >= 0 && min <= p.maxMin;
  }
  const value: unknown = c.attributes?.[p.attr];
  if (value === undefined) {
    return false;
  }
  if ('in' in p) {
    return p.in.includes(value as AttributeValue);
  }
  return (
    typeof value === 'number' &&
    (p.gte === undefined || value >= p.gte) &&
    (p.lt === undefined || value < p.lt)
  );
}

/** Predicates used by several centres' metrics. */
export const commonPredicates = {
  /** The outcome is known: survived or died (transferred-out cases are left out). */
  outcomeKnown: {
    any: [
      { attr: 'outcome', in: ['survived', 'died'] },
      { event: 'death', present: true },
    ],
  },
  /** The patient died (outcome or a recorded death). */
  died: {
    any: [
      { attr: 'outcome', in: ['died'] },
      { event: 'death', present: true },
    ],
  },
  /** The patient survived (outcome survived and no recorded death). */
  survived: {
    all: [
      { attr: 'outcome', in: ['survived'] },
      { event: 'death', present: false },
    ],
  },
} as const satisfies Record<string, CasePredicate>;
