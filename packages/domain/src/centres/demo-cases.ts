/**
 * Deterministic synthetic cases for demonstrations: a year of cases of the five centres for a list
 * of organisations, every case marked `demo: true`. Volumes follow the dictionary's seed figures
 * scaled down (see `demo-volumes.ts`: about 2,800 cases for the hub and 110 per county hospital);
 * intervals are log-normal, mostly within target with a tail beyond; a few cases are deliberately
 * out of order (two events swapped) or have first medical contact → first ECG over 60 min, so the
 * review flags show on dashboards.
 */
import type { Centre } from './centre-kinds.js';
import { centres } from './centre-kinds.js';
import type { CentreCase } from './centre-case.js';
import { demoChestPainCase } from './demo-chest-pain.js';
import type { DemoTimeline } from './demo-chest-pain.js';
import { demoMaternalCase, demoNeonatalCase } from './demo-maternal-neonatal.js';
import { createDemoRandom } from './demo-random.js';
import type { DemoRandom } from './demo-random.js';
import { demoStrokeCase, demoTraumaCase } from './demo-stroke-trauma.js';
import { demoAnnualVolume } from './demo-volumes.js';
import type { DemoTier } from './demo-volumes.js';
import { centreOrderChains } from './order-chains.js';

/** An organisation to generate cases for. */
export interface DemoOrganisation {
  id: string;
  tier: DemoTier;
  /** Centres it runs (default: all five). */
  centres?: readonly Centre[] | undefined;
}

/** Options of {@link generateDemoCases}. */
export interface DemoCasesOptions {
  /** PRNG seed (integer); the same options always give the same cases. */
  seed: number;
  /** End of the year covered, ISO instant; cases are dated in the 365 days before it, no event after it. */
  endIso: string;
  organisations: readonly DemoOrganisation[];
  /** Factor on every volume (default 1). */
  scale?: number | undefined;
  /** Share of cases with two events swapped (default 0.015). */
  orderProblemRate?: number | undefined;
  /** Share of non-STEMI chest-pain cases with FMC → first ECG of 65–150 min (default 0.01). */
  lateEcgRate?: number | undefined;
}

const makers: Record<Centre, (rng: DemoRandom, tier: DemoTier) => DemoTimeline> = {
  chest_pain: demoChestPainCase,
  stroke: demoStrokeCase,
  trauma: demoTraumaCase,
  maternal: demoMaternalCase,
  neonatal: demoNeonatalCase,
};

const msPerMin = 60_000;
const yearMin = 365 * 24 * 60;

/**
 * Generate a year of demo cases.
 * @param options seed, end of the period, organisations, rates.
 * @returns cases ordered by organisation, centre, then number; ids `demo-<seed>-<org>-<centre>-<n>`.
 * @example generateDemoCases({ seed: 7, endIso: '2025-06-01T00:00:00Z', organisations: [{ id: 'hub', tier: 'hub' }] }).length // ≈ 2,800
 */
export function generateDemoCases(options: DemoCasesOptions): CentreCase[] {
  const rng = createDemoRandom(options.seed);
  const endMs = Date.parse(options.endIso);
  const cases: CentreCase[] = [];
  for (const org of options.organisations) {
    for (const centre of org.centres ?? centres) {
      const count = demoAnnualVolume(org.tier, centre, options.scale ?? 1);
      for (let n = 1; n <= count; n += 1) {
        const timeline = makers[centre](rng, org.tier);
        if (
          centre === 'chest_pain' &&
          timeline.attributes.diagnosis !== 'stemi' &&
          rng.chance(options.lateEcgRate ?? 0.01)
        ) {
          delayFirstEcg(rng, timeline);
        }
        if (rng.chance(options.orderProblemRate ?? 0.015)) {
          swapTwoEvents(rng, centre, timeline);
        }
        // Dated between 365 and 2 days before the end, at a whole minute.
        const referenceMs = endMs - (2 * 24 * 60 + rng.int(0, yearMin - 2 * 24 * 60)) * msPerMin;
        cases.push(
          dated({ seed: options.seed, org: org.id, centre, n }, timeline, referenceMs, endMs),
        );
      }
    }
  }
  return cases;
}

function dated(
  key: { seed: number; org: string; centre: Centre; n: number },
  timeline: DemoTimeline,
  referenceMs: number,
  endMs: number,
): CentreCase {
  const events: Record<string, string> = {};
  for (const [event, min] of Object.entries(timeline.minutes)) {
    const ms = referenceMs + min * msPerMin;
    if (ms <= endMs) {
      events[event] = new Date(ms).toISOString();
    }
  }
  const attributes = { ...timeline.attributes };
  if (
    events.discharge === undefined &&
    events.death === undefined &&
    attributes.outcome !== 'transferred'
  ) {
    delete attributes.outcome; // still in hospital at the end of the period
  }
  const id = `demo-${String(key.seed)}-${key.org}-${key.centre}-${String(key.n)}`;
  return { centre: key.centre, id, orgId: key.org, demo: true, events, attributes };
}

/** Move the first ECG (and what follows from it) 65–150 min after first medical contact. */
function delayFirstEcg(rng: DemoRandom, timeline: DemoTimeline): void {
  const m = timeline.minutes;
  if (m.first_medical_contact === undefined || m.first_ecg === undefined) {
    return;
  }
  const shiftMin = m.first_medical_contact + rng.int(65, 150) - m.first_ecg;
  for (const event of ['first_ecg', 'ecg_transmission', 'ecg_diagnosis']) {
    if (m[event] !== undefined) {
      m[event] += shiftMin;
    }
  }
}

/** Swap the times of two consecutive recorded events of one order chain (a typing error). */
function swapTwoEvents(rng: DemoRandom, centre: Centre, timeline: DemoTimeline): void {
  const m = timeline.minutes;
  const pairs: [string, string][] = [];
  for (const chain of centreOrderChains[centre] as readonly (readonly string[])[]) {
    const present = chain.filter((event) => m[event] !== undefined);
    for (let i = 1; i < present.length; i += 1) {
      const [a, b] = [present[i - 1] as string, present[i] as string];
      if (m[a] !== m[b]) {
        pairs.push([a, b]);
      }
    }
  }
  if (pairs.length === 0) {
    return;
  }
  const [a, b] = pairs[rng.int(0, pairs.length - 1)] as [string, string];
  [m[a], m[b]] = [m[b] as number, m[a] as number];
}
