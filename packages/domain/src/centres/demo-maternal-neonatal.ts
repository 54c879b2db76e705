/**
 * Synthetic critical-maternal and critical-neonatal cases: timelines in minutes relative to the
 * arrival at the centre (0) and attributes (five-colour risk grade, critical, outcome …).
 */
import type { CaseAttributes } from './case-attributes.js';
import type { DemoTimeline } from './demo-chest-pain.js';
import type { DemoRandom } from './demo-random.js';

const day = 24 * 60;

/** Referral request and departure before an arrival at 0 (most cases of both centres are referred). */
function referral(rng: DemoRandom, m: Record<string, number>): void {
  m.departure = -rng.minutes(120, 360);
  m.referral_request = m.departure - rng.minutes(30, 90);
}

/**
 * A critical-maternal demo case.
 * @example demoMaternalCase(createDemoRandom(1)).minutes.arrival // 0
 */
export function demoMaternalCase(rng: DemoRandom): DemoTimeline {
  const riskColour = rng.pick({ green: 35, yellow: 30, orange: 20, red: 10, purple: 5 });
  const critical = (riskColour === 'red' || riskColour === 'orange') && rng.chance(0.6);
  const attributes: CaseAttributes = { riskColour, critical, arrivalMode: 'transfer_in' };
  const m: Record<string, number> = { arrival: 0 };
  if (rng.chance(0.8)) {
    referral(rng, m);
  } else {
    attributes.arrivalMode = 'self';
  }
  if (rng.chance(0.55)) {
    const category = rng.pick({ c1: critical ? 40 : 15, c2: 35, c3: 30, c4: 20 });
    attributes.caesareanCategory = Number(category.slice(1));
    m.decision_to_deliver = rng.minutes(120, 1440);
    m.delivery =
      m.decision_to_deliver + (category === 'c1' ? rng.minutes(22, 34) : rng.minutes(60, 300));
  }
  if (critical && rng.chance(0.5)) {
    m.icu_admission = (m.delivery ?? 0) + rng.minutes(30, 120);
  }
  attributes.nearMiss = critical && rng.chance(0.15);
  const died = rng.chance(critical ? 0.03 : 0.002);
  const after = Math.max(...Object.values(m));
  if (died) {
    m.death = after + rng.minutes(6 * 60, 3 * day);
    m.death_reported = m.death + rng.minutes(12 * 60, 2 * day);
    attributes.outcome = 'died';
  } else {
    m.discharge = after + rng.minutes(4 * day, 12 * day);
    attributes.outcome = 'survived';
  }
  return { minutes: m, attributes };
}

/**
 * A critical-neonatal demo case (about half critical, as the hub's 500 of 1,000 admissions).
 * @example demoNeonatalCase(createDemoRandom(1)).attributes.critical // true or false
 */
export function demoNeonatalCase(rng: DemoRandom): DemoTimeline {
  const gestationalAgeWeeks = Math.round(Math.min(42, Math.max(24, rng.normal(36.5, 3))) * 10) / 10;
  const birthWeightG = Math.round(
    Math.min(5000, Math.max(500, 3200 - (40 - gestationalAgeWeeks) * 280 + rng.normal(0, 250))),
  );
  const critical = gestationalAgeWeeks < 32 || rng.chance(0.45);
  const attributes: CaseAttributes = { gestationalAgeWeeks, birthWeightG, critical };
  const m: Record<string, number> = { arrival: 0 };
  if (rng.chance(0.7)) {
    referral(rng, m);
    m.birth = (m.referral_request ?? 0) - rng.minutes(120, 1440);
    attributes.arrivalMode = 'transfer_in';
  } else {
    m.birth = -rng.minutes(20, 90);
    attributes.arrivalMode = 'in_hospital';
  }
  m.nicu_admission = rng.minutes(10, 30);
  const died = rng.chance(critical ? 0.05 : 0.005);
  if (died) {
    m.death = m.nicu_admission + rng.minutes(day, 10 * day);
    attributes.outcome = 'died';
  } else {
    m.discharge = m.nicu_admission + rng.minutes(8 * day, 30 * day);
    attributes.outcome = 'survived';
  }
  return { minutes: m, attributes };
}
