/**
 * Builders of hand-made cases for the centre tests: events given as minutes after a base instant.
 */
import type { CaseAttributes } from './case-attributes.js';
import type { Centre } from './centre-kinds.js';
import type { CentreCase } from './centre-case.js';

/** 2025-03-10 08:00 in Lhasa (UTC+8), the default base of {@link caseAt}. */
export const baseIso = '2025-03-10T00:00:00.000Z';

/**
 * A case whose events are minutes after `baseIsoTime`.
 * @example caseAt('chest_pain', { door: 0, wire_crossing: 60 }, { diagnosis: 'stemi' })
 */
export function caseAt(
  centre: Centre,
  minutes: Readonly<Record<string, number>>,
  attributes?: CaseAttributes,
  more: { id?: string; orgId?: string; baseIsoTime?: string } = {},
): CentreCase {
  const baseMs = Date.parse(more.baseIsoTime ?? baseIso);
  const events: Record<string, string> = {};
  for (const [event, min] of Object.entries(minutes)) {
    events[event] = new Date(baseMs + min * 60_000).toISOString();
  }
  return {
    centre,
    id: more.id ?? `case-${String(Math.random()).slice(2, 10)}`,
    orgId: more.orgId,
    events,
    attributes,
  };
}

/** STEMI treated by primary PCI, the population of `cp.d2w`. */
export const stemiPci: CaseAttributes = { diagnosis: 'stemi', reperfusion: 'primary_pci' };
