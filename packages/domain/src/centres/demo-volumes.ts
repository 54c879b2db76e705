/**
 * How many demo cases each organisation gets per centre in a year, from the dictionary's seed
 * figures, scaled down so that a consortium of a hub and a dozen county hospitals seeds a few
 * thousand cases in total (fast to insert, enough for monthly statistics).
 *
 * Seed figures (Xigaze People's Hospital, counted by May, i.e. 5 months → × 12 / 5 per year):
 * chest pain 8,823 outpatient visits → 21,175 a year; stroke 15 clippings + 9 coilings + 200
 * angiographies = 224 → 538 a year; trauma 15,722 patients → 37,733 a year; maternal 251 rescued →
 * 602 a year; neonatal 1,000 admissions a year (500 critical). Only a small part of visits are
 * centre cases, so each annual figure is divided by a per-centre divisor (below) for the hub.
 * A county hospital gets {@link countyShare} of the hub's volume.
 */
import type { Centre } from './centre-kinds.js';

/** Annualised seed figure of the hub, per centre (see the module doc). */
export const hubAnnualSeed: Readonly<Record<Centre, number>> = {
  chest_pain: Math.round((8823 * 12) / 5),
  stroke: Math.round((224 * 12) / 5),
  trauma: Math.round((15722 * 12) / 5),
  maternal: Math.round((251 * 12) / 5),
  neonatal: 1000,
};

/** Divisor from the seed figure to demo cases of the hub, per centre. */
export const hubDivisor: Readonly<Record<Centre, number>> = {
  chest_pain: 20,
  stroke: 2,
  trauma: 40,
  maternal: 2,
  neonatal: 4,
};

/** A county hospital's demo volume as a share of the hub's. */
export const countyShare = 0.04;

/** Tier of a demo organisation: the prefecture hub or a county hospital. */
export type DemoTier = 'hub' | 'county';

/**
 * Demo cases per year for one organisation and centre.
 * @param tier hub or county.
 * @param centre the centre.
 * @param scale extra factor (default 1; 0.1 for a quick test seed).
 * @returns a whole number of cases, at least 1 for a hub.
 * @example demoAnnualVolume('hub', 'chest_pain') // 1059 (21,175 ÷ 20)
 */
export function demoAnnualVolume(tier: DemoTier, centre: Centre, scale = 1): number {
  const hub = (hubAnnualSeed[centre] / hubDivisor[centre]) * scale;
  return Math.max(tier === 'hub' ? 1 : 0, Math.round(tier === 'hub' ? hub : hub * countyShare));
}
