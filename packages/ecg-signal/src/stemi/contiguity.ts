/**
 * Contiguous leads, territories and reciprocal leads. The Fourth Universal Definition of MI
 * (Thygesen et al. 2018) requires elevation "in two contiguous leads", leads that look at the
 * same wall: inferior II, III, aVF; lateral I and aVL, and V5–V6; septal V1–V2; anterior V2–V4
 * (V3–V4); posterior V7–V9; right ventricular V3R–V6R. Chest leads are contiguous with their
 * anatomical neighbours only (V4–V5 joins anterior and lateral). aVR belongs to no group.
 * Reciprocal leads are those facing the opposite wall: I and aVL for inferior elevation, the
 * inferior leads for lateral, septal and anterior elevation (Wagner GS et al. 2009, AHA/ACCF/HRS
 * recommendations part VI, Circulation 119:e262–e270). Posterior elevation shows as V1–V3
 * depression, handled in `posterior.ts`.
 */
import type { Territory } from './types.js';

/** A pair of contiguous leads and the territories it names. */
export interface ContiguousPair {
  leads: [string, string];
  territories: Territory[];
}

const pair = (a: string, b: string, ...territories: Territory[]): ContiguousPair => ({
  leads: [a, b],
  territories,
});

/** Every pair of contiguous leads the definition uses. */
export const CONTIGUOUS_PAIRS: readonly ContiguousPair[] = [
  pair('II', 'III', 'inferior'),
  pair('II', 'aVF', 'inferior'),
  pair('III', 'aVF', 'inferior'),
  pair('I', 'aVL', 'lateral'),
  pair('V1', 'V2', 'septal'),
  pair('V2', 'V3', 'anterior'),
  pair('V3', 'V4', 'anterior'),
  pair('V4', 'V5', 'anterior', 'lateral'),
  pair('V5', 'V6', 'lateral'),
  pair('V7', 'V8', 'posterior'),
  pair('V8', 'V9', 'posterior'),
  pair('V3R', 'V4R', 'rightVentricular'),
  pair('V4R', 'V5R', 'rightVentricular'),
  pair('V5R', 'V6R', 'rightVentricular'),
];

/** The order territories are reported in. */
export const TERRITORY_ORDER: readonly Territory[] = [
  'inferior',
  'septal',
  'anterior',
  'lateral',
  'posterior',
  'rightVentricular',
];

/** Leads facing the opposite wall of each territory. */
const RECIPROCAL: Record<Territory, readonly string[]> = {
  inferior: ['I', 'aVL'],
  lateral: ['II', 'III', 'aVF'],
  septal: ['II', 'III', 'aVF'],
  anterior: ['II', 'III', 'aVF'],
  posterior: [],
  rightVentricular: [],
};

/**
 * The contiguous pairs in which both leads meet their threshold.
 * @param elevated - leads with ST elevation at or above their threshold
 * @returns the pairs, in {@link CONTIGUOUS_PAIRS} order
 * @example
 * contiguousPairs(new Set(['II', 'aVL'])); // [] — not contiguous
 * contiguousPairs(new Set(['II', 'aVF']))[0]?.territories; // ['inferior']
 */
export function contiguousPairs(elevated: ReadonlySet<string>): ContiguousPair[] {
  return CONTIGUOUS_PAIRS.filter(({ leads: [a, b] }) => elevated.has(a) && elevated.has(b));
}

/**
 * Territories named by a set of pairs, in {@link TERRITORY_ORDER}.
 * @param pairs - contiguous pairs (and any extra territory, e.g. posterior equivalent)
 * @param extra - territories found otherwise
 * @returns distinct territories in report order
 * @example
 * territoriesOf(contiguousPairs(new Set(['V4', 'V5']))); // ['anterior', 'lateral']
 */
export function territoriesOf(
  pairs: readonly ContiguousPair[],
  extra: readonly Territory[] = [],
): Territory[] {
  const found = new Set([...pairs.flatMap((p) => p.territories), ...extra]);
  return TERRITORY_ORDER.filter((t) => found.has(t));
}

/**
 * The leads where ST depression would be reciprocal to elevation in these territories.
 * @param territories - territories with elevation
 * @param elevated - leads with elevation (never reciprocal themselves)
 * @returns lead names, without duplicates
 * @example
 * reciprocalCandidates(['inferior'], new Set(['II', 'III', 'aVF'])); // ['I', 'aVL']
 */
export function reciprocalCandidates(
  territories: readonly Territory[],
  elevated: ReadonlySet<string>,
): string[] {
  const leads = territories.flatMap((t) => RECIPROCAL[t]);
  return [...new Set(leads)].filter((lead) => !elevated.has(lead));
}

/**
 * Whether a lead is a posterior chest lead (V7–V9).
 * @param lead - canonical lead name
 * @returns true for V7, V8, V9
 * @example
 * isPosteriorLead('V8'); // true
 */
export function isPosteriorLead(lead: string): boolean {
  return lead === 'V7' || lead === 'V8' || lead === 'V9';
}

/**
 * Whether a lead is a right-sided chest lead (V3R–V6R).
 * @param lead - canonical lead name
 * @returns true for V3R, V4R, V5R, V6R
 * @example
 * isRightChestLead('V4R'); // true
 */
export function isRightChestLead(lead: string): boolean {
  return /^V[3-6]R$/.test(lead);
}

/**
 * The territory a single lead faces, for rules that need no contiguity (Sgarbossa).
 * @param lead - canonical lead name
 * @returns the territory, or null for aVR and non-standard leads
 * @example
 * leadTerritory('aVF'); // 'inferior'
 */
export function leadTerritory(lead: string): Territory | null {
  if (['II', 'III', 'aVF'].includes(lead)) {
    return 'inferior';
  }
  if (['I', 'aVL', 'V5', 'V6'].includes(lead)) {
    return 'lateral';
  }
  if (lead === 'V1' || lead === 'V2') {
    return 'septal';
  }
  if (lead === 'V3' || lead === 'V4') {
    return 'anterior';
  }
  return isPosteriorLead(lead) ? 'posterior' : isRightChestLead(lead) ? 'rightVentricular' : null;
}
